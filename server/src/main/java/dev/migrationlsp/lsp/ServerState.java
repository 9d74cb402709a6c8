package dev.migrationlsp.lsp;

import dev.migrationlsp.workspace.WorkspaceSession;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.ClientCapabilities;

/**
 * What the server learns at connect and initialize time (client proxy, capabilities) and the session of each
 * workspace folder. Read from any thread.
 */
public final class ServerState {
    private volatile MigrationLanguageClient client;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    /** Workspace folder root to its session, in the client's order; replaced whole (never mutated) on change. */
    private volatile Map<Path, WorkspaceSession> folders = Map.of();

    private volatile Map<String, Object> settings = Map.of();
    private volatile boolean shutdownRequested;

    public Optional<MigrationLanguageClient> client() {
        return Optional.ofNullable(client);
    }

    void setClient(MigrationLanguageClient client) {
        this.client = client;
    }

    public ClientCapabilities capabilities() {
        return capabilities;
    }

    void setCapabilities(ClientCapabilities c) {
        this.capabilities = c == null ? new ClientCapabilities() : c;
    }

    /** One session per workspace folder, in the client's order; empty before initialize or without folders. */
    public List<WorkspaceSession> sessions() {
        return List.copyOf(folders.values());
    }

    /**
     * The session of the folder that holds {@code file} (the innermost one when folders nest); a file outside every
     * folder belongs to the first folder, as it did when only one folder was served.
     */
    public Optional<WorkspaceSession> sessionFor(Path file) {
        WorkspaceSession best = null;
        for (Map.Entry<Path, WorkspaceSession> e : folders.entrySet()) {
            if (file.startsWith(e.getKey())
                    && (best == null || e.getKey().getNameCount() > best.root().getNameCount())) {
                best = e.getValue();
            }
        }
        return best != null ? Optional.of(best) : folders.values().stream().findFirst();
    }

    /** The session of the folder whose root is exactly {@code root}. */
    public Optional<WorkspaceSession> folder(Path root) {
        return Optional.ofNullable(folders.get(root));
    }

    synchronized void addFolder(WorkspaceSession session) {
        Map<Path, WorkspaceSession> next = new LinkedHashMap<>(folders);
        next.put(session.root(), session);
        folders = Collections.unmodifiableMap(next);
    }

    synchronized Optional<WorkspaceSession> removeFolder(Path root) {
        Map<Path, WorkspaceSession> next = new LinkedHashMap<>(folders);
        WorkspaceSession gone = next.remove(root);
        folders = Collections.unmodifiableMap(next);
        return Optional.ofNullable(gone);
    }

    /** The editor settings last received (initialization options or didChangeConfiguration), for folders added later. */
    Map<String, Object> settings() {
        return settings;
    }

    void setSettings(Map<String, Object> s) {
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(s));
    }

    boolean shutdownRequested() {
        return shutdownRequested;
    }

    void setShutdownRequested() {
        this.shutdownRequested = true;
    }

    boolean supportsDocumentChanges() {
        var ws = capabilities.getWorkspace();
        return ws != null
                && ws.getWorkspaceEdit() != null
                && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
    }

    boolean supportsResourceOperation(String op) {
        var ws = capabilities.getWorkspace();
        return supportsDocumentChanges()
                && ws.getWorkspaceEdit().getResourceOperations() != null
                && ws.getWorkspaceEdit().getResourceOperations().contains(op);
    }

    boolean supportsCodeActionResolve() {
        var td = capabilities.getTextDocument();
        return td != null
                && td.getCodeAction() != null
                && td.getCodeAction().getResolveSupport() != null
                && td.getCodeAction().getResolveSupport().getProperties() != null
                && td.getCodeAction().getResolveSupport().getProperties().contains("edit");
    }

    boolean supportsWatchedFilesRegistration() {
        var ws = capabilities.getWorkspace();
        return ws != null
                && ws.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
    }
}

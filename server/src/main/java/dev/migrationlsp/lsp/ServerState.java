package dev.migrationlsp.lsp;

import dev.migrationlsp.workspace.WorkspaceSession;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.lsp4j.ClientCapabilities;

/**
 * What the server learns at connect and initialize time (client proxy, capabilities, the workspace session). Set once
 * each, read from any thread.
 */
@Singleton
public final class ServerState {
    private volatile MigrationLanguageClient client;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private volatile WorkspaceSession session;
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

    /** The workspace session, or empty before initialize (or when the client gave no root). */
    public Optional<WorkspaceSession> session() {
        return Optional.ofNullable(session);
    }

    void setSession(WorkspaceSession s) {
        this.session = s;
    }

    boolean shutdownRequested() {
        return shutdownRequested;
    }

    void setShutdownRequested() {
        this.shutdownRequested = true;
    }

    boolean supportsDocumentChanges() {
        var ws = capabilities.getWorkspace();
        return ws != null && ws.getWorkspaceEdit() != null && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
    }

    boolean supportsResourceOperation(String op) {
        var ws = capabilities.getWorkspace();
        return supportsDocumentChanges() && ws.getWorkspaceEdit().getResourceOperations() != null
                && ws.getWorkspaceEdit().getResourceOperations().contains(op);
    }

    boolean supportsCodeActionResolve() {
        var td = capabilities.getTextDocument();
        return td != null && td.getCodeAction() != null && td.getCodeAction().getResolveSupport() != null
                && td.getCodeAction().getResolveSupport().getProperties() != null
                && td.getCodeAction().getResolveSupport().getProperties().contains("edit");
    }

    boolean supportsWatchedFilesRegistration() {
        var ws = capabilities.getWorkspace();
        return ws != null && ws.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
    }
}

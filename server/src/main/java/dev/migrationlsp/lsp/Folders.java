package dev.migrationlsp.lsp;

import dev.migrationlsp.insight.HeadsReport;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.ConfigProblem;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;

/**
 * Every workspace folder served: one {@link WorkspaceSession} (one configuration, one serial queue, its histories) per
 * folder, kept by {@link ServerState} as a small map from folder root to session. Opens folders at initialize and on
 * {@code workspace/didChangeWorkspaceFolders}, closes removed ones, and watches files for clients that cannot.
 */
final class Folders {
    private static final Logger LOG = Logger.getLogger(Folders.class.getName());

    private final ServerState state;
    private final DiagnosticsPublisher diagnostics;
    private final ConfigLoader configLoader;
    private final AtomicReference<List<ConfigProblem>> lastSettingsProblems = new AtomicReference<>(List.of());
    /** Java file watchers by folder root, for clients without dynamic watcher registration (after initialized). */
    private final Map<Path, FileWatcher> watchers = new ConcurrentHashMap<>();

    private volatile boolean watching;

    Folders(ServerState state, DiagnosticsPublisher diagnostics, ConfigLoader configLoader) {
        this.state = state;
        this.diagnostics = diagnostics;
        this.configLoader = configLoader;
    }

    /** Starts serving {@code root}: its session loads right away on its serial queue (didOpen queues up behind it). */
    void open(Path root) {
        Path r = root.toAbsolutePath().normalize();
        if (state.folder(r).isPresent()) {
            return;
        }
        WorkspaceSession session = new WorkspaceSession(new Workspace(r, configLoader));
        AtomicReference<HeadsReport> lastHeads = new AtomicReference<>();
        session.addListener(snap -> diagnostics.onSnapshot(session, snap));
        session.addListener(snap -> announceHeads(snap, lastHeads));
        session.addListener(this::reportSettingsProblems);
        state.addFolder(session);
        Map<String, Object> settings = state.settings();
        session.update(ws -> ws.load(settings));
        if (watching) {
            watch(session);
        }
    }

    void change(WorkspaceFoldersChangeEvent event) {
        if (event == null) {
            return;
        }
        for (WorkspaceFolder f : Optional.ofNullable(event.getRemoved()).orElse(List.of())) {
            Uris.toPath(f.getUri()).ifPresent(this::remove);
        }
        for (WorkspaceFolder f : Optional.ofNullable(event.getAdded()).orElse(List.of())) {
            Uris.toPath(f.getUri()).ifPresent(this::open);
        }
    }

    private void remove(Path root) {
        state.removeFolder(root.toAbsolutePath().normalize()).ifPresent(session -> {
            FileWatcher w = watchers.remove(session.root());
            if (w != null) {
                w.close();
            }
            session.close();
            diagnostics.forgetFolder(session.root());
        });
    }

    /** After initialized: watch every folder (and those added later) unless the client registers watchers itself. */
    void startWatching() {
        watching = true;
        state.sessions().forEach(this::watch);
    }

    private void watch(WorkspaceSession session) {
        // Watch first, then re-read: a file written between the initial load and the watch start is not lost.
        session.update(ws -> {
            try {
                FileWatcher w = new FileWatcher(session);
                w.start(ws.config());
                FileWatcher before = watchers.put(session.root(), w);
                if (before != null) {
                    before.close();
                }
                return ws.rescan();
            } catch (IOException e) {
                LOG.warning("no file watching available: " + e.getMessage());
                return ws.snapshot();
            }
        });
    }

    void close() {
        watchers.values().forEach(FileWatcher::close);
        watchers.clear();
    }

    private void announceHeads(WorkspaceSnapshot snap, AtomicReference<HeadsReport> last) {
        if (!CommandHandler.hasAlembicHistory(snap.config())) {
            return;
        }
        HeadsReport now = HeadsReport.of(snap).withRoot(Uris.toUri(snap.root()));
        HeadsReport before = last.getAndSet(now);
        if (!now.equals(before)) {
            state.client().ifPresent(c -> c.headsChanged(now));
        }
    }

    /** Problems in editor settings have no file to carry a diagnostic, so they are shown once as a message. */
    private void reportSettingsProblems(WorkspaceSnapshot snap) {
        List<ConfigProblem> problems =
                snap.config().problems().stream().filter(p -> p.file() == null).toList();
        List<ConfigProblem> before = lastSettingsProblems.getAndSet(problems);
        if (!problems.isEmpty() && !problems.equals(before)) {
            String text = "migration-lsp: invalid settings: "
                    + String.join(
                            "; ", problems.stream().map(ConfigProblem::message).toList());
            state.client().ifPresent(c -> c.showMessage(new MessageParams(MessageType.Warning, text)));
        }
    }
}

package dev.migrationlsp.lsp;

import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSession;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Publishes diagnostics. Open files: full analysis after a per-file debounce; a newer snapshot cancels the pending or
 * running analysis of the same file; a result is dropped if the document's version moved on meanwhile. Files that are
 * not open: workspace-level findings only (e.g. two heads), kept in step with the graph as files change on disk.
 */
public final class DiagnosticsPublisher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DiagnosticsPublisher.class.getName());
    /** Keys of each folder's workspace-level pass in the pending map: relative, so never equal to an (absolute) file. */
    private static Path workspacePassKey(Path folder) {
        return Path.of("migration-lsp-workspace-pass", folder.toString());
    }

    /** The rules are built on first use, after the initialize answer (see {@link ServerWiring}). */
    private final Supplier<Analyzer> analyzer;

    private final ServerState state;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemon("migration-lsp-debounce"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, daemon("migration-lsp-analysis"));
    private final Map<Path, Pending> pending = new ConcurrentHashMap<>();
    /** Last published per path: the snapshot generation and URI it was published for. */
    private final Map<Path, Published> published = new ConcurrentHashMap<>();
    /** URIs as the client spelled them for its open documents. */
    private final Map<Path, String> clientUris = new ConcurrentHashMap<>();

    private record Published(Path folder, long generation, String uri, List<Diagnostic> diagnostics, boolean open) {}

    private static final class Pending implements CancelChecker {
        volatile boolean cancelled;
        volatile Future<?> future;

        @Override
        public boolean isCanceled() {
            return cancelled;
        }

        void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }

    public DiagnosticsPublisher(Supplier<Analyzer> analyzer, ServerState state) {
        this.analyzer = analyzer;
        this.state = state;
    }

    void rememberUri(Path path, String uri) {
        clientUris.put(path, uri);
    }

    void forgetUri(Path path) {
        clientUris.remove(path);
    }

    private String uriOf(Path path) {
        return clientUris.getOrDefault(path, Uris.toUri(path));
    }

    /** Open document versions as of the last snapshot: a document not seen before was just opened. */
    private final Map<Path, Integer> seenVersions = new ConcurrentHashMap<>();

    /**
     * Called on the workspace thread for every new snapshot. Typing is debounced; a document that was just opened (and
     * the first load) is analysed at once, since nothing else is coming.
     */
    void onSnapshot(WorkspaceSession session, WorkspaceSnapshot snap) {
        long delay = snap.config().debounceMs();
        Path passKey = workspacePassKey(session.root());
        boolean first = !passedOnce.contains(passKey) && !pending.containsKey(passKey);
        Set<Path> open = new HashSet<>();
        for (Document d : snap.allDocuments()) {
            if (d.isOpen()) {
                open.add(d.path());
                Integer before = seenVersions.put(d.path(), d.version());
                schedule(d.path(), before == null ? 0 : delay, () -> analyzeOpen(session, d.path()));
            }
        }
        // documents of this folder that are no longer open are forgotten; other folders' stay
        seenVersions
                .keySet()
                .removeIf(p -> !open.contains(p)
                        && state.sessionFor(p).map(s -> s == session).orElse(true));
        schedule(passKey, first ? 0 : delay, () -> {
            passedOnce.add(passKey);
            workspacePass(session);
        });
    }

    /** Folders whose first workspace pass ran (later passes are debounced). */
    private final Set<Path> passedOnce = ConcurrentHashMap.newKeySet();

    /** A folder was removed: what was published for its files goes away. */
    void forgetFolder(Path root) {
        published.forEach((p, pub) -> {
            if (pub.folder().equals(root)
                    && published.remove(p, pub)
                    && !pub.diagnostics().isEmpty()) {
                publish(pub.uri(), List.of(), null);
            }
        });
        passedOnce.remove(workspacePassKey(root));
        // its files' cached rule results too, unless another folder (an enclosing or nested one) serves them
        analyzer.get()
                .forgetCachedResults(
                        p -> p.startsWith(root) && state.sessions().stream().noneMatch(s -> p.startsWith(s.root())));
    }

    /** A document was closed: its own findings go away now; workspace-level ones come back with the next pass. */
    void closed(Path path) {
        Pending p = pending.remove(path);
        if (p != null) {
            p.cancel();
        }
        published.remove(path);
        publish(uriOf(path), List.of(), null);
    }

    private void schedule(Path key, long delayMs, Runnable work) {
        Pending next = new Pending();
        Pending prev = pending.put(key, next);
        if (prev != null) {
            prev.cancel();
        }
        Runnable analyse = () -> {
            if (next.cancelled) {
                return;
            }
            try {
                current.set(next);
                work.run();
            } catch (CancellationException e) {
                // superseded by a newer snapshot
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "diagnostics failed for " + key, e);
            } finally {
                current.remove();
                pending.remove(key, next);
            }
        };
        try {
            // no debounce (a file just opened, or debounce 0): straight to the analysis pool, not through the timer
            next.future = delayMs <= 0
                    ? workers.submit(analyse)
                    : timer.schedule(() -> workers.execute(analyse), delayMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    private final ThreadLocal<Pending> current = new ThreadLocal<>();

    private CancelChecker cancel() {
        Pending p = current.get();
        return p == null ? CancelChecker.NEVER : p;
    }

    private void analyzeOpen(WorkspaceSession session, Path path) {
        WorkspaceSnapshot snap = session.latest();
        Document d = snap.document(path).orElse(null);
        if (d == null || !d.isOpen()) {
            return;
        }
        List<Finding> findings = analyzer.get().analyze(snap, path, cancel());
        cancel().checkCanceled();
        publishIfCurrent(session, snap, d, findings, true);
    }

    private void workspacePass(WorkspaceSession session) {
        WorkspaceSnapshot snap = session.latest();
        // cached rule results of this folder's files that are gone (deleted, renamed) go too; other folders' stay
        analyzer.get()
                .forgetCachedResults(p -> snap.document(p).isEmpty()
                        && state.sessionFor(p).map(s -> s == session).orElse(true));
        Set<Path> targets = new HashSet<>(analyzer.get().filesWithWorkspaceFindings(snap, cancel()));
        published.forEach((p, pub) -> {
            if (!pub.open() && pub.folder().equals(session.root())) {
                targets.add(p);
            }
        });
        for (Path p : targets) {
            cancel().checkCanceled();
            Document d = snap.document(p).orElse(null);
            if (d != null && d.isOpen()) {
                continue; // open files get full analysis
            }
            if (d == null) {
                Published prev = published.remove(p);
                if (prev != null && !prev.diagnostics().isEmpty()) {
                    publish(prev.uri(), List.of(), null); // file deleted or moved away
                }
                continue;
            }
            publishIfCurrent(session, snap, d, analyzer.get().analyzeWorkspaceLevel(snap, p, cancel()), false);
        }
    }

    private void publishIfCurrent(
            WorkspaceSession session, WorkspaceSnapshot snap, Document d, List<Finding> findings, boolean open) {
        String uri = uriOf(d.path());
        List<Diagnostic> diags =
                findings.stream().map(f -> Conversions.diagnostic(f, uri)).toList();
        // compute() makes check-and-publish atomic per path: an older snapshot never overwrites a newer result
        published.compute(d.path(), (p, prev) -> {
            if (prev != null && prev.generation() > snap.generation()) {
                return prev;
            }
            WorkspaceSnapshot latest = session.latest();
            Document now = latest.document(p).orElse(null);
            if (now == null || now.version() != d.version() || now.isOpen() != open) {
                return prev; // stale: a newer version is on its way
            }
            if (prev != null && !open && !prev.open() && prev.diagnostics().equals(diags)) {
                return new Published(session.root(), snap.generation(), uri, diags, open); // unchanged: do not re-send
            }
            publish(uri, diags, open ? d.version() : null);
            return new Published(session.root(), snap.generation(), uri, diags, open);
        });
    }

    private void publish(String uri, List<Diagnostic> diags, Integer version) {
        PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri, diags);
        if (version != null && version >= 0) {
            params.setVersion(version);
        }
        state.client().ifPresent(c -> c.publishDiagnostics(params));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}

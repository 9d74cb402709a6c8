package dev.migrationlsp.workspace;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Xtext-style request manager for one {@link Workspace}: every mutation runs on one serial thread, in submission order;
 * readers use the latest immutable {@link WorkspaceSnapshot}, or wait for the mutations queued before them with
 * {@link #afterPendingMutations()} so a request sees the edits sent before it.
 */
public final class WorkspaceSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WorkspaceSession.class.getName());

    private final Workspace workspace;
    private final ExecutorService serial;
    private final List<Consumer<WorkspaceSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile WorkspaceSnapshot latest;

    public WorkspaceSession(Workspace workspace) {
        this.workspace = workspace;
        this.serial = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "migration-lsp-workspace");
            t.setDaemon(true);
            return t;
        });
    }

    public java.nio.file.Path root() {
        return workspace.root();
    }

    /** The newest snapshot, or null before the first load finished. */
    public WorkspaceSnapshot latest() {
        return latest;
    }

    /**
     * Runs {@code change} on the serial thread; the snapshot it returns becomes {@link #latest()} and is announced to
     * listeners (still on the serial thread, so they see snapshots in order).
     */
    public <T> CompletableFuture<T> mutate(Function<Workspace, MutationResult<T>> change) {
        return CompletableFuture.supplyAsync(
                () -> {
                    MutationResult<T> r = change.apply(workspace);
                    if (r.snapshot() != null && r.snapshot() != latest) {
                        latest = r.snapshot();
                        for (Consumer<WorkspaceSnapshot> l : listeners) {
                            try {
                                l.accept(r.snapshot());
                            } catch (RuntimeException e) {
                                LOG.log(Level.WARNING, "snapshot listener failed", e);
                            }
                        }
                    }
                    return r.value();
                },
                serial);
    }

    /** Shorthand for mutations whose only result is the new snapshot. */
    public CompletableFuture<WorkspaceSnapshot> update(Function<Workspace, WorkspaceSnapshot> change) {
        return mutate(ws -> {
            WorkspaceSnapshot s = change.apply(ws);
            return new MutationResult<>(s, s);
        });
    }

    /** Completes with the latest snapshot once every mutation submitted before this call has run. */
    public CompletableFuture<WorkspaceSnapshot> afterPendingMutations() {
        return CompletableFuture.supplyAsync(() -> latest, serial);
    }

    public void addListener(Consumer<WorkspaceSnapshot> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        serial.shutdownNow();
    }

    /** What a mutation returns: the new snapshot (or the unchanged one) and a value for the caller. */
    public record MutationResult<T>(WorkspaceSnapshot snapshot, T value) {}
}

package dev.migrationlsp.lsp;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Read requests: wait (asynchronously) for the mutations sent before them, then run on a worker pool over that snapshot.
 * Cancelling the returned future (LSP4J does so on {@code $/cancelRequest}) makes the work's cancel checker fire.
 */
@Singleton
public final class Requests implements AutoCloseable {
    private final ServerState state;
    private final ExecutorService readers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "migration-lsp-requests");
        t.setDaemon(true);
        return t;
    });

    @Inject
    public Requests(ServerState state) {
        this.state = state;
    }

    public <T> CompletableFuture<T> read(BiFunction<WorkspaceSnapshot, CancelChecker, T> work) {
        var session = state.session();
        if (session.isEmpty()) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.ServerNotInitialized, "no workspace: the server was not initialized with a root folder", null)));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        CancelChecker cancel = result::isCancelled;
        session.get().afterPendingMutations().thenAcceptAsync(ws -> {
            if (result.isCancelled()) {
                return;
            }
            try {
                result.complete(work.apply(ws, cancel));
            } catch (CancellationException e) {
                result.cancel(false);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, readers);
        return result;
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}

package dev.migrationlsp.lsp;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One {@code workspace/executeCommand} command, listed in {@link ServerWiring}; the server advertises exactly the
 * listed commands, and {@link Scheduler}'s table says how each runs. Arguments arrive as LSP4J
 * decodes them (Gson {@code JsonElement}s).
 */
public sealed interface CommandHandler permits CommandHandler.SnapshotRead, CommandHandler.Dialog {
    /** The command id, e.g. {@code migration-lsp.create}. */
    String command();

    /**
     * Without a {@code root} or {@code uri} argument and with several workspace folders, the command runs in the one
     * folder whose configuration fits; by default any folder fits.
     */
    default boolean fits(WorkspaceConfig folder, List<Object> arguments) {
        return true;
    }

    /** True if {@code folder} has an Alembic history: what heads, graph and merge commands need. */
    static boolean hasAlembicHistory(WorkspaceConfig folder) {
        return !folder.histories().isEmpty() || folder.alembicVersions().isPresent();
    }

    /** A command that only reads: it runs on a snapshot on the request pool, and may be cancelled. */
    non-sealed interface SnapshotRead extends CommandHandler {
        Object read(List<Object> arguments, WorkspaceSnapshot ws, CancelChecker cancel);
    }

    /**
     * A command that talks with the client (questions, {@code applyEdit}) and changes the workspace through the
     * session's serial queue; it must never wait on that queue for the client.
     */
    non-sealed interface Dialog extends CommandHandler {
        CompletableFuture<Object> execute(List<Object> arguments, CommandContext context);
    }
}

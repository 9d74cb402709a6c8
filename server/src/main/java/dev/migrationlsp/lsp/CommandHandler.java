package dev.migrationlsp.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One {@code workspace/executeCommand} command, bound with Guice {@code Multibinder<CommandHandler>}; the server
 * advertises exactly the bound commands. Arguments arrive as LSP4J decodes them (Gson {@code JsonElement}s).
 */
public interface CommandHandler {
    /** The command id, e.g. {@code migration-lsp.create}. */
    String command();

    CompletableFuture<Object> execute(List<Object> arguments, CommandContext context);
}

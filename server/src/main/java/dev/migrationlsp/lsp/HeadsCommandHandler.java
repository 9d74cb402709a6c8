package dev.migrationlsp.lsp;

import dev.migrationlsp.insight.HeadsReport;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code migration-lsp.heads}: the Alembic heads and whether a branch has more than one. */
public final class HeadsCommandHandler implements CommandHandler {
    public static final String ID = "migration-lsp.heads";

    @Override
    public String command() {
        return ID;
    }

    @Override
    public CompletableFuture<Object> execute(List<Object> arguments, CommandContext context) {
        return context.session().afterPendingMutations().thenApply(HeadsReport::of);
    }
}

package dev.migrationlsp.lsp;

import dev.migrationlsp.insight.HeadsReport;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
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
        String history = null;
        if (!arguments.isEmpty() && arguments.get(0) instanceof com.google.gson.JsonElement e && e.isJsonObject()
                && e.getAsJsonObject().get("history") instanceof com.google.gson.JsonPrimitive p && p.isString()) {
            history = p.getAsString();
        }
        String wanted = history;
        return context.session().afterPendingMutations().thenApply(ws -> {
            if (wanted == null) {
                return HeadsReport.of(ws);
            }
            return HeadsReport.of(ws, ws.config().history(wanted).map(List::of).orElseThrow(() -> new ResponseErrorException(
                    new ResponseError(ResponseErrorCode.InvalidParams, "no Alembic history named \"" + wanted + "\" (histories: "
                            + String.join(", ", ws.histories().stream().map(h -> h.name()).toList()) + ")", null))));
        });
    }
}

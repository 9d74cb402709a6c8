package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.insight.HistoryGraph;
import dev.migrationlsp.workspace.AlembicHistory;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import dev.migrationlsp.insight.Navigation;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code migration-lsp.graph} {@code {"limit"?: N}}: the Alembic history as {@code {"svg", "mermaid", "dot"}}, for a
 * picture in the editor (VS Code's "Migrations: Show History Graph").
 */
public final class GraphCommandHandler implements CommandHandler {
    public static final String ID = "migration-lsp.graph";
    private final Navigation navigation;

    @Inject
    public GraphCommandHandler(Navigation navigation) {
        this.navigation = navigation;
    }

    @Override
    public String command() {
        return ID;
    }

    @Override
    public CompletableFuture<Object> execute(List<Object> arguments, CommandContext context) {
        int limit = 0;
        String history = null;
        if (!arguments.isEmpty() && arguments.get(0) instanceof JsonElement e && e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("history") && o.get("history").isJsonPrimitive() && o.get("history").getAsJsonPrimitive().isString()) {
                history = o.get("history").getAsString();
            }
            if (o.has("limit") && o.get("limit").isJsonPrimitive() && o.get("limit").getAsJsonPrimitive().isNumber()) {
                limit = Math.max(0, Math.min(100_000, o.get("limit").getAsInt()));
            }
        }
        int max = limit;
        String wanted = history;
        return context.session().afterPendingMutations().thenApply(ws -> {
            // one history at a time: the one asked for, else the first; the answer names all so a client can switch
            AlembicHistory chosen = wanted == null ? null : ws.config().history(wanted).orElseThrow(() -> new ResponseErrorException(
                    new ResponseError(ResponseErrorCode.InvalidParams, "no Alembic history named \"" + wanted + "\" (histories: "
                            + String.join(", ", ws.histories().stream().map(AlembicHistory::name).toList()) + ")", null)));
            if (chosen == null && !ws.histories().isEmpty()) {
                chosen = ws.histories().get(0);
            }
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("svg", navigation.graph(ws, chosen, HistoryGraph.Format.SVG, max));
            out.put("mermaid", navigation.graph(ws, chosen, HistoryGraph.Format.MERMAID, max));
            out.put("dot", navigation.graph(ws, chosen, HistoryGraph.Format.DOT, max));
            if (ws.histories().size() > 1) {
                out.put("history", chosen.name());
                out.put("histories", ws.histories().stream().map(AlembicHistory::name).toList());
            }
            return (Object) out;
        });
    }
}

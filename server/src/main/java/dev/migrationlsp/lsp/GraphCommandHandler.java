package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.insight.HistoryGraph;
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
        if (!arguments.isEmpty() && arguments.get(0) instanceof JsonElement e && e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("limit") && o.get("limit").isJsonPrimitive() && o.get("limit").getAsJsonPrimitive().isNumber()) {
                limit = Math.max(0, Math.min(100_000, o.get("limit").getAsInt()));
            }
        }
        int max = limit;
        return context.session().afterPendingMutations().thenApply(ws -> (Object) Map.of(
                "svg", navigation.graph(ws, HistoryGraph.Format.SVG, max),
                "mermaid", navigation.graph(ws, HistoryGraph.Format.MERMAID, max),
                "dot", navigation.graph(ws, HistoryGraph.Format.DOT, max)));
    }
}

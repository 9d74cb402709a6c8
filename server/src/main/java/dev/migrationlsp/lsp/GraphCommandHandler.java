package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.insight.HistoryGraph;
import dev.migrationlsp.insight.Navigation;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * {@code migration-lsp.graph} {@code {"limit"?: N, "root"?, "uri"?}}: the Alembic history as {@code {"svg", "mermaid", "dot"}}, for a
 * picture in the editor (VS Code's "Migrations: Show History Graph").
 */
public final class GraphCommandHandler implements CommandHandler.SnapshotRead {
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
    public boolean fits(WorkspaceConfig folder, List<Object> arguments) {
        return CommandHandler.hasAlembicHistory(folder);
    }

    @Override
    public Object read(List<Object> arguments, WorkspaceSnapshot ws, CancelChecker cancel) {
        int limit = 0;
        if (!arguments.isEmpty() && arguments.get(0) instanceof JsonElement e && e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("limit") && o.get("limit").isJsonPrimitive() && o.get("limit").getAsJsonPrimitive().isNumber()) {
                limit = Math.max(0, Math.min(100_000, o.get("limit").getAsInt()));
            }
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (HistoryGraph.Format f : List.of(HistoryGraph.Format.SVG, HistoryGraph.Format.MERMAID, HistoryGraph.Format.DOT)) {
            cancel.checkCanceled();
            out.put(f.name().toLowerCase(java.util.Locale.ROOT), navigation.graph(ws, f, limit));
        }
        return out;
    }
}

package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.insight.HistoryGraph;
import dev.migrationlsp.insight.Navigation;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * {@code migration-lsp.graph} {@code {"limit"?: N, "root"?, "uri"?}}: the Alembic history as {@code {"svg", "mermaid", "dot"}}, for a
 * picture in the editor (VS Code's "Migrations: Show History Graph").
 */
public final class GraphCommandHandler implements CommandHandler.SnapshotRead {
    public static final String ID = "migration-lsp.graph";
    private final Navigation navigation;

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
        String history = null;
        if (!arguments.isEmpty() && arguments.get(0) instanceof JsonElement e && e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("history")
                    && o.get("history").isJsonPrimitive()
                    && o.get("history").getAsJsonPrimitive().isString()) {
                history = o.get("history").getAsString();
            }
            if (o.has("limit")
                    && o.get("limit").isJsonPrimitive()
                    && o.get("limit").getAsJsonPrimitive().isNumber()) {
                limit = Math.max(0, Math.min(100_000, o.get("limit").getAsInt()));
            }
        }
        // one history at a time: the one asked for, else the first; the answer names all so a client can switch
        String wanted = history;
        AlembicHistory chosen = wanted == null
                ? null
                : ws.config()
                        .history(wanted)
                        .orElseThrow(() -> new ResponseErrorException(new ResponseError(
                                ResponseErrorCode.InvalidParams,
                                "no Alembic history named \"" + wanted + "\" (histories: "
                                        + String.join(
                                                ", ",
                                                ws.histories().stream()
                                                        .map(AlembicHistory::name)
                                                        .toList()) + ")",
                                null)));
        if (chosen == null && !ws.histories().isEmpty()) {
            chosen = ws.histories().get(0);
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (HistoryGraph.Format f :
                List.of(HistoryGraph.Format.SVG, HistoryGraph.Format.MERMAID, HistoryGraph.Format.DOT)) {
            cancel.checkCanceled();
            out.put(f.name().toLowerCase(java.util.Locale.ROOT), navigation.graph(ws, chosen, f, limit));
        }
        if (ws.histories().size() > 1) {
            out.put("history", chosen.name());
            out.put(
                    "histories",
                    ws.histories().stream().map(AlembicHistory::name).toList());
        }
        return out;
    }
}

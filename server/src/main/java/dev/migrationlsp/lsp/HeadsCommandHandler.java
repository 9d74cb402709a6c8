package dev.migrationlsp.lsp;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.insight.HeadsReport;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * {@code migration-lsp.heads {"root"?, "uri"?, "history"?}}: the Alembic heads of one workspace folder (named by
 * {@code root} in the answer, as in {@code migration-lsp/headsChanged}) and whether a branch has more than one.
 */
public final class HeadsCommandHandler implements CommandHandler.SnapshotRead {
    public static final String ID = "migration-lsp.heads";

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
        String wanted = null;
        if (!arguments.isEmpty()
                && arguments.get(0) instanceof com.google.gson.JsonElement e
                && e.isJsonObject()
                && e.getAsJsonObject().get("history") instanceof com.google.gson.JsonPrimitive p
                && p.isString()) {
            wanted = p.getAsString();
        }
        if (wanted == null) {
            return HeadsReport.of(ws).withRoot(Uris.toUri(ws.root()));
        }
        String name = wanted;
        return HeadsReport.of(
                        ws,
                        ws.config()
                                .history(name)
                                .map(List::of)
                                .orElseThrow(() -> new ResponseErrorException(new ResponseError(
                                        ResponseErrorCode.InvalidParams,
                                        "no Alembic history named \"" + name + "\" (histories: "
                                                + String.join(
                                                        ", ",
                                                        ws.histories().stream()
                                                                .map(h -> h.name())
                                                                .toList()) + ")",
                                        null))))
                .withRoot(Uris.toUri(ws.root()));
    }
}

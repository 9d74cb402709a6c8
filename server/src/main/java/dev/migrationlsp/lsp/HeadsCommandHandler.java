package dev.migrationlsp.lsp;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.insight.HeadsReport;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.List;

/**
 * {@code migration-lsp.heads {"root"?, "uri"?}}: the Alembic heads of one workspace folder and whether a branch has more
 * than one.
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
        return HeadsReport.of(ws);
    }
}

package dev.migrationlsp.cli;

import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.ConfigProblem;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads a workspace for a CLI command, turning bad configuration into one clear {@link RootCommand.UsageError}. */
final class WorkspaceOptions {
    private WorkspaceOptions() {
    }

    static WorkspaceSnapshot load(Path path, ConfigLoader loader) {
        Path root = path == null ? Path.of("") : path;
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new RootCommand.UsageError("not a directory: " + root);
        }
        WorkspaceSnapshot snap = new Workspace(root, loader).load(Map.of());
        List<ConfigProblem> problems = snap.config().problems();
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder("invalid configuration: ");
            for (int i = 0; i < problems.size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(problems.get(i).describe(root));
            }
            throw new RootCommand.UsageError(sb.toString());
        }
        return snap;
    }

    /** {@code heads} and {@code graph} need an Alembic history: a wrong PATH must not pass silently. */
    static void requireAlembic(WorkspaceSnapshot ws) {
        if (ws.config().alembicVersions().isEmpty()) {
            throw new RootCommand.UsageError("no Alembic versions directory under " + ws.root() + " (looked for "
                    + "alembic.ini's script_location and for alembic/versions up to 6 levels down; set "
                    + "alembic-versions in .migration-lsp.toml)");
        }
    }

    /** {@code check} needs a migration directory: a wrong PATH in CI must fail, not print "No problems found". */
    static void requireMigrations(WorkspaceSnapshot ws) {
        if (ws.config().alembicVersions().isEmpty() && ws.config().clickhouseMigrations().isEmpty()) {
            throw new RootCommand.UsageError("no migrations under " + ws.root() + " (looked for alembic.ini's "
                    + "script_location, alembic/versions and migrations/clickhouse up to 6 levels down; set "
                    + "alembic-versions or clickhouse-migrations in .migration-lsp.toml)");
        }
    }
}

package dev.migrationlsp.cli;

import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.ConfigProblem;
import dev.migrationlsp.workspace.HeaderCache;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads a workspace for a CLI command, turning bad configuration into one clear {@link RootCommand.UsageError}. */
final class WorkspaceOptions {
    private WorkspaceOptions() {}

    /** Loads with the command line's header cache ({@link HeaderCache#forCommandLine}, off by environment). */
    static WorkspaceSnapshot load(Path path, ConfigLoader loader) {
        return load(path, loader, HeaderCache.forCommandLine(System.getenv()), false);
    }

    /**
     * {@code headersOnly}: the command reads nothing but the revision graph, so files whose cached header is still
     * good are not read ({@link Workspace#headersOnly()}).
     */
    static WorkspaceSnapshot load(Path path, ConfigLoader loader, HeaderCache cache, boolean headersOnly) {
        return configure(path, loader, cache, headersOnly, false).readListed();
    }

    /**
     * The workspace at {@code path} with its configuration loaded and its migration files listed, not read
     * ({@link Workspace#loadConfiguration}); {@link Workspace#readListed} reads them. {@code remembersAnswers}: the
     * command may find its whole answer remembered ({@link Workspace#remembersAnswers()}).
     */
    static Workspace configure(
            Path path, ConfigLoader loader, HeaderCache cache, boolean headersOnly, boolean remembersAnswers) {
        Path root = path == null ? Path.of("") : path;
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new RootCommand.UsageError("not a directory: " + root);
        }
        Workspace workspace = new Workspace(root, loader, cache);
        if (headersOnly) {
            workspace.headersOnly();
        }
        if (remembersAnswers) {
            workspace.remembersAnswers();
        }
        List<ConfigProblem> problems = workspace.loadConfiguration(Map.of()).problems();
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder("invalid configuration: ");
            for (int i = 0; i < problems.size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(problems.get(i).describe(root));
            }
            throw new RootCommand.UsageError(sb.toString());
        }
        return workspace;
    }

    /** {@code heads} and {@code graph} need an Alembic history: a wrong PATH must not pass silently. */
    static void requireAlembic(WorkspaceSnapshot ws) {
        requireAlembic(ws.config());
    }

    static void requireAlembic(WorkspaceConfig ws) {
        if (ws.histories().isEmpty()) {
            throw new RootCommand.UsageError("no Alembic versions directory under " + ws.root() + " (looked for "
                    + "alembic.ini, pyproject.toml [tool.alembic], alembic/versions and other revision folders at any depth; "
                    + "set alembic-versions "
                    + "in .migration-lsp.toml)");
        }
    }

    /** {@code check} needs a migration directory: a wrong PATH in CI must fail, not print "No problems found". */
    static void requireMigrations(WorkspaceSnapshot ws) {
        if (ws.histories().isEmpty() && ws.config().clickhouseMigrations().isEmpty()) {
            throw new RootCommand.UsageError("no migrations under " + ws.root() + " (looked for alembic.ini's "
                    + "script_location, alembic/versions and other revision folders, and migrations/clickhouse at any depth; set "
                    + "alembic-versions or clickhouse-migrations in .migration-lsp.toml)");
        }
    }

    /**
     * The Alembic histories a command works on: the one {@code --history} names, else all of them. A name that is not
     * there, or a workspace without any, is a usage error naming what there is.
     */
    static List<AlembicHistory> histories(WorkspaceSnapshot ws, String name) {
        return histories(ws.config(), name);
    }

    static List<AlembicHistory> histories(WorkspaceConfig ws, String name) {
        List<AlembicHistory> all = ws.histories();
        if (all.isEmpty()) {
            throw new RootCommand.UsageError("no Alembic versions directory found under " + ws.root()
                    + " (set alembic-versions in .migration-lsp.toml or add alembic.ini)");
        }
        if (name == null) {
            return all;
        }
        return ws.history(name)
                .map(List::of)
                .orElseThrow(() -> new RootCommand.UsageError(
                        "no Alembic history named '" + name + "' (histories: " + names(all) + ")"));
    }

    /** Exactly one history: the named one, or the only one; several and none named is a usage error. */
    static AlembicHistory oneHistory(WorkspaceSnapshot ws, String name) {
        List<AlembicHistory> chosen = histories(ws, name);
        if (chosen.size() > 1) {
            throw new RootCommand.UsageError("the workspace has " + chosen.size() + " Alembic histories ("
                    + names(chosen) + "); choose one with --history NAME");
        }
        return chosen.get(0);
    }

    private static String names(List<AlembicHistory> histories) {
        return String.join(", ", histories.stream().map(AlembicHistory::name).toList());
    }
}

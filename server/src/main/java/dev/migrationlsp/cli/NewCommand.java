package dev.migrationlsp.cli;

import dev.migrationlsp.create.AmbiguousHeads;
import dev.migrationlsp.create.ClickHouseKind;
import dev.migrationlsp.create.CreateException;
import dev.migrationlsp.create.CreateRequest;
import dev.migrationlsp.create.CreateResult;
import dev.migrationlsp.create.Created;
import dev.migrationlsp.create.HeadInfo;
import dev.migrationlsp.create.MergeRequest;
import dev.migrationlsp.create.MigrationCreator;
import dev.migrationlsp.create.Target;
import dev.migrationlsp.create.TemplateRenderer;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.ConfigProblem;
import dev.migrationlsp.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code new postgres|clickhouse "DESCRIPTION"}: writes the next migration and prints its path relative to the root.
 * Kept free of the rule wiring, like {@code heads}: it needs only the header scan and the templates.
 */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Create the next migration (Alembic revision or numbered ClickHouse file) and print its path.")
public final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TARGET", description = "postgres or clickhouse.")
    String target;

    @Parameters(
            index = "1",
            paramLabel = "DESCRIPTION",
            arity = "0..1",
            description = "What the migration does; also names the file (optional with --merge).")
    String description;

    @Option(names = "--root", paramLabel = "PATH", description = "Workspace root (default: current directory).")
    Path root;

    @Option(
            names = "--branch",
            paramLabel = "LABEL",
            description = "PostgreSQL: extend (or with --merge, merge) the head of this branch label.")
    String branch;

    @Option(names = "--head", paramLabel = "REV", description = "PostgreSQL: extend this head revision.")
    String head;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description =
                    "ClickHouse: table (default), rollup, alter or data. PostgreSQL: revision (default) or table.")
    String kind;

    @Option(
            names = "--table",
            paramLabel = "NAME",
            description =
                    "Table to create (PostgreSQL: scaffolds op.create_table) or, for ClickHouse, to create/alter.")
    String table;

    @Option(
            names = "--source",
            paramLabel = "TABLE",
            description = "ClickHouse rollups: the table the materialized view reads.")
    String source;

    @Option(names = "--merge", description = "PostgreSQL: create a merge revision over the heads of one branch.")
    boolean merge;

    @Option(
            names = "--history",
            paramLabel = "NAME",
            description = "PostgreSQL: the Alembic history to extend (needed when the workspace has several).")
    String history;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Target t = Target.parse(target)
                .orElseThrow(() ->
                        new RootCommand.UsageError("unknown target '" + target + "': use postgres or clickhouse"));
        if (branch != null && head != null) {
            throw new RootCommand.UsageError("give --branch or --head, not both");
        }
        if (history != null && t != Target.POSTGRES) {
            throw new RootCommand.UsageError("--history applies to postgres only");
        }
        if (merge && t != Target.POSTGRES) {
            throw new RootCommand.UsageError("--merge applies to postgres only");
        }
        if (!merge && description == null) {
            throw new RootCommand.UsageError("the DESCRIPTION argument is missing");
        }
        if (t == Target.CLICKHOUSE && table == null) {
            String k = kind == null ? "table" : kind.toLowerCase(java.util.Locale.ROOT);
            if (!k.equals("data") && ClickHouseKind.parse(k).isPresent()) {
                throw new RootCommand.UsageError("new clickhouse --kind " + k + (kind == null ? " (the default)" : "")
                        + " needs the table's name: add --table NAME (or --kind data for a migration without one)");
            }
        }
        Workspace ws = load();
        MigrationCreator creator = new MigrationCreator(new TemplateRenderer());
        CreateResult result;
        try {
            if (merge) {
                result = creator.create(
                        ws,
                        new MergeRequest(
                                Optional.ofNullable(description),
                                Optional.ofNullable(branch),
                                Optional.ofNullable(history)));
            } else {
                result = creator.create(
                        ws,
                        new CreateRequest(
                                t,
                                description,
                                Optional.ofNullable(kind),
                                Optional.ofNullable(table),
                                Optional.ofNullable(branch),
                                Optional.ofNullable(head),
                                Optional.ofNullable(source),
                                Optional.ofNullable(history)));
            }
        } catch (CreateException e) {
            throw new RootCommand.UsageError(e.getMessage());
        }
        if (result instanceof AmbiguousHeads a) {
            throw new RootCommand.UsageError(a.reason() + ": "
                    + String.join(
                            ", ", a.heads().stream().map(HeadInfo::display).toList())
                    + "; choose with --branch LABEL or --head REV"
                    + (a.mergeSuggested() ? ", or merge them with --merge" : "")
                    + (merge ? "" : " (or set default-branch in the configuration)"));
        }
        Created c = (Created) result;
        var out = spec.commandLine().getOut();
        out.println(c.relativePath());
        out.flush();
        if (c.branchHasMultipleHeads()) {
            var err = spec.commandLine().getErr();
            for (List<String> group : c.conflictingHeads()) {
                err.println("migration-lsp: warning: one branch has several heads: " + String.join(", ", group)
                        + " (merge them with `migration-lsp new postgres --merge`)");
            }
            err.flush();
        }
        return RootCommand.OK;
    }

    private Workspace load() {
        Path r = (root == null ? Path.of("") : root).toAbsolutePath().normalize();
        if (!Files.isDirectory(r)) {
            throw new RootCommand.UsageError("not a directory: " + r);
        }
        Workspace ws = new Workspace(r, new ConfigLoader());
        ws.load(Map.of());
        List<ConfigProblem> problems = ws.config().problems();
        if (!problems.isEmpty()) {
            throw new RootCommand.UsageError("invalid configuration: "
                    + String.join(
                            "; ", problems.stream().map(p -> p.describe(r)).toList()));
        }
        return ws;
    }
}

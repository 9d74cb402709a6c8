package dev.migrationlsp.cli;

import dev.migrationlsp.insight.HistoryGraph;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code graph}: the Alembic history as Mermaid, Graphviz DOT or SVG (branches, merges, labels, heads marked). */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Draw the Alembic history: branches, merges, labels; heads outlined, conflicting heads red.")
public final class GraphCommand implements Callable<Integer> {
    enum Format {
        mermaid,
        dot,
        svg
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            description = "Workspace root (default: current directory).")
    Path path;

    @Option(
            names = "--format",
            defaultValue = "mermaid",
            description = "mermaid, dot or svg (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--limit",
            defaultValue = "0",
            paramLabel = "N",
            description = "Only the newest N generations (0 = all).")
    int limit;

    @Option(
            names = "--history",
            paramLabel = "NAME",
            description = "The Alembic history to draw (needed when the workspace has several).")
    String history;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new RootCommand.UsageError("--limit must be 0 or more");
        }
        WorkspaceSnapshot ws = WorkspaceOptions.load(path, new ConfigLoader());
        WorkspaceOptions.requireAlembic(ws);
        AlembicHistory chosen = WorkspaceOptions.oneHistory(ws, history);
        HistoryGraph.Format f = HistoryGraph.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
        spec.commandLine().getOut().print(new HistoryGraph(ws.revisionGraph(chosen), limit).render(f));
        spec.commandLine().getOut().flush();
        return RootCommand.OK;
    }
}

package dev.migrationlsp.cli;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.analysis.Baseline;
import dev.migrationlsp.core.AtomicFile;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Severity;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check}: every rule over every migration file; exit 1 when an error-severity finding remains. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Check every migration in the workspace; exit 1 on error findings, 2 on bad usage.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            description = "Workspace root (default: current directory).")
    Path path;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text, json, sarif, github, junit or gitlab (default: ${DEFAULT-VALUE}).")
    FindingFormatter.Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the --format report to FILE and print text (or --statistics) on stdout.")
    Path output;

    @Option(
            names = "--changed-since",
            paramLabel = "REF",
            description =
                    "Only findings in files changed since the merge base of git REF and HEAD (plus those the change causes elsewhere).")
    String changedSince;

    @Option(
            names = "--staged",
            description = "Only findings in files staged in git (plus those the change causes elsewhere).")
    boolean staged;

    @Option(
            names = "--fail-on",
            defaultValue = "error",
            paramLabel = "LEVEL",
            description =
                    "Exit 1 when a finding is at least this severe: error, warning or info (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--exit-zero", description = "Exit 0 even when findings remain (bad usage still exits 2).")
    boolean exitZero;

    @Option(names = "--statistics", description = "Print how many findings each rule has instead of the findings.")
    boolean statistics;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Hide the findings recorded in FILE (overrides the configured baseline).")
    Path baseline;

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description = "Record the current findings in FILE and exit 0.")
    Path writeBaseline;

    @Option(
            names = "--history",
            paramLabel = "NAME",
            description = "Only the findings on this Alembic history's revisions.")
    String history;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The least severe finding that fails the check. */
    enum FailOn {
        error(Severity.ERROR),
        warning(Severity.WARNING),
        info(Severity.INFO);

        final Severity least;

        FailOn(Severity least) {
            this.least = least;
        }
    }

    @Override
    public Integer call() {
        if (changedSince != null && staged) {
            throw new RootCommand.UsageError("--changed-since and --staged exclude each other");
        }
        if (writeBaseline != null && (changedSince != null || staged)) {
            throw new RootCommand.UsageError(
                    "--write-baseline records the whole workspace; drop --changed-since/--staged");
        }
        CoreWiring core = new CoreWiring();
        ConfigLoader loader = core.configLoader();
        Path workingDirectory = RootCommand.of(spec).workingDirectory();
        WorkspaceSnapshot ws =
                WorkspaceOptions.load(workingDirectory.resolve(path == null ? Path.of("") : path), loader);
        WorkspaceOptions.requireMigrations(ws);
        Analyzer analyzer = core.analyzer();
        java.util.function.Predicate<Finding> chosen = f -> true;
        if (history != null) {
            AlembicHistory h = WorkspaceOptions.oneHistory(ws, history);
            chosen = f -> h.contains(f.file());
        }
        if (writeBaseline != null) {
            List<Finding> all = analyzer.checkAllUnbaselined(ws, CancelChecker.NEVER).stream()
                    .filter(chosen)
                    .toList();
            try {
                Baseline.write(writeBaseline, all, ws::relative);
            } catch (IOException e) {
                throw new RootCommand.UsageError("cannot write baseline " + writeBaseline + ": " + e.getMessage());
            }
            spec.commandLine()
                    .getErr()
                    .printf(
                            "migration-lsp: wrote %d finding%s to %s%n",
                            all.size(), all.size() == 1 ? "" : "s", writeBaseline);
            return RootCommand.OK;
        }
        List<Finding> findings;
        if (baseline != null) {
            Path b = baseline.toAbsolutePath();
            if (!Files.isRegularFile(b)) {
                throw new RootCommand.UsageError("baseline not found: " + baseline);
            }
            Baseline loaded;
            try {
                loaded = Baseline.read(b);
            } catch (IOException e) {
                throw new RootCommand.UsageError("cannot read baseline " + baseline + ": " + e.getMessage());
            }
            findings = loaded.filter(analyzer.checkAllUnbaselined(ws, CancelChecker.NEVER), ws::relative);
        } else {
            analyzer.baseline(ws).error().ifPresent(e -> {
                throw new RootCommand.UsageError(e);
            });
            findings = analyzer.checkAll(ws, CancelChecker.NEVER);
        }
        findings = findings.stream().filter(chosen).toList();
        if (changedSince != null || staged) {
            Git git = Git.at(ws.root());
            findings = ChangedFindings.select(
                    git, staged ? git.staged() : git.changedSince(changedSince), ws, findings, analyzer, loader);
        }
        DisplayPaths relPath = new DisplayPaths(workingDirectory);
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            writeReport(workingDirectory.resolve(output), findings, relPath);
        }
        if (statistics) {
            RuleStatistics.print(findings, output == null && format == FindingFormatter.Format.json, out);
            out.flush();
        } else {
            FindingFormatter.print(output == null ? format : FindingFormatter.Format.text, findings, relPath, out);
        }
        boolean failing = findings.stream().anyMatch(f -> f.severity().ordinal() <= failOn.least.ordinal());
        return failing && !exitZero ? RootCommand.FINDINGS : RootCommand.OK;
    }

    /** The report a CI job keeps, written whole or not at all (a temporary file moved into place). */
    private void writeReport(Path file, List<Finding> findings, DisplayPaths relPath) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new RootCommand.UsageError("--output: " + file + " is a directory");
        }
        java.io.StringWriter report = new java.io.StringWriter();
        FindingFormatter.print(format, findings, relPath, new PrintWriter(report));
        try {
            AtomicFile.writeString(target, report.toString());
        } catch (IOException e) {
            throw new RootCommand.UsageError("--output: cannot write " + file + ": " + e.getMessage());
        }
    }
}

package dev.migrationlsp.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.migrationlsp.CoreModule;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.analysis.Baseline;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Severity;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check}: every rule over every migration file; exit 1 when an error-severity finding remains. */
@Command(name = "check", description = "Check every migration in the workspace; exit 1 on error findings, 2 on bad usage.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Workspace root (default: current directory).")
    Path path;

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or github (default: ${DEFAULT-VALUE}).")
    FindingFormatter.Format format;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Hide the findings recorded in FILE (overrides the configured baseline).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record the current findings in FILE and exit 0.")
    Path writeBaseline;

    @Option(names = "--history", paramLabel = "NAME", description = "Only the findings on this Alembic history's revisions.")
    String history;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Injector injector = Guice.createInjector(new CoreModule());
        WorkspaceSnapshot ws = WorkspaceOptions.load(path, injector.getInstance(ConfigLoader.class));
        Analyzer analyzer = injector.getInstance(Analyzer.class);
        java.util.function.Predicate<Finding> chosen = f -> true;
        if (history != null) {
            AlembicHistory h = WorkspaceOptions.oneHistory(ws, history);
            chosen = f -> h.contains(f.file());
        }
        if (writeBaseline != null) {
            List<Finding> all = analyzer.checkAllUnbaselined(ws, CancelChecker.NEVER).stream().filter(chosen).toList();
            try {
                Baseline.write(writeBaseline, all, ws::relative);
            } catch (IOException e) {
                throw new RootCommand.UsageError("cannot write baseline " + writeBaseline + ": " + e.getMessage());
            }
            spec.commandLine().getErr().printf("migration-lsp: wrote %d finding%s to %s%n", all.size(), all.size() == 1 ? "" : "s", writeBaseline);
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
        FindingFormatter.print(format, findings, f -> ws.relative(f.file()), spec.commandLine().getOut());
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? RootCommand.FINDINGS : RootCommand.OK;
    }
}

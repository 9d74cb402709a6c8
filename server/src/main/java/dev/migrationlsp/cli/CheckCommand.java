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
import dev.migrationlsp.workspace.HeaderCache;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    @Option(
            names = "--no-cache",
            description = "Read and check every file; do not use or update the header cache and the remembered answer.")
    boolean noCache;

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
        return run(
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                RootCommand.of(spec).workingDirectory());
    }

    /** The command with its options set, writing to {@code out} and {@code err}, paths relative to {@code workingDirectory}. */
    private int run(PrintWriter out, PrintWriter err, Path workingDirectory) {
        if (changedSince != null && staged) {
            throw new RootCommand.UsageError("--changed-since and --staged exclude each other");
        }
        if (writeBaseline != null && (changedSince != null || staged)) {
            throw new RootCommand.UsageError(
                    "--write-baseline records the whole workspace; drop --changed-since/--staged");
        }
        CoreWiring core = new CoreWiring();
        ConfigLoader loader = core.configLoader();
        // the whole answer is remembered when it depends on nothing but the workspace's files and these options: not
        // with git's view of changes, and not when it writes files
        boolean remember = !noCache && output == null && writeBaseline == null && changedSince == null && !staged;
        HeaderCache cache = noCache ? HeaderCache.disabled() : HeaderCache.forCommandLine(System.getenv());
        Workspace workspace = WorkspaceOptions.configure(
                workingDirectory.resolve(path == null ? Path.of("") : path), loader, cache, false, remember);
        if (remember) {
            Optional<byte[]> remembered =
                    workspace.rememberedAnswer("check", question(workingDirectory), baselineFile(workspace.config()));
            if (remembered.isPresent()) {
                return CapturedOutput.replay(remembered.get(), out, err);
            }
        }
        CapturedOutput captured = new CapturedOutput();
        int code = check(workspace.readListed(), core, captured.out, captured.err, workingDirectory);
        // kept only when a remembered answer was asked for above
        workspace.rememberAnswer(captured.forward(code, out, err));
        return code;
    }

    /** The options the answer depends on; NUL cannot occur in a command-line argument, so it is unambiguous. */
    private String question(Path workingDirectory) {
        return format + "\0" + failOn + "\0" + exitZero + "\0" + statistics + "\0"
                + (baseline == null ? "" : baseline.toAbsolutePath()) + "\0" + (history == null ? "" : history)
                + "\0" + workingDirectory.toAbsolutePath();
    }

    /** The baseline the answer depends on: {@code --baseline}'s or the configured one. */
    private List<Path> baselineFile(WorkspaceConfig config) {
        if (baseline != null) {
            return List.of(baseline.toAbsolutePath());
        }
        return config.baseline().isPresent() ? List.of(config.baseline().get()) : List.of();
    }

    /** Checks the read workspace and prints what the options ask for; returns the exit code. */
    private int check(WorkspaceSnapshot ws, CoreWiring core, PrintWriter out, PrintWriter err, Path workingDirectory) {
        ConfigLoader loader = core.configLoader();
        WorkspaceOptions.requireMigrations(ws);
        Analyzer analyzer = core.analyzer();
        AlembicHistory chosen = history == null ? null : WorkspaceOptions.oneHistory(ws, history);
        if (writeBaseline != null) {
            List<Finding> all = inHistory(analyzer.checkAllUnbaselined(ws, CancelChecker.NEVER), chosen);
            try {
                Baseline.write(writeBaseline, all, ws::relative);
            } catch (IOException e) {
                throw new RootCommand.UsageError("cannot write baseline " + writeBaseline + ": " + e.getMessage());
            }
            err.printf(
                    "migration-lsp: wrote %d finding%s to %s%n", all.size(), all.size() == 1 ? "" : "s", writeBaseline);
            err.flush();
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
            java.util.Optional<String> baselineError = analyzer.baseline(ws).error();
            if (baselineError.isPresent()) {
                throw new RootCommand.UsageError(baselineError.get());
            }
            findings = analyzer.checkAll(ws, CancelChecker.NEVER);
        }
        findings = inHistory(findings, chosen);
        if (changedSince != null || staged) {
            Git git = Git.at(ws.root());
            findings = ChangedFindings.select(
                    git, staged ? git.staged() : git.changedSince(changedSince), ws, findings, analyzer, loader);
        }
        DisplayPaths relPath = new DisplayPaths(workingDirectory);
        if (output != null) {
            writeReport(workingDirectory.resolve(output), findings, relPath);
        }
        if (statistics) {
            RuleStatistics.print(findings, output == null && format == FindingFormatter.Format.json, out);
            out.flush();
        } else {
            FindingFormatter.print(output == null ? format : FindingFormatter.Format.text, findings, relPath, out);
        }
        out.flush();
        boolean failing = false;
        for (Finding f : findings) {
            failing |= f.severity().ordinal() <= failOn.least.ordinal();
        }
        return failing && !exitZero ? RootCommand.FINDINGS : RootCommand.OK;
    }

    /**
     * The findings on {@code history}'s files (all when null). Plain loops on this path: on JDK 17 each lambda's first
     * use costs `check` ~0.2 ms.
     */
    private static List<Finding> inHistory(List<Finding> findings, AlembicHistory history) {
        if (history == null) {
            return List.copyOf(findings);
        }
        List<Finding> out = new java.util.ArrayList<>();
        for (Finding f : findings) {
            if (history.contains(f.file())) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code check} without picocli, for start-up time: picocli's ~180 classes are Java 5 bytecode, which the JVM
     * verifies with the old verifier and cannot keep in the launcher's class archive (tens of milliseconds of every
     * run). Takes the options as picocli would, each at most once, values not starting with {@code -}; any other shape
     * (help, {@code --version}, {@code @argfiles}, {@code --}, a bad value, a mistake) returns empty and picocli
     * handles it, errors included, as before.
     */
    static java.util.OptionalInt runWithoutPicocli(
            String[] args, PrintWriter out, PrintWriter err, Path workingDirectory) {
        if (args.length == 0 || !args[0].equals("check") || args.length > 24) {
            return java.util.OptionalInt.empty();
        }
        CheckCommand c = new CheckCommand();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try {
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.isEmpty() || a.startsWith("@")) {
                    return java.util.OptionalInt.empty();
                }
                if (!a.startsWith("-")) {
                    if (c.path != null) {
                        return java.util.OptionalInt.empty();
                    }
                    c.path = Path.of(a);
                    continue;
                }
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                name = name.equals("-o") ? "--output" : name;
                if (!seen.add(name)) {
                    return java.util.OptionalInt.empty();
                }
                boolean flag = name.equals("--exit-zero")
                        || name.equals("--statistics")
                        || name.equals("--staged")
                        || name.equals("--no-cache");
                if (flag) {
                    if (value != null) {
                        return java.util.OptionalInt.empty();
                    }
                    c.exitZero |= name.equals("--exit-zero");
                    c.statistics |= name.equals("--statistics");
                    c.staged |= name.equals("--staged");
                    c.noCache |= name.equals("--no-cache");
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                        return java.util.OptionalInt.empty();
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--format" ->
                        c.format = FindingFormatter.Format.valueOf(value.toLowerCase(java.util.Locale.ROOT));
                    case "--fail-on" -> c.failOn = FailOn.valueOf(value.toLowerCase(java.util.Locale.ROOT));
                    case "--output" -> c.output = Path.of(value);
                    case "--changed-since" -> c.changedSince = value;
                    case "--baseline" -> c.baseline = Path.of(value);
                    case "--write-baseline" -> c.writeBaseline = Path.of(value);
                    case "--history" -> c.history = value;
                    default -> {
                        return java.util.OptionalInt.empty();
                    }
                }
            }
        } catch (IllegalArgumentException e) { // a value picocli would refuse (an unknown format, a bad path)
            return java.util.OptionalInt.empty();
        }
        if (c.format == null) {
            c.format = FindingFormatter.Format.text;
        }
        if (c.failOn == null) {
            c.failOn = FailOn.error;
        }
        try {
            int code = c.run(out, err, workingDirectory);
            out.flush();
            err.flush();
            return java.util.OptionalInt.of(code);
        } catch (RootCommand.UsageError u) {
            out.flush();
            err.println("migration-lsp: " + u.getMessage());
            return java.util.OptionalInt.of(RootCommand.USAGE);
        } catch (RuntimeException ex) {
            out.flush();
            RootCommand.reportInternalError(ex, err);
            return java.util.OptionalInt.of(RootCommand.USAGE);
        }
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

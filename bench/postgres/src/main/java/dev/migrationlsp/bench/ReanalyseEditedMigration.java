package dev.migrationlsp.bench;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.alembic.MigrationModelReader;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-analysing one edited 2,000-line Alembic migration, as the language server does on every keystroke: a new
 * buffer version enters the workspace and the {@link Analyzer} produces the file's findings (all rules, ignore
 * comments, severities, baseline). Each invocation types or deletes one character in the middle of the file, so
 * every invocation analyses a document version never seen before.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ReanalyseEditedMigration {
    private Path root;
    private Path file;
    private Workspace workspace;
    private Analyzer analyzer;
    private String original;
    private String violating;
    private String violatingEdited;
    private Path violatingFile;
    private String edited;
    private int version;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("migration-lsp-bench");
        Path versions = Files.createDirectories(root.resolve("alembic/versions"));
        original = MigrationGenerator.migration(2000);
        int mid = original.indexOf("sa.Column(\"col_5\"", original.length() / 2);
        edited = original.substring(0, mid) + "sa.Column(\"col_5x\"" + original.substring(mid + "sa.Column(\"col_5\"".length());
        file = versions.resolve("0001_big.py");
        Files.writeString(file, original);
        violating = MigrationGenerator.migration(2000, true);
        int vmid = violating.indexOf("sa.Column(\"col_5\"", violating.length() / 2);
        violatingEdited = violating.substring(0, vmid) + "sa.Column(\"col_5x\"" + violating.substring(vmid + "sa.Column(\"col_5\"".length());
        violatingFile = versions.resolve("0002_big_violations.py");
        Files.writeString(violatingFile, violating);
        CoreWiring core = new CoreWiring();
        workspace = new Workspace(root, core.configLoader());
        workspace.load(Map.of());
        analyzer = core.analyzer();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private String nextText() {
        return (++version & 1) == 1 ? edited : original;
    }

    /** The whole per-keystroke path: new buffer version, then every rule's findings for the file. */
    @Benchmark
    public List<Finding> analyzeAfterEdit() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        WorkspaceSnapshot snap = workspace.change(file, version + 1, nextText());
        List<Finding> out = analyzer.analyze(snap, file, CancelChecker.NEVER);
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        cpuOps++;
        return out;
    }

    // CPU time of this thread per analysis: on a machine shared with other work, wall time per op includes waiting for a
    // core; CPU time shows what the analysis itself costs. Printed per iteration in the forked VM's output.
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long cpuNanos;
    private long cpuOps;

    @TearDown(Level.Iteration)
    public void reportCpu() {
        if (cpuOps > 0) {
            System.out.printf("  [analyzeAfterEdit CPU time: %.0f us/op over %d ops]%n", cpuNanos / 1e3 / cpuOps, cpuOps);
        }
        cpuNanos = 0;
        cpuOps = 0;
    }

    /** The same edit in a file where every table breaks the conventions: 1,352 findings, each with its fix. */
    @Benchmark
    public List<Finding> analyzeAfterEditWithFindings() {
        String text = (++version & 1) == 1 ? violatingEdited : violating;
        WorkspaceSnapshot snap = workspace.change(violatingFile, version, text);
        return analyzer.analyze(snap, violatingFile, CancelChecker.NEVER);
    }

    /** Only the static model the PostgreSQL rules read (pure-Java reader), for the breakdown. */
    @Benchmark
    public Object migrationModel() {
        return MigrationModelReader.read(new SourceText(nextText()));
    }
}

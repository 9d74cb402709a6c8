package dev.migrationlsp.bench;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.postgres.PgSchema;
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
 * Re-analysing one edited revision in the middle of a 5,000-revision history whose later revisions alter older tables,
 * as the language server does per keystroke: the new buffer version makes a new snapshot, whose PostgreSQL schema
 * ({@link PgSchema}) is rebuilt from the per-document change lists (only the edited revision is read again), and every
 * rule runs on the file, the safety rules asking the replayed schema. {@code schemaAfterEdit} is the schema rebuild
 * alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ReanalyseEditInLongHistory {
    private static final int REVISIONS = 5000;
    private Path root;
    private Path file;
    private Workspace workspace;
    private Analyzer analyzer;
    private String original;
    private String edited;
    private int version;

    static String revision(int i) {
        String rev = String.format("%04d", i);
        String down = i == 1 ? "None" : "\"" + String.format("%04d", i - 1) + "\"";
        StringBuilder body = new StringBuilder("    op.create_table(\n        \"table_" + i + "\",\n"
                + "        sa.Column(\"id\", sa.Integer(), primary_key=True),\n");
        for (int c = 0; c < 20; c++) {
            body.append("        sa.Column(\"attr_").append(c).append("\", sa.Text(), nullable=True),\n");
        }
        body.append("    )\n");
        if (i > 3 && i % 5 == 0) {
            int j = i - 3;
            body.append("    op.add_column(\"table_").append(j).append("\", sa.Column(\"extra_").append(i)
                    .append("\", sa.Text(), nullable=True))\n");
            body.append("    op.alter_column(\"table_").append(j).append("\", \"attr_1\", type_=sa.String(200))\n");
            body.append("    op.execute(\"CREATE INDEX ix_").append(j).append("_").append(i).append(" ON table_").append(j)
                    .append(" (extra_").append(i).append(")\")\n");
        }
        return "from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"" + rev + "\"\ndown_revision = " + down
                + "\n\n\ndef upgrade() -> None:\n" + body + "\n\ndef downgrade() -> None:\n    op.drop_table(\"table_" + i
                + "\")\n";
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("migration-lsp-bench-history");
        Path versions = Files.createDirectories(root.resolve("alembic/versions"));
        for (int i = 1; i <= REVISIONS; i++) {
            Files.writeString(versions.resolve(String.format("%04d_rev.py", i)), revision(i));
        }
        int middle = REVISIONS / 2;
        file = versions.resolve(String.format("%04d_rev.py", middle));
        original = revision(middle);
        edited = original.replace("sa.Column(\"extra_" + middle + "\"", "sa.Column(\"extra_" + middle + "x\"");
        CoreWiring core = new CoreWiring();
        workspace = new Workspace(root, core.configLoader());
        WorkspaceSnapshot first = workspace.load(Map.of());
        analyzer = core.analyzer();
        workspace.open(file, ++version, original);
        analyzer.analyze(workspace.snapshot(), file, CancelChecker.NEVER); // every other revision's changes read once
        PgSchema.of(first);
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

    /** The per-keystroke path: new snapshot, schema replayed, every rule on the edited revision. */
    @Benchmark
    public List<Finding> analyzeAfterEdit() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        WorkspaceSnapshot snap = workspace.change(file, version + 1, nextText());
        List<Finding> out = analyzer.analyze(snap, file, CancelChecker.NEVER);
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        cpuOps++;
        return out;
    }

    /** The schema of a new snapshot after an edit (the graph is inherited; only the edited revision is re-read). */
    @Benchmark
    public PgSchema schemaAfterEdit() {
        WorkspaceSnapshot snap = workspace.change(file, version + 1, nextText());
        return PgSchema.of(snap);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long cpuNanos;
    private long cpuOps;

    @TearDown(Level.Iteration)
    public void reportCpu() {
        if (cpuOps > 0) {
            System.out.printf("  [analyzeAfterEdit CPU time: %.0f us/op over %d ops]%n", cpuNanos / 1e3 / cpuOps, cpuOps);
            cpuNanos = 0;
            cpuOps = 0;
        }
    }
}

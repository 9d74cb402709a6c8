package dev.migrationlsp.bench;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.postgres.AlembicChanges;
import dev.migrationlsp.postgres.PgSchema;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time (this thread) of the PostgreSQL schema replay on a long history whose revisions alter older tables: reading
 * every revision's changes, the first replay, and per edit of one revision in the middle the new snapshot's replay and
 * the file's full analysis. Usage: SchemaReplayBenchmark [REVISIONS=5000] [EDITS=200]. The JMH form is
 * bench/postgres ReanalyseEditInLongHistory.
 */
public final class SchemaReplayBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path root = BenchDirs.temporary("migration-lsp-schema");
        Path versions = Files.createDirectories(root.resolve("alembic/versions"));
        for (int i = 1; i <= n; i++) {
            Files.writeString(versions.resolve(String.format("%04d_rev.py", i)), LongHistory.revision(i));
        }
        CoreWiring core = new CoreWiring();
        Workspace workspace = new Workspace(root, core.configLoader());
        WorkspaceSnapshot ws = workspace.load(Map.of());
        Analyzer analyzer = core.analyzer();
        long t0 = CPU.getCurrentThreadCpuTime();
        for (Document d : ws.alembicFiles().values()) {
            AlembicChanges.of(d);
        }
        long t1 = CPU.getCurrentThreadCpuTime();
        PgSchema.of(ws);
        long t2 = CPU.getCurrentThreadCpuTime();
        System.out.printf(
                Locale.ROOT,
                "| %d revisions | read every revision's changes (model included) | %.0f ms CPU |%n",
                n,
                (t1 - t0) / 1e6);
        System.out.printf(
                Locale.ROOT,
                "| %d revisions | first replay (graph order, event index) | %.1f ms CPU |%n",
                n,
                (t2 - t1) / 1e6);
        Path file = versions.resolve(String.format("%04d_rev.py", n / 2));
        String original = LongHistory.revision(n / 2);
        String edited = original.replace("\"extra_" + (n / 2) + "\"", "\"extra_" + (n / 2) + "x\"");
        workspace.open(file, 1, original);
        long schemaNanos = 0;
        long analyzeNanos = 0;
        long snapshotNanos = 0;
        for (int i = 0; i < edits; i++) {
            long s0 = CPU.getCurrentThreadCpuTime();
            WorkspaceSnapshot snap = workspace.change(file, i + 2, (i & 1) == 0 ? edited : original);
            snap.revisionGraph();
            long a = CPU.getCurrentThreadCpuTime();
            if (i >= edits / 2) {
                snapshotNanos += a - s0;
            }
            PgSchema.of(snap);
            long b = CPU.getCurrentThreadCpuTime();
            analyzer.analyze(snap, file, CancelChecker.NEVER);
            long c = CPU.getCurrentThreadCpuTime();
            if (i >= edits / 2) { // second half: warm
                schemaNanos += b - a;
                analyzeNanos += c - b;
            }
        }
        int measured = edits - edits / 2;
        System.out.printf(
                Locale.ROOT,
                "| %d revisions | per edit: new snapshot (graph inherited) | %.2f ms CPU |%n",
                n,
                snapshotNanos / 1e6 / measured);
        System.out.printf(
                Locale.ROOT,
                "| %d revisions | per edit: schema replay | %.2f ms CPU |%n",
                n,
                schemaNanos / 1e6 / measured);
        System.out.printf(
                Locale.ROOT,
                "| %d revisions | per edit: every rule on the edited revision | %.2f ms CPU |%n",
                n,
                analyzeNanos / 1e6 / measured);
    }

    /** The generated history: every revision creates a table; every 5th alters the table three revisions older. */
    static final class LongHistory {
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
                body.append("    op.add_column(\"table_")
                        .append(j)
                        .append("\", sa.Column(\"extra_")
                        .append(i)
                        .append("\", sa.Text(), nullable=True))\n");
                body.append("    op.alter_column(\"table_").append(j).append("\", \"attr_1\", type_=sa.String(200))\n");
                body.append("    op.execute(\"CREATE INDEX ix_")
                        .append(j)
                        .append("_")
                        .append(i)
                        .append(" ON table_")
                        .append(j)
                        .append(" (extra_")
                        .append(i)
                        .append(")\")\n");
            }
            return "from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"" + rev + "\"\ndown_revision = "
                    + down
                    + "\n\n\ndef upgrade() -> None:\n" + body
                    + "\n\ndef downgrade() -> None:\n    op.drop_table(\"table_" + i
                    + "\")\n";
        }
    }
}

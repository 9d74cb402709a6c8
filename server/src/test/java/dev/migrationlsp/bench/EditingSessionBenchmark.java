package dev.migrationlsp.bench;

import com.google.gson.JsonObject;
import dev.migrationlsp.lsp.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * A scripted editing session over stdio: a 2,000-line Alembic migration is opened and edited (typing a new column into
 * create_table, one keystroke per change) with the debounce at 0; each change is timed until the publishDiagnostics of
 * its version arrives. The first {@code WARMUP} keystrokes (while the JIT compiles the analysis, as JMH's warm-up
 * iterations) are reported on their own line; the next {@code EDITS} are the measurement. Prints p50/p95/p99 of both.
 * The server runs with the JVM options of {@code -Dmigrationlsp.serverJvm} (e.g. the launcher's), default none.
 * Usage: EditingSessionBenchmark [EDITS] [LINES] [WARMUP] [PACE_MS] [top|bottom] [SHAPE] (PACE_MS: at most one keystroke
 * per PACE_MS, see main; bottom types after the generated lines instead of before them; SHAPE: what the migration is
 * made of, see {@link Shape})
 */
public final class EditingSessionBenchmark {
    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        // 0: each keystroke right after the previous one's diagnostics (the server never idles); N: one keystroke every
        // N
        // ms at most, as someone typing (60 ms: 16 keys a second, faster than a fast typist's ~10)
        long paceNanos = TimeUnit.MILLISECONDS.toNanos(args.length > 3 ? Long.parseLong(args[3]) : 0);
        // top (the default): the new column is typed before the 2,000 generated ones; bottom: after them
        String where = args.length > 4 ? args[4] : "top";
        if (!where.equals("top") && !where.equals("bottom")) {
            System.err.println("EditingSessionBenchmark: WHERE must be top or bottom, not '" + where + "'");
            System.exit(2);
        }
        boolean bottom = where.equals("bottom");
        Shape shape;
        try {
            shape = Shape.valueOf((args.length > 5 ? args[5] : "one-table")
                    .toUpperCase(Locale.ROOT)
                    .replace('-', '_'));
        } catch (IllegalArgumentException e) {
            System.err.println(
                    "EditingSessionBenchmark: SHAPE must be one of " + Shape.names() + ", not '" + args[5] + "'");
            System.exit(2);
            return;
        }
        String jvm = System.getProperty("migrationlsp.serverJvm", "").trim();
        List<String> jvmOptions = jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+"));
        Path root = BenchDirs.temporary("migration-lsp-editing");
        Path versions = SyntheticHistory.write(root, 50);
        Path file = versions.resolve("0051_big_migration.py");
        int header = 30;
        String text = shape.migration(lines - header);
        Files.writeString(file, text);
        JsonObject init = new JsonObject();
        init.addProperty("diagnostics-debounce-ms", 0);
        List<Double> cold = new ArrayList<>();
        double cpuAtStart = 0;
        double jitAtStart = 0;
        double serverCpuPerEdit;
        double jitCpuPerEdit;
        List<Double> lat = new ArrayList<>();
        try (TestServer ts =
                TestServer.start(root, TestServer.Options.defaults().withInitOptions(init), jvmOptions)) {
            String uri = ts.open(file);
            ts.awaitDiagnostics(uri, ds -> true);
            // before the generated lines (top) or after them
            int line = bottom ? shape.firstLine + shape.upgradeLines(lines - header) : shape.firstLine;
            String typed = shape.typed;
            for (int i = 0; i < warmup + edits; i++) {
                if (i == warmup) {
                    cpuAtStart = serverCpuMs(ts.pid());
                    jitAtStart = jitCpuMs(ts.pid());
                }
                String ch = String.valueOf(typed.charAt(i % typed.length()));
                int col = i % typed.length();
                int row = line + i / typed.length();
                int before = ts.client().publishes.size();
                long t0 = System.nanoTime();
                int v = ts.change(uri, new Range(new Position(row, col), new Position(row, col)), ch);
                ts.await(
                        () -> {
                            // a copy: a sub-list of the growing copy-on-write list would fail when it grows
                            var all = List.copyOf(ts.client().publishes);
                            return all.subList(before, all.size()).stream()
                                    .anyMatch(p ->
                                            p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == v);
                        },
                        "version " + v);
                (i < warmup ? cold : lat).add((System.nanoTime() - t0) / 1e6);
                for (long left = t0 + paceNanos - System.nanoTime();
                        left > 0;
                        left = t0 + paceNanos - System.nanoTime()) {
                    LockSupport.parkNanos(left); // the typist's pause before the next key
                }
            }
            serverCpuPerEdit = (serverCpuMs(ts.pid()) - cpuAtStart) / edits;
            jitCpuPerEdit = (jitCpuMs(ts.pid()) - jitAtStart) / edits;
        }
        String server = jvmOptions.isEmpty() ? "java -jar" : "java " + String.join(" ", jvmOptions) + " -jar";
        if (!cold.isEmpty()) {
            print("first " + warmup + " keystrokes after opening (cold JIT)", lines, server, cold);
        }
        String pace =
                paceNanos > 0 ? ", one every " + TimeUnit.NANOSECONDS.toMillis(paceNanos) + " ms" : ", back to back";
        print(
                edits + " keystrokes" + (warmup > 0 ? " after those" : "") + pace
                        + (bottom ? ", below the generated lines" : "")
                        + (shape == Shape.ONE_TABLE ? "" : ", " + shape.label()),
                lines,
                server,
                lat);
        System.out.printf(
                Locale.ROOT,
                "server CPU (user+sys, all threads) per measured keystroke: %.2f ms, of which the JIT compilers %.2f ms;"
                        + " load average %s%n",
                serverCpuPerEdit,
                jitCpuPerEdit,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /**
     * What the 2,000-line migration is made of. {@code one-table} (the default, issue 15's target) is one
     * {@code create_table} of 2,000 columns and the new column is typed into it; the others are 2,000 lines of
     * statements (half in {@code upgrade()}, half undoing them in {@code downgrade()}) on the history's tables, and an
     * {@code op.add_column} statement is typed above (or below) them.
     */
    enum Shape {
        /** One {@code create_table} of 2,000 {@code sa.Column}s. */
        ONE_TABLE(24, "        sa.Column(\"typed_col\", sa.String(255), nullable=True),\n"),
        /** {@code op.add_column} / {@code op.drop_column}. */
        ADD_COLUMN(18, Shape.STATEMENT),
        /** {@code op.execute("ALTER TABLE ... ADD COLUMN ...")} and its {@code DROP COLUMN}. */
        EXECUTE(18, Shape.STATEMENT),
        /** {@code op.execute} of multi-line SQL {@code CREATE TABLE}s, 12 lines each with the {@code DROP TABLE}. */
        SQL_TABLES(18, Shape.STATEMENT),
        /** {@code op.create_index} / {@code op.drop_index}, each not concurrent: 2,000 findings with fixes. */
        CREATE_INDEX(18, Shape.STATEMENT);

        private static final String STATEMENT =
                "    op.add_column(\"table_1\", sa.Column(\"typed_col\", sa.String(255), nullable=True))\n";

        /** The 0-based line where the generated lines start. */
        final int firstLine;
        /** What is typed, one character per keystroke, over and over. */
        final String typed;

        Shape(int firstLine, String typed) {
            this.firstLine = firstLine;
            this.typed = typed;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static String names() {
            return java.util.Arrays.stream(values()).map(Shape::label).toList().toString();
        }

        /** Lines of {@code upgrade()} when the generated part has {@code n} lines. */
        int upgradeLines(int n) {
            return switch (this) {
                case ONE_TABLE -> n;
                case SQL_TABLES -> n / 12 * 11;
                default -> n / 2;
            };
        }

        String migration(int n) {
            StringBuilder up = new StringBuilder();
            StringBuilder down = new StringBuilder();
            switch (this) {
                case ONE_TABLE -> {
                    for (int i = 0; i < n; i++) {
                        up.append("        sa.Column(\"col_").append(i).append("\", sa.Text(), nullable=True),\n");
                    }
                    return ONE_TABLE_FILE.formatted(up);
                }
                case ADD_COLUMN -> {
                    for (int i = 0; i < n / 2; i++) {
                        String t = "table_" + (1 + i % 50);
                        up.append("    op.add_column(\"")
                                .append(t)
                                .append("\", sa.Column(\"extra_")
                                .append(i)
                                .append("\", sa.Text(), nullable=True))\n");
                        down.append("    op.drop_column(\"")
                                .append(t)
                                .append("\", \"extra_")
                                .append(i)
                                .append("\")\n");
                    }
                }
                case EXECUTE -> {
                    for (int i = 0; i < n / 2; i++) {
                        String t = "table_" + (1 + i % 50);
                        up.append("    op.execute(\"ALTER TABLE ")
                                .append(t)
                                .append(" ADD COLUMN extra_")
                                .append(i)
                                .append(" text\")\n");
                        down.append("    op.execute(\"ALTER TABLE ")
                                .append(t)
                                .append(" DROP COLUMN extra_")
                                .append(i)
                                .append("\")\n");
                    }
                }
                case SQL_TABLES -> {
                    for (int i = 0; i < n / 12; i++) {
                        up.append("    op.execute(\"\"\"\n        CREATE TABLE sql_")
                                .append(i)
                                .append(" (\n")
                                .append("            id uuid PRIMARY KEY,\n")
                                .append("            org_id text NOT NULL DEFAULT 'default',\n");
                        for (int c = 0; c < 4; c++) {
                            up.append("            attribute_").append(c).append(" text,\n");
                        }
                        up.append("            created_at timestamptz NOT NULL DEFAULT now()\n        )\n")
                                .append("        \"\"\")\n");
                        down.append("    op.execute(\"DROP TABLE sql_")
                                .append(i)
                                .append("\")\n");
                    }
                }
                case CREATE_INDEX -> {
                    for (int i = 0; i < n / 2; i++) {
                        String t = "table_" + (1 + i % 50);
                        up.append("    op.create_index(\"ix_extra_")
                                .append(i)
                                .append("\", \"")
                                .append(t)
                                .append("\", [\"attribute_")
                                .append(i % 30)
                                .append("\"])\n");
                        down.append("    op.drop_index(\"ix_extra_")
                                .append(i)
                                .append("\", table_name=\"")
                                .append(t)
                                .append("\")\n");
                    }
                }
            }
            return STATEMENTS_FILE.formatted(up, down);
        }

        private static final String HEADER = """
                \"\"\"A very large migration.

                Revision ID: 0051
                Revises: 0050
                Create Date: 2025-06-01 00:00:00.000000
                \"\"\"

                from alembic import op
                import sqlalchemy as sa
                from sqlalchemy.dialects.postgresql import UUID

                revision = "0051"
                down_revision = "0050"
                branch_labels = None
                depends_on = None


                def upgrade() -> None:
                """;

        private static final String ONE_TABLE_FILE = HEADER.replace("%", "%%") + """
                    op.create_table(
                        "huge",
                        sa.Column("id", UUID(as_uuid=True), primary_key=True),
                        sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
                        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
                %s    )


                def downgrade() -> None:
                    op.drop_table("huge")
                """;

        private static final String STATEMENTS_FILE = HEADER.replace("%", "%%") + """
                %s

                def downgrade() -> None:
                %s""";
    }

    /** The process's CPU time so far (user + system, every thread), from /proc (Linux), in ms; 0 elsewhere. */
    static double serverCpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the command name, in clock ticks (1/100 s)
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * CPU time so far of the server's JIT compiler threads (C1, C2), from /proc (Linux), in ms; 0 elsewhere. While it
     * grows the measured keystrokes are not warm yet: the compilers compete with the analysis for the cores.
     */
    static double jitCpuMs(long pid) {
        double sum = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("Compiler")) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        sum += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        return sum;
    }

    private static void print(String what, int lines, String server, List<Double> latencies) {
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d-line migration, debounce 0, `%s` | p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f ms |%n",
                what,
                lines,
                server,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

package dev.migrationlsp.clickhouse;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Linear-time benchmark (issue 12), run by {@code bench/clickhouse/linear.sh}: ClickHouse migration files whose size
 * doubles in one dimension — a long comment on line 1, a long string, deep nesting, a long line of tokens, many
 * statements — analysed by every rule (as {@code check} does for one file), timed in CPU time of the analysing thread
 * (best of 3). Time should double with the size. Usage: {@code ClickHouseLinearBench [FROM_CHARS] [DOUBLINGS]}.
 */
public final class ClickHouseLinearBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ClickHouseLinearBench() {}

    /** The shapes, each a generator of a file of about {@code n} characters. */
    static Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> out = new LinkedHashMap<>();
        String create =
                "CREATE TABLE IF NOT EXISTS t (org_id String, id UInt64) ENGINE = MergeTree ORDER BY (org_id, id);\n";
        out.put("comment on line 1", n -> "-- " + "x".repeat(n) + "\n" + create);
        out.put("block comment", n -> "-- 001_a.sql\n/* " + "y ".repeat(n / 2) + "*/\n" + create);
        out.put("long string", n -> "-- 001_a.sql\nINSERT INTO t VALUES ('org', 1), ('" + "z".repeat(n) + "', 2);\n");
        out.put(
                "deep nesting",
                n -> "-- 001_a.sql\nSELECT " + "(".repeat(n / 2) + "1" + ")".repeat(n / 2) + ";\n" + create);
        out.put("long line of tokens", n -> "-- 001_a.sql\nSELECT " + "a + ".repeat(n / 4) + "1 FROM t;\n");
        out.put("many statements", n -> "-- 001_a.sql\n" + create.repeat(Math.max(1, n / create.length())));
        return out;
    }

    /** CPU nanoseconds (best of {@code runs}) to parse {@code text}: lexer, parser and the runner's statement split. */
    static long parseNanos(String text, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            ClickHouseScript script = ClickHouseScript.parse(text);
            script.runnerHazards();
            MigrationRunner.statements(text);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        int from = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int doublings = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path root = Files.createTempDirectory("ch-linear");
        Files.writeString(root.resolve(".migration-lsp.toml"), "clickhouse-migrations = \"migrations/clickhouse\"\n");
        Path dir = Files.createDirectories(root.resolve("migrations/clickhouse"));
        Path file = dir.resolve("001_a.sql");
        Files.writeString(file, "-- 001_a.sql\n");
        Analyzer analyzer = new CoreWiring().analyzer();
        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        int[] version = {1};
        for (Map.Entry<String, IntFunction<String>> shape : shapes().entrySet()) { // warm up the JIT on every shape
            for (int k = 0; k < 3; k++) {
                analyzer.analyze(
                        ws.change(file, version[0]++, shape.getValue().apply(from)), file, CancelChecker.NEVER);
            }
        }
        StringBuilder header = new StringBuilder("| shape |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int d = 0, n = from; d < doublings; d++, n *= 2) {
            header.append(' ').append(n / 1000).append("k chars |");
            rule.append("---:|");
        }
        System.out.println(header.append(" last / first |"));
        System.out.println(rule.append("---:|"));
        for (Map.Entry<String, IntFunction<String>> shape : shapes().entrySet()) {
            StringBuilder row = new StringBuilder("| " + shape.getKey() + " |");
            double first = 0;
            double last = 0;
            for (int d = 0, n = from; d < doublings; d++, n *= 2) {
                String text = shape.getValue().apply(n);
                long best = Long.MAX_VALUE;
                for (int r = 0; r < 3; r++) {
                    var snap = ws.change(file, version[0]++, text);
                    long t0 = CPU.getCurrentThreadCpuTime();
                    analyzer.analyze(snap, file, CancelChecker.NEVER);
                    best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
                }
                double ms = best / 1e6;
                first = d == 0 ? ms : first;
                last = ms;
                row.append(String.format(" %.1f ms |", ms));
            }
            System.out.println(row.append(String.format(" %.0fx |", last / Math.max(first, 0.01))));
        }
        System.out.printf(
                "%n(size doubles %d times: %dx the input; linear time gives about %dx)%n",
                doublings - 1, 1 << (doublings - 1), 1 << (doublings - 1));
    }
}

package dev.migrationlsp.bench;

import dev.migrationlsp.lsp.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cold start over stdio on a generated workspace (default 5,000 revisions + 1,000 ClickHouse files):
 * spawn -> initialize result; spawn -> first diagnostics of a file opened right away; resident memory once indexed.
 * Each figure is measured with extra JVM options given as the first argument (e.g. an AppCDS archive).
 * Usage: StartupBenchmark "<jvm options or ->" [REVISIONS] [CLICKHOUSE_FILES] [RUNS]
 */
public final class StartupBenchmark {
    public static void main(String[] args) throws Exception {
        String jvm = args.length > 0 && !args[0].equals("-") ? args[0] : "";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int ch = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path root = BenchDirs.temporary("migration-lsp-startup");
        Path versions = SyntheticHistory.write(root, n);
        SyntheticHistory.writeClickHouse(root, ch);
        Path last = versions.resolve(String.format("%04d", n) + "_create_table_" + n + ".py");
        List<Double> init = new ArrayList<>();
        List<Double> diag = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> initCpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            try (TestServer ts = TestServer.start(
                    root, TestServer.Options.defaults(), jvm.isBlank() ? List.of() : List.of(jvm.split(" ")))) {
                init.add((ts.initializedAtNanos() - t0) / 1e6);
                initCpu.add(cpuMs(ts.pid()));
                String uri = ts.open(last);
                ts.awaitDiagnostics(uri, ds -> true);
                diag.add((System.nanoTime() - t0) / 1e6);
                ts.await(() -> !ts.client().heads.isEmpty(), "indexed");
                rss.add(rssMb(ts.pid()));
            }
        }
        System.out.printf(
                "| %s | %d revisions + %d ClickHouse files | spawn -> initialize result: %s | spawn -> first diagnostics: %s | RSS after indexing: %s | server CPU when initialize answered: %s |%n",
                jvm.isBlank() ? "java -jar" : "java " + jvm + " -jar",
                n,
                ch,
                stats(init, "ms"),
                stats(diag, "ms"),
                stats(rss, "MB"),
                stats(initCpu, "ms"));
    }

    /**
     * User + system CPU of the server process so far, read right after the initialize result arrived (so it includes
     * the first few milliseconds of the folder load that initialize starts); /proc's clock ticks, 10 ms apart.
     */
    static double cpuMs(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // fields after the parenthesised command name: state is field 3, utime 14, stime 15
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 1000.0 / 100;
    }

    static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    static String stats(List<Double> xs, String unit) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return String.format(
                "median %.0f %s (min %.0f, max %.0f)", s.get(s.size() / 2), unit, s.get(0), s.get(s.size() - 1));
    }
}

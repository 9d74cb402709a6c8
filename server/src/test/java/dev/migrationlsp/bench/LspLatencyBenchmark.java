package dev.migrationlsp.bench;

import com.google.gson.JsonObject;
import dev.migrationlsp.lsp.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Measures, over stdio against the shaded jar, on a generated large history:
 * (1) initialize sent -> first diagnostics for a file opened right after initialize;
 * (2) didChange of down_revision -> publishDiagnostics of that version, with the debounce set to 0 and to 100 ms.
 * Run with bench/lsp/run.sh. Prints a Markdown table.
 */
public final class LspLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        Path root = BenchDirs.temporary("migration-lsp-bench");
        Path versions = SyntheticHistory.write(root, n);
        System.out.printf("workspace: %d revisions in %s%n", n, root);
        List<Double> opens = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            opens.add(openLatency(root, versions, n));
        }
        System.out.printf(
                "| initialize -> first diagnostics of an opened file (%d revisions), 3 cold starts | %s |%n",
                n, fmt(opens));
        for (int debounce : new int[] {0, 100}) {
            List<Double> lat = editLatency(root, versions, n, edits, debounce);
            // the first edits after opening run before the JIT has compiled the analysis; report them apart
            List<Double> cold = new ArrayList<>(lat.subList(0, Math.min(20, lat.size())));
            List<Double> warm = new ArrayList<>(lat.subList(Math.min(20, lat.size()), lat.size()));
            Collections.sort(cold);
            Collections.sort(warm);
            System.out.printf(
                    "| down_revision edit -> republished, debounce %d ms | first 20 edits: p50 %.1f ms, max %.1f ms | next %d edits: p50 %.1f ms, p95 %.1f ms, max %.1f ms |%n",
                    debounce,
                    pct(cold, 50),
                    cold.get(cold.size() - 1),
                    warm.size(),
                    pct(warm, 50),
                    pct(warm, 95),
                    warm.get(warm.size() - 1));
        }
    }

    static double openLatency(Path root, Path versions, int n) throws Exception {
        long t0 = System.nanoTime();
        try (TestServer ts = TestServer.start(root)) {
            Path last = versions.resolve(String.format("%04d", n) + "_create_table_" + n + ".py");
            String uri = ts.open(last);
            ts.awaitDiagnostics(uri, ds -> true);
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    static List<Double> editLatency(Path root, Path versions, int n, int edits, int debounce) throws Exception {
        JsonObject init = new JsonObject();
        init.addProperty("diagnostics-debounce-ms", debounce);
        List<Double> out = new ArrayList<>();
        try (TestServer ts =
                TestServer.start(root, TestServer.Options.defaults().withInitOptions(init))) {
            Path last = versions.resolve(String.format("%04d", n) + "_create_table_" + n + ".py");
            String uri = ts.open(last);
            ts.awaitDiagnostics(uri, ds -> true);
            String text = Files.readString(last);
            int line = (int)
                    text.lines().takeWhile(l -> !l.startsWith("down_revision")).count();
            int col = text.lines().toList().get(line).indexOf('"') + 1;
            String[] values = {String.format("%04d", n - 2), String.format("%04d", n - 1)};
            for (int i = 0; i < edits; i++) {
                String v = values[i % 2]; // alternately create and resolve a second head
                int before = ts.client().publishes.size();
                long t0 = System.nanoTime();
                int version = ts.change(uri, new Range(new Position(line, col), new Position(line, col + 4)), v);
                ts.await(
                        () -> ts
                                .client()
                                .publishes
                                .subList(before, ts.client().publishes.size())
                                .stream()
                                .anyMatch(p ->
                                        p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version),
                        "publish of version " + version);
                out.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return out;
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String fmt(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return String.format(
                "min %.0f ms, median %.0f ms, max %.0f ms", s.get(0), s.get(s.size() / 2), s.get(s.size() - 1));
    }
}

package dev.migrationlsp.bench;

import dev.migrationlsp.lsp.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How `check`, `heads` and server indexing grow with history size (default 500, 5,000, 20,000 revisions). Prints a
 * Markdown table and writes an SVG line chart. Usage: ScalingBenchmark OUT.svg [SIZES...]
 */
public final class ScalingBenchmark {
    record Row(int revisions, double check, double heads, double index) {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/scaling.svg");
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(500, 5000, 20000);
        }
        Path jar = TestServer.jar();
        List<Row> rows = new ArrayList<>();
        System.out.println("| revisions | check (ms) | heads (ms) | server indexing: spawn -> heads announced (ms) |");
        System.out.println("|---|---|---|---|");
        for (int n : sizes) {
            Path root = BenchDirs.temporary("migration-lsp-scaling");
            SyntheticHistory.write(root, n);
            double check = median(3, () -> time("java", "-jar", jar.toString(), "check", root.toString()));
            double heads = median(3, () -> time("java", "-jar", jar.toString(), "heads", root.toString()));
            double index = median(3, () -> {
                long t0 = System.nanoTime();
                try (TestServer ts = TestServer.start(root)) {
                    ts.await(() -> !ts.client().heads.isEmpty(), "indexed");
                    return (System.nanoTime() - t0) / 1e6;
                }
            });
            rows.add(new Row(n, check, heads, index));
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.0f |%n", n, check, heads, index);
        }
        Files.writeString(out, svg(rows));
        System.out.println("plot: " + out);
    }

    interface Measure {
        double run() throws Exception;
    }

    static double median(int runs, Measure m) throws Exception {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            xs.add(m.run());
        }
        Collections.sort(xs);
        return xs.get(xs.size() / 2);
    }

    static double time(String... cmd) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        if (code > 1) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + code);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** A plain line chart: x = revisions, y = milliseconds, one line per measurement. */
    static String svg(List<Row> rows) {
        int w = 640;
        int h = 400;
        int left = 70;
        int bottom = 50;
        int top = 40;
        int right = 180;
        double maxX = rows.stream().mapToDouble(Row::revisions).max().orElse(1);
        double maxY = rows.stream()
                        .mapToDouble(r -> Math.max(r.check(), Math.max(r.heads(), r.index())))
                        .max()
                        .orElse(1)
                * 1.1;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
                w,
                h));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">migration-lsp: time vs history size</text>%n",
                left));
        int pw = w - left - right;
        int ph = h - top - bottom;
        sb.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                left,
                top + ph,
                left + pw,
                top + ph));
        sb.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                left,
                top,
                left,
                top + ph));
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            int y = (int) (top + ph - ph * i / 4.0);
            sb.append(String.format(
                    Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f ms</text>%n", left - 6, y + 4, v));
            sb.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eeeeee\"/>%n",
                    left,
                    y,
                    left + pw,
                    y));
        }
        for (Row r : rows) {
            int x = (int) (left + pw * r.revisions() / maxX);
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x,
                    top + ph + 18,
                    r.revisions()));
        }
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">revisions</text>%n",
                left + pw / 2,
                h - 10));
        String[] names = {"check", "heads", "server indexing"};
        String[] colours = {"#1565c0", "#2e7d32", "#c62828"};
        for (int k = 0; k < 3; k++) {
            StringBuilder pts = new StringBuilder();
            for (Row r : rows) {
                double v = k == 0 ? r.check() : k == 1 ? r.heads() : r.index();
                int x = (int) (left + pw * r.revisions() / maxX);
                int y = (int) (top + ph - ph * v / maxY);
                pts.append(x).append(',').append(y).append(' ');
                sb.append(String.format(
                        Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"/>%n", x, y, colours[k]));
            }
            sb.append(String.format(
                    Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    pts.toString().trim(),
                    colours[k]));
            int ly = top + 20 + k * 20;
            sb.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    left + pw + 15,
                    ly,
                    left + pw + 40,
                    ly,
                    colours[k]));
            sb.append(String.format(
                    Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", left + pw + 45, ly + 4, names[k]));
        }
        return sb.append("</svg>\n").toString();
    }
}

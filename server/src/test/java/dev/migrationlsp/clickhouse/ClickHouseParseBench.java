package dev.migrationlsp.clickhouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser-only benchmark (no CLI, no rules), run by {@code bench/clickhouse/run.sh}: parses every {@code .sql} file of
 * a directory, analyses each SELECT (JSQLParser + scan), and prints the files with a syntax error and the time taken.
 * Usage: {@code ClickHouseParseBench DIR [warm-iterations]}.
 */
public final class ClickHouseParseBench {
    private ClickHouseParseBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f));
        }
        long t0 = System.nanoTime();
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (parse(texts.get(i))) {
                rejected.add(files.get(i).getFileName() + ": " + firstError(texts.get(i)));
            }
        }
        long cold = System.nanoTime() - t0;
        long warmNanos = 0;
        if (warm > 0) {
            long w0 = System.nanoTime();
            for (int k = 0; k < warm; k++) {
                for (String t : texts) {
                    parse(t);
                }
            }
            warmNanos = (System.nanoTime() - w0) / warm;
        }
        System.out.printf(
                "files=%d accepted=%d rejected=%d cold_ms=%.1f warm_ms_per_pass=%.2f%n",
                files.size(), files.size() - rejected.size(), rejected.size(), cold / 1e6, warmNanos / 1e6);
        rejected.forEach(r -> System.out.println("  rejected " + r));
    }

    /** Parses and analyses SELECTs; true if the file has a syntax error. */
    private static boolean parse(String text) {
        ClickHouseScript script = ClickHouseScript.parse(text);
        for (Statement s : script.statements()) {
            if (s instanceof Statement.CreateView v) {
                v.select().facts().sources();
            } else if (s instanceof Statement.Insert ins && ins.select() != null) {
                ins.select().facts().sources();
            }
        }
        return !script.errors().isEmpty();
    }

    private static String firstError(String text) {
        Statement.Broken b = ClickHouseScript.parse(text).errors().get(0);
        return b.kind() + ": " + b.error().message();
    }
}

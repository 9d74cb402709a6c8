package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Editor-path benchmark, run by {@code bench/clickhouse/run.sh}: after a full check, edit the last {@code .sql} migration
 * 50 times and time the analysis of each new snapshot (parse, schema replay over the whole history, every rule), as the
 * language server does per keystroke. Usage: {@code ClickHouseKeystrokeBench WORKSPACE_ROOT}.
 */
public final class ClickHouseKeystrokeBench {
    private ClickHouseKeystrokeBench() {}

    public static void main(String[] args) throws Exception {
        Analyzer analyzer = new CoreWiring().analyzer();
        Workspace workspace = new Workspace(Path.of(args[0]), new ConfigLoader());
        WorkspaceSnapshot first = workspace.load(Map.of());
        analyzer.checkAll(first, CancelChecker.NEVER);
        Path file = first.clickhouseFiles().descendingKeySet().stream()
                .filter(p -> p.toString().endsWith(".sql"))
                .findFirst()
                .orElseThrow();
        String text = Files.readString(file);
        workspace.open(file, 1, text);
        long[] nanos = new long[50];
        for (int i = 0; i < nanos.length; i++) {
            WorkspaceSnapshot s = workspace.change(file, i + 2, text + "\nALTER TABLE t" + i + " ADD COLUMN c UInt8;");
            long t0 = System.nanoTime();
            analyzer.analyze(s, file, CancelChecker.NEVER);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "per-edit analysis of %s in a %d-file history: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                file.getFileName(), first.clickhouseFiles().size(), nanos[25] / 1e6, nanos[45] / 1e6, nanos[49] / 1e6);
    }
}

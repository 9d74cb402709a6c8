package dev.migrationlsp.bench;

import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Zero-configuration discovery on a workspace (e.g. the one {@code bench/monorepo/generate.py} writes), in process and
 * warm: {@link ConfigLoader#load} (the walk, ini and pyproject reading) and a full {@link Workspace#load} (discovery,
 * then every revision file read and its header scanned, every history's graph built). Prints median and minimum wall
 * and CPU time of the calling thread (the workspace load reads files on the common pool too: its CPU column is the
 * calling thread's share only). Usage: DiscoveryBenchmark DIR [RUNS]
 */
public final class DiscoveryBenchmark {
    public static void main(String[] args) {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ConfigLoader loader = new ConfigLoader();
        WorkspaceConfig config = loader.load(root);
        System.out.println("histories: "
                + String.join(
                        ", ",
                        config.histories().stream().map(AlembicHistory::name).toList()));
        for (int i = 0; i < 3; i++) { // warm-up
            new Workspace(root, loader).load(Map.of());
        }
        List<Double> discoverWall = new ArrayList<>();
        List<Double> discoverCpu = new ArrayList<>();
        List<Double> loadWall = new ArrayList<>();
        List<Double> loadCpu = new ArrayList<>();
        int revisions = 0;
        for (int r = 0; r < runs; r++) {
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            loader.load(root);
            discoverWall.add((System.nanoTime() - w0) / 1e6);
            discoverCpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
            w0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            WorkspaceSnapshot ws = new Workspace(root, loader).load(Map.of());
            revisions = 0;
            for (AlembicHistory h : ws.histories()) {
                revisions += ws.revisionGraph(h).nodes().size();
            }
            loadWall.add((System.nanoTime() - w0) / 1e6);
            loadCpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        System.out.printf(
                "%d revisions in %d histories, %d runs%n",
                revisions, config.histories().size(), runs);
        print("discovery (ConfigLoader.load)", discoverWall, discoverCpu);
        print("workspace load + graphs", loadWall, loadCpu);
    }

    private static void print(String what, List<Double> wall, List<Double> cpu) {
        System.out.printf(
                "%-32s wall median %7.1f ms (min %7.1f)   thread CPU median %7.1f ms%n",
                what, median(wall), Collections.min(wall), median(cpu));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }
}

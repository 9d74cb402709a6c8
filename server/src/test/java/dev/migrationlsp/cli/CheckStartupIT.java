package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.HistoryGenerator;
import dev.migrationlsp.testing.Examples;
import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check} pays for at start-up on JDK 17 beyond its own work (docs/benchmarks.md, "Issue 15: check on JDK
 * 17"): a record's generated {@code equals}/{@code hashCode}/{@code toString} links {@code ObjectMethods} (~25
 * method-handle classes); {@code java.util.logging}'s set-up costs ~15 ms even when nothing is logged; and every lambda
 * or method reference costs ~0.2 ms the first time it runs, class archive or not. {@code examples/} goes through the
 * same paths as a real workspace: Alembic revisions with safety findings, the PostgreSQL schema replay, ClickHouse
 * SQL files whose schema is replayed and a Python data migration. A warm {@code heads} is held to the same (and to its
 * per-file stat: docs/benchmarks.md, "Issue 15, fifth round").
 */
class CheckStartupIT {
    /**
     * Invokedynamic call sites of {@code dev.migrationlsp} classes that {@code check examples/} may link: 5 when this
     * was written (4 lambdas in Workspace, 1 in a SafetyRule fix), down from 160 before. A new lambda, method
     * reference or stream on check's path goes over it: run the command below and read the {@code linkCallSite
     * dev.migrationlsp...} lines (caller class and the lambda's signature); write it as a loop or a named class, or
     * raise the budget if it is worth ~0.2 ms of every check.
     * <pre>java -Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true -jar server/target/migration-lsp.jar check examples</pre>
     */
    private static final int CALL_SITE_BUDGET = 8;

    @Test
    void checkLinksFewCallSitesNoRecordMethodsAndNoLogging(@TempDir Path cache) {
        RealTools.Result r = RealTools.runJarWithJvmOptions(
                List.of(
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
                        "-Xlog:class+load=info"),
                // its own header cache: one a concurrent run left half-written is logged, which sets up logging
                Map.of("MIGRATION_LSP_CACHE", cache.toString()),
                Path.of("."),
                "check",
                Examples.ROOT.toString());

        assertThat(r.exit()).as(r.out()).isZero();
        List<String> lines = r.out().lines().toList();
        List<String> linked = lines.stream()
                .filter(l -> l.startsWith("linkCallSite ") && !l.startsWith("linkCallSite =>"))
                .toList();
        assertThat(linked).as("the linkage trace works").isNotEmpty();
        assertThat(lines)
                .as("the class-load log works and the ClickHouse schema was replayed")
                .anyMatch(l -> l.contains("[class,load] dev.migrationlsp.clickhouse.ClickHouseSchema "));
        assertThat(linked)
                .as("no record's generated methods")
                .noneMatch(l -> l.contains("java.lang.runtime.ObjectMethods"));
        assertThat(lines)
                .as("java.util.logging is not set up")
                .noneMatch(l -> l.contains("[class,load] java.util.logging.LogManager "));
        List<String> ours = linked.stream()
                .filter(l -> l.startsWith("linkCallSite dev.migrationlsp."))
                .toList();
        assertThat(ours)
                .as("invokedynamic call sites of dev.migrationlsp classes (see CALL_SITE_BUDGET)")
                .hasSizeLessThanOrEqualTo(CALL_SITE_BUDGET);
    }

    /**
     * A warm {@code heads} (its answer remembered) on JDK 17-22 reads each revision file's stat without the
     * {@code "unix:…"} attribute map (workspace/FileStamps), stats on one thread (no stream, no pool) and links no
     * lambda of ours: at 200 revisions these were ~25 ms of a ~100 ms run.
     */
    @Test
    void aWarmHeadsReadsStatsWithoutTheAttributeMapAndLinksNoLambdaOfOurs(@TempDir Path work) throws IOException {
        Path project = work.resolve("project");
        HistoryGenerator.writeProject(
                HistoryGenerator.generate(1, 1200, HistoryGenerator.Shape.BENCHMARK),
                project,
                HistoryGenerator.Shape.BENCHMARK);
        Map<String, String> env =
                Map.of("MIGRATION_LSP_CACHE", work.resolve("cache").toString());
        List<String> jvm = List.of(
                "-XX:TieredStopAtLevel=1",
                "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
                "-Xlog:class+load=info");
        RealTools.Result first = RealTools.runJarWithJvmOptions(jvm, env, Path.of("."), "heads", project.toString());
        assertThat(first.exit()).as(first.out()).isZero();
        // files written moments before the first run are racily clean: their answer is not trusted until a later run
        // rewrote it. Run again until one prints the remembered answer (it builds no revision graph).
        RealTools.Result warm = first;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (builtTheGraph(warm) && System.nanoTime() < deadline) {
            warm = RealTools.runJarWithJvmOptions(jvm, env, Path.of("."), "heads", project.toString());
            assertThat(warm.exit()).as(warm.out()).isZero();
        }
        assertThat(heads(warm))
                .as("the same heads as the first run")
                .isNotEmpty()
                .isEqualTo(heads(first));
        List<String> lines = warm.out().lines().toList();
        assertThat(lines)
                .as("the remembered answer was printed, without building the graph")
                .anyMatch(l -> l.contains("[class,load] dev.migrationlsp.workspace.HeaderCache$Remembered "))
                .noneMatch(l -> l.contains("[class,load] dev.migrationlsp.alembic.RevisionGraph "));
        if (Runtime.version().feature() <= 22) {
            assertThat(lines)
                    .as("no attribute map per file")
                    .noneMatch(l -> l.contains("[class,load] sun.nio.fs.UnixFileAttributeViews$Unix "));
        }
        assertThat(lines)
                .as("no parallel stream or pool")
                .noneMatch(l -> l.contains("[class,load] java.util.concurrent.ForkJoinPool "));
        assertThat(lines)
                .as("no invokedynamic call site of ours")
                .noneMatch(l -> l.startsWith("linkCallSite dev.migrationlsp."));
    }

    /** The lines {@code heads} printed, among the JVM's logging: one per head, and its warning. */
    private static List<String> heads(RealTools.Result r) {
        return r.out()
                .lines()
                .filter(l -> l.matches("[0-9a-f]{12}\\b.*") || l.startsWith("migration-lsp: "))
                .toList();
    }

    private static boolean builtTheGraph(RealTools.Result r) {
        return r.out().contains("[class,load] dev.migrationlsp.alembic.RevisionGraph ");
    }
}

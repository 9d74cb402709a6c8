package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.HistoryGenerator;
import dev.migrationlsp.testing.RealTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar's {@code heads} with its header cache, as real processes: same answers, whatever the cache holds. */
class HeadsCacheIT {
    @TempDir
    Path work;

    private RealTools.Result heads(Path cache, String... extra) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd =
                new ArrayList<>(List.of(java.toString(), "-jar", RealTools.jar().toString(), "heads"));
        cmd.addAll(List.of(extra));
        cmd.add(work.resolve("history").toString());
        Map<String, String> env = new HashMap<>();
        env.put("MIGRATION_LSP_CACHE", cache.toString());
        return RealTools.run(cmd, work, env);
    }

    @Test
    void headsWithAndWithoutTheCacheAgreeAcrossProcessesAndABrokenCache() throws Exception {
        HistoryGenerator.writeProject(
                HistoryGenerator.generate(3, 300, HistoryGenerator.Shape.DIFFERENTIAL),
                work.resolve("history"),
                HistoryGenerator.Shape.DIFFERENTIAL);
        Path cache = work.resolve("cache");
        RealTools.Result plain = heads(cache, "--no-cache");
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).isNotBlank();
        assertThat(cache.resolve("headers")).doesNotExist();

        // two processes at once, both writing the cache
        CompletableFuture<RealTools.Result> a = CompletableFuture.supplyAsync(() -> heads(cache));
        CompletableFuture<RealTools.Result> b = CompletableFuture.supplyAsync(() -> heads(cache));
        assertThat(a.get().out()).isEqualTo(plain.out());
        assertThat(b.get().out()).isEqualTo(plain.out());
        List<Path> files;
        try (var list = Files.list(cache.resolve("headers"))) {
            files = list.toList();
        }
        // the header cache and the remembered answer, no temporary file
        assertThat(files.stream().map(f -> f.getFileName().toString().replaceAll(".*\\.", "")))
                .containsExactlyInAnyOrder("bin", "answer");

        // warm, then damaged cache files: same answer, no message
        assertThat(heads(cache)).isEqualTo(plain);
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            bytes[bytes.length / 3] ^= 0x21;
            Files.write(f, bytes);
            assertThat(heads(cache)).isEqualTo(plain);
        }

        // a head's revision id edited after the answer was remembered: the new heads, as without the cache
        String head = plain.out().lines().findFirst().orElseThrow().split(" ")[0];
        Path headFile;
        try (var list = Files.list(work.resolve("history/migrations/versions"))) {
            headFile = list.filter(f -> f.getFileName().toString().startsWith(head))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(headFile, Files.readString(headFile).replace(head, head + "ff"));
        RealTools.Result edited = heads(cache, "--no-cache");
        assertThat(edited.out()).contains(head + "ff").isNotEqualTo(plain.out());
        assertThat(heads(cache)).isEqualTo(edited);

        // a cache folder that cannot be made: no cache, no message
        Path file = Files.writeString(work.resolve("not-a-folder"), "x");
        assertThat(heads(file)).isEqualTo(edited);
    }
}

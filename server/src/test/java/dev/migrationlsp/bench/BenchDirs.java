package dev.migrationlsp.bench;

import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmarks' scratch workspaces: made in the temporary directory, deleted when the benchmark's JVM exits. */
final class BenchDirs {
    private BenchDirs() {}

    static Path temporary(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RealTools.deleteTree(dir), "delete " + dir));
        return dir;
    }
}

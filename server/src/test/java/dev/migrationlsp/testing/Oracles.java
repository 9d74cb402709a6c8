package dev.migrationlsp.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the npm-installed oracles live: {@code oracles/node_modules} at the repository root (installed by
 * {@code (cd oracles && npm install --no-save)}, which {@code .ci/run} does), or the folder named by {@code MIGRATION_LSP_ORACLES}.
 * Each accessor requires its oracle: the test fails under CI and is skipped elsewhere when it is missing.
 */
public final class Oracles {
    private Oracles() {}

    /** The {@code node_modules} folder holding chdb and squawk-cli. */
    public static Path nodeModules() {
        String env = System.getenv("MIGRATION_LSP_ORACLES");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("oracles").resolve("node_modules");
            if (Files.isDirectory(dir.resolve("oracles"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Path.of("oracles", "node_modules").toAbsolutePath();
    }

    /** {@code node} on PATH, required. */
    public static Path node() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path n = Path.of(p.isEmpty() ? "." : p, "node");
            if (Files.isExecutable(n)) {
                return n;
            }
        }
        RealTools.require(List.of("node (Node.js 20)"), "apt-get install -y nodejs npm");
        return Path.of("node");
    }

    /** The chdb package folder (ClickHouse 26.7 in-process), required; use it with {@code require(<this>)} in node. */
    public static Path chdb() {
        Path chdb = nodeModules().resolve("chdb");
        Path lib = nodeModules().resolve("@chdb").resolve("lib-linux-x64-gnu");
        RealTools.require(
                Files.isDirectory(chdb) && Files.isDirectory(lib)
                        ? List.of()
                        : List.of("chdb 3.4.0 in " + nodeModules()),
                "cd oracles && npm install --no-save");
        return chdb;
    }

    /** The squawk 2.66 executable, required. */
    public static Path squawk() {
        Path bin = nodeModules().resolve(".bin").resolve("squawk");
        RealTools.require(
                Files.isExecutable(bin) ? List.of() : List.of("squawk-cli 2.66.0 in " + nodeModules()),
                "cd oracles && npm install --no-save");
        return bin;
    }
}

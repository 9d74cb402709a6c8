package dev.migrationlsp.testing;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Shared plumbing for tests that drive real tools (Python/Alembic, PostgreSQL, chdb, squawk, git): requiring them —
 * a missing tool fails the test when {@code CI} is set and skips it elsewhere — and running processes with a bound.
 */
public final class RealTools {
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final long TIMEOUT_SECONDS = 180;

    public record Result(int exit, String out) {
        public boolean ok() {
            return exit == 0;
        }
    }

    private RealTools() {}

    /** Fails (CI) or skips (elsewhere) the current test when {@code missing} is not empty. */
    public static void require(List<String> missing, String installHint) {
        if (missing.isEmpty()) {
            return;
        }
        String msg = "missing tools: " + String.join(", ", missing) + " (" + installHint + ")";
        if (System.getenv("CI") != null) {
            fail(msg);
        }
        Assumptions.abort(msg);
    }

    /** Requires /usr/bin/python3 with the given importable modules (e.g. {@code alembic, sqlalchemy}). */
    public static void requirePython(String... modules) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(PYTHON)) {
            missing.add("/usr/bin/python3");
        } else if (modules.length > 0) {
            Result r = run(
                    List.of(PYTHON.toString(), "-c", "import " + String.join(", ", modules)), Path.of("."), Map.of());
            if (!r.ok()) {
                missing.add("python modules " + String.join(", ", modules) + " ("
                        + r.out().strip().lines().reduce((a, b) -> b).orElse("") + ")");
            }
        }
        require(missing, "apt-get install -y python3-alembic python3-psycopg2");
    }

    /** Runs {@code cmd} in {@code dir} with stdin closed, stderr merged into stdout; fails the test on time-out. */
    public static Result run(List<String> cmd, Path dir, Map<String, String> env) {
        return run(cmd, dir, env, TIMEOUT_SECONDS);
    }

    /** As {@link #run(List, Path, Map)}, with a time-out of {@code timeoutSeconds} for long batch runs. */
    public static Result run(List<String> cmd, Path dir, Map<String, String> env, long timeoutSeconds) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + String.join(" ", cmd));
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The shaded jar under test (failsafe passes {@code migrationlsp.jar}; unit tests run from {@code server/}). */
    public static Path jar() {
        return Path.of(System.getProperty("migrationlsp.jar", "target/migration-lsp.jar"))
                .toAbsolutePath();
    }

    /** Runs the shaded jar with {@code args} in {@code dir}. */
    public static Result runJar(Path dir, String... args) {
        return runJarWithJvmOptions(List.of(), dir, args);
    }

    /** Runs the shaded jar with JVM options (e.g. an {@code -Xlog:} to see what it loads) and {@code args} in {@code dir}. */
    public static Result runJarWithJvmOptions(List<String> jvmOptions, Path dir, String... args) {
        return runJarWithJvmOptions(jvmOptions, Map.of(), dir, args);
    }

    /** As {@link #runJarWithJvmOptions(List, Path, String...)}, with {@code env} added to the environment. */
    public static Result runJarWithJvmOptions(
            List<String> jvmOptions, Map<String, String> env, Path dir, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return run(cmd, dir, env);
    }

    /** Deletes a directory tree, ignoring what is already gone. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // best effort: a temp directory
        }
    }
}

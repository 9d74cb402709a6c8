package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.migrationlsp.lsp.TestServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/migration-lsp: same results as java -jar, an AppCDS archive recorded on first use, stdout kept for JSON-RPC. */
class LauncherIT {
    @TempDir
    Path cache;

    /** The JDK the launcher runs (JAVA_HOME): this test's own unless a test picks another. */
    private Path javaHome = Path.of(System.getProperty("java.home"));

    /** MIGRATION_LSP_JAVA_OPTS for the next runs, when not empty. */
    private String javaOpts = "";

    record Run(int code, String out, String err) {}

    private Run run(byte[] stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("migrationlsp.launcher", "../bin/migration-lsp"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("MIGRATION_LSP_CACHE", cache.toString());
        pb.environment()
                .put("MIGRATION_LSP_JAR", TestServer.jar().toAbsolutePath().toString());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().remove("MIGRATION_LSP_JAVA_OPTS");
        if (!javaOpts.isEmpty()) {
            pb.environment().put("MIGRATION_LSP_JAVA_OPTS", javaOpts);
        }
        Process p = pb.start();
        p.getOutputStream().write(stdin);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(dev.migrationlsp.testing.Deadlines.LIVENESS.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void cliCommandsRecordAnArchiveOnceAndBehaveLikeTheJar() throws Exception {
        String examples = TestServer.examples().toAbsolutePath().toString();
        Run first = run(new byte[0], "heads", examples);
        assertThat(first.code()).isZero();
        assertThat(first.out().lines())
                .containsExactly("0005 (application_schema, river_cutover)", "0006 (application_schema)");
        assertThat(first.err()).isEmpty();
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())
                            .filter(n -> !n.equals("headers"))
                            .toList())
                    .singleElement()
                    .satisfies(n -> assertThat(n).endsWith("-cli-heads.jsa"));
        }
        // heads keeps its header cache and its remembered answer beside the archive
        try (var files = Files.list(cache.resolve("headers"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceAll(".*\\.", ""))
                            .toList())
                    .containsExactlyInAnyOrder("bin", "answer");
        }
        Run second = run(new byte[0], "heads", examples);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        Run bad = run(new byte[0], "check", examples, "--format", "xml");
        assertThat(bad.code()).isEqualTo(2);
    }

    /**
     * Short commands run C1 with one compiler thread, which the JVM accepts only with C1 alone: options of the user's
     * that choose the compilers replace it rather than stop the JVM.
     */
    @Test
    void shortCommandsUseOneCompilerThreadUnlessTheUsersOptionsChooseTheCompilers() throws Exception {
        String examples = TestServer.examples().toAbsolutePath().toString();
        javaOpts = "-XX:+PrintFlagsFinal";
        Run flags = run(new byte[0], "heads", examples);
        assertThat(flags.code()).as(flags.err()).isZero();
        assertThat(flags.out().lines()).anySatisfy(l -> assertThat(l).matches("\\s*intx CICompilerCount\\s+= 1 .*"));
        javaOpts = "";
        Run expected = run(new byte[0], "heads", examples, "--no-cache");
        assertThat(expected.out()).contains("0006 (application_schema)");
        for (String opts :
                List.of("-XX:TieredStopAtLevel=4", "-XX:CICompilerCount=2", "-XX:-TieredCompilation", "-Xmx256m")) {
            javaOpts = opts;
            Run r = run(new byte[0], "heads", examples, "--no-cache");
            assertThat(r.code()).as("%s: %s", opts, r.err()).isZero();
            assertThat(r).isEqualTo(expected);
        }
    }

    @Test
    void eachCommandRecordsItsOwnArchiveSoCheckIsNotLeftWithTheClassesOfHeads() throws Exception {
        String examples = TestServer.examples().toAbsolutePath().toString();
        assertThat(run(new byte[0], "heads", examples).code()).isZero();
        Run recording = run(new byte[0], "check", examples, "--exit-zero");
        Run mapped = run(new byte[0], "check", examples, "--exit-zero");
        assertThat(recording.code()).as(recording.err()).isZero();
        assertThat(mapped.out()).isEqualTo(recording.out()).contains("Found ");
        assertThat(mapped.err()).isEmpty();
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .anySatisfy(n -> assertThat(n).endsWith("-cli-heads.jsa"))
                    .anySatisfy(n -> assertThat(n).endsWith("-cli-check.jsa"));
        }
    }

    @Test
    void serverModeKeepsStdoutForJsonRpcOnTheRecordingRunAndAfter() throws Exception {
        serveTwiceOverStdio();
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .anySatisfy(n -> assertThat(n).endsWith("-server.jsa"));
        }
    }

    /**
     * JDK 25+ (JEP 514/515): the first run of each command trains an AOT cache, assembled by a child JVM after exit,
     * and later runs map it. Needs a JDK 25 besides the one running the tests: {@code MIGRATION_LSP_TEST_JDK25}, or one
     * under /usr/lib/jvm; skipped without one (Debian 12, which CI runs, packages none).
     */
    @Test
    void onJdk25EachCommandTrainsAnAotCacheOnceAndMapsItWithTheSameOutput() throws Exception {
        javaHome = jdk25OrSkip();
        String examples = TestServer.examples().toAbsolutePath().toString();
        Run training = run(new byte[0], "heads", examples);
        assertThat(training.code()).as(training.err()).isZero();
        assertThat(training.out().lines())
                .containsExactly("0005 (application_schema, river_cutover)", "0006 (application_schema)");
        // at most the child JVM's one "Picked up JAVA_TOOL_OPTIONS" line: none of the JVM's progress messages
        assertThat(training.err().lines()).allSatisfy(l -> assertThat(l).startsWith("Picked up JAVA_TOOL_OPTIONS"));
        Run mapped = run(new byte[0], "heads", examples);
        assertThat(mapped.out()).isEqualTo(training.out());
        assertThat(mapped.err()).isEmpty();
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())
                            .filter(n -> !n.equals("headers"))
                            .toList())
                    .as("the cache moved into place, no recording or configuration left behind")
                    .singleElement()
                    .satisfies(n -> assertThat(n).endsWith("-cli-heads.aot"));
        }
        serveTwiceOverStdio();
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .anySatisfy(n -> assertThat(n).endsWith("-server.aot"))
                    .noneSatisfy(n -> assertThat(n).endsWith(".jsa"));
        }
    }

    private static Path jdk25OrSkip() throws java.io.IOException {
        String configured = System.getenv("MIGRATION_LSP_TEST_JDK25");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (var dirs = Files.list(jvms)) {
                dirs.sorted().forEach(candidates::add);
            }
        }
        for (Path home : candidates) {
            Path release = home.resolve("release");
            if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
                var m = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"?(\\d+)")
                        .matcher(Files.readString(release));
                if (m.find() && Integer.parseInt(m.group(1)) >= 25) {
                    return home;
                }
            }
        }
        org.junit.jupiter.api.Assumptions.abort("no JDK 25+ (set MIGRATION_LSP_TEST_JDK25)");
        return null;
    }

    private void serveTwiceOverStdio() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        for (String body : List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
                        + TestServer.uri(TestServer.examples()) + "\",\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            in.write(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            in.write(b);
        }
        for (int i = 0; i < 2; i++) {
            Run r = run(in.toByteArray());
            assertThat(r.code()).as("run " + i + ": " + r.err()).isZero();
            List<JsonObject> frames = frames(r.out());
            assertThat(frames)
                    .anySatisfy(f -> assertThat(f.has("result") && f.get("id").getAsInt() == 1)
                            .isTrue());
            assertThat(frames)
                    .anySatisfy(f -> assertThat(f.has("result") && f.get("id").getAsInt() == 2)
                            .isTrue());
        }
    }

    /** Parses stdout as a sequence of JSON-RPC frames; anything else in it fails the test. */
    private static List<JsonObject> frames(String out) {
        List<JsonObject> frames = new ArrayList<>();
        int i = 0;
        while (i < out.length()) {
            assertThat(out.startsWith("Content-Length: ", i))
                    .as("frame at " + i + ": " + out.substring(i, Math.min(out.length(), i + 80)))
                    .isTrue();
            int headerEnd = out.indexOf("\r\n\r\n", i);
            int length = Integer.parseInt(out.substring(i + 16, headerEnd).trim());
            String body = new String(
                    out.substring(headerEnd + 4).getBytes(StandardCharsets.UTF_8), 0, length, StandardCharsets.UTF_8);
            frames.add(new Gson().fromJson(body, JsonObject.class));
            i = headerEnd + 4 + body.length();
        }
        return frames;
    }
}

package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar's {@code check} with its remembered answer, as real processes: whatever the cache holds, the output
 * and exit code are those of {@code check --no-cache}, and an answer is replayed only while nothing it depends on
 * changed.
 */
class CheckCacheIT {
    @TempDir
    Path work;

    private Path root;
    private Path cache;
    private Path clickhouse;

    @BeforeEach
    void workspace() throws IOException {
        root = work.resolve("project");
        cache = work.resolve("cache");
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Files.writeString(
                versions.resolve("0001_a.py"),
                "revision = '0001'\ndown_revision = None\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                        + "def upgrade():\n    op.add_column('users', sa.Column('x', sa.Integer(), nullable=False))\n");
        Files.writeString(versions.resolve("0002_b.py"), "revision = '0002'\ndown_revision = '0001'\n");
        clickhouse = Files.createDirectories(root.resolve("migrations/clickhouse"));
        Files.writeString(
                clickhouse.resolve("001_init.sql"), "CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER BY a;\n");
    }

    private RealTools.Result check(Path dir, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd =
                new ArrayList<>(List.of(java.toString(), "-jar", RealTools.jar().toString(), "check"));
        cmd.addAll(List.of(args));
        return RealTools.run(cmd, dir, Map.of("MIGRATION_LSP_CACHE", cache.toString()));
    }

    private Path answerFile() throws IOException {
        try (var files = Files.list(cache.resolve("headers"))) {
            return files.filter(f -> f.toString().endsWith(".check.answer"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * As if the answer had been remembered 10 s later, so the files this test just wrote are no longer racily clean;
     * returns the time set, which stays while the answer is only read.
     */
    private FileTime settle() throws IOException {
        FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 10_000);
        Files.setLastModifiedTime(answerFile(), later);
        return later;
    }

    /** The cached run gives the uncached answer, computed; then, settled, the same answer replayed. */
    private RealTools.Result assertComputedThenReplayed(Path dir, String... args) throws IOException {
        List<String> plainArgs = new ArrayList<>(List.of(args));
        plainArgs.add("--no-cache");
        RealTools.Result plain = check(dir, plainArgs.toArray(String[]::new));
        FileTime before = Files.exists(cache.resolve("headers")) ? Files.getLastModifiedTime(answerFile()) : null;
        assertThat(check(dir, args)).isEqualTo(plain);
        assertThat(Files.getLastModifiedTime(answerFile()))
                .as("computed and remembered")
                .isNotEqualTo(before);
        FileTime settled = settle();
        assertThat(check(dir, args)).isEqualTo(plain);
        assertThat(Files.getLastModifiedTime(answerFile())).as("replayed").isEqualTo(settled);
        return plain;
    }

    @Test
    void aRememberedCheckAnswersAsAFullCheckWhateverChanged() throws IOException {
        RealTools.Result first = assertComputedThenReplayed(root, ".");
        assertThat(first.out()).contains("0001_a.py");
        RealTools.Result failing = assertComputedThenReplayed(root, ".", "--fail-on", "warning");
        assertThat(failing.exit()).as("warnings fail this check").isEqualTo(1);

        // other options are another question, answered and remembered in turn
        RealTools.Result json = assertComputedThenReplayed(root, ".", "--format", "json");
        assertThat(json.out()).startsWith("[");
        RealTools.Result exitZero = assertComputedThenReplayed(root, ".", "--exit-zero");
        assertThat(exitZero.exit()).isZero();
        // from another folder the paths are printed relative to it
        RealTools.Result fromAbove = assertComputedThenReplayed(work, "project");
        assertThat(fromAbove.out()).contains("project/migrations/versions/0001_a.py");

        // a ClickHouse file edited: the new statement's findings appear
        Files.writeString(
                clickhouse.resolve("001_init.sql"),
                "CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER BY a;\n"
                        + "CREATE TABLE u (b UInt8) ENGINE = MergeTree ORDER BY b;\n");
        RealTools.Result edited = assertComputedThenReplayed(root, ".");
        assertThat(edited.out()).contains("001_init.sql:2:");

        // the configuration turns the ClickHouse file's rules off
        StringBuilder off = new StringBuilder("[rules]\n");
        edited.out()
                .lines()
                .filter(l -> l.contains("001_init.sql"))
                .map(l -> l.replaceAll(".*\\[([a-z0-9-]+)\\].*", "$1"))
                .distinct()
                .forEach(c -> off.append(c).append(" = \"off\"\n"));
        Files.writeString(root.resolve(".migration-lsp.toml"), off);
        RealTools.Result configured = assertComputedThenReplayed(root, ".");
        assertThat(configured.out()).doesNotContain("001_init.sql").contains("0001_a.py");

        // a baseline written: its findings are hidden, and the check passes
        assertThat(check(root, ".", "--write-baseline", ".migration-lsp/baseline.json")
                        .exit())
                .isZero();
        RealTools.Result baselined = assertComputedThenReplayed(root, ".", "--fail-on", "warning");
        assertThat(baselined.exit()).isZero();
        assertThat(baselined.out()).doesNotContain("0001_a.py");

        // a damaged answer: the full check's answer, no message
        Path answer = answerFile();
        byte[] bytes = Files.readAllBytes(answer);
        bytes[bytes.length / 2] ^= 0x21;
        Files.write(answer, bytes);
        assertThat(check(root, ".")).isEqualTo(check(root, ".", "--no-cache"));

        // a report written to a file is not remembered: it is written every time
        Path report = root.resolve("report.json");
        FileTime settled = settle();
        assertThat(check(root, ".", "--format", "json", "--output", "report.json")
                        .exit())
                .isZero();
        assertThat(report).exists();
        assertThat(Files.getLastModifiedTime(answerFile())).isEqualTo(settled);
    }
}

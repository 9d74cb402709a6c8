package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar's {@code check} on a ClickHouse workspace: JSON fields, 1-based positions, exit codes. */
class ClickHouseCheckIT {
    @TempDir
    Path tmp;

    private record Run(int exit, String stdout) {}

    private Run check(String... extra) throws Exception {
        String jar = System.getProperty("migrationlsp.jar", "target/migration-lsp.jar");
        var cmd = new java.util.ArrayList<>(java.util.List.of("java", "-jar", jar, "check", tmp.toString()));
        cmd.addAll(java.util.List.of(extra));
        // Run from the workspace root: output paths are relative to the current directory.
        Process p = new ProcessBuilder(cmd)
                .directory(tmp.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(dev.migrationlsp.testing.Deadlines.LIVENESS.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void typoIsAnErrorWithItsPositionAndExitCodeOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations/clickhouse"));
        Files.writeString(tmp.resolve(".migration-lsp.toml"), "clickhouse-migrations = \"migrations/clickhouse\"\n");
        Files.writeString(
                dir.resolve("000_t.sql"),
                "-- 000_t.sql\n--\n-- Tables affected:\n--   - t: created\n"
                        + "CREATE TABLE IF NOT EXISTS t (org_id String) ENIGNE = MergeTree ORDER BY org_id;\n");

        Run run = check("--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        var findings = com.google.gson.JsonParser.parseString(run.stdout()).getAsJsonArray();
        assertThat(findings).hasSize(1);
        var f = findings.get(0).getAsJsonObject();
        assertThat(f.get("code").getAsString()).isEqualTo("syntax-error");
        assertThat(f.get("path").getAsString()).isEqualTo("migrations/clickhouse/000_t.sql");
        assertThat(f.get("line").getAsInt()).isEqualTo(5);
        assertThat(f.get("column").getAsInt()).isEqualTo(46);
        assertThat(f.get("endColumn").getAsInt()).isEqualTo(52);
    }

    @Test
    void cleanWorkspaceExitsZero() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations/clickhouse"));
        Files.writeString(tmp.resolve(".migration-lsp.toml"), "clickhouse-migrations = \"migrations/clickhouse\"\n");
        Files.writeString(
                dir.resolve("000_t.sql"),
                "-- 000_t.sql\n--\n-- Tables affected:\n--   - t: created\n"
                        + "CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;\n");

        assertThat(check().exit()).isZero();
    }

    private static String migration(String name, String table) {
        return "-- " + name + "\n--\n-- Tables affected:\n--   - " + table + ": created\n"
                + "CREATE TABLE IF NOT EXISTS " + table + " (org_id String) ENGINE = MergeTree ORDER BY org_id;\n";
    }

    @Test
    void baselineKeepsOldCollisionsQuietAndReportsNewOnes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations/clickhouse"));
        Files.writeString(tmp.resolve(".migration-lsp.toml"), "clickhouse-migrations = \"migrations/clickhouse\"\n");
        for (String[] f : new String[][] {{"000_a.sql", "a"}, {"001_b.sql", "b"}, {"001_c.sql", "c"}}) {
            Files.writeString(dir.resolve(f[0]), migration(f[0], f[1]));
        }
        Path baseline = tmp.resolve("baseline.json");
        assertThat(check("--format", "json").stdout()).contains("001_b.sql").contains("001_c.sql");
        check("--write-baseline", baseline.toString());

        assertThat(com.google.gson.JsonParser.parseString(check("--format", "json", "--baseline", baseline.toString())
                                .stdout())
                        .getAsJsonArray())
                .isEmpty();

        Files.writeString(dir.resolve("002_d.sql"), migration("002_d.sql", "d"));
        Files.writeString(dir.resolve("002_e.sql"), migration("002_e.sql", "e"));
        var findings = com.google.gson.JsonParser.parseString(
                        check("--format", "json", "--baseline", baseline.toString())
                                .stdout())
                .getAsJsonArray();
        assertThat(findings)
                .extracting(e -> e.getAsJsonObject().get("path").getAsString() + " "
                        + e.getAsJsonObject().get("code").getAsString())
                .containsExactlyInAnyOrder(
                        "migrations/clickhouse/002_d.sql migration-numbering",
                        "migrations/clickhouse/002_e.sql migration-numbering");
    }
}

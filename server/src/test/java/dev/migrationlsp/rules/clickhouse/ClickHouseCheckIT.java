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

    private record Run(int exit, String stdout) {
    }

    private Run check(String... extra) throws Exception {
        String jar = System.getProperty("migrationlsp.jar", "target/migration-lsp.jar");
        var cmd = new java.util.ArrayList<>(java.util.List.of("java", "-jar", jar, "check", tmp.toString()));
        cmd.addAll(java.util.List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void typoIsAnErrorWithItsPositionAndExitCodeOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations/clickhouse"));
        Files.writeString(tmp.resolve(".migration-lsp.toml"), "clickhouse-migrations = \"migrations/clickhouse\"\n");
        Files.writeString(dir.resolve("000_t.sql"), "-- 000_t.sql\n--\n-- Tables affected:\n--   - t: created\n"
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
        Files.writeString(dir.resolve("000_t.sql"), "-- 000_t.sql\n--\n-- Tables affected:\n--   - t: created\n"
                + "CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;\n");

        assertThat(check().exit()).isZero();
    }
}

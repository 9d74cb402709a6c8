package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.migrationlsp.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-after}: file-level rules skip settled migrations; graph rules still read the whole history. */
class CheckAfterTest {
    static final String V = "src/app/alembic/versions";
    static final String CH = "src/app/migrations/clickhouse";

    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** 0001 ← 0002 ← 0003, each with a String column; 0002 ← 0004 on a labelled branch, also with one. */
    private void history(String config) throws IOException {
        write("alembic.ini", "[alembic]\nscript_location = src/app/alembic\n");
        write(".migration-lsp.toml", config);
        write(V + "/0001_a.py", WorkflowFixtures.rev("0001", null) + WorkflowFixtures.createTable("a", "sa.String(1)"));
        write(
                V + "/0002_b.py",
                WorkflowFixtures.rev("0002", "0001") + WorkflowFixtures.createTable("b", "sa.String(1)"));
        write(
                V + "/0003_c.py",
                WorkflowFixtures.rev("0003", "0002") + WorkflowFixtures.createTable("c", "sa.String(1)"));
        write(
                V + "/0004_d.py",
                WorkflowFixtures.rev("0004", "0002").replace("branch_labels = None", "branch_labels = (\"side\",)")
                        + WorkflowFixtures.createTable("d", "sa.String(1)"));
    }

    private List<String> findings() {
        Result r = CliTest.runIn(root, "check", root.toString(), "--format", "json");
        JsonArray arr = new Gson().fromJson(r.out(), JsonArray.class);
        return StreamSupport.stream(arr.spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .map(o -> o.get("code").getAsString() + " " + o.get("path").getAsString())
                .sorted()
                .toList();
    }

    @Test
    void aRevisionSettlesItselfAndItsAncestorsOnly() throws IOException {
        history("[check-after]\nalembic = \"0002\"\n");
        assertThat(findings())
                .containsExactly("string-column " + V + "/0003_c.py", "string-column " + V + "/0004_d.py");
    }

    @Test
    void aListNamesOnePointPerBranch() throws IOException {
        history("[check-after]\nalembic = [\"0003\", \"0004\"]\n");
        assertThat(findings()).isEmpty();
    }

    @Test
    void graphRulesStillSeeSettledRevisions() throws IOException {
        history("[check-after]\nalembic = \"0003\"\n");
        write(V + "/0005_e.py", WorkflowFixtures.rev("0005", "0002"));
        assertThat(findings())
                .contains("multiple-heads " + V + "/0003_c.py", "multiple-heads " + V + "/0005_e.py")
                .doesNotContain("string-column " + V + "/0003_c.py");
    }

    @Test
    void anUnknownRevisionIsAConfigurationFindingAndSkipsNothing() throws IOException {
        history("[check-after]\nalembic = \"cafe\"\n");
        List<String> f = findings();
        assertThat(f).contains("invalid-configuration .migration-lsp.toml", "string-column " + V + "/0001_a.py");
        Result r = CliTest.runIn(root, "check", root.toString(), "--format", "json");
        assertThat(r.out()).contains("\"line\": 2");
    }

    @Test
    void clickhouseNumbersAtOrBelowTheLimitAreSettled() throws IOException {
        write(".migration-lsp.toml", "[check-after]\nclickhouse = 1\n");
        for (String f : List.of("000_a.sql", "001_b.sql", "002_c.sql")) {
            String table = f.substring(4, 5);
            write(
                    CH + "/" + f,
                    "-- " + f + "\n-- Tables affected: " + table + "\nCREATE TABLE " + table
                            + " (org_id String) ENGINE = MergeTree ORDER BY org_id;\n");
        }
        assertThat(findings()).containsExactly("missing-if-not-exists " + CH + "/002_c.sql");
    }

    @Test
    void badValuesAreOneLineConfigurationErrors() throws IOException {
        for (String config : List.of(
                "[check-after]\nclickhouse = \"ten\"\n",
                "[check-after]\nalembic = 3\n",
                "[check-after]\nbranch = \"x\"\n",
                "check-after = 5\n")) {
            history(config);
            Result r = CliTest.runIn(root, "check", root.toString());
            assertThat(r.code()).as(config).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(config).isEqualTo(1);
            assertThat(r.err()).as(config).contains("check-after");
        }
    }
}

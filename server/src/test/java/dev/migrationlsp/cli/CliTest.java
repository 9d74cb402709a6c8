package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process: output formats, exit codes and error messages (README, "Command line"). */
class CliTest {
    @TempDir
    Path root;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        return runIn(Path.of(""), args);
    }

    /** Runs as if started in {@code workingDirectory}, which output paths are relative to. */
    static Result runIn(Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RootCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), workingDirectory);
        return new Result(code, out.toString(), err.toString());
    }

    private Path versions() throws IOException {
        Path v = Files.createDirectories(root.resolve("src/app/alembic/versions"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = src/app/alembic\n");
        return v;
    }

    static String rev(String id, String down, String labels) {
        return "\"\"\"r" + id + "\n\nRevision ID: " + id + "\nRevises: " + (down == null ? "" : down) + "\n\"\"\"\n"
                + "revision = \"" + id + "\"\ndown_revision = " + (down == null ? "None" : "\"" + down + "\"") + "\n"
                + "branch_labels = " + (labels == null ? "None" : "(\"" + labels + "\",)") + "\ndepends_on = None\n";
    }

    @Test
    void checkJsonHasTheContractFieldsAndExitsOneOnErrors() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("0001_a.py"), rev("0001", null, null));
        Files.writeString(v.resolve("0002_b.py"), rev("0002", "0001", null));
        Files.writeString(v.resolve("0003_c.py"), rev("0003", "0001", null));
        Result r = runIn(root, "check", root.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        JsonArray arr = new Gson().fromJson(r.out(), JsonArray.class);
        assertThat(arr).hasSize(2);
        JsonObject first = arr.get(0).getAsJsonObject();
        assertThat(first.get("path").getAsString()).isEqualTo("src/app/alembic/versions/0002_b.py");
        assertThat(first.get("code").getAsString()).isEqualTo("multiple-heads");
        assertThat(first.get("severity").getAsString()).isEqualTo("error");
        // "0002" on line 6 (1-based), columns of the literal with quotes: 12..18
        assertThat(first.get("line").getAsInt()).isEqualTo(6);
        assertThat(first.get("column").getAsInt()).isEqualTo(12);
        assertThat(first.get("endLine").getAsInt()).isEqualTo(6);
        assertThat(first.get("endColumn").getAsInt()).isEqualTo(18);
        assertThat(first.has("message")).isTrue();
    }

    @Test
    void checkCleanWorkspaceExitsZeroInEveryFormat() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("0001_a.py"), rev("0001", null, null));
        assertThat(run("check", root.toString()).out()).contains("No problems found.");
        for (String f : new String[] {"text", "json", "sarif", "github"}) {
            assertThat(run("check", root.toString(), "--format", f).code())
                    .as(f)
                    .isZero();
        }
        JsonObject sarif = new Gson()
                .fromJson(run("check", root.toString(), "--format", "sarif").out(), JsonObject.class);
        assertThat(sarif.get("version").getAsString()).isEqualTo("2.1.0");
    }

    @Test
    void githubFormatEscapesAndNamesTheFile() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("0001_a.py"), rev("0001", null, null));
        Files.writeString(v.resolve("0002_b.py"), rev("0002", "9999", null));
        Result r = runIn(root, "check", root.toString(), "--format", "github");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("::error file=src/app/alembic/versions/0002_b.py,line=7,col=17,");
        assertThat(r.out()).contains("title=unknown-down-revision::");
    }

    @Test
    void deliberateLabeledBranchesAreNotAConflictButAThirdHeadIs() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("0001_a.py"), rev("0001", null, "application_schema"));
        Files.writeString(v.resolve("0002_b.py"), rev("0002", "0001", null));
        Files.writeString(v.resolve("0003_c.py"), rev("0003", "0001", "river_cutover"));
        Result heads = run("heads", root.toString());
        assertThat(heads.code()).isZero();
        assertThat(heads.out().lines())
                .containsExactly("0002 (application_schema)", "0003 (application_schema, river_cutover)");
        assertThat(run("check", root.toString()).code()).isZero();
        Files.writeString(v.resolve("0004_d.py"), rev("0004", "0001", null));
        Result r = runIn(root, "check", root.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(new Gson().fromJson(r.out(), JsonArray.class).asList())
                .extracting(e -> e.getAsJsonObject().get("path").getAsString())
                .containsExactly("src/app/alembic/versions/0002_b.py", "src/app/alembic/versions/0004_d.py");
        assertThat(run("heads", root.toString()).err()).contains("more than one head");
    }

    @Test
    void headsJson() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("0001_a.py"), rev("0001", null, null));
        JsonArray arr = new Gson()
                .fromJson(run("heads", root.toString(), "--format", "json").out(), JsonArray.class);
        assertThat(arr).singleElement().satisfies(e -> {
            assertThat(e.getAsJsonObject().get("revision").getAsString()).isEqualTo("0001");
            assertThat(e.getAsJsonObject().get("path").getAsString()).isEqualTo("src/app/alembic/versions/0001_a.py");
        });
    }

    @Test
    void badUsageAndBadConfigurationExitTwoWithOneLine() throws IOException {
        versions();
        Result unknownFormat = run("check", root.toString(), "--format", "xml");
        assertThat(unknownFormat.code()).isEqualTo(2);
        assertThat(unknownFormat.err()).contains("--format");
        Result missing = run("check", root.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("migration-lsp: not a directory");
        Files.writeString(root.resolve(".migration-lsp.toml"), "[rules]\nstring-column = \"loud\"\n");
        Result badConfig = run("check", root.toString());
        assertThat(badConfig.code()).isEqualTo(2);
        assertThat(badConfig.err()).contains(".migration-lsp.toml:2:1: rules.string-column");
        assertThat(run("nonsense").code()).isEqualTo(2);
    }

    @Test
    void headsWithoutAlembicIsAUsageError() {
        Result r = run("heads", root.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no Alembic versions directory");
    }

    @Test
    void rulesListsEveryCode() {
        Result r = run("rules");
        assertThat(r.code()).isZero();
        for (var c : dev.migrationlsp.core.RuleCode.values()) {
            assertThat(r.out()).contains(c.id());
        }
    }
}

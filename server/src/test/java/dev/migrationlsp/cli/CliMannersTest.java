package dev.migrationlsp.cli;

import static dev.migrationlsp.cli.CliTest.run;
import static dev.migrationlsp.cli.CliTest.runIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a well-kept command-line tool does: help everywhere, one-line errors, paths a CI annotation can land on. */
class CliMannersTest {
    @TempDir
    Path tmp;

    /** A workspace {@code tmp/project} with one string column (a warning) in its only revision. */
    private Path project() throws IOException {
        Path root = tmp.resolve("project");
        Path v = Files.createDirectories(root.resolve("alembic/versions"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = alembic\n");
        Files.writeString(v.resolve("0001_a.py"), """
                revision = "0001"
                down_revision = None
                branch_labels = None
                depends_on = None

                import sqlalchemy as sa
                from alembic import op


                def upgrade():
                    op.add_column("users", sa.Column("name", sa.String(50)))
                """);
        return root;
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "heads", "new", "graph", "rules", "lsp", "help"})
    void everyCommandHasHelpThatExitsZero(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            CliTest.Result r = run(command, flag);
            assertThat(r.code()).as(command + " " + flag).isZero();
            assertThat(r.out()).as(command + " " + flag).contains("Usage: migration-lsp " + command);
            assertThat(r.err()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "heads", "new", "graph", "rules", "lsp"})
    void aCommandBuiltAloneParsesAndHelpsAsAmongAllTheOthers(String command) {
        java.io.StringWriter sink = new java.io.StringWriter();
        PrintWriter w = new PrintWriter(sink);
        picocli.CommandLine alone = RootCommand.commandLine(w, w, tmp, new String[] {command, "--help"});
        picocli.CommandLine all = RootCommand.commandLine(w, w, tmp);
        assertThat(alone.getSubcommands()).containsOnlyKeys(command);
        assertThat(all.getSubcommands())
                .containsKeys(command, "help")
                .hasSize(RootCommand.subcommands().size());
        assertThat(alone.getSubcommands().get(command).getUsageMessage())
                .isEqualTo(all.getSubcommands().get(command).getUsageMessage());
    }

    @Test
    void anUnknownCommandIsNamedWithTheListOfCommands() {
        CliTest.Result r = run("frobnicate");
        assertThat(r.code()).isEqualTo(RootCommand.USAGE);
        assertThat(r.err().lines())
                .singleElement()
                .asString()
                .contains("unknown command 'frobnicate'")
                .contains("check")
                .contains("heads")
                .contains("new");
    }

    @Test
    void anUnknownOptionIsOneLinePointingAtTheCommandsHelp() {
        CliTest.Result r = run("check", "--bogus");
        assertThat(r.code()).isEqualTo(RootCommand.USAGE);
        assertThat(r.err().lines())
                .singleElement()
                .asString()
                .contains("--bogus")
                .contains("check --help");
    }

    @Test
    void versionComesFromTheBuild() {
        CliTest.Result r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("migration-lsp \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(run("check", "--version").out()).isEqualTo(r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "heads", "graph"})
    void aPathWithoutMigrationsIsAnErrorNamingWhatWasSearched(String command) throws IOException {
        Files.writeString(tmp.resolve("README.md"), "not a project\n");
        CliTest.Result r = run(command, tmp.toString());
        assertThat(r.code()).isEqualTo(RootCommand.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines())
                .singleElement()
                .asString()
                .contains(tmp.toString())
                .contains("alembic/versions");
    }

    @Test
    void textGithubAndJsonPathsAreRelativeToTheWorkingDirectory() throws IOException {
        project();
        String file = "project/alembic/versions/0001_a.py";
        assertThat(runIn(tmp, "check", "project").out()).startsWith(file + ":11:");
        assertThat(runIn(tmp, "check", "project", "--format", "github").out()).contains("file=" + file + ",line=11,");
        JsonArray json = new Gson()
                .fromJson(runIn(tmp, "check", "project", "--format", "json").out(), JsonArray.class);
        assertThat(json.get(0).getAsJsonObject().get("path").getAsString()).isEqualTo(file);
        // From inside the project the same file is named from there; from elsewhere, absolutely.
        assertThat(runIn(tmp.resolve("project"), "check").out()).startsWith("alembic/versions/0001_a.py:11:");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        assertThat(runIn(elsewhere, "check", tmp.resolve("project").toString()).out())
                .startsWith(tmp.resolve(file) + ":11:");
    }

    @Test
    void sarifLocationsResolveAgainstOriginalUriBaseIds() throws IOException {
        project();
        JsonObject sarif = new Gson()
                .fromJson(runIn(tmp, "check", "project", "--format", "sarif").out(), JsonObject.class);
        JsonObject run = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
        String base = run.getAsJsonObject("originalUriBaseIds")
                .getAsJsonObject("%SRCROOT%")
                .get("uri")
                .getAsString();
        JsonObject artifact = run.getAsJsonArray("results")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("locations")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation");
        assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo("%SRCROOT%");
        assertThat(artifact.get("uri").getAsString()).isEqualTo("project/alembic/versions/0001_a.py");
        assertThat(Path.of(URI.create(base).resolve(artifact.get("uri").getAsString())))
                .isEqualTo(tmp.resolve("project/alembic/versions/0001_a.py"))
                .isRegularFile();
    }

    @Test
    void aMalformedBaselineIsOneLineWithoutLibraryNames() throws IOException {
        Path root = project();
        String[] malformed = {"{\"version\": 1, \"findings\": \"x\"}", "{\"version\": 1, \"findings\": [", "[]"};
        for (String content : malformed) {
            Path baseline = Files.writeString(tmp.resolve("baseline.json"), content);
            CliTest.Result r = run("check", root.toString(), "--baseline", baseline.toString());
            assertThat(r.code()).as(content).isEqualTo(RootCommand.USAGE);
            assertThat(r.err().lines())
                    .as(content)
                    .singleElement()
                    .asString()
                    .contains("baseline")
                    .doesNotContain("gson")
                    .doesNotContain("java.")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void newClickHouseWithoutTableSaysWhatItNeeds() throws IOException {
        Path root = tmp.resolve("ch");
        Files.createDirectories(root.resolve("migrations/clickhouse"));
        CliTest.Result r = run("new", "clickhouse", "add events", "--root", root.toString());
        assertThat(r.code()).isEqualTo(RootCommand.USAGE);
        assertThat(r.err().lines())
                .singleElement()
                .asString()
                .contains("--table NAME")
                .contains("--kind data");
        CliTest.Result data = run("new", "clickhouse", "backfill events", "--kind", "data", "--root", root.toString());
        assertThat(data.code()).as(data.err()).isZero();
        assertThat(root.resolve(data.out().strip())).isRegularFile();
        CliTest.Result table = run("new", "clickhouse", "add events", "--table", "events", "--root", root.toString());
        assertThat(table.code()).as(table.err()).isZero();
    }
}

package dev.migrationlsp.create;

import static dev.migrationlsp.create.Fixtures.CLICKHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationlsp.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverrideTest {
    @TempDir
    Path tmp;

    @Test
    void aWorkspaceTemplateReplacesTheBuiltInOne() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Fixtures.write(
                root,
                ".migration-lsp/templates/clickhouse/alter.sql.ftl",
                "-- ${fileName}\n-- ${description} (team template)\n--\n-- Tables affected:\n--   - ${table}: changed\n\n"
                        + "ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS team_column UInt8 DEFAULT 0;\n");
        Workspace ws = Fixtures.load(root);

        Created c = (Created)
                Fixtures.creator().create(ws, CreateRequest.clickhouse("team change", ClickHouseKind.ALTER, "commits"));

        assertThat(Fixtures.read(c.path())).contains("(team template)").contains("team_column UInt8");
        // the other templates still come from the jar
        Created t = (Created)
                Fixtures.creator().create(ws, CreateRequest.clickhouse("more", ClickHouseKind.TABLE, "more_things"));
        assertThat(Fixtures.read(t.path())).contains("ReplacingMergeTree(updated_at)");
    }

    @Test
    void theConfiguredTemplatesDirectoryWins() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Path pyproject = root.resolve("pyproject.toml");
        Files.writeString(
                pyproject,
                Fixtures.read(pyproject)
                        .replace(
                                "[tool.migration-lsp]\n",
                                "[tool.migration-lsp]\ntemplates = \"tools/migration-templates\"\n"));
        Fixtures.write(
                root,
                "tools/migration-templates/postgres/revision.py.ftl",
                Fixtures.read(Path.of("src/main/resources/templates/postgres/revision.py.ftl"))
                        .replace("def upgrade() -> None:\n", "# reviewed by the data team\ndef upgrade() -> None:\n"));
        Workspace ws = Fixtures.load(root);

        Created c = (Created) Fixtures.creator().create(ws, CreateRequest.postgres("templated"));

        assertThat(Fixtures.read(c.path())).contains("# reviewed by the data team\ndef upgrade() -> None:");
    }

    @Test
    void aBrokenTemplateNamesTheFileAndLineAndWritesNothing() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Path broken = root.resolve(".migration-lsp/templates/clickhouse/table.sql.ftl");
        Fixtures.write(
                root, ".migration-lsp/templates/clickhouse/table.sql.ftl", "-- ${fileName}\n-- fine\n<#if table>\n");
        Workspace ws = Fixtures.load(root);

        assertThatThrownBy(() ->
                        Fixtures.creator().create(ws, CreateRequest.clickhouse("x", ClickHouseKind.TABLE, "things")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("line 3");
        try (var files = Files.list(root.resolve(CLICKHOUSE))) {
            assertThat(files.count()).isEqualTo(5);
        }
    }

    @Test
    void anUndefinedVariableIsAnErrorWithItsLine() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Fixtures.write(root, ".migration-lsp/templates/clickhouse/table.sql.ftl", "-- ${fileName}\n\n-- ${owner}\n");
        Workspace ws = Fixtures.load(root);

        assertThatThrownBy(() ->
                        Fixtures.creator().create(ws, CreateRequest.clickhouse("x", ClickHouseKind.TABLE, "things")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("table.sql.ftl")
                .hasMessageContaining("line 3")
                .hasMessageContaining("owner");
    }

    @Test
    void aTemplateThatPutsASemicolonInACommentIsRefused() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Fixtures.write(
                root,
                ".migration-lsp/templates/clickhouse/table.sql.ftl",
                "-- ${fileName}\n-- note; this breaks the runner\nCREATE TABLE IF NOT EXISTS ${table} (org_id String) ENGINE = MergeTree() ORDER BY org_id;\n");
        Workspace ws = Fixtures.load(root);

        assertThatThrownBy(() ->
                        Fixtures.creator().create(ws, CreateRequest.clickhouse("x", ClickHouseKind.TABLE, "things")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("comment");
    }

    @Test
    void aWorkspaceTemplateCannotInstantiateClasses() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Path marker = tmp.resolve("pwned");
        Fixtures.write(
                root,
                ".migration-lsp/templates/clickhouse/data.py.ftl",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}\n");
        Workspace ws = Fixtures.load(root);

        assertThatThrownBy(
                        () -> Fixtures.creator().create(ws, CreateRequest.clickhouse("x", ClickHouseKind.DATA, null)))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("data.py.ftl")
                .hasMessageContaining("line 1");
        assertThat(marker).doesNotExist();
    }
}

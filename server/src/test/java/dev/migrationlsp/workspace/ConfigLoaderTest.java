package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path root;

    private final ConfigLoader loader = new ConfigLoader();

    private void layout() throws Exception {
        Files.createDirectories(root.resolve("src/pkg/alembic/versions"));
        Files.createDirectories(root.resolve("src/pkg/migrations/clickhouse"));
        Files.writeString(
                root.resolve("alembic.ini"),
                "[alembic]\nscript_location = %(here)s/src/pkg/alembic\n"
                        + "file_template = %%(rev)s_%%(slug)s\ntruncate_slug_length = 30\n");
    }

    @Test
    void discoversDirectoriesFromAlembicIniAndLayout() throws Exception {
        layout();
        WorkspaceConfig c = loader.load(root);
        assertThat(c.problems()).isEmpty();
        assertThat(c.alembicVersions())
                .contains(root.resolve("src/pkg/alembic/versions")
                        .toAbsolutePath()
                        .normalize());
        assertThat(c.clickhouseMigrations())
                .contains(root.resolve("src/pkg/migrations/clickhouse")
                        .toAbsolutePath()
                        .normalize());
        assertThat(c.alembicIni()).hasValueSatisfying(ini -> {
            assertThat(ini.fileTemplate()).isEqualTo("%(rev)s_%(slug)s");
            assertThat(ini.truncateSlugLength()).isEqualTo(30);
        });
        assertThat(c.debounceMs()).isEqualTo(WorkspaceConfig.DEFAULT_DEBOUNCE_MS);
    }

    @Test
    void readsPyprojectSection() throws Exception {
        layout();
        Files.writeString(root.resolve("pyproject.toml"), """
                [project]
                name = "x"

                [tool.migration-lsp]
                default-branch = "application_schema"
                diagnostics-debounce-ms = 0
                baseline = ".baseline.json"

                [tool.migration-lsp.rules]
                string-column = "error"
                header-comment = "off"

                [tool.migration-lsp.clickhouse]
                mutable-tables = ["pull_requests", "work_items"]
                """);
        WorkspaceConfig c = loader.load(root);
        assertThat(c.problems()).isEmpty();
        assertThat(c.defaultBranch()).contains("application_schema");
        assertThat(c.debounceMs()).isZero();
        assertThat(c.baseline())
                .contains(root.resolve(".baseline.json").toAbsolutePath().normalize());
        assertThat(c.severity(RuleCode.STRING_COLUMN)).isEqualTo(Severity.ERROR);
        assertThat(c.severity(RuleCode.HEADER_COMMENT)).isEqualTo(Severity.OFF);
        assertThat(c.severity(RuleCode.MULTIPLE_HEADS)).isEqualTo(Severity.ERROR);
        assertThat(c.mutableTables()).containsExactlyInAnyOrder("pull_requests", "work_items");
    }

    @Test
    void dedicatedFileAtTopLevelWinsOverPyproject() throws Exception {
        layout();
        Files.writeString(root.resolve(".migration-lsp.toml"), "default-branch = \"main\"\n");
        Files.writeString(root.resolve("pyproject.toml"), "[tool.migration-lsp]\ndefault-branch = \"other\"\n");
        WorkspaceConfig c = loader.load(root);
        assertThat(c.defaultBranch()).contains("main");
        assertThat(c.configFile())
                .contains(root.resolve(".migration-lsp.toml").toAbsolutePath().normalize());
    }

    @Test
    void postgresVersionDefaultsTo15AndIsChecked() throws Exception {
        layout();
        assertThat(loader.load(root).postgresVersion()).isEqualTo(15);
        Files.writeString(root.resolve(".migration-lsp.toml"), "postgres-version = 11\n");
        assertThat(loader.load(root).postgresVersion()).isEqualTo(11);
        Files.writeString(root.resolve(".migration-lsp.toml"), "\npostgres-version = 8.5\n");
        WorkspaceConfig bad = loader.load(root);
        assertThat(bad.problems()).extracting(ConfigProblem::line).containsExactly(1);
        assertThat(bad.postgresVersion()).isEqualTo(15);
    }

    @Test
    void everyBadValueIsAProblemWithItsPosition() throws Exception {
        layout();
        Files.writeString(root.resolve(".migration-lsp.toml"), """
                diagnostics-debounce-ms = -5
                colour = "blue"

                [rules]
                string-column = "loud"
                no-such-rule = "error"

                [clickhouse]
                mutable-tables = "pull_requests"
                """);
        WorkspaceConfig c = loader.load(root);
        assertThat(c.problems()).extracting(ConfigProblem::line).containsExactlyInAnyOrder(0, 1, 4, 5, 8);
        assertThat(c.problems())
                .allSatisfy(p -> assertThat(p.file())
                        .isEqualTo(root.resolve(".migration-lsp.toml")
                                .toAbsolutePath()
                                .normalize()));
        // valid parts still apply; invalid ones fall back to defaults only after being reported
        assertThat(c.severity(RuleCode.STRING_COLUMN)).isEqualTo(RuleCode.STRING_COLUMN.defaultSeverity());
    }

    @Test
    void tomlSyntaxErrorIsReported() throws Exception {
        layout();
        Files.writeString(root.resolve(".migration-lsp.toml"), "default-branch = \n");
        WorkspaceConfig c = loader.load(root);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("TOML syntax");
            assertThat(p.line()).isZero();
        });
    }

    @Test
    void aKeyDefinedTwiceIsATomlProblemAtTheSecondDefinition() throws Exception {
        layout();
        Files.writeString(
                root.resolve("pyproject.toml"),
                "[project]\nname = \"x\"\n\n[tool.migration-lsp]\ndefault-branch = \"a\"\n  default-branch = \"b\"\n");
        WorkspaceConfig c = loader.load(root);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("TOML syntax");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(2);
        });
    }

    @Test
    void problemsInPyprojectAreAtTheirKeysEvenUnderAQuotedHistoryName() throws Exception {
        layout();
        Files.writeString(root.resolve("pyproject.toml"), """
                [tool.migration-lsp.rules]
                string-column = "loud"

                [tool.migration-lsp.histories."app.v2"]
                alembic-versions = "src/pkg/alembic/versions"
                  recursive = "yes"
                """);
        WorkspaceConfig c = loader.load(root);
        assertThat(c.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactlyInAnyOrder("1:0", "5:2");
    }

    @Test
    void editorSettingsOverrideTheFileKeyByKey() throws Exception {
        layout();
        Files.writeString(
                root.resolve(".migration-lsp.toml"), "default-branch = \"main\"\n[rules]\nstring-column = \"error\"\n");
        WorkspaceConfig c =
                loader.load(root, Map.of("rules", Map.of("string-column", "hint"), "diagnostics-debounce-ms", 250.0));
        assertThat(c.defaultBranch()).contains("main");
        assertThat(c.severity(RuleCode.STRING_COLUMN)).isEqualTo(Severity.HINT);
        assertThat(c.debounceMs()).isEqualTo(250);
        WorkspaceConfig bad = loader.load(root, Map.of("rules", List.of("x")));
        assertThat(bad.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.file()).isNull());
    }

    @Test
    void configuredDirectoryThatDoesNotExistIsAProblem() throws Exception {
        Files.writeString(root.resolve(".migration-lsp.toml"), "alembic-versions = \"db/versions\"\n");
        WorkspaceConfig c = loader.load(root);
        assertThat(c.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("alembic-versions"));
    }
}

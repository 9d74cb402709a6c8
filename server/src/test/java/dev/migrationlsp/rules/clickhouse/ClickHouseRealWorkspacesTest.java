package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real-shaped histories: the bundled examples and the realistic fixture (every file shape real repositories have). */
class ClickHouseRealWorkspacesTest {

    private static List<Finding> clickHouseFindings(Path root) {
        WorkspaceSnapshot ws = new Workspace(root, new ConfigLoader()).load(Map.of());
        assertThat(ws.clickhouseFiles())
                .as("ClickHouse files found under " + root)
                .isNotEmpty();
        return ClickHouseWorkspace.ANALYZER.checkAll(ws, CancelChecker.NEVER).stream()
                .filter(f -> ws.clickhouseFiles().containsKey(f.file()))
                .toList();
    }

    @Test
    void bundledExamplesHaveNoClickHouseFindings() {
        Path examples = Path.of(System.getProperty("migrationlsp.examples", "../examples"));
        assertThat(clickHouseFindings(examples)).isEmpty();
    }

    @Test
    void realisticHistoryParsesWithoutFalseErrorsAndReportsOnlyTheInheritedCollision()
            throws URISyntaxException, IOException {
        Path source = Path.of(getClass()
                        .getResource("/clickhouse/realistic/.migration-lsp.toml")
                        .toURI())
                .getParent();
        List<Finding> found = clickHouseFindings(source);

        assertThat(found)
                .extracting(f -> f.code().id() + " " + f.file().getFileName())
                .containsExactlyInAnyOrder(
                        "migration-numbering 002_create_pull_requests.sql",
                        "migration-numbering 002b_create_work_items.sql");
        try (var files = Files.list(source.resolve("migrations/clickhouse"))) {
            assertThat(files.count()).isEqualTo(11);
        }
    }

    @Test
    void aTypoInTheRealisticHistoryGivesExactlyOneError(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path source = Path.of(getClass()
                        .getResource("/clickhouse/realistic/.migration-lsp.toml")
                        .toURI())
                .getParent();
        Files.copy(source.resolve(".migration-lsp.toml"), tmp.resolve(".migration-lsp.toml"));
        Files.createDirectories(tmp.resolve("migrations/clickhouse"));
        try (var files = Files.list(source.resolve("migrations/clickhouse"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                if (f.getFileName().toString().startsWith("001_")) {
                    text = text.replace("ENGINE MergeTree", "ENGNE MergeTree");
                }
                Files.writeString(tmp.resolve("migrations/clickhouse").resolve(f.getFileName()), text);
            }
        }
        List<Finding> errors = clickHouseFindings(tmp).stream()
                .filter(f -> f.code() == RuleCode.SYNTAX_ERROR)
                .toList();

        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.file().getFileName().toString()).isEqualTo("001_create_commits.sql");
            assertThat(f.span().start().line()).isEqualTo(19);
            assertThat(f.span().start().character()).isZero();
        });
        assertThat(clickHouseFindings(tmp).stream().filter(f -> f.code() == RuleCode.UNKNOWN_TABLE))
                .as("the broken CREATE still declares its table")
                .isEmpty();
    }
}

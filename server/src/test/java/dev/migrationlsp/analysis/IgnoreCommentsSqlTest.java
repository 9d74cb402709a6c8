package dev.migrationlsp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Ignore this rule here" in SQL: a line comment at the end of the line, unless the line ends inside a string, a quoted
 * name or a block comment (as the ClickHouse lexer reads the file), where only a file-level directive works.
 */
class IgnoreCommentsSqlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "plain statement                | SELECT 1;\\nSELECT 2;                    | 0 | line",
                "line already has a comment     | SELECT 1; -- note\\nSELECT 2;            | 0 | line",
                "line ends inside a string      | SELECT 'a\\nb';                          | 0 | file",
                "line ends inside a quoted name | SELECT `a\\nb` FROM t;                   | 0 | file",
                "line ends inside a block       | /* a\\nb */ SELECT 1;                    | 0 | file",
                "unterminated block comment     | SELECT 1; /* a\\nb                       | 0 | file",
                "unterminated string            | SELECT 'a\\nb                            | 0 | file",
                "doubled quote closes nothing   | SELECT 'it''s';\\nSELECT 2;              | 0 | line",
                "after a closed block comment   | /* a */ SELECT 1;\\nSELECT 2;            | 0 | line",
            })
    void directiveKindDependsOnWhereTheLineEnds(String label, String text, int line, String expected) {
        String sql = text.strip().replace("\\n", "\n");
        Document d = new Document(Path.of("/w/migrations/clickhouse/001_x.sql"), FileKind.CLICKHOUSE_SQL, sql, 1, true);

        Edit.Replace edit = (Edit.Replace) IgnoreComments.forLine(d, RuleCode.UNKNOWN_TABLE, line)
                .orElseThrow()
                .edit();

        assertThat(edit.newText().contains("ignore-file[") ? "file" : "line")
                .as(label + ": " + edit)
                .isEqualTo(expected);
    }
}

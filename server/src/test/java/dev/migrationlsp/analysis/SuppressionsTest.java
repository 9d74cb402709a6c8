package dev.migrationlsp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Ignore comments as parsed from real comments (not strings) in Python and SQL files. */
class SuppressionsTest {
    static Suppressions python(String text) {
        return Suppressions.of(new Document(Path.of("/w/alembic/versions/0001_x.py"), FileKind.ALEMBIC, text, 1, true));
    }

    static Suppressions sql(String text) {
        return Suppressions.of(
                new Document(Path.of("/w/migrations/clickhouse/001_x.sql"), FileKind.CLICKHOUSE_SQL, text, 1, true));
    }

    @Test
    void pythonLineIgnoreWithReasonsSilencesOnlyThatLineAndThoseCodes() {
        Suppressions s = python("""
                a = 1  # migration-lsp: ignore[string-column] -- legacy column, kept for the importer
                b = 2  # migration-lsp: ignore[naive-timestamp, missing-org-id]: shared lookup table
                c = 3  #migration-lsp:ignore[ empty-downgrade ]
                """);
        assertThat(s.suppresses(RuleCode.STRING_COLUMN, 0)).isTrue();
        assertThat(s.suppresses(RuleCode.STRING_COLUMN, 1)).isFalse();
        assertThat(s.suppresses(RuleCode.NAIVE_TIMESTAMP, 0)).isFalse();
        assertThat(s.suppresses(RuleCode.NAIVE_TIMESTAMP, 1)).isTrue();
        assertThat(s.suppresses(RuleCode.MISSING_ORG_ID, 1)).isTrue();
        assertThat(s.suppresses(RuleCode.EMPTY_DOWNGRADE, 2)).isTrue();
        assertThat(s.directives()).hasSize(3);
    }

    @Test
    void pythonFileIgnoreSilencesEveryLine() {
        Suppressions s = python(
                "# migration-lsp: ignore-file[non-uuid-primary-key] -- integer ids predate the convention\nx = 1\n\n\ny = 2\n");
        assertThat(s.suppresses(RuleCode.NON_UUID_PRIMARY_KEY, 0)).isTrue();
        assertThat(s.suppresses(RuleCode.NON_UUID_PRIMARY_KEY, 4)).isTrue();
        assertThat(s.suppresses(RuleCode.STRING_COLUMN, 4)).isFalse();
    }

    @Test
    void markersInsidePythonStringsAreNotComments() {
        Suppressions s = python("""
                DOC = "# migration-lsp: ignore-file[string-column]"
                x = '''
                # migration-lsp: ignore[naive-timestamp]
                '''
                """);
        assertThat(s.suppresses(RuleCode.STRING_COLUMN, 0)).isFalse();
        assertThat(s.suppresses(RuleCode.NAIVE_TIMESTAMP, 2)).isFalse();
        assertThat(s.directives()).isEmpty();
    }

    @Test
    void sqlLineAndFileIgnoresWithReasons() {
        Suppressions s = sql("""
                -- migration-lsp: ignore-file[header-comment] -- generated file
                CREATE TABLE t (a UInt8) ENGINE MergeTree ORDER BY a; -- migration-lsp: ignore[missing-if-not-exists]: legacy
                CREATE TABLE u (a UInt8) ENGINE MergeTree ORDER BY a;
                """);
        assertThat(s.suppresses(RuleCode.HEADER_COMMENT, 2)).isTrue();
        assertThat(s.suppresses(RuleCode.MISSING_IF_NOT_EXISTS, 1)).isTrue();
        assertThat(s.suppresses(RuleCode.MISSING_IF_NOT_EXISTS, 2)).isFalse();
    }

    @Test
    void sqlMarkersInStringsAndBlockCommentsDoNotCount() {
        Suppressions s = sql("""
                SELECT '-- migration-lsp: ignore[unknown-table]' FROM t;
                /* -- migration-lsp: ignore-file[syntax-error] */
                SELECT 1;
                """);
        assertThat(s.suppresses(RuleCode.UNKNOWN_TABLE, 0)).isFalse();
        assertThat(s.suppresses(RuleCode.SYNTAX_ERROR, 2)).isFalse();
    }
}

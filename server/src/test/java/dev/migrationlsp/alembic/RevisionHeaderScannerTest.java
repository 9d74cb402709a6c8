package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.migrationlsp.alembic.HistoryGenerator.History;
import dev.migrationlsp.alembic.HistoryGenerator.Shape;
import dev.migrationlsp.alembic.RevisionHeader.Assignment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionHeaderScannerTest {
    private RevisionHeader scan(String src) {
        return RevisionHeaderScanner.scan(src);
    }

    private static String range(String src, Assignment a) {
        return src.substring(a.valueStart(), a.valueEnd());
    }

    @Test
    void readsPlainAndAnnotatedAssignmentsWithExactRanges() {
        String src = """
                revision: str = "0104"
                down_revision: Union[str, Sequence[str], None] = ('0102', "0103")
                branch_labels = None
                depends_on: Union[str, Sequence[str], None] = "app"
                """;
        RevisionHeader h = scan(src);

        Assignment rev = h.revision().orElseThrow();
        assertThat(rev.annotated()).isTrue();
        assertThat(rev.nameStart()).isZero();
        assertThat(rev.nameEnd()).isEqualTo(8);
        assertThat(range(src, rev)).isEqualTo("\"0104\"");
        assertThat(h.downRevisions()).containsExactly("0102", "0103");
        assertThat(range(src, h.downRevision().orElseThrow())).isEqualTo("('0102', \"0103\")");
        h.downRevision()
                .orElseThrow()
                .literals()
                .forEach(l -> assertThat(src.substring(l.start(), l.end())).matches("['\"]010[23]['\"]"));
        assertThat(h.branchLabels().orElseThrow().none()).isTrue();
        assertThat(h.dependsOnIds()).containsExactly("app");
    }

    /** Regression: the scanner read {@code revision = "a"; down_revision = "b"} as a chained assignment. */
    @Test
    void twoStatementsOnOneLineAreTwoAssignments() {
        String src = "revision = \"a\"; down_revision = \"b\"  # merge later\nbranch_labels = None;\n";
        RevisionHeader h = scan(src);

        Assignment rev = h.revision().orElseThrow();
        assertThat(rev.single()).contains("a");
        assertThat(rev.valueStart()).isEqualTo(11);
        assertThat(rev.valueEnd()).isEqualTo(14);
        Assignment down = h.downRevision().orElseThrow();
        assertThat(down.single()).contains("b");
        assertThat(down.nameStart()).isEqualTo(16);
        assertThat(down.valueStart()).isEqualTo(32);
        assertThat(down.valueEnd()).isEqualTo(35);
        assertThat(h.branchLabels().orElseThrow().none()).isTrue();
    }

    @Test
    void assignmentsInsideBlocksAreNotModuleLevel() {
        String src = """
                revision = "real"
                if True: down_revision = "x"; branch_labels = "y"
                class C: depends_on = "z"
                def upgrade():
                    down_revision = "local"
                """;
        RevisionHeader h = scan(src);

        assertThat(h.revisionId()).contains("real");
        assertThat(h.downRevision()).isEmpty();
        assertThat(h.branchLabels()).isEmpty();
        assertThat(h.dependsOn()).isEmpty();
    }

    @Test
    void lastModuleLevelAssignmentWinsAsInPython() {
        RevisionHeader h = scan("down_revision = None\nrevision = 'r'\ndown_revision = 'p'\n");

        assertThat(h.downRevisions()).containsExactly("p");
    }

    @Test
    void valuesThatAreNotLiteralsAreNotUnderstood() {
        RevisionHeader h = scan("revision = make_id()\ndown_revision = PARENT\nbranch_labels = b'x'\n");

        assertThat(h.revision().orElseThrow().understood()).isFalse();
        assertThat(h.revisionId()).isEmpty();
        assertThat(h.downRevision().orElseThrow().understood()).isFalse();
        assertThat(h.branchLabels().orElseThrow().understood()).isFalse();
    }

    @Test
    void implicitConcatenationAndMultiLineTuplesWithComments() {
        String src =
                "revision = 'ab' \"cd\"\ndown_revision = (\n    # first parent\n    'p1',\n    'p2',  # second\n)\n";
        RevisionHeader h = scan(src);

        assertThat(h.revisionId()).contains("abcd");
        assertThat(h.downRevisions()).containsExactly("p1", "p2");
        assertThat(range(src, h.downRevision().orElseThrow())).startsWith("(").endsWith(")");
    }

    @Test
    void docstringFieldsHaveRangesOnTheValue() {
        String src = "\"\"\"add users\n\nRevision ID: abc123\nRevises: p1, p2\n\"\"\"\nrevision = 'abc123'\n";
        RevisionHeader.Docstring doc = scan(src).docstring().orElseThrow();

        assertThat(doc.description()).isEqualTo("add users");
        assertThat(doc.revisionId().orElseThrow().start()).isEqualTo(src.indexOf("abc123"));
        assertThat(doc.revises()).extracting(RevisionHeader.DocField::value).containsExactly("p1", "p2");
        assertThat(doc.revises().get(1).start()).isEqualTo(src.indexOf("p2"));
    }

    /** Half-typed files: the scanner must return a header, never throw. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "revision",
                "revision =",
                "revision: str",
                "revision: str =",
                "revision = \"abc",
                "revision = 'abc\ndown_revision = 'x'",
                "\"\"\"Revision ID: abc\nRevises:",
                "'''unterminated docstring\nrevision = 'a'\n",
                "down_revision = (\"a\", \"b\"",
                "down_revision = (\"a\", ]\nrevision = 'r'",
                "down_revision = ))\nrevision = 'r'",
                "revision = 'a' \\",
                "revision = 'a'; ;; ;",
                ";",
                "revision: Union[str, = 'x'",
                "revision = r'\\",
                "revision = '\\",
                "down_revision = ['a', 'b',\n# comment\n",
                "\r\n\r\nrevision = 'a'\r",
                "\ufeffrevision = 'a'",
                "revision = '🚀",
            })
    void halfTypedFilesNeverThrow(String src) {
        assertThatCode(() -> RevisionHeaderScanner.scan(src)).doesNotThrowAnyException();
    }

    /** Every prefix of real-looking files, i.e. every moment of typing them from the top. */
    @Test
    void everyPrefixOfGeneratedFilesScansWithoutThrowing() {
        History h = HistoryGenerator.generate(7, 6, Shape.DIFFERENTIAL);
        Map<String, String> files = HistoryGenerator.render(h, Shape.DIFFERENTIAL);
        int scanned = 0;
        for (String text : List.copyOf(files.values()).subList(0, 3)) {
            String header = text.substring(0, Math.min(text.length(), text.indexOf("def upgrade") + 1));
            for (int end = 0; end <= header.length(); end++) {
                String prefix = header.substring(0, end);
                assertThatCode(() -> RevisionHeaderScanner.scan(prefix))
                        .as("prefix %s", prefix)
                        .doesNotThrowAnyException();
                scanned++;
            }
        }
        assertThat(scanned).isGreaterThan(300);
    }

    /** On every file of the differential test's generated histories the header matches the generator's model. */
    @Test
    void readsTheGeneratedRevisionOfEveryGeneratedFile() {
        List<String> mismatches = new java.util.ArrayList<>();
        int files = 0;
        for (long seed = AlembicDifferentialTest.FIRST_SEED;
                seed < AlembicDifferentialTest.FIRST_SEED + AlembicDifferentialTest.SEEDS;
                seed++) {
            History h = AlembicDifferentialTest.history(seed);
            Map<String, String> rendered = HistoryGenerator.render(h, Shape.DIFFERENTIAL);
            for (HistoryGenerator.Revision r : h.revisions()) {
                String text = rendered.get(r.fileName());
                RevisionHeader scanned = RevisionHeaderScanner.scan(text);
                files++;
                if (!scanned.revisionId().equals(java.util.Optional.of(r.id()))
                        || !scanned.downRevisions().equals(r.downRevisions())
                        || !scanned.labels().equals(r.branchLabels())
                        || !scanned.dependsOnIds().equals(r.dependsOn())) {
                    mismatches.add("seed " + h.seed() + " " + r.fileName() + ": header " + scanned
                            + " does not match the generated revision " + r + "\n--- file ---\n" + text);
                }
            }
        }
        assertThat(files).isGreaterThan(AlembicDifferentialTest.SEEDS * 10);
        assertThat(mismatches).as("files whose header the scanner misread").isEmpty();
    }
}

package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.clickhouse.Corpus;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Severity;
import dev.migrationlsp.testing.DeclaredFixSafety;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule cases of {@code clickhouse/rules/cases.sql}, run through the real analyzer on a real workspace: each rule
 * reports exactly the marked ranges, and each of its text fixes, applied, removes its finding without touching other
 * lines or adding a syntax error.
 */
class ClickHouseRuleCasesTest {
    private static final String FILE = "001_case.sql";
    private static final String HEADER = "-- 001_case.sql\n--\n-- Tables affected:\n--   - (test)\n";
    private static final String CONFIG = "mutable-tables = [\"work_items\"]\nrollup-tables = [\"configured_rollup\"]";

    @TempDir
    Path tmp;

    record RuleCase(RuleCode code, String label, String text, List<int[]> expected) {
        @Override
        public String toString() {
            return code.id() + ": " + label;
        }
    }

    static Stream<RuleCase> cases() {
        List<RuleCase> out = new ArrayList<>();
        for (Corpus.Case c : Corpus.cases("/clickhouse/rules/cases.sql")) {
            if (c.header().equals("base")) {
                continue;
            }
            int colon = c.header().indexOf(':');
            RuleCode code = RuleCode.fromId(c.header().substring(0, colon)).orElseThrow();
            String raw = code == RuleCode.HEADER_COMMENT ? c.text() + "\n" : HEADER + c.text() + "\n";
            StringBuilder text = new StringBuilder();
            List<int[]> expected = new ArrayList<>();
            int open = -1;
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                if (ch == '«') {
                    open = text.length();
                } else if (ch == '»') {
                    expected.add(new int[] {open, text.length()});
                } else {
                    text.append(ch);
                }
            }
            out.add(new RuleCase(code, c.header().substring(colon + 1).strip(), text.toString(), expected));
        }
        return out.stream();
    }

    ClickHouseWorkspace workspace() {
        String base = Corpus.cases("/clickhouse/rules/cases.sql").stream()
                .filter(c -> c.header().equals("base"))
                .findFirst()
                .orElseThrow()
                .text();
        return new ClickHouseWorkspace(tmp, CONFIG).file("000_base.sql", base + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleReportsExactlyTheMarkedRanges(RuleCase c) {
        ClickHouseWorkspace ws = workspace().file(FILE, c.text());

        List<Finding> found = ws.findings(FILE, c.code());

        assertThat(found.stream()
                        .map(f -> f.span().startOffset() + "-" + f.span().endOffset())
                        .toList())
                .as(found.toString())
                .containsExactlyElementsOf(
                        c.expected().stream().map(r -> r[0] + "-" + r[1]).toList());
        assertThat(ws.findings("000_base.sql").stream().filter(f -> f.severity() == Severity.ERROR))
                .as("base file is clean")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyTextFixRemovesItsFindingAndKeepsOtherLines(RuleCase c) {
        ClickHouseWorkspace ws = workspace().file(FILE, c.text());
        Path file = ws.path(FILE);
        List<Finding> before = ws.findings(FILE, c.code());
        long syntaxErrorsBefore = ws.findings(FILE, RuleCode.SYNTAX_ERROR).size();
        for (Finding f : before) {
            DeclaredFixSafety.check(f);
            for (Fix fix : f.fixes()) {
                if (fix.edits().stream().anyMatch(e -> e instanceof Edit.Rename)) {
                    continue;
                }
                String fixed = ClickHouseWorkspace.apply(c.text(), fix, file);
                ws.file(FILE, fixed);

                List<Finding> after = ws.findings(FILE, c.code());
                assertThat(after.stream()
                                .filter(a -> a.fingerprint().equals(f.fingerprint()))
                                .count())
                        .as("fix '" + fix.title() + "' removes its finding; after:\n" + fixed)
                        .isEqualTo(before.stream()
                                        .filter(b -> b.fingerprint().equals(f.fingerprint()))
                                        .count()
                                - 1);
                assertThat(ws.findings(FILE, RuleCode.SYNTAX_ERROR))
                        .as("no new syntax error:\n" + fixed)
                        .hasSize((int) syntaxErrorsBefore);
                assertOtherLinesUnchanged(c.text(), fixed, fix);
                ws.file(FILE, c.text());
            }
        }
    }

    /** Lines before the first edited line and after the last one are identical. */
    static void assertOtherLinesUnchanged(String before, String after, Fix fix) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Edit e : fix.edits()) {
            if (e instanceof Edit.Replace r) {
                first = Math.min(first, lineOf(before, r.startOffset()));
                last = Math.max(last, lineOf(before, r.endOffset()));
            }
        }
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        for (int i = 0; i < first; i++) {
            assertThat(b[i]).as("line " + i).isEqualTo(a[i]);
        }
        int tail = a.length - 1 - last;
        for (int k = 1; k <= tail; k++) {
            assertThat(b[b.length - k])
                    .as("line " + (a.length - k) + " from the end")
                    .isEqualTo(a[a.length - k]);
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

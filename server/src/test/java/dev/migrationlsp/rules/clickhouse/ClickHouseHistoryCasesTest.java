package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.clickhouse.Corpus;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * History-aware conventions ({@code clickhouse/rules/history-cases.sql}): each case is several migration files; the rule
 * reports exactly the marked ranges across them, judging each table as the whole history leaves it.
 */
class ClickHouseHistoryCasesTest {
    private static final String CONFIG = "mutable-tables = [\"work_items\"]";

    @TempDir
    Path tmp;

    /** {@code files}: name to text without markers; {@code expected}: "name start-end" of each marked range. */
    record HistoryCase(RuleCode code, String label, Map<String, String> files, List<String> expected) {
        @Override
        public String toString() {
            return code.id() + ": " + label;
        }
    }

    static Stream<HistoryCase> cases() {
        List<HistoryCase> out = new ArrayList<>();
        for (Corpus.Case c : Corpus.cases("/clickhouse/rules/history-cases.sql")) {
            int colon = c.header().indexOf(':');
            RuleCode code = RuleCode.fromId(c.header().substring(0, colon)).orElseThrow();
            Map<String, String> files = new LinkedHashMap<>();
            List<String> expected = new ArrayList<>();
            String name = null;
            StringBuilder text = new StringBuilder();
            for (String line : (c.text() + "\n---- end\n").split("\n", -1)) {
                if (line.startsWith("---- ")) {
                    if (name != null) {
                        files.put(name, text.toString());
                    }
                    name = line.substring(5).strip();
                    text = new StringBuilder();
                    continue;
                }
                int open = -1;
                for (int i = 0; i < line.length(); i++) {
                    char ch = line.charAt(i);
                    if (ch == '«') {
                        open = text.length();
                    } else if (ch == '»') {
                        expected.add(name + " " + open + "-" + text.length());
                    } else {
                        text.append(ch);
                    }
                }
                text.append('\n');
            }
            out.add(new HistoryCase(code, c.header().substring(colon + 1).strip(), files, expected));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleReportsExactlyTheMarkedRangesAcrossTheHistory(HistoryCase c) {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp, CONFIG);
        c.files().forEach(ws::file);

        List<Finding> found =
                ws.all().stream().filter(f -> f.code() == c.code()).toList();

        assertThat(found.stream()
                        .map(f -> f.file().getFileName() + " " + f.span().startOffset() + "-"
                                + f.span().endOffset())
                        .toList())
                .as(found.toString())
                .containsExactlyInAnyOrderElementsOf(c.expected());
    }
}

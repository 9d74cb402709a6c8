package dev.migrationlsp.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The statement corpus: every valid case parses to the named kinds; every invalid case gives one error at its marker. */
class ClickHouseParserCorpusTest {

    static Stream<Corpus.Case> valid() {
        return Corpus.cases("/clickhouse/corpus/valid.sql").stream();
    }

    static Stream<Corpus.Case> invalid() {
        return Corpus.cases("/clickhouse/corpus/invalid.sql").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validStatementParsesToItsKind(Corpus.Case c) {
        ClickHouseScript script = ClickHouseScript.parse(c.text());
        List<String> expectedKinds = Arrays.stream(
                        c.header().substring(0, c.header().indexOf(':')).split(","))
                .map(String::strip)
                .toList();

        assertThat(script.errors()).as("errors").isEmpty();
        assertThat(script.statements())
                .extracting(s -> s.getClass().getSimpleName())
                .containsExactlyElementsOf(expectedKinds);
        RangeChecks.assertRangesInside(script);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidStatementGivesOneErrorAtTheMarker(Corpus.Case c) {
        int marker = c.text().indexOf("$0");
        assertThat(marker).as("the case has a $0 marker").isGreaterThanOrEqualTo(0);
        String text = c.text().replace("$0", "");

        ClickHouseScript script = ClickHouseScript.parse(text);

        assertThat(script.errors()).hasSize(1);
        SyntaxError error = script.errors().get(0).error();
        assertThat(error.range().start())
                .as("error offset in: " + text + "\n" + error.message())
                .isEqualTo(marker);
        assertThat(error.expected()).isNotBlank();
        assertThat(error.found()).isNotBlank();
        RangeChecks.assertRangesInside(script);
    }
}

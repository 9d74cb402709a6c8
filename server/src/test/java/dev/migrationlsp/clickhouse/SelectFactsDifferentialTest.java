package dev.migrationlsp.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flat view queries are answered by our scan alone (see {@code SelectFacts.isFlat}); this checks that JSQLParser, where
 * it reads them, would have given the same tables and grouping, over every view of the corpus and fixtures.
 */
class SelectFactsDifferentialTest {

    private static List<String> texts() throws Exception {
        List<String> out = new ArrayList<>();
        Corpus.cases("/clickhouse/corpus/valid.sql").forEach(c -> out.add(c.text()));
        Corpus.cases("/clickhouse/rules/cases.sql")
                .forEach(c -> out.add(c.text().replace("«", "").replace("»", "")));
        for (String dir : List.of("/clickhouse/realistic/migrations/clickhouse")) {
            try (var files = Files.list(
                    Path.of(SelectFactsDifferentialTest.class.getResource(dir).toURI()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                    out.add(Files.readString(f));
                }
            }
        }
        try (var files = Files.list(Path.of(
                System.getProperty("migrationlsp.examples", "../examples"),
                "src/dev_health_ops/migrations/clickhouse"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                out.add(Files.readString(f));
            }
        }
        return out;
    }

    @Test
    void jsqlParserAgreesWithTheScanOnEveryFlatViewItCanRead() throws Exception {
        int compared = 0;
        for (String text : texts()) {
            for (Statement s : ClickHouseScript.parse(text).statements()) {
                if (!(s instanceof Statement.CreateView v)
                        || !v.select().facts().isFlat()) {
                    continue;
                }
                List<Object> jsql = v.select().facts().withJsqlParser();
                if (!(Boolean) jsql.get(2)) {
                    continue; // JSQLParser cannot read it: the scan is the only answer anyway
                }
                List<Object> scan = v.select().facts().scanOnly();
                assertThat(jsql.subList(0, 2)).as(v.select().range().of(text)).isEqualTo(scan.subList(0, 2));
                compared++;
            }
        }
        assertThat(compared).as("flat views JSQLParser could read").isGreaterThanOrEqualTo(15);
    }
}

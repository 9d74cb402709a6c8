package dev.migrationlsp.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random truncations and mutations of the corpus never make the parser, the runner model or the SELECT analysis throw,
 * and every range stays inside the text. Seeded, so a failure reproduces.
 */
class ClickHouseParserFuzzTest {
    private static final String[] INSERTS = {
        "(",
        ")",
        ",",
        ";",
        "'",
        "`",
        "\"",
        "--",
        "/*",
        "*/",
        " ",
        "\n",
        "SELECT ",
        "ENGINE ",
        "=",
        "AS ",
        "-> ",
        "[",
        "]",
        "::",
        "?",
        "é",
        "\uD83D\uDE00",
        "\\"
    };

    private static List<String> corpus() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        for (Corpus.Case c : Corpus.cases("/clickhouse/corpus/valid.sql")) {
            out.add(c.text());
        }
        for (Corpus.Case c : Corpus.cases("/clickhouse/corpus/invalid.sql")) {
            out.add(c.text().replace("$0", ""));
        }
        Path dir = Path.of(ClickHouseParserFuzzTest.class
                .getResource("/clickhouse/realistic/migrations/clickhouse")
                .toURI());
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                out.add(Files.readString(f));
            }
        }
        return out;
    }

    @Test
    void truncationsAndMutationsNeverThrowAndKeepRangesInside() throws Exception {
        Random random = new Random(20261124L);
        List<String> corpus = corpus();
        int runs = 0;
        for (String original : corpus) {
            for (int i = 0; i < 40; i++) {
                String text = mutate(original, random);
                ClickHouseScript script = ClickHouseScript.parse(text);
                RangeChecks.assertRangesInside(script);
                for (Statement s : script.statements()) {
                    if (s instanceof Statement.Broken b) {
                        assertThat(b.error().range().end()).isLessThanOrEqualTo(text.length());
                    }
                }
                for (MigrationRunner.Hazard h : script.runnerHazards()) {
                    assertThat(h.range().end()).isLessThanOrEqualTo(text.length());
                }
                for (TextRange r : MigrationRunner.statements(text)) {
                    assertThat(r.end()).isLessThanOrEqualTo(text.length());
                }
                runs++;
            }
        }
        assertThat(runs).isGreaterThan(1000);
    }

    @Test
    void deletingAnyOneTokenOfARealMigrationGivesAtMostOneSyntaxError() throws Exception {
        Path dir = Path.of(ClickHouseParserFuzzTest.class
                .getResource("/clickhouse/realistic/migrations/clickhouse")
                .toURI());
        int deletions = 0;
        int withError = 0;
        try (var files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                String text = Files.readString(f);
                for (Token t : ClickHouseScript.parse(text).tokens()) {
                    if (t.kind() == Token.Kind.EOF) {
                        continue;
                    }
                    String broken = text.substring(0, t.start()) + " " + text.substring(t.end());
                    int errors = ClickHouseScript.parse(broken).errors().size();
                    assertThat(errors)
                            .as("deleting '" + t.text() + "' at " + t.start() + " of " + f.getFileName())
                            .isLessThanOrEqualTo(1);
                    deletions++;
                    withError += errors;
                }
            }
        }
        assertThat(deletions).isGreaterThan(800);
        assertThat(withError)
                .as("most deletions are real errors, and each is caught")
                .isGreaterThan(deletions / 2);
    }

    @Test
    void deeplyNestedInputGivesAnErrorNotACrash() {
        String text = "CREATE TABLE t (a UInt8 DEFAULT " + "(".repeat(50_000) + "1" + ")".repeat(50_000)
                + ") ENGINE = Memory";
        ClickHouseScript script = ClickHouseScript.parse(text);
        assertThat(script.statements()).hasSize(1);
        RangeChecks.assertRangesInside(script);
    }

    @Test
    void parsingTimeGrowsLinearlyWithTheInputInEveryShape() {
        // CPU time of this thread, relative to the same shape at an eighth of the size: a loaded machine cannot trip
        // it,
        // a quadratic path (64x for 8x the input) cannot pass it
        for (var shape : ClickHouseLinearBench.shapes().entrySet()) {
            String small = shape.getValue().apply(40_000);
            String big = shape.getValue().apply(320_000);
            ClickHouseLinearBench.parseNanos(small, 3); // warm-up
            long t1 = ClickHouseLinearBench.parseNanos(small, 3);
            long t8 = ClickHouseLinearBench.parseNanos(big, 3);
            assertThat(t8)
                    .as(shape.getKey() + ": CPU ns for 8x the input vs " + t1)
                    .isLessThan(Math.max(t1 * 24, 150_000_000L));
        }
    }

    private static String mutate(String s, Random random) {
        if (s.isEmpty()) {
            return INSERTS[random.nextInt(INSERTS.length)];
        }
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, random.nextInt(s.length() + 1)); // half-typed
            case 1 -> {
                int at = random.nextInt(s.length());
                yield s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(5)));
            }
            case 2 -> {
                int at = random.nextInt(s.length() + 1);
                yield s.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + s.substring(at);
            }
            default -> {
                StringBuilder b = new StringBuilder(s);
                for (int k = 0; k < 3; k++) {
                    int at = random.nextInt(b.length() + 1);
                    b.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                }
                yield b.toString();
            }
        };
    }
}

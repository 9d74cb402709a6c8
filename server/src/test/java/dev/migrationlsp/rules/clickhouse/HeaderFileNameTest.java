package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The header rule's file-name finder matches what {@code [\w.-]+\.(sql|py)\b} finds, without its quadratic backtracking. */
class HeaderFileNameTest {
    private static final Pattern REFERENCE = Pattern.compile("[\\w.-]+\\.(sql|py)\\b");

    private static String expected(String line) {
        Matcher m = REFERENCE.matcher(line);
        return m.find() ? m.start() + "-" + m.end() : "none";
    }

    private static String actual(String line) {
        int[] r = HeaderCommentRule.fileNameLike(line);
        return r == null ? "none" : r[0] + "-" + r[1];
    }

    @Test
    void agreesWithTheRegularExpressionOnHandPickedAndRandomLines() {
        String[] lines = {"-- 001_x.sql", "-- 001_x.sql: adds x", "-- see 002_y.py and 003_z.sql", "-- 001_x.sql.bak",
            "-- a.sqlx b.sql", "-- .sql", "-- x..sql", "-- -.py-", "-- no name here", "-- 004_a-b.c.sql-old.py", "--001.sql"};
        for (String line : lines) {
            assertThat(actual(line)).as(line).isEqualTo(expected(line));
        }
        Random rnd = new Random(7);
        String alphabet = "ab_1.-sqlpy ;é";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder("-- ");
            int len = rnd.nextInt(30);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            assertThat(actual(sb.toString())).as(sb.toString()).isEqualTo(expected(sb.toString()));
        }
    }

    @Test
    void aLongLineOfNameCharactersTakesLinearWork() {
        // 200k name characters without an extension: the regular expression needs ~10^10 steps here
        assertThat(HeaderCommentRule.fileNameLike("-- " + "a.".repeat(100_000))).isNull();
        assertThat(actual("-- " + "a-".repeat(100_000) + ".sql")).isEqualTo("3-200007");
    }
}

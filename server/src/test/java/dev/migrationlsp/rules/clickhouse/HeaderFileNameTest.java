package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The header's file-name finder agrees with the regex it replaces, in linear time. */
class HeaderFileNameTest {
    private static final Pattern REGEX = Pattern.compile("[\\w.-]+\\.(sql|py)\\b");

    @Test
    void findsWhatTheRegexFinds() {
        for (String line : List.of(
                "-- 001_init.sql",
                "-- see 001_a.sql and 002_b.sql",
                "-- a.sql.b",
                "-- .sql",
                "-- x.sqlx y.py",
                "-- 003-x.y.py: z",
                "-- nothing here",
                "-- v1.2.sql_",
                "--a.py",
                "-- é.sql",
                "-- a..sql",
                "")) {
            Matcher m = REGEX.matcher(line);
            int[] found = HeaderCommentRule.fileNameLike(line);
            if (m.find()) {
                assertThat(found).as(line).containsExactly(m.start(), m.end());
            } else {
                assertThat(found).as(line).isNull();
            }
        }
    }

    @Test
    void aLongFirstLineTakesLinearTime() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long small = cpuNanos(cpu, "-- " + "x".repeat(20_000));
        long big = cpuNanos(cpu, "-- " + "x".repeat(320_000));
        // 16x the input: a quadratic scan would take 256x; allow for timer granularity with an absolute floor
        assertThat(big).isLessThan(Math.max(small * 64, 200_000_000L));
    }

    private static long cpuNanos(ThreadMXBean cpu, String line) {
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < 5; i++) {
            assertThat(HeaderCommentRule.fileNameLike(line)).isNull();
        }
        return cpu.getCurrentThreadCpuTime() - t0;
    }
}

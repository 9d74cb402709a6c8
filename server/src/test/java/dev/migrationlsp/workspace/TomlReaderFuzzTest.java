package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.Deadlines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input never throws and costs linear time: truncations and random mutations of the toml-test corpus, and
 * documents made large, timed in CPU time of the test thread against a run on a smaller one.
 */
class TomlReaderFuzzTest {
    private static final String MUTATION_CHARS = "[]{}=.,\"'\\#\n\r\t _-+:0123456789aeEfinxobtTzZu\u0000\u00e9\uD83D";

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (String file : TomlReaderCorpusTest.files("")) {
            String text = TomlReaderCorpusTest.text(file);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    @Test
    void truncationsAndMutationsNeverThrow() throws IOException {
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(600);
        Random random = new Random(15);
        int problems = 0;
        int reads = 0;
        for (String text : corpus) {
            int step = Math.max(1, text.length() / 40);
            for (int cut = 0; cut < text.length(); cut += step) {
                problems += readWithoutThrowing(text.substring(0, cut)) ? 1 : 0;
                reads++;
            }
            for (int m = 0; m < 20 && !text.isEmpty(); m++) {
                StringBuilder b = new StringBuilder(text);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    int at = random.nextInt(b.length());
                    char c = MUTATION_CHARS.charAt(random.nextInt(MUTATION_CHARS.length()));
                    switch (random.nextInt(3)) {
                        case 0 -> b.setCharAt(at, c);
                        case 1 -> b.insert(at, c);
                        default -> b.deleteCharAt(at);
                    }
                    if (b.length() == 0) {
                        break;
                    }
                }
                problems += readWithoutThrowing(b.toString()) ? 1 : 0;
                reads++;
            }
        }
        assertThat(problems).as("some of %d damaged texts are rejected", reads).isPositive();
        assertThat(problems).as("not every damaged text is rejected").isLessThan(reads);
    }

    /** True when {@code text} has a problem; a problem has a place inside the text and one line of message. */
    private static boolean readWithoutThrowing(String text) {
        TomlReader.Result r = TomlReader.read(text);
        if (r.problem() == null) {
            return false;
        }
        assertThat(r.problem().line())
                .isBetween(0, (int) text.chars().filter(ch -> ch == '\n').count());
        assertThat(r.problem().column()).isBetween(0, text.length());
        assertThat(r.problem().message()).isNotBlank().doesNotContain("\n");
        return true;
    }

    @Test
    void timeIsLinearInTheSize() throws IOException {
        String unit = TomlReaderCorpusTest.text("valid/example.toml") + "\nlong = \"" + "x".repeat(200)
                + "\"\narray = [" + "1, ".repeat(100) + "]\n";
        // the worst cases of a naive reader: many tables, long dotted keys, deep arrays, long multi-line strings
        String small = document(unit, 200);
        String large = document(unit, 3200);
        TomlReader.read(small); // warm-up: the JIT compiles the reader
        TomlReader.read(large);
        long smallCpu = Math.max(1, Deadlines.cpuMillis(() -> repeat(small, 16)));
        long largeCpu = Deadlines.cpuMillis(() -> repeat(large, 1));
        assertThat(TomlReader.read(large).problem()).isNull();
        // the large text is 16× the small one, read once against 16 reads of the small: linear time gives a ratio near
        // 1; a quadratic reader would give 16
        assertThat(largeCpu)
                .as("CPU ms: one 16× text vs 16 small ones (%d ms)", smallCpu)
                .isLessThan(smallCpu * 4 + 50);
    }

    private static void repeat(String text, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(TomlReader.read(text).problem()).isNull();
        }
    }

    /** {@code count} copies of {@code unit}, each under a table of its own so no key is defined twice. */
    private static String document(String unit, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append("[part")
                    .append(i)
                    .append(".a.b.c]\n")
                    .append("key.with.dots = ")
                    .append(i)
                    .append('\n');
            b.append("[[part").append(i).append(".list]]\n");
            b.append("[part").append(i).append(".list.body]\n");
            b.append(unit.replace("\n[", "\n[part" + i + ".list.body.")).append('\n');
            b.append("m")
                    .append(i)
                    .append(" = '''\n")
                    .append("line\n".repeat(50))
                    .append("'''\n");
            b.append("deep")
                    .append(i)
                    .append(" = ")
                    .append("[".repeat(40))
                    .append("]".repeat(40))
                    .append('\n');
        }
        return b.toString();
    }
}

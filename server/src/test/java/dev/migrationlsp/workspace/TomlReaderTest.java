package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where {@link TomlReader} says things are: {@code $0} marks where a key path is defined, or where the error is. The
 * toml-test corpus ({@link TomlReaderCorpusTest}) covers what it reads.
 */
class TomlReaderTest {

    /** {@code key} is defined at the {@code $0} of {@code marked}. */
    private static void checkKey(String marked, String key) {
        int at = marked.indexOf("$0");
        String text = marked.replace("$0", "");
        TomlReader.Result r = TomlReader.read(text);
        assertThat(r.problem()).as(text).isNull();
        assertThat(r.positions().get(key)).as(key + " in\n" + text).isEqualTo(position(text, at));
    }

    /** {@code marked} is rejected with a problem at its {@code $0}. */
    private static void checkError(String marked) {
        int at = marked.indexOf("$0");
        String text = marked.replace("$0", "");
        TomlReader.Result r = TomlReader.read(text);
        assertThat(r.problem()).as(text).isNotNull();
        TomlReader.Position expected = position(text, at);
        assertThat(new TomlReader.Position(r.problem().line(), r.problem().column()))
                .as(r.problem().message() + " in\n" + text)
                .isEqualTo(expected);
        assertThat(r.root()).isEmpty();
    }

    private static TomlReader.Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TomlReader.Position(line, offset - lineStart);
    }

    @Test
    void keysAreWhereTheyAreDefined() {
        checkKey("$0a = 1\n", "a");
        checkKey("# c\n\n  $0name = \"x\"\n", "name");
        checkKey("[tool.migration-lsp]\n$0alembic-versions = \"v\"\n", "tool.migration-lsp.alembic-versions");
        checkKey("$0[tool.migration-lsp]\nx = 1\n", "tool.migration-lsp");
        checkKey("[t]\n$0a.b.c = 1\n", "t.a.b.c");
        checkKey("[t]\n$0a.b.c = 1\n", "t.a");
        checkKey("[t]\na.$0b.c = 1\n", "t.a.b");
        checkKey("[histories.\"a.b\"]\n$0versions = []\n", "histories.a.b.versions");
        checkKey("x = { y = 1, $0z = { w = 2 } }\n", "x.z");
        checkKey("x = { y = 1, z = { $0w = 2 } }\n", "x.z.w");
        checkKey("[[a]]\n$0b = 1\n[[a]]\nb = 2\n", "a.b");
        checkKey("s = \"\"\"\none\ntwo\"\"\"\r\n$0k = 1\r\n", "k");
        checkKey("'quoted key' = 1\n$0\"other\" = 2\n", "other");
    }

    @Test
    void errorsAreWhereTheTextGoesWrong() {
        checkError("a = 1\nb = $0tru\n");
        checkError("a = 1\n$0a = 2\n");
        checkError("[a]\nx = 1\n$0[a]\n");
        checkError("[a]\nb.c = 1\n$0[a.b]\n");
        checkError("a = {}\n$0[a.b]\n");
        checkError("a = [1]\n$0[[a]]\n");
        checkError("a = { b = 1 }\n$0a.c = 2\n");
        checkError("x = $0\"unterminated\n");
        checkError("x = \"bad $0\\q escape\"\n");
        checkError("x = $00x_1\n");
        checkError("x = $01979-02-30\n");
        checkError("x = 1 $0y\n");
        checkError("x = { a = 1,$0\n b = 2 }\n");
        checkError("# comment with a $0\u0001 control character\n");
        checkError("x = 1\r\ny = 2$0\r");
        checkError("x = $0\"\"\"one\n\n");
        checkError(
                "a = " + "[".repeat(TomlReader.MAX_NESTING) + "$0[1" + "]".repeat(TomlReader.MAX_NESTING + 1) + "\n");
    }

    @Test
    void valuesArePlainJavaData() {
        TomlReader.Result r = TomlReader.read("""
                s = "tab\\there \\u00e9 \\U0001F600"
                lit = 'C:\\path'
                ml = \"\"\"
                one \\
                   two\"\"\"
                i = [0xff, 0o17, 0b101, 1_000, -3, +4]
                f = [1.5, -2e3, inf, -inf, 6.02e+23, 1.2e-00001]
                b = true
                odt = 1979-05-27 07:32:00.5-07:00
                ldt = 1979-05-27T07:32:00
                ld = 1979-05-27
                lt = 07:32:00.123456789
                mixed = [1, "two", [3], { four = 4 }]
                [[points]]
                x = 1
                [[points]]
                x = 2
                """);
        assertThat(r.problem()).isNull();
        Map<String, Object> root = r.root();
        assertThat(root.get("s")).isEqualTo("tab\there \u00e9 \uD83D\uDE00");
        assertThat(root.get("lit")).isEqualTo("C:\\path");
        assertThat(root.get("ml")).isEqualTo("one two");
        assertThat(root.get("i")).isEqualTo(List.of(255L, 15L, 5L, 1000L, -3L, 4L));
        assertThat(root.get("f"))
                .isEqualTo(List.of(1.5, -2000.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 6.02e23, 0.12));
        assertThat(root.get("b")).isEqualTo(true);
        assertThat(root.get("odt"))
                .isEqualTo(OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 500_000_000, ZoneOffset.ofHours(-7)));
        assertThat(root.get("ldt")).isEqualTo(LocalDateTime.of(1979, 5, 27, 7, 32, 0));
        assertThat(root.get("ld")).isEqualTo(LocalDate.of(1979, 5, 27));
        assertThat(root.get("lt")).isEqualTo(LocalTime.of(7, 32, 0, 123_456_789));
        assertThat(root.get("mixed")).isEqualTo(List.of(1L, "two", List.of(3L), Map.of("four", 4L)));
        assertThat(root.get("points")).isEqualTo(List.of(Map.of("x", 1L), Map.of("x", 2L)));
        assertThat(List.copyOf(root.keySet())).startsWith("s", "lit", "ml", "i").endsWith("points");
        assertThat(r.table("points")).isNull();
    }

    @Test
    void aMissingTableIsNull() {
        TomlReader.Result r = TomlReader.read("[tool.other]\nx = 1\n");
        assertThat(r.table("tool", "other")).containsEntry("x", 1L);
        assertThat(r.table("tool", "migration-lsp")).isNull();
        assertThat(r.table("tool", "other", "x")).isNull();
    }
}

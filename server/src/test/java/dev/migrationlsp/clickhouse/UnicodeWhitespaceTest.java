package dev.migrationlsp.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.Oracles;
import dev.migrationlsp.testing.RealTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * ClickHouse skips more than ASCII whitespace (a file saved with a byte order mark, text pasted from a word processor)
 * and less than Java's {@code Character.isWhitespace}: our lexer agrees with real ClickHouse (chdb) on each character.
 */
class UnicodeWhitespaceTest {
    /** Code point → whether ClickHouse's lexer skips it (Lexer.cpp, skipWhitespacesUTF8). */
    static final Map<Integer, Boolean> PROBES = new LinkedHashMap<>();

    static {
        for (int cp : new int[] {
            0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x180E, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000,
            0xFEFF
        }) {
            PROBES.put(cp, true);
        }
        for (int cp = 0x2000; cp <= 0x200D; cp++) {
            PROBES.put(cp, true);
        }
        // Java counts these as whitespace (or near it), ClickHouse does not
        for (int cp : new int[] {0x1C, 0x1D, 0x1E, 0x1F, 0x84, 0x86, 0x1680, 0x180D, 0x200E, 0x202A, 0x2061, 0xFFFE}) {
            PROBES.put(cp, false);
        }
    }

    private static String probe(int cp) {
        String c = new String(Character.toChars(cp));
        return c + "SELECT" + c + "1" + c;
    }

    private static boolean weAccept(int cp) {
        return ClickHouseScript.parse(probe(cp)).errors().isEmpty();
    }

    @Test
    void whitespaceAsClickHouseReadsIt() {
        Map<Integer, Boolean> ours = new LinkedHashMap<>();
        PROBES.keySet().forEach(cp -> ours.put(cp, weAccept(cp)));
        assertThat(ours).isEqualTo(PROBES);
    }

    @Test
    void aFileWithAByteOrderMarkParsesAndAStrayCharacterIsNamedByItsCodePoint() {
        assertThat(ClickHouseScript.parse("\uFEFF-- 001_x.sql\nSELECT 1;\n").errors())
                .isEmpty();
        ClickHouseScript stray = ClickHouseScript.parse("SELECT\u16801");
        assertThat(stray.errors()).singleElement().satisfies(e -> {
            assertThat(e.error().range()).isEqualTo(new TextRange(6, 7));
            assertThat(e.error().message()).contains("U+1680");
        });
    }

    /** The table above is ClickHouse's: each probe judged by real ClickHouse's parser ({@code formatQuery}). */
    @Test
    void realClickHouseAgrees() {
        Path node = Oracles.node();
        Path chdb = Oracles.chdb();
        String js = "const {query} = require(process.argv[1]);\n"
                + "for (const cp of process.argv.slice(2).map(Number)) {\n"
                + "  const c = String.fromCodePoint(cp);\n"
                + "  let ok = true;\n"
                + "  try { query(\"SELECT formatQuery('\" + c + 'SELECT' + c + '1' + c + \"')\", 'CSV'); }"
                + " catch (e) { ok = false; }\n"
                + "  console.log(cp + ' ' + ok);\n"
                + "}\n";
        List<String> cmd = new ArrayList<>(List.of(node.toString(), "-e", js, chdb.toString()));
        PROBES.keySet().forEach(cp -> cmd.add(Integer.toString(cp)));
        RealTools.Result r = RealTools.run(cmd, Path.of("."), Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
        Map<Integer, Boolean> theirs = r.out()
                .lines()
                .filter(l -> l.matches("\\d+ (true|false)"))
                .collect(Collectors.toMap(
                        l -> Integer.parseInt(l.split(" ")[0]),
                        l -> Boolean.parseBoolean(l.split(" ")[1]),
                        (a, b) -> a,
                        LinkedHashMap::new));
        assertThat(theirs).isEqualTo(PROBES);
    }
}

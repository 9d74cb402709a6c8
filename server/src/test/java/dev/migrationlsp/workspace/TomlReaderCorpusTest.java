package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The official toml-test corpus (TOML 1.0.0 files, see {@code src/test/resources/toml-test/README.md}): every valid file
 * gives the data of its expected JSON and the same data as tomlj (the reader this one replaced, kept as an oracle);
 * every invalid file is rejected. Where tomlj disagrees with the corpus the corpus wins; those files are listed below
 * with the reason.
 */
class TomlReaderCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/toml-test");

    /** Valid files tomlj 1.1.1 reads differently from the corpus (ours follows the corpus). */
    private static final Set<String> TOMLJ_WRONG_ON_VALID = Set.of(
            // a UTF-8 byte-order mark at the start: tomlj 1.1.1 rejects the file, TOML 1.0 allows it
            "valid/utf8-bom-01.toml", "valid/utf8-bom-02.toml");

    /** Invalid files tomlj 1.1.1 accepts (ours rejects them, as the corpus says). */
    private static final Set<String> TOMLJ_ACCEPTS_INVALID = Set.of(
            // an offset's minutes need two digits (time-numoffset = ( "+" / "-" ) time-hour ":" time-minute)
            "invalid/datetime/offset-minus-minute-1digit.toml", "invalid/datetime/offset-plus-minute-1digit.toml");

    static List<String> files(String prefix) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("files-toml-1.0.0"))) {
            if (line.startsWith(prefix) && line.endsWith(".toml")) {
                out.add(line);
            }
        }
        return out;
    }

    /** The file as text, or null when its bytes are not UTF-8 (which a TOML reader must reject). */
    static String text(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(file));
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void everyValidFileGivesTheExpectedData() throws IOException {
        List<String> valid = files("valid/");
        assertThat(valid).hasSizeGreaterThan(200);
        List<String> wrong = new ArrayList<>();
        List<String> tomljDiffers = new ArrayList<>();
        for (String file : valid) {
            String text = text(file);
            TomlReader.Result r = TomlReader.read(text);
            if (r.hasProblem()) {
                wrong.add(file + ": " + r.problem());
                continue;
            }
            JsonElement expected = JsonParser.parseString(
                    Files.readString(CORPUS.resolve(file.substring(0, file.length() - 5) + ".json")));
            String mismatch = compare(expected, r.root(), "");
            if (mismatch != null) {
                wrong.add(file + ": " + mismatch);
            }
            TomlParseResult oracle = tomlj(text);
            boolean same = oracle != null && plain(oracle).equals(r.root());
            if (!same && !TOMLJ_WRONG_ON_VALID.contains(file)) {
                tomljDiffers.add(file);
            }
        }
        assertThat(wrong).as("valid files read wrongly").isEmpty();
        assertThat(tomljDiffers).as("valid files where tomlj gives other data").isEmpty();
    }

    @Test
    void everyInvalidFileIsRejected() throws IOException {
        List<String> invalid = files("invalid/");
        assertThat(invalid).hasSizeGreaterThan(400);
        List<String> accepted = new ArrayList<>();
        List<String> tomljAccepts = new ArrayList<>();
        for (String file : invalid) {
            String text = text(file);
            if (text == null) {
                continue; // not UTF-8: rejected before parsing (TomlReader.read(byte[]) reports it)
            }
            TomlReader.Result r = TomlReader.read(text);
            if (!r.hasProblem()) {
                accepted.add(file);
            } else {
                assertThat(r.problem().line()).as(file).isNotNegative();
                assertThat(r.problem().message()).as(file).isNotBlank().doesNotContain("\n");
            }
            if (tomlj(text) != null && !TOMLJ_ACCEPTS_INVALID.contains(file)) {
                tomljAccepts.add(file);
            }
        }
        assertThat(accepted).as("invalid files accepted").isEmpty();
        assertThat(tomljAccepts)
                .as("invalid files tomlj accepts (list them with a reason)")
                .isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreAProblem() throws IOException {
        int notUtf8 = 0;
        for (String file : files("invalid/")) {
            if (text(file) == null) {
                notUtf8++;
                assertThat(TomlReader.read(Files.readAllBytes(CORPUS.resolve(file)))
                                .hasProblem())
                        .as(file)
                        .isTrue();
            }
        }
        assertThat(notUtf8).as("the corpus has files that are not UTF-8").isPositive();
    }

    /** Null when {@code actual} holds what toml-test's tagged JSON {@code expected} says, else where it differs. */
    private static String compare(JsonElement expected, Object actual, String path) {
        if (expected.isJsonArray()) {
            JsonArray a = expected.getAsJsonArray();
            if (!(actual instanceof List<?> list) || list.size() != a.size()) {
                return path + ": expected an array of " + a.size() + ", got " + actual;
            }
            for (int i = 0; i < a.size(); i++) {
                String m = compare(a.get(i), list.get(i), path + "[" + i + "]");
                if (m != null) {
                    return m;
                }
            }
            return null;
        }
        JsonObject o = expected.getAsJsonObject();
        if (o.size() == 2 && o.has("type") && o.has("value") && o.get("type").isJsonPrimitive()) {
            String type = o.get("type").getAsString();
            String v = o.get("value").getAsString();
            Object want = switch (type) {
                case "string" -> v;
                case "integer" -> Long.parseLong(v);
                case "float" ->
                    v.endsWith("inf")
                            ? (v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                            : v.endsWith("nan") ? Double.NaN : Double.parseDouble(v);
                case "bool" -> Boolean.parseBoolean(v);
                case "datetime" -> OffsetDateTime.parse(v.replace(' ', 'T'));
                case "datetime-local" -> LocalDateTime.parse(v.replace(' ', 'T'));
                case "date-local" -> LocalDate.parse(v);
                case "time-local" -> LocalTime.parse(v);
                default -> "unknown type " + type;
            };
            return want.equals(actual) ? null : path + ": expected " + type + " " + v + ", got " + actual;
        }
        if (!(actual instanceof Map<?, ?> map) || map.size() != o.size()) {
            return path + ": expected a table of " + o.keySet() + ", got " + actual;
        }
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            String m = compare(e.getValue(), map.get(e.getKey()), path + "." + e.getKey());
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** What tomlj reads, or null when it rejects the text (tomlj 1.1.1 fails an internal assert on some). */
    static TomlParseResult tomlj(String text) {
        try {
            TomlParseResult r = Toml.parse(text);
            return r.hasErrors() ? null : r;
        } catch (AssertionError | RuntimeException e) {
            return null;
        }
    }

    /** tomlj's tables and arrays as plain maps and lists. */
    static Object plain(Object v) {
        if (v instanceof TomlTable t) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : t.keySet()) {
                out.put(key, plain(t.get(List.of(key))));
            }
            return out;
        }
        if (v instanceof TomlArray a) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.add(plain(a.get(i)));
            }
            return out;
        }
        return v;
    }
}

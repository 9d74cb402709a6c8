package dev.migrationlsp.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A single-pass TOML 1.0 reader. It replaces tomlj (an ANTLR grammar whose first parse costs a short command ~200 ms
 * on JDK 17: the ATN is deserialised and the DFA built at every start). Linear in the text; stops at the first error
 * and reports it with its line and column; never throws on bad input. Written without lambdas, streams or regexes:
 * each lambda call site costs a short command ~0.2 ms the first time it runs on JDK 17.
 *
 * <p>Values are plain Java data: tables are {@link LinkedHashMap LinkedHashMap&lt;String,Object&gt;} (in the order
 * written), arrays are {@link List}, strings {@link String}, integers {@link Long}, floats {@link Double}, booleans
 * {@link Boolean}, and date-times {@link OffsetDateTime}, {@link LocalDateTime}, {@link LocalDate} or
 * {@link LocalTime}.
 */
public final class TomlReader {
    /** Deeper nesting of arrays and inline tables is an error, not a stack overflow. */
    static final int MAX_NESTING = 256;

    /** A 0-based line and column (in UTF-16 units) of the text. */
    public record Position(int line, int column) {}

    /** The first problem of a text that is not TOML 1.0: where it is and a one-line message. */
    public record Problem(int line, int column, String message) {}

    /**
     * What a text holds: {@code root} (empty when the text has an error), where each key path is defined (its
     * segments joined by {@code .} as written, unquoted: {@code [a."b.c"]} defines {@code a.b.c}; the first definition
     * wins for the tables of an array of tables), and the problem, null when the text is valid TOML 1.0.
     */
    public record Result(Map<String, Object> root, Map<String, Position> positions, Problem problem) {
        public boolean hasProblem() {
            return problem != null;
        }

        /** The table at dotted {@code path} (bare segments), or null when there is none. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> table(String... path) {
            Object cur = root;
            for (String segment : path) {
                if (!(cur instanceof Map)) {
                    return null;
                }
                cur = ((Map<String, Object>) cur).get(segment);
            }
            return cur instanceof Map ? (Map<String, Object>) cur : null;
        }
    }

    // How a table came to be: what may still add to it follows from this.
    private static final byte IMPLICIT = 0; // named only as a prefix of a header: [a.b] makes a
    private static final byte HEADER = 1; // [a] or an element of [[a]]
    private static final byte DOTTED = 2; // a.b = 1 makes a
    private static final byte INLINE = 3; // { ... }: closed once written

    private static final class Table extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
        byte kind;

        Table(byte kind) {
            this.kind = kind;
        }
    }

    /** The array of an array of tables; a plain ArrayList is a static array, closed once written. */
    private static final class TableArray extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }

    /** Unwinds to {@link #read} at the first error; no stack trace is taken. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;

        Failure(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private final String s;
    private final int n;
    private int pos;
    private final Table root = new Table(HEADER);
    private final Map<String, Position> positions = new HashMap<>();
    private final List<String> keyPath = new ArrayList<>();
    private final List<Integer> keyOffsets = new ArrayList<>();

    private TomlReader(String text) {
        this.s = text;
        this.n = text.length();
    }

    /** Reads {@code text}; never throws. */
    public static Result read(String text) {
        TomlReader r = new TomlReader(text == null ? "" : text);
        try {
            r.document();
            return new Result(r.root, r.positions, null);
        } catch (Failure f) {
            int[] lc = r.lineColumn(f.offset);
            return new Result(new LinkedHashMap<>(), Map.of(), new Problem(lc[0], lc[1], f.getMessage()));
        }
    }

    /** Reads the bytes of a TOML file, which must be UTF-8; never throws. */
    public static Result read(byte[] bytes) {
        try {
            return read(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return new Result(new LinkedHashMap<>(), Map.of(), new Problem(0, 0, "the file is not UTF-8 text"));
        }
    }

    // ------------------------------------------------------------------ document structure

    private void document() {
        if (n > 0 && s.charAt(0) == '\uFEFF') {
            pos = 1;
        }
        Table current = root;
        String currentPath = "";
        while (true) {
            skipWhitespace();
            if (pos >= n) {
                return;
            }
            char c = s.charAt(pos);
            if (c == '#') {
                skipComment();
                lineEnd();
            } else if (c == '\n' || c == '\r') {
                lineEnd();
            } else if (c == '[') {
                int start = pos;
                boolean arrayOfTables = pos + 1 < n && s.charAt(pos + 1) == '[';
                pos += arrayOfTables ? 2 : 1;
                skipWhitespace();
                keyPath.clear();
                keyOffsets.clear();
                key();
                skipWhitespace();
                if (!(pos < n && s.charAt(pos) == ']')) {
                    throw fail(pos, "expected ']' to close the table header");
                }
                pos++;
                if (arrayOfTables) {
                    if (!(pos < n && s.charAt(pos) == ']')) {
                        throw fail(pos, "expected ']]' to close the array-of-tables header");
                    }
                    pos++;
                }
                currentPath = joined(keyPath.size());
                current = arrayOfTables ? arrayTable(start) : headerTable(start);
                positions.putIfAbsent(currentPath, position(start));
                afterValue();
            } else {
                keyValue(current, currentPath, 0);
                afterValue();
            }
        }
    }

    /** After a header or a key/value: blanks, maybe a comment, then the end of the line or of the text. */
    private void afterValue() {
        skipWhitespace();
        if (pos < n && s.charAt(pos) == '#') {
            skipComment();
        }
        if (pos < n) {
            lineEnd();
        }
    }

    private void lineEnd() {
        if (pos >= n) {
            return;
        }
        char c = s.charAt(pos);
        if (c == '\n') {
            pos++;
        } else if (c == '\r' && pos + 1 < n && s.charAt(pos + 1) == '\n') {
            pos += 2;
        } else {
            throw fail(
                    pos,
                    c == '\r'
                            ? "a carriage return must be followed by a line feed"
                            : "expected the end of the line, got " + describe(c));
        }
    }

    private void skipWhitespace() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private void skipComment() {
        pos++; // '#'
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n' || c == '\r' && pos + 1 < n && s.charAt(pos + 1) == '\n') {
                return;
            }
            if (isControl(c)) {
                throw fail(pos, "control character " + describe(c) + " in a comment");
            }
            if (Character.isSurrogate(c)) {
                surrogatePair();
                continue;
            }
            pos++;
        }
    }

    /** Skips whitespace, comments and newlines between the values of an array. */
    private void skipArraySpace() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\n' || c == '\r') {
                lineEnd();
            } else {
                return;
            }
        }
    }

    // ------------------------------------------------------------------ tables

    /** The table of {@code [keyPath]}, defined now. */
    private Table headerTable(int start) {
        Table t = walkHeaderPrefix(start);
        String last = keyPath.get(keyPath.size() - 1);
        Object existing = t.get(last);
        if (existing == null) {
            Table created = new Table(HEADER);
            t.put(last, created);
            return created;
        }
        if (existing instanceof Table e && e.kind == IMPLICIT) {
            e.kind = HEADER;
            return e;
        }
        throw fail(start, "table [" + joined(keyPath.size()) + "] is already defined");
    }

    /** A new table appended to the array of {@code [[keyPath]]}. */
    private Table arrayTable(int start) {
        Table t = walkHeaderPrefix(start);
        String last = keyPath.get(keyPath.size() - 1);
        Object existing = t.get(last);
        Table element = new Table(HEADER);
        if (existing == null) {
            TableArray array = new TableArray();
            array.add(element);
            t.put(last, array);
        } else if (existing instanceof TableArray array) {
            array.add(element);
        } else {
            throw fail(start, "[[" + joined(keyPath.size()) + "]] names a value that is not an array of tables");
        }
        return element;
    }

    /** The table holding the last segment of a header's key: prefixes are made implicitly, arrays of tables enter their last table. */
    private Table walkHeaderPrefix(int start) {
        Table t = root;
        for (int i = 0; i < keyPath.size() - 1; i++) {
            String k = keyPath.get(i);
            Object v = t.get(k);
            if (v == null) {
                Table created = new Table(IMPLICIT);
                t.put(k, created);
                t = created;
            } else if (v instanceof Table sub && sub.kind != INLINE) {
                t = sub;
            } else if (v instanceof TableArray array) {
                t = (Table) array.get(array.size() - 1);
            } else {
                throw fail(start, "'" + joined(i + 1) + "' is already defined as a value that cannot be extended");
            }
        }
        return t;
    }

    /**
     * {@code key = value} into {@code table} (whose path is {@code tablePath}, empty for the root), at {@code depth} of
     * arrays and inline tables; dotted keys make tables of their own.
     */
    private void keyValue(Table table, String tablePath, int depth) {
        int start = pos;
        keyPath.clear();
        keyOffsets.clear();
        key();
        skipWhitespace();
        if (!(pos < n && s.charAt(pos) == '=')) {
            throw fail(pos, "expected '=' after the key");
        }
        pos++;
        skipWhitespace();
        int size = keyPath.size();
        String[] segments = keyPath.toArray(new String[0]);
        int[] offsets = new int[size];
        for (int i = 0; i < size; i++) {
            offsets[i] = keyOffsets.get(i);
        }
        Table t = table;
        String path = tablePath;
        for (int i = 0; i < size - 1; i++) {
            path = path.isEmpty() ? segments[i] : path + "." + segments[i];
            Object v = t.get(segments[i]);
            if (v == null) {
                Table created = new Table(DOTTED);
                t.put(segments[i], created);
                positions.putIfAbsent(path, position(offsets[i]));
                t = created;
            } else if (v instanceof Table sub && sub.kind == DOTTED) {
                t = sub;
            } else {
                throw fail(
                        offsets[i], "'" + segments[i] + "' is already defined and cannot be extended by a dotted key");
            }
        }
        String last = segments[size - 1];
        if (t.containsKey(last)) {
            throw fail(start, "key '" + last + "' is already defined");
        }
        path = path.isEmpty() ? last : path + "." + last;
        positions.putIfAbsent(path, position(start));
        t.put(last, value(path, depth));
    }

    /** A (maybe dotted) key into {@link #keyPath}, each segment's offset into {@link #keyOffsets}. */
    private void key() {
        while (true) {
            keyOffsets.add(pos);
            keyPath.add(simpleKey());
            skipWhitespace();
            if (pos < n && s.charAt(pos) == '.') {
                pos++;
                skipWhitespace();
            } else {
                return;
            }
        }
    }

    private String simpleKey() {
        if (pos >= n) {
            throw fail(pos, "expected a key");
        }
        char c = s.charAt(pos);
        if (c == '"') {
            if (startsWith("\"\"\"")) {
                throw fail(pos, "a key cannot be a multi-line string");
            }
            return basicString();
        }
        if (c == '\'') {
            if (startsWith("'''")) {
                throw fail(pos, "a key cannot be a multi-line string");
            }
            return literalString();
        }
        int start = pos;
        while (pos < n && isBareKeyChar(s.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw fail(pos, "expected a key, got " + describe(c));
        }
        return s.substring(start, pos);
    }

    // ------------------------------------------------------------------ values

    private Object value(String path, int depth) {
        if (pos >= n) {
            throw fail(pos, "expected a value");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '"':
                return startsWith("\"\"\"") ? multiLineBasicString() : basicString();
            case '\'':
                return startsWith("'''") ? multiLineLiteralString() : literalString();
            case '[':
                return array(path, depth + 1);
            case '{':
                return inlineTable(path, depth + 1);
            case 't':
                return keyword("true", Boolean.TRUE);
            case 'f':
                return keyword("false", Boolean.FALSE);
            default:
                return scalar();
        }
    }

    private Object keyword(String word, Object value) {
        if (!startsWith(word)) {
            throw fail(pos, "expected a value, got " + describe(s.charAt(pos)));
        }
        pos += word.length();
        return value;
    }

    private List<Object> array(String path, int depth) {
        if (depth > MAX_NESTING) {
            throw fail(pos, "arrays and inline tables are nested more than " + MAX_NESTING + " deep");
        }
        pos++; // '['
        List<Object> out = new ArrayList<>();
        while (true) {
            skipArraySpace();
            if (pos >= n) {
                throw fail(pos, "unterminated array");
            }
            if (s.charAt(pos) == ']') {
                pos++;
                return out;
            }
            out.add(value(path, depth));
            skipArraySpace();
            if (pos >= n) {
                throw fail(pos, "unterminated array");
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                return out;
            } else {
                throw fail(pos, "expected ',' or ']' in an array, got " + describe(c));
            }
        }
    }

    private Table inlineTable(String path, int depth) {
        if (depth > MAX_NESTING) {
            throw fail(pos, "arrays and inline tables are nested more than " + MAX_NESTING + " deep");
        }
        pos++; // '{'
        Table out = new Table(HEADER); // HEADER while written: its dotted keys may add to it
        skipWhitespace();
        if (pos < n && s.charAt(pos) == '}') {
            pos++;
            out.kind = INLINE;
            return out;
        }
        while (true) {
            keyValue(out, path, depth);
            skipWhitespace();
            if (pos >= n) {
                throw fail(pos, "unterminated inline table");
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
                skipWhitespace();
            } else if (c == '}') {
                pos++;
                out.kind = INLINE;
                return out;
            } else {
                throw fail(pos, "expected ',' or '}' in an inline table, got " + describe(c));
            }
        }
    }

    // ------------------------------------------------------------------ strings

    private String basicString() {
        int start = pos;
        pos++; // '"'
        StringBuilder b = null;
        int runStart = pos;
        while (true) {
            if (pos >= n) {
                throw fail(start, "unterminated string");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                String tail = s.substring(runStart, pos);
                pos++;
                return b == null ? tail : b.append(tail).toString();
            }
            if (c == '\\') {
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(s, runStart, pos);
                escape(b);
                runStart = pos;
            } else if (c == '\n' || c == '\r') {
                throw fail(start, "unterminated string (a newline before the closing quote)");
            } else if (isControl(c)) {
                throw fail(pos, "control character " + describe(c) + " in a string");
            } else if (Character.isSurrogate(c)) {
                surrogatePair();
            } else {
                pos++;
            }
        }
    }

    private String multiLineBasicString() {
        int start = pos;
        pos += 3;
        skipFirstNewline();
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= n) {
                throw fail(start, "unterminated multi-line string");
            }
            char c = s.charAt(pos);
            if (c == '"' && startsWith("\"\"\"")) {
                if (closeMultiLine(b, '"')) {
                    return b.toString();
                }
            } else if (c == '\\') {
                if (lineEndingBackslash()) {
                    continue;
                }
                escape(b);
            } else {
                multiLineChar(b, c);
            }
        }
    }

    private String literalString() {
        int start = pos;
        pos++; // '\''
        while (true) {
            if (pos >= n) {
                throw fail(start, "unterminated string");
            }
            char c = s.charAt(pos);
            if (c == '\'') {
                pos++;
                return s.substring(start + 1, pos - 1);
            }
            if (c == '\n' || c == '\r') {
                throw fail(start, "unterminated string (a newline before the closing quote)");
            }
            if (isControl(c)) {
                throw fail(pos, "control character " + describe(c) + " in a string");
            }
            if (Character.isSurrogate(c)) {
                surrogatePair();
            } else {
                pos++;
            }
        }
    }

    private String multiLineLiteralString() {
        int start = pos;
        pos += 3;
        skipFirstNewline();
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= n) {
                throw fail(start, "unterminated multi-line string");
            }
            char c = s.charAt(pos);
            if (c == '\'' && startsWith("'''")) {
                if (closeMultiLine(b, '\'')) {
                    return b.toString();
                }
            } else {
                multiLineChar(b, c);
            }
        }
    }

    /** At three quotes: up to two more quotes belong to the content (""""" ends a string with ""); true when closed. */
    private boolean closeMultiLine(StringBuilder b, char quote) {
        int run = 0;
        while (pos + run < n && s.charAt(pos + run) == quote) {
            run++;
        }
        if (run > 5) {
            throw fail(pos + 5, "too many quotes: a multi-line string has at most two quotes before its closing three");
        }
        for (int i = 0; i < run - 3; i++) {
            b.append(quote);
        }
        pos += run;
        return true;
    }

    private void multiLineChar(StringBuilder b, char c) {
        if (c == '\n') {
            b.append('\n');
            pos++;
        } else if (c == '\r') {
            if (pos + 1 < n && s.charAt(pos + 1) == '\n') {
                b.append('\n');
                pos += 2;
            } else {
                throw fail(pos, "a carriage return must be followed by a line feed");
            }
        } else if (isControl(c)) {
            throw fail(pos, "control character " + describe(c) + " in a string");
        } else if (Character.isSurrogate(c)) {
            int from = pos;
            surrogatePair();
            b.append(s, from, pos);
        } else {
            b.append(c);
            pos++;
        }
    }

    private void skipFirstNewline() {
        if (pos < n && s.charAt(pos) == '\n') {
            pos++;
        } else if (pos + 1 < n && s.charAt(pos) == '\r' && s.charAt(pos + 1) == '\n') {
            pos += 2;
        }
    }

    /** A backslash followed by blanks and a newline: skips it and every blank and newline after it. */
    private boolean lineEndingBackslash() {
        int p = pos + 1;
        while (p < n && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        if (!(p < n && (s.charAt(p) == '\n' || s.charAt(p) == '\r' && p + 1 < n && s.charAt(p + 1) == '\n'))) {
            return false;
        }
        pos = p;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n') {
                pos++;
            } else if (c == '\r' && pos + 1 < n && s.charAt(pos + 1) == '\n') {
                pos += 2;
            } else {
                break;
            }
        }
        return true;
    }

    private void escape(StringBuilder b) {
        int start = pos;
        if (pos + 1 >= n) {
            throw fail(start, "unterminated escape sequence");
        }
        char e = s.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case 'b' -> b.append('\b');
            case 't' -> b.append('\t');
            case 'n' -> b.append('\n');
            case 'f' -> b.append('\f');
            case 'r' -> b.append('\r');
            case '"' -> b.append('"');
            case '\\' -> b.append('\\');
            case 'u' -> b.appendCodePoint(unicodeEscape(start, 4));
            case 'U' -> b.appendCodePoint(unicodeEscape(start, 8));
            default ->
                throw fail(start, "invalid escape sequence \\" + (isControl(e) ? describe(e) : String.valueOf(e)));
        }
    }

    private int unicodeEscape(int start, int digits) {
        if (pos + digits > n) {
            throw fail(start, "a \\u escape needs " + digits + " hex digits");
        }
        long cp = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(s.charAt(pos + i), 16);
            if (d < 0 || s.charAt(pos + i) > 'f') {
                throw fail(start, "a \\u escape needs " + digits + " hex digits");
            }
            cp = cp * 16 + d;
        }
        pos += digits;
        if (cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw fail(start, "escape \\" + s.substring(start + 1, pos) + " is not a Unicode scalar value");
        }
        return (int) cp;
    }

    /** At a surrogate: only a high surrogate followed by a low one is text. */
    private void surrogatePair() {
        if (Character.isHighSurrogate(s.charAt(pos)) && pos + 1 < n && Character.isLowSurrogate(s.charAt(pos + 1))) {
            pos += 2;
            return;
        }
        throw fail(pos, "an unpaired surrogate is not text");
    }

    // ------------------------------------------------------------------ numbers, dates and times

    /** An integer, float, date or time: the run of characters that may form one, then its grammar. */
    private Object scalar() {
        int start = pos;
        while (pos < n && isScalarChar(s.charAt(pos))) {
            pos++;
        }
        // a date and a time may be separated by one space: 1979-05-27 07:32:00
        if (pos - start == 10
                && startsLikeDate(s, start)
                && pos + 1 < n
                && s.charAt(pos) == ' '
                && isDigit(s.charAt(pos + 1))) {
            pos++;
            while (pos < n && isScalarChar(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos == start) {
            throw fail(pos, "expected a value, got " + describe(s.charAt(pos)));
        }
        String t = s.substring(start, pos);
        if (t.length() >= 8 && isDigit(t.charAt(0)) && isDigit(t.charAt(1)) && t.charAt(2) == ':'
                || t.length() >= 10 && startsLikeDate(t, 0)) {
            return dateTime(t, start);
        }
        return number(t, start);
    }

    private Object number(String t, int start) {
        String body = t;
        char sign = 0;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            sign = t.charAt(0);
            body = t.substring(1);
        }
        if (body.equals("inf")) {
            return sign == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (body.length() > 2
                && body.charAt(0) == '0'
                && (body.charAt(1) == 'x' || body.charAt(1) == 'o' || body.charAt(1) == 'b')) {
            if (sign != 0) {
                throw fail(start, "a hexadecimal, octal or binary integer has no sign");
            }
            int radix = body.charAt(1) == 'x' ? 16 : body.charAt(1) == 'o' ? 8 : 2;
            String digits = digits(body.substring(2), radix, start);
            try {
                return Long.parseLong(digits, radix);
            } catch (NumberFormatException e) {
                throw fail(start, "integer " + t + " does not fit in 64 bits");
            }
        }
        // decimal: int part, then maybe .frac, then maybe e[+-]exp
        int i = 0;
        int len = body.length();
        while (i < len && body.charAt(i) != '.' && body.charAt(i) != 'e' && body.charAt(i) != 'E') {
            i++;
        }
        String intPart = body.substring(0, i);
        String digits = digits(intPart, 10, start);
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw fail(start, "leading zeros are not allowed: " + t);
        }
        if (i == len) {
            try {
                return Long.parseLong(sign == '-' ? "-" + digits : digits);
            } catch (NumberFormatException e) {
                throw fail(start, "integer " + t + " does not fit in 64 bits");
            }
        }
        StringBuilder f = new StringBuilder(len + 1);
        if (sign == '-') {
            f.append('-');
        }
        f.append(digits);
        if (body.charAt(i) == '.') {
            int j = i + 1;
            while (j < len && body.charAt(j) != 'e' && body.charAt(j) != 'E') {
                j++;
            }
            f.append('.').append(digits(body.substring(i + 1, j), 10, start));
            i = j;
        }
        if (i < len) {
            i++; // 'e' or 'E'
            f.append('e');
            if (i < len && (body.charAt(i) == '+' || body.charAt(i) == '-')) {
                f.append(body.charAt(i));
                i++;
            }
            f.append(digits(body.substring(i), 10, start));
        }
        return Double.parseDouble(f.toString());
    }

    /** {@code text} without its underscores, each between two digits of {@code radix}; error when not such digits. */
    private String digits(String text, int radix, int start) {
        int len = text.length();
        if (len == 0) {
            throw fail(start, "expected digits in a number");
        }
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                if (i == 0 || i == len - 1 || text.charAt(i + 1) == '_') {
                    throw fail(start, "an underscore in a number must be between two digits");
                }
            } else if (c < 128 && Character.digit(c, radix) >= 0 && !(radix == 16 && c > 'F' && c < 'a')) {
                b.append(c);
            } else {
                throw fail(start, "invalid number: " + describe(c) + " is not a digit here");
            }
        }
        return b.toString();
    }

    private Object dateTime(String t, int start) {
        int len = t.length();
        try {
            if (t.charAt(2) == ':') {
                int end = time(t, 0, start);
                if (end != len) {
                    throw fail(start, "invalid time: " + t);
                }
                return localTime(t, 0, start);
            }
            LocalDate date = date(t, start);
            if (len == 10) {
                return date;
            }
            char sep = t.charAt(10);
            if (sep != 'T' && sep != 't' && sep != ' ') {
                throw fail(start, "invalid date-time: " + t);
            }
            int end = time(t, 11, start);
            LocalDateTime local = LocalDateTime.of(date, localTime(t, 11, start));
            if (end == len) {
                return local;
            }
            char z = t.charAt(end);
            if ((z == 'Z' || z == 'z') && end + 1 == len) {
                return OffsetDateTime.of(local, ZoneOffset.UTC);
            }
            if ((z == '+' || z == '-')
                    && end + 6 == len
                    && isDigit(t.charAt(end + 1))
                    && isDigit(t.charAt(end + 2))
                    && t.charAt(end + 3) == ':'
                    && isDigit(t.charAt(end + 4))
                    && isDigit(t.charAt(end + 5))) {
                int hours = twoDigits(t, end + 1);
                int minutes = twoDigits(t, end + 4);
                if (hours > 23 || minutes > 59) {
                    throw fail(start, "invalid offset: " + t);
                }
                int seconds = (hours * 3600 + minutes * 60) * (z == '-' ? -1 : 1);
                return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(seconds));
            }
            throw fail(start, "invalid date-time: " + t);
        } catch (DateTimeException e) {
            throw fail(start, "invalid date or time: " + t);
        }
    }

    private LocalDate date(String t, int start) {
        if (!(t.length() >= 10
                && isDigit(t.charAt(0))
                && isDigit(t.charAt(1))
                && isDigit(t.charAt(2))
                && isDigit(t.charAt(3))
                && t.charAt(4) == '-'
                && isDigit(t.charAt(5))
                && isDigit(t.charAt(6))
                && t.charAt(7) == '-'
                && isDigit(t.charAt(8))
                && isDigit(t.charAt(9)))) {
            throw fail(start, "invalid date: " + t);
        }
        int year = twoDigits(t, 0) * 100 + twoDigits(t, 2);
        return LocalDate.of(year, twoDigits(t, 5), twoDigits(t, 8));
    }

    /** Checks HH:MM:SS[.fraction] at {@code from}; returns where it ends. */
    private int time(String t, int from, int start) {
        int len = t.length();
        if (!(from + 8 <= len
                && isDigit(t.charAt(from))
                && isDigit(t.charAt(from + 1))
                && t.charAt(from + 2) == ':'
                && isDigit(t.charAt(from + 3))
                && isDigit(t.charAt(from + 4))
                && t.charAt(from + 5) == ':'
                && isDigit(t.charAt(from + 6))
                && isDigit(t.charAt(from + 7)))) {
            throw fail(start, "invalid time (HH:MM:SS): " + t);
        }
        int p = from + 8;
        if (p < len && t.charAt(p) == '.') {
            p++;
            int digitsFrom = p;
            while (p < len && isDigit(t.charAt(p))) {
                p++;
            }
            if (p == digitsFrom) {
                throw fail(start, "invalid time: a fraction needs digits: " + t);
            }
        }
        return p;
    }

    private LocalTime localTime(String t, int from, int start) {
        int nanos = 0;
        int p = from + 9;
        if (from + 8 < t.length() && t.charAt(from + 8) == '.') {
            int scale = 100_000_000;
            while (p < t.length() && isDigit(t.charAt(p))) {
                nanos += (t.charAt(p) - '0') * scale;
                scale /= 10;
                p++;
            }
        }
        return LocalTime.of(twoDigits(t, from), twoDigits(t, from + 3), twoDigits(t, from + 6), nanos);
    }

    private static int twoDigits(String t, int at) {
        return (t.charAt(at) - '0') * 10 + (t.charAt(at + 1) - '0');
    }

    // ------------------------------------------------------------------ characters and positions

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Four digits and a dash: a date (a float such as 1.2e-00001 may have its dash there too). */
    private static boolean startsLikeDate(String text, int at) {
        return isDigit(text.charAt(at))
                && isDigit(text.charAt(at + 1))
                && isDigit(text.charAt(at + 2))
                && isDigit(text.charAt(at + 3))
                && text.charAt(at + 4) == '-';
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** What a number, date or time may be made of (the grammar is checked afterwards). */
    private static boolean isScalarChar(char c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '_'
                || c == '-'
                || c == '+'
                || c == '.'
                || c == ':';
    }

    /** Control characters TOML forbids in strings and comments (tab is allowed). */
    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' || c == 0x7F;
    }

    private static String describe(char c) {
        if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
            return String.format("U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private boolean startsWith(String prefix) {
        return s.startsWith(prefix, pos);
    }

    private String joined(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append('.');
            }
            b.append(keyPath.get(i));
        }
        return b.toString();
    }

    private Failure fail(int offset, String message) {
        return new Failure(offset, message);
    }

    private Position position(int offset) {
        int[] lc = lineColumn(offset);
        return new Position(lc[0], lc[1]);
    }

    /**
     * Line and column of {@code offset}. Counted from the last known line start forward, so positions asked in text
     * order cost linear time overall.
     */
    private int[] lineColumn(int offset) {
        int target = Math.min(offset, n);
        if (target < lineStartOffset) {
            lineStartOffset = 0;
            lineNumber = 0;
        }
        for (int i = lineStartOffset; i < target; i++) {
            if (s.charAt(i) == '\n') {
                lineNumber++;
                lineStartOffset = i + 1;
            }
        }
        return new int[] {lineNumber, target - lineStartOffset};
    }

    private int lineStartOffset;
    private int lineNumber;
}

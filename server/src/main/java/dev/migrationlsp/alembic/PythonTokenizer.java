package dev.migrationlsp.alembic;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, error-tolerant Python tokenizer: names, numbers, strings (all prefixes, triple quotes), operators and comments,
 * with bracket depth and logical lines. It exists for the light header scan of thousands of revision files (see
 * docs/benchmarks.md) and for finding comments; full analysis uses {@link PyReader}. Unterminated strings end at the end of the line
 * (or file, for triple quotes) instead of failing.
 */
public final class PythonTokenizer {

    public enum Kind {
        NAME,
        NUMBER,
        STRING,
        OP,
        COMMENT,
        NEWLINE
    }

    /**
     * A token. {@code indented} is true when the token starts a logical line that is indented, i.e. is not a module-level
     * statement. For STRING tokens {@code value} is the decoded content (escapes processed unless raw).
     */
    public record Token(Kind kind, int start, int end, String text, String value, boolean lineStart, boolean indented) {
        public boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }
    }

    private final String src;
    /** The text as an array: indexing it is much cheaper than String.charAt before the JIT has warmed up. */
    private final char[] chars;
    /** When set, indented logical lines are lexed (to follow strings and brackets) but produce no tokens. */
    private final boolean moduleLevelOnly;

    private int pos;
    private int depth;

    private PythonTokenizer(String src, boolean moduleLevelOnly) {
        this.src = src;
        this.chars = src.toCharArray();
        this.moduleLevelOnly = moduleLevelOnly;
        this.pos = src.startsWith("\uFEFF") ? 1 : 0; // a UTF-8 byte order mark is not part of the first line
    }

    public static List<Token> tokenize(String src) {
        return new PythonTokenizer(src, false).run();
    }

    /**
     * Only the tokens of module-level logical lines (a statement that starts unindented, through its brackets and
     * continuations). Function bodies make up most of a revision file, so skipping their tokens (and the strings and
     * records they would allocate) makes the header scan of thousands of files several times cheaper.
     */
    public static List<Token> tokenizeModuleLevel(String src) {
        return new PythonTokenizer(src, true).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        boolean atLineStart = true;
        boolean indented = false;
        boolean continuation = false;
        int n = src.length();
        while (pos < n) {
            char c = chars[pos];
            if (atLineStart && depth == 0 && !continuation) {
                // measure indentation of a new logical line
                int p = pos;
                while (p < n && (chars[p] == ' ' || chars[p] == '\t' || chars[p] == '\f')) {
                    p++;
                }
                indented = p > pos;
                pos = p;
                if (pos >= n) {
                    break;
                }
                c = chars[pos];
                if (c == '\n' || c == '\r' || c == '#') {
                    // blank or comment-only line: not a statement
                    if (c == '#') {
                        int s = pos;
                        skipToEol();
                        if (!(moduleLevelOnly && indented)) {
                            out.add(new Token(Kind.COMMENT, s, pos, src.substring(s, pos), null, false, indented));
                        }
                    }
                    if (pos < n) {
                        pos = chars[pos] == '\r' && pos + 1 < n && chars[pos + 1] == '\n' ? pos + 2 : pos + 1;
                    }
                    continue;
                }
                if (moduleLevelOnly && indented) {
                    skipLogicalLine();
                    continue; // the next logical line starts here
                }
            }
            continuation = false;
            boolean first = atLineStart;
            atLineStart = false;
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            if (c == '\\' && pos + 1 < n && (chars[pos + 1] == '\n' || chars[pos + 1] == '\r')) {
                pos += chars[pos + 1] == '\r' && pos + 2 < n && chars[pos + 2] == '\n' ? 3 : 2;
                continuation = true;
                continue;
            }
            if (c == '\n' || c == '\r') {
                int s = pos;
                pos = c == '\r' && pos + 1 < n && chars[pos + 1] == '\n' ? pos + 2 : pos + 1;
                if (depth == 0) {
                    if (!(moduleLevelOnly && indented)) {
                        out.add(new Token(Kind.NEWLINE, s, pos, "\n", null, false, indented));
                    }
                    atLineStart = true;
                }
                continue;
            }
            boolean emit = !(moduleLevelOnly && indented);
            if (c == '#') {
                int s = pos;
                skipToEol();
                if (emit) {
                    out.add(new Token(Kind.COMMENT, s, pos, src.substring(s, pos), null, first, indented));
                }
                atLineStart = first;
                continue;
            }
            int s = pos;
            if (isIdentStart(c)) {
                while (pos < n && isIdentPart(chars[pos])) {
                    pos++;
                }
                if (pos < n
                        && (chars[pos] == '\'' || chars[pos] == '"')
                        && pos - s <= 2
                        && isStringPrefix(src.substring(s, pos))) {
                    Token str = string(s, src.substring(s, pos), first, indented, emit);
                    if (emit) {
                        out.add(str);
                    }
                } else if (emit) {
                    out.add(new Token(Kind.NAME, s, pos, src.substring(s, pos), null, first, indented));
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                Token str = string(s, "", first, indented, emit);
                if (emit) {
                    out.add(str);
                }
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && pos + 1 < n && Character.isDigit(chars[pos + 1]))) {
                while (pos < n && (Character.isLetterOrDigit(chars[pos]) || chars[pos] == '.' || chars[pos] == '_')) {
                    pos++;
                }
                if (emit) {
                    out.add(new Token(Kind.NUMBER, s, pos, src.substring(s, pos), null, first, indented));
                }
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            if (!emit) {
                pos++; // a two-char operator lexed as two one-char ones: nothing is emitted anyway
                continue;
            }
            int len = 1;
            if (pos + 1 < n) {
                String two = src.substring(pos, pos + 2);
                if (TWO_CHAR_OPS.contains(two)) {
                    len = 2;
                }
            }
            pos += len;
            out.add(new Token(Kind.OP, s, pos, src.substring(s, pos), null, first, indented));
        }
        return out;
    }

    /**
     * Module-level mode: consumes an indented logical line (continuation lines included) through its line end, and
     * emits nothing. Only strings, comments, brackets, backslash continuations and line ends change the lexer's state
     * there (a string prefix such as r'' does not change where the string ends: escapes skip two chars either way).
     * A method of its own, away from the token loop, because it runs over most chars of every file: the JIT compiles
     * this small loop cheaply, where compiling the whole token loop for it cost more CPU than the scan itself.
     */
    private void skipLogicalLine() {
        char[] cs = chars;
        int n = cs.length;
        while (pos < n) {
            char c = cs[pos];
            if (c >= 128 || !SIGNIFICANT_IN_SKIPPED_LINE[c]) {
                pos++;
                continue;
            }
            switch (c) {
                case '\'', '"' -> string(pos, "", false, true, false);
                case '#' -> skipToEol();
                case '\\' -> {
                    boolean lineEnd = pos + 1 < n && (cs[pos + 1] == '\n' || cs[pos + 1] == '\r');
                    pos += !lineEnd ? 1 : cs[pos + 1] == '\r' && pos + 2 < n && cs[pos + 2] == '\n' ? 3 : 2;
                }
                case '(', '[', '{' -> {
                    depth++;
                    pos++;
                }
                case ')', ']', '}' -> {
                    if (depth > 0) {
                        depth--;
                    }
                    pos++;
                }
                default -> { // a line end
                    pos = c == '\r' && pos + 1 < n && cs[pos + 1] == '\n' ? pos + 2 : pos + 1;
                    if (depth == 0) {
                        return;
                    }
                }
            }
        }
    }

    private void skipToEol() {
        while (pos < src.length() && chars[pos] != '\n' && chars[pos] != '\r') {
            pos++;
        }
    }

    private static final boolean[] SIGNIFICANT_IN_SKIPPED_LINE = new boolean[128];

    static {
        for (char c : "'\"#\\\n\r()[]{}".toCharArray()) {
            SIGNIFICANT_IN_SKIPPED_LINE[c] = true;
        }
    }

    private static final java.util.Set<String> TWO_CHAR_OPS =
            java.util.Set.of("->", "**", "//", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "<<", ">>");

    /** Lexes a string literal; without {@code build} only finds its end (returns null). */
    private Token string(int start, String prefix, boolean first, boolean indented, boolean build) {
        int n = src.length();
        char q = chars[pos];
        boolean triple = pos + 2 < n && chars[pos + 1] == q && chars[pos + 2] == q;
        boolean raw = prefix.toLowerCase().contains("r");
        pos += triple ? 3 : 1;
        StringBuilder value = build ? new StringBuilder() : null;
        while (pos < n) {
            char c = chars[pos];
            if (c == '\\' && pos + 1 < n) {
                char e = chars[pos + 1];
                if (!build) {
                    // skip the escaped char
                } else if (raw) {
                    value.append(c).append(e);
                } else {
                    switch (e) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case '\\' -> value.append('\\');
                        case '\'' -> value.append('\'');
                        case '"' -> value.append('"');
                        case '\n' -> {}
                        default -> value.append(c).append(e);
                    }
                }
                pos += 2;
                continue;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                break; // unterminated single-line string: stop at end of line
            }
            if (c == q && (!triple || (pos + 2 < n && chars[pos + 1] == q && chars[pos + 2] == q))) {
                pos += triple ? 3 : 1;
                return build
                        ? new Token(
                                Kind.STRING, start, pos, src.substring(start, pos), value.toString(), first, indented)
                        : null;
            }
            if (build) {
                value.append(c);
            }
            pos++;
        }
        return build
                ? new Token(Kind.STRING, start, pos, src.substring(start, pos), value.toString(), first, indented)
                : null;
    }

    private static boolean isStringPrefix(String p) {
        String l = p.toLowerCase();
        return l.length() <= 2 && l.chars().allMatch(ch -> ch == 'r' || ch == 'b' || ch == 'u' || ch == 'f');
    }

    private static boolean isIdentStart(char c) {
        if (c < 128) { // ASCII fast path: most of every file
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        return Character.isLetter(c);
    }

    private static boolean isIdentPart(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }
}

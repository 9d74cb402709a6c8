package dev.migrationlsp.alembic;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, error-tolerant Python tokenizer: names, numbers, strings (all prefixes, triple quotes), operators and comments,
 * with bracket depth and logical lines. It exists for the light header scan of thousands of revision files (DESIGN.md
 * section 7) and for finding comments; full analysis uses tree-sitter. Unterminated strings end at the end of the line
 * (or file, for triple quotes) instead of failing.
 */
public final class PythonTokenizer {

    public enum Kind { NAME, NUMBER, STRING, OP, COMMENT, NEWLINE }

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
    private final boolean moduleLevelOnly;
    private int pos;
    private int depth;

    private PythonTokenizer(String src, boolean moduleLevelOnly) {
        this.src = src;
        this.moduleLevelOnly = moduleLevelOnly;
    }

    public static List<Token> tokenize(String src) {
        return new PythonTokenizer(src, false).run();
    }

    /**
     * Tokens of module-level (unindented) logical lines only. Indented lines (function bodies) are stepped over without
     * allocating, with strings, brackets and comments still tracked, which makes the header scan several times cheaper.
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
            char c = src.charAt(pos);
            if (atLineStart && depth == 0 && !continuation) {
                // measure indentation of a new logical line
                int p = pos;
                while (p < n && (src.charAt(p) == ' ' || src.charAt(p) == '\t' || src.charAt(p) == '\f')) {
                    p++;
                }
                indented = p > pos;
                pos = p;
                if (pos >= n) {
                    break;
                }
                c = src.charAt(pos);
                if (moduleLevelOnly && indented && c != '\n' && c != '\r' && c != '#') {
                    skipLogicalLine();
                    continue;
                }
                if (c == '\n' || c == '\r' || c == '#') {
                    // blank or comment-only line: not a statement
                    if (c == '#') {
                        int s = pos;
                        skipToEol();
                        out.add(new Token(Kind.COMMENT, s, pos, src.substring(s, pos), null, false, indented));
                    }
                    if (pos < n) {
                        pos = src.charAt(pos) == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n' ? pos + 2 : pos + 1;
                    }
                    continue;
                }
            }
            continuation = false;
            boolean first = atLineStart;
            atLineStart = false;
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            if (c == '\\' && pos + 1 < n && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                pos += src.charAt(pos + 1) == '\r' && pos + 2 < n && src.charAt(pos + 2) == '\n' ? 3 : 2;
                continuation = true;
                continue;
            }
            if (c == '\n' || c == '\r') {
                int s = pos;
                pos = c == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n' ? pos + 2 : pos + 1;
                if (depth == 0) {
                    out.add(new Token(Kind.NEWLINE, s, pos, "\n", null, false, indented));
                    atLineStart = true;
                }
                continue;
            }
            if (c == '#') {
                int s = pos;
                skipToEol();
                out.add(new Token(Kind.COMMENT, s, pos, src.substring(s, pos), null, first, indented));
                atLineStart = first;
                continue;
            }
            int s = pos;
            if (isIdentStart(c)) {
                while (pos < n && isIdentPart(src.charAt(pos))) {
                    pos++;
                }
                if (pos < n && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && isStringPrefix(src.substring(s, pos))) {
                    out.add(string(s, src.substring(s, pos), first, indented));
                } else {
                    out.add(new Token(Kind.NAME, s, pos, src.substring(s, pos), null, first, indented));
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                out.add(string(s, "", first, indented));
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && pos + 1 < n && Character.isDigit(src.charAt(pos + 1)))) {
                while (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.' || src.charAt(pos) == '_')) {
                    pos++;
                }
                out.add(new Token(Kind.NUMBER, s, pos, src.substring(s, pos), null, first, indented));
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            int len = 1;
            if (pos + 1 < n) {
                String two = src.substring(pos, pos + 2);
                if (List.of("->", "**", "//", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "<<", ">>").contains(two)) {
                    len = 2;
                }
            }
            pos += len;
            out.add(new Token(Kind.OP, s, pos, src.substring(s, pos), null, first, indented));
        }
        return out;
    }

    /** Steps over one logical line (brackets may span lines) and its newline, tracking depth, strings and comments. */
    private void skipLogicalLine() {
        int n = src.length();
        while (pos < n) {
            char c = src.charAt(pos);
            switch (c) {
                case '#' -> skipToEol();
                case '\'', '"' -> skipString();
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
                case '\\' -> pos += 2;
                case '\n', '\r' -> {
                    pos = c == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n' ? pos + 2 : pos + 1;
                    if (depth == 0) {
                        return;
                    }
                }
                default -> pos++;
            }
        }
        pos = Math.min(pos, n);
    }

    /** Steps over a string literal starting at pos (prefix letters were consumed as a name: harmless when skipping). */
    private void skipString() {
        int n = src.length();
        char q = src.charAt(pos);
        boolean triple = pos + 2 < n && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        pos += triple ? 3 : 1;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                return;
            }
            if (c == q && (!triple || (pos + 2 < n && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q))) {
                pos += triple ? 3 : 1;
                return;
            }
            pos++;
        }
    }

    private void skipToEol() {
        while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
            pos++;
        }
    }

    private Token string(int start, String prefix, boolean first, boolean indented) {
        int n = src.length();
        char q = src.charAt(pos);
        boolean triple = pos + 2 < n && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        boolean raw = prefix.toLowerCase().contains("r");
        pos += triple ? 3 : 1;
        StringBuilder value = new StringBuilder();
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < n) {
                char e = src.charAt(pos + 1);
                if (raw) {
                    value.append(c).append(e);
                } else {
                    switch (e) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case '\\' -> value.append('\\');
                        case '\'' -> value.append('\'');
                        case '"' -> value.append('"');
                        case '\n' -> { }
                        default -> value.append(c).append(e);
                    }
                }
                pos += 2;
                continue;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                break; // unterminated single-line string: stop at end of line
            }
            if (c == q && (!triple || (pos + 2 < n && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q))) {
                pos += triple ? 3 : 1;
                return new Token(Kind.STRING, start, pos, src.substring(start, pos), value.toString(), first, indented);
            }
            value.append(c);
            pos++;
        }
        return new Token(Kind.STRING, start, pos, src.substring(start, pos), value.toString(), first, indented);
    }

    private static boolean isStringPrefix(String p) {
        String l = p.toLowerCase();
        return l.length() <= 2 && l.chars().allMatch(ch -> ch == 'r' || ch == 'b' || ch == 'u' || ch == 'f');
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

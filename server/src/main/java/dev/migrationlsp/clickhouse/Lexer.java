package dev.migrationlsp.clickhouse;

import java.util.ArrayList;
import java.util.List;

/**
 * ClickHouse lexer. Never throws: text it cannot read becomes an {@link Token.Kind#ERROR} token so the parser reports it
 * as a syntax error at the right place. Comments are kept aside (the header and statement-split rules read them).
 */
public final class Lexer {

    /** Tokens (ending with one EOF token) and comments of a text. */
    public record Result(List<Token> tokens, List<Comment> comments) {}

    private static final String[] OPERATORS = {"::", "->", "<=", ">=", "!=", "<>", "==", "||", "<=>"};

    private Lexer() {}

    public static Result lex(String s) {
        List<Token> tokens = new ArrayList<>(Math.max(16, s.length() / 4));
        List<Comment> comments = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-'
                    || c == '/' && i + 1 < n && s.charAt(i + 1) == '/'
                    || c == '#' && (i + 1 >= n || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '!')) {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                int end = i > start && s.charAt(i - 1) == '\r' ? i - 1 : i;
                comments.add(new Comment(start, end, false));
                continue;
            }
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = blockCommentEnd(s, i);
                if (close < 0) {
                    comments.add(new Comment(start, n, true));
                    tokens.add(new Token(Token.Kind.ERROR, start, Math.min(n, start + 2), "unterminated /* comment"));
                    i = n;
                } else {
                    comments.add(new Comment(start, close + 2, true));
                    i = close + 2;
                }
                continue;
            }
            if (c == '\'' || c == '`' || c == '"') {
                int end = quoted(s, i, c);
                if (end < 0) {
                    String what = c == '\'' ? "unterminated string" : "unterminated quoted name";
                    tokens.add(new Token(Token.Kind.ERROR, start, Math.min(n, lineEnd(s, start)), what));
                    i = n;
                } else {
                    tokens.add(new Token(
                            c == '\'' ? Token.Kind.STRING : Token.Kind.QUOTED_NAME,
                            start,
                            end,
                            s.substring(start, end)));
                    i = end;
                }
                continue;
            }
            if (c == '$') { // heredoc string: $$...$$ or $tag$...$tag$
                int end = heredocEnd(s, i);
                if (end > 0) {
                    tokens.add(new Token(Token.Kind.STRING, start, end, s.substring(start, end)));
                    i = end;
                    continue;
                }
            }
            if (c == '{') { // query parameter {name:Type}: a name or value supplied at run time
                int end = parameterEnd(s, i);
                if (end > 0) {
                    tokens.add(new Token(Token.Kind.QUOTED_NAME, start, end, s.substring(start, end)));
                    i = end;
                    continue;
                }
            }
            if ((c == 'x' || c == 'X' || c == 'b' || c == 'B')
                    && i + 1 < n
                    && s.charAt(i + 1) == '\'') { // x'ff', b'01'
                int end = quoted(s, i + 1, '\'');
                if (end > 0) {
                    tokens.add(new Token(Token.Kind.STRING, start, end, s.substring(start, end)));
                    i = end;
                    continue;
                }
            }
            if (isWordStart(c) || c == '$') {
                i++;
                while (i < n && isWordPart(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.WORD, start, i, s.substring(start, i)));
                continue;
            }
            if (Character.isDigit(c)
                    || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)) && !afterNameLike(tokens)) {
                i = number(s, i);
                if (c != '.' && i < n && isWordPart(s.charAt(i))) { // 1abc, 01720_db: a name starting with digits
                    while (i < n && isWordPart(s.charAt(i))) {
                        i++;
                    }
                    tokens.add(new Token(Token.Kind.WORD, start, i, s.substring(start, i)));
                    continue;
                }
                tokens.add(new Token(Token.Kind.NUMBER, start, i, s.substring(start, i)));
                continue;
            }
            String op = null;
            if (":-<>!=|".indexOf(c) >= 0) { // only these start a multi-character operator
                for (String o : OPERATORS) {
                    if (s.startsWith(o, i) && (op == null || o.length() > op.length())) {
                        op = o;
                    }
                }
            }
            if (op != null) {
                tokens.add(new Token(Token.Kind.OP, start, i + op.length(), op));
                i += op.length();
                continue;
            }
            if ("()[]{},;.+-*/%=<>?:@!^&|~$".indexOf(c) >= 0) {
                tokens.add(new Token(Token.Kind.OP, start, i + 1, String.valueOf(c)));
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            tokens.add(new Token(Token.Kind.ERROR, start, i + len, "unexpected character " + describe(cp)));
            i += len;
        }
        tokens.add(new Token(Token.Kind.EOF, n, n, ""));
        return new Result(tokens, comments);
    }

    /** End offset (exclusive) of a quoted token starting at {@code i}, or -1 if it never closes. */
    static int quoted(String s, int i, char q) {
        int n = s.length();
        int j = i + 1;
        while (j < n) {
            char d = s.charAt(j);
            if (d == '\\' && j + 1 < n) {
                j += 2;
                continue;
            }
            if (d == q) {
                if (j + 1 < n && s.charAt(j + 1) == q) {
                    j += 2; // doubled quote
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return -1;
    }

    private static int number(String s, int i) {
        int n = s.length();
        if (s.charAt(i) == '0'
                && i + 1 < n
                && (s.charAt(i + 1) == 'x'
                        || s.charAt(i + 1) == 'X'
                        || s.charAt(i + 1) == 'b'
                        || s.charAt(i + 1) == 'B')) {
            boolean hex = s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X';
            int j = i + 2;
            while (j < n && (Character.digit(s.charAt(j), hex ? 16 : 2) >= 0 || s.charAt(j) == '_')) {
                j++;
            }
            if (hex && j < n && s.charAt(j) == '.') { // hexadecimal float: 0x1.2_34p0_1
                j++;
                while (j < n && (Character.digit(s.charAt(j), 16) >= 0 || s.charAt(j) == '_')) {
                    j++;
                }
            }
            if (hex && j < n && (s.charAt(j) == 'p' || s.charAt(j) == 'P')) {
                int k = j + 1;
                if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                    k++;
                }
                if (k < n && Character.isDigit(s.charAt(k))) {
                    j = k;
                    while (j < n && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                }
            }
            return j;
        }
        int j = i;
        while (j < n && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j < n && s.charAt(j) == '.' && (j + 1 >= n || s.charAt(j + 1) != '.')) {
            j++;
            while (j < n && Character.isDigit(s.charAt(j))) {
                j++;
            }
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < n && Character.isDigit(s.charAt(k))) {
                j = k;
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
            }
        }
        return j;
    }

    /** End (exclusive) of the block comment starting at {@code i}, or -1; they nest, as in ClickHouse. Linear. */
    private static int blockCommentEnd(String s, int i) {
        int depth = 0;
        int n = s.length();
        int j = i;
        while (j + 1 < n) {
            char a = s.charAt(j);
            char b = s.charAt(j + 1);
            if (a == '/' && b == '*') {
                depth++;
                j += 2;
            } else if (a == '*' && b == '/') {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j - 2;
                }
            } else {
                j++;
            }
        }
        return -1;
    }

    private static int heredocEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length() && j - i < 64 && isWordStart(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '$') {
            return -1;
        }
        String tag = s.substring(i, j + 1);
        int close = s.indexOf(tag, j + 1);
        return close < 0 ? -1 : close + tag.length();
    }

    /** End of {@code {name:Type}} starting at {@code i}, or -1. The type may hold parentheses, not braces or newlines. */
    private static int parameterEnd(String s, int i) {
        int n = s.length();
        int j = i + 1;
        while (j < n && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= n || !isWordStart(s.charAt(j))) {
            return -1;
        }
        while (j < n && isWordPart(s.charAt(j))) {
            j++;
        }
        while (j < n && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= n || s.charAt(j) != ':') {
            return -1;
        }
        for (int k = j + 1; k < n && k - i < 512; k++) {
            char c = s.charAt(k);
            if (c == '}') {
                return k + 1;
            }
            if (c == '{' || c == '\n' || c == ';') {
                return -1;
            }
        }
        return -1;
    }

    /** {@code t.1} is tuple access, not the number {@code .1}. */
    private static boolean afterNameLike(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.isName() || last.isOp(")") || last.isOp("]");
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    /** ASCII only, as in ClickHouse: a bare word with other letters is an unrecognized token there (quote it). */
    /**
     * ClickHouse's whitespace, which is not Java's: the ASCII space, tab, line feed, vertical tab, form feed and carriage
     * return, and the Unicode spaces its lexer skips so that text pasted from word processors parses
     * ({@code skipWhitespacesUTF8}: U+0085, U+00A0, U+180E, U+2000..U+200D, U+2028, U+2029, U+202F, U+205F, U+2060,
     * U+3000 and the byte order mark U+FEFF). Not U+1680 nor the ASCII separators U+001C..U+001F, which Java counts.
     */
    static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return switch (c) {
            case '\u0085', '\u00A0', '\u180E', '\u2028', '\u2029', '\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF' ->
                true;
            default -> c >= '\u2000' && c <= '\u200D';
        };
    }

    /** A character for a message: quoted when visible, by its code point when not (a format or space character). */
    private static String describe(int cp) {
        int type = Character.getType(cp);
        boolean invisible = Character.isISOControl(cp)
                || type == Character.FORMAT
                || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
        String code = String.format(java.util.Locale.ROOT, "U+%04X", cp);
        return invisible ? code : "'" + new String(Character.toChars(cp)) + "' (" + code + ")";
    }

    static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isWordPart(char c) {
        return isWordStart(c) || c >= '0' && c <= '9' || c == '$';
    }
}

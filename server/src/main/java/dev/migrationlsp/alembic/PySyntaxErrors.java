package dev.migrationlsp.alembic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The syntax errors {@link PyReader} recovers from silently: unbalanced brackets, unterminated strings and bad
 * indentation (an unexpected indent, a dedent to no outer level, a block header without a body). One pass over the
 * text, like the reader's lexer; it does not check the grammar (a misspelt keyword is not found). Used where a result
 * must be valid Python, e.g. to check that a quick fix leaves a file that parses.
 */
public final class PySyntaxErrors {
    /** A problem at a char offset of the text. {@code message} follows CPython's wording where there is one. */
    public record Problem(int offset, String message) {}

    private final String src;
    private final int n;
    private final List<Problem> problems = new ArrayList<>();
    private final Deque<Integer> brackets = new ArrayDeque<>(); // offsets of open brackets
    private final Deque<Integer> indents = new ArrayDeque<>();

    private PySyntaxErrors(String src) {
        this.src = src;
        this.n = src.length();
        indents.push(0);
    }

    public static List<Problem> find(String src) {
        PySyntaxErrors s = new PySyntaxErrors(src);
        s.scan();
        return List.copyOf(s.problems);
    }

    private void scan() {
        int pos = src.startsWith("\ufeff") ? 1 : 0;
        boolean lineStart = true;
        boolean continuation = false;
        boolean blockOpened = false; // the last logical line ended with ':'
        int lastSignificant = -1; // offset of the last token of the current logical line
        while (pos < n) {
            if (lineStart && brackets.isEmpty() && !continuation) {
                int col = 0;
                int p = pos;
                while (p < n && (src.charAt(p) == ' ' || src.charAt(p) == '\t' || src.charAt(p) == '\f')) {
                    col = src.charAt(p) == '\t' ? (col / 8 + 1) * 8 : src.charAt(p) == '\f' ? 0 : col + 1;
                    p++;
                }
                pos = p;
                if (p >= n) {
                    break;
                }
                char c = src.charAt(p);
                if (c != '\n' && c != '\r' && c != '#') {
                    indent(col, p, blockOpened);
                    blockOpened = false;
                }
            }
            lineStart = false;
            continuation = false;
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos += c == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n' ? 2 : 1;
                lineStart = true;
                if (brackets.isEmpty() && lastSignificant >= 0) {
                    blockOpened = src.charAt(lastSignificant) == ':';
                    lastSignificant = -1;
                }
            } else if (c == '#') {
                while (pos < n && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < n && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                pos++;
                pos += src.charAt(pos) == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n' ? 2 : 1;
                lineStart = true;
                continuation = true;
            } else if (c == '"' || c == '\'') {
                pos = string(pos, pos);
                lastSignificant = pos - 1;
            } else if (Character.isLetter(c) || c == '_') {
                int s = pos;
                while (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                if (pos < n
                        && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
                        && pos - s <= 2
                        && src.substring(s, pos).toLowerCase().matches("[rbuf]|rb|br|fr|rf")) {
                    pos = string(s, pos);
                }
                lastSignificant = pos - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                brackets.push(pos);
                lastSignificant = pos++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets.isEmpty()) {
                    problems.add(new Problem(pos, "unmatched '" + c + "'"));
                } else {
                    char open = src.charAt(brackets.pop());
                    if (")]}".indexOf(c) != "([{".indexOf(open)) {
                        problems.add(new Problem(
                                pos,
                                "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'"));
                    }
                }
                lastSignificant = pos++;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else {
                lastSignificant = pos++;
            }
        }
        for (int open : brackets) {
            problems.add(new Problem(open, "'" + src.charAt(open) + "' was never closed"));
        }
        if (brackets.isEmpty() && (blockOpened || (lastSignificant >= 0 && src.charAt(lastSignificant) == ':'))) {
            problems.add(new Problem(n, "expected an indented block"));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::offset));
    }

    private void indent(int col, int at, boolean blockOpened) {
        int current = indents.peek();
        if (col > current) {
            if (!blockOpened) {
                problems.add(new Problem(at, "unexpected indent"));
            }
            indents.push(col);
            return;
        }
        if (blockOpened) {
            problems.add(new Problem(at, "expected an indented block"));
        }
        while (col < indents.peek()) {
            indents.pop();
        }
        if (col != indents.peek()) {
            problems.add(new Problem(at, "unindent does not match any outer indentation level"));
            indents.push(col);
        }
    }

    /** Skips the string literal whose prefix starts at {@code start} and quote at {@code quote}; returns its end. */
    private int string(int start, int quote) {
        char q = src.charAt(quote);
        boolean triple = quote + 2 < n && src.charAt(quote + 1) == q && src.charAt(quote + 2) == q;
        int pos = quote + (triple ? 3 : 1);
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += pos + 2 < n && src.charAt(pos + 1) == '\r' && src.charAt(pos + 2) == '\n' ? 3 : 2;
            } else if (c == q && (!triple || (pos + 2 < n && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q))) {
                return pos + (triple ? 3 : 1);
            } else if (!triple && (c == '\n' || c == '\r')) {
                problems.add(new Problem(start, "unterminated string literal"));
                return pos;
            } else {
                pos++;
            }
        }
        problems.add(new Problem(
                start, triple ? "unterminated triple-quoted string literal" : "unterminated string literal"));
        return n;
    }
}

package dev.migrationlsp.clickhouse;

import java.util.ArrayList;
import java.util.List;

/**
 * A model of the team's ClickHouse migration runner (docs/rules.md, statement-split): it removes {@code --} comments line by line without
 * knowing about strings, then splits on every {@code ;}. Where that differs from how ClickHouse reads the text, the
 * migration breaks at apply time.
 */
public final class MigrationRunner {
    private MigrationRunner() {}

    /** Why the runner would cut a statement wrongly at {@code range}. */
    public enum HazardKind {
        SEMICOLON_IN_STRING("';' inside a string or quoted name: the runner splits the statement here"),
        SEMICOLON_IN_BLOCK_COMMENT("';' inside a /* */ comment: the runner splits the statement here"),
        SEMICOLON_IN_LINE_COMMENT(
                "';' inside a -- comment: harmless to the runner once comments are stripped, but banned by the team's migration tests"),
        DASHES_IN_STRING("'--' inside a string: the runner strips the rest of the line as a comment");

        private final String message;

        HazardKind(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    public record Hazard(HazardKind kind, TextRange range) {}

    /** The statements the runner would send, as ranges of the original text (after stripping comments, trimmed, non-empty). */
    public static List<TextRange> statements(String text) {
        StringBuilder stripped = new StringBuilder(text);
        int lineStart = 0;
        int dashes = -1; // the next "--" at or after lineStart, found once for all lines before it: linear time
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (dashes < lineStart) {
                dashes = text.indexOf("--", lineStart);
                if (dashes < 0) {
                    dashes = Integer.MAX_VALUE;
                }
            }
            if (dashes < lineEnd) {
                for (int i = dashes; i < lineEnd; i++) {
                    stripped.setCharAt(i, ' ');
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        List<TextRange> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= stripped.length(); i++) {
            if (i == stripped.length() || stripped.charAt(i) == ';') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(stripped.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(stripped.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new TextRange(s, e));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Every place where the runner's view of the text differs from ClickHouse's, found with the real lexer. */
    public static List<Hazard> hazards(String text, Lexer.Result lexed) {
        List<Hazard> out = new ArrayList<>();
        for (Token t : lexed.tokens()) {
            if (t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.QUOTED_NAME || t.kind() == Token.Kind.ERROR) {
                int end = t.kind() == Token.Kind.ERROR ? t.start() : t.end();
                for (int i = t.start(); i < end; i++) {
                    char c = text.charAt(i);
                    if (c == ';') {
                        out.add(new Hazard(HazardKind.SEMICOLON_IN_STRING, new TextRange(i, i + 1)));
                    } else if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
                        out.add(new Hazard(HazardKind.DASHES_IN_STRING, new TextRange(i, i + 2)));
                        i++;
                    }
                }
            }
        }
        for (Comment c : lexed.comments()) {
            for (int i = c.start(); i < c.end(); i++) {
                if (text.charAt(i) == ';') {
                    out.add(new Hazard(
                            c.block() ? HazardKind.SEMICOLON_IN_BLOCK_COMMENT : HazardKind.SEMICOLON_IN_LINE_COMMENT,
                            new TextRange(i, i + 1)));
                }
            }
        }
        out.sort(BY_START);
        return out;
    }

    /** A named comparator, not a lambda: on JDK 17 each lambda's first use costs `check` ~0.2 ms. */
    private static final java.util.Comparator<Hazard> BY_START = new java.util.Comparator<>() {
        @Override
        public int compare(Hazard a, Hazard b) {
            return Integer.compare(a.range().start(), b.range().start());
        }
    };
}

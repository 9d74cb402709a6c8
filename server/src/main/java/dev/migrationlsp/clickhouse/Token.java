package dev.migrationlsp.clickhouse;

/** One ClickHouse token. {@code start}/{@code end} are char offsets into the script text. */
public record Token(Kind kind, int start, int end, String text) {

    public enum Kind {
        /** A bare word: identifier or keyword (ClickHouse keywords are not reserved, so the parser decides). */
        WORD,
        /** {@code `name`} or {@code "name"}. */
        QUOTED_NAME,
        STRING,
        NUMBER,
        /** Punctuation and operators. */
        OP,
        /** Text the lexer could not read (an unterminated string, a stray character); {@code text} says why. */
        ERROR,
        EOF
    }

    public boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }

    /** The identifier this token names, with quotes removed. */
    public String name() {
        if (kind == Kind.QUOTED_NAME && text.length() >= 2) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    public TextRange range() {
        return new TextRange(start, end);
    }

    /** How the token reads in an error message. */
    public String describe() {
        return switch (kind) {
            case EOF -> "end of statement";
            case STRING -> "string " + abbreviate(text);
            case ERROR -> text;
            default -> "'" + abbreviate(text) + "'";
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "..." : s;
    }
}

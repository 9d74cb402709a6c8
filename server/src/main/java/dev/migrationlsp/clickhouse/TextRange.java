package dev.migrationlsp.clickhouse;

/** A half-open char range {@code [start, end)} in a script's text. */
public record TextRange(int start, int end) {
    public TextRange {
        if (end < start) {
            end = start;
        }
    }

    public String of(String text) {
        return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
    }

    public TextRange to(TextRange other) {
        return new TextRange(start, Math.max(end, other.end));
    }
}

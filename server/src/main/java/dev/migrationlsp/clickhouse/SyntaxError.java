package dev.migrationlsp.clickhouse;

/** A parse error: where (the offending token), what was expected, and what was found. */
public record SyntaxError(TextRange range, String expected, String found) {
    public String message() {
        return "expected " + expected + ", found " + found;
    }
}

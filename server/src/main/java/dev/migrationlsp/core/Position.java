package dev.migrationlsp.core;

/** 0-based line and UTF-16 column, as in LSP. */
public record Position(int line, int character) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(character, o.character);
    }
}

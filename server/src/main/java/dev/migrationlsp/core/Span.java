package dev.migrationlsp.core;

/** A range in one file: char offsets plus the matching 0-based positions. Made by {@link SourceText#span}. */
public record Span(int startOffset, int endOffset, Position start, Position end) {
    public boolean contains(int offset) {
        return offset >= startOffset && offset <= endOffset;
    }
}

package dev.migrationlsp.insight;

import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.Span;
import java.util.List;

/** Plain results of the navigation features; the LSP layer converts them. */
public final class Insight {
    private Insight() {}

    public record Hover(String markdown, Span span) {}

    /** A code lens: a line of information over {@code span}; {@code locations}, when present, are shown on click. */
    public record Lens(Span span, String title, List<FileLocation> locations) {}

    public enum SymbolKind {
        REVISION,
        TABLE,
        VIEW,
        COLUMN
    }

    public record Symbol(String name, String detail, SymbolKind kind, FileLocation location) {}

    public enum CompletionKind {
        REVISION,
        LABEL,
        TYPE,
        ENGINE,
        TABLE,
        COLUMN
    }

    /** {@code replace} is the span the insert text replaces (the partial word or literal). */
    public record Completion(
            String label, String detail, String insertText, CompletionKind kind, Span replace, String sortKey) {}
}

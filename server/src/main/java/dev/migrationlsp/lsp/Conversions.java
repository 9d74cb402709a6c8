package dev.migrationlsp.lsp;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Position;
import dev.migrationlsp.core.RelatedInfo;
import dev.migrationlsp.core.Severity;
import dev.migrationlsp.core.Span;
import dev.migrationlsp.core.TextChange;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Core types to LSP4J types and back. The only place that knows both. */
final class Conversions {
    static final String SOURCE = "migration-lsp";

    private Conversions() {}

    static Range range(Span s) {
        return new Range(position(s.start()), position(s.end()));
    }

    static org.eclipse.lsp4j.Position position(Position p) {
        return new org.eclipse.lsp4j.Position(p.line(), p.character());
    }

    static Position position(org.eclipse.lsp4j.Position p) {
        return new Position(Math.max(0, p.getLine()), Math.max(0, p.getCharacter()));
    }

    static Diagnostic diagnostic(Finding f, String uriOfFile) {
        Diagnostic d = new Diagnostic(
                range(f.span()),
                f.message(),
                severity(f.severity()),
                SOURCE,
                f.code().id());
        d.setCodeDescription(new DiagnosticCodeDescription(f.code().docUrl()));
        if (!f.related().isEmpty()) {
            d.setRelatedInformation(
                    f.related().stream().map(Conversions::related).toList());
        }
        return d;
    }

    private static DiagnosticRelatedInformation related(RelatedInfo r) {
        return new DiagnosticRelatedInformation(
                new Location(Uris.toUri(r.location().file()), range(r.location().span())), r.message());
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            default -> DiagnosticSeverity.Hint;
        };
    }

    static List<TextChange> changes(List<TextDocumentContentChangeEvent> events) {
        return events.stream()
                .map(e -> e.getRange() == null
                        ? TextChange.full(e.getText())
                        : new TextChange(
                                position(e.getRange().getStart()),
                                position(e.getRange().getEnd()),
                                e.getText()))
                .toList();
    }
}

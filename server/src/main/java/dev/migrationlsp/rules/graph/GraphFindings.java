package dev.migrationlsp.rules.graph;

import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.RelatedInfo;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.core.Span;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.List;
import java.util.Optional;

/** Spans and related-information helpers shared by the revision-graph rules. */
final class GraphFindings {
    private GraphFindings() {}

    static SourceText text(WorkspaceSnapshot ws, Node n) {
        return ws.document(n.file()).map(Document::text).orElseGet(() -> new SourceText(""));
    }

    /** The {@code revision = "..."} value, or the start of the file. */
    static Span revisionSpan(WorkspaceSnapshot ws, Node n) {
        SourceText t = text(ws, n);
        Optional<RevisionHeader.Assignment> a = n.header().revision();
        return a.map(x -> t.span(x.valueStart(), x.valueEnd())).orElse(t.span(0, 0));
    }

    static RelatedInfo related(WorkspaceSnapshot ws, Node n, String message) {
        return new RelatedInfo(new FileLocation(n.file(), revisionSpan(ws, n)), message);
    }

    static List<RelatedInfo> relatedAll(WorkspaceSnapshot ws, List<Node> others, Node self, String verb) {
        return others.stream()
                .filter(o -> o != self)
                .map(o -> related(ws, o, verb + " " + o.revision() + " (" + ws.relative(o.file()) + ")"))
                .toList();
    }
}

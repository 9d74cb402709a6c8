package dev.migrationlsp.insight;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.core.Span;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.insight.Insight.CompletionKind;
import dev.migrationlsp.insight.Insight.Hover;
import dev.migrationlsp.insight.Insight.Lens;
import dev.migrationlsp.insight.Insight.Symbol;
import dev.migrationlsp.insight.Insight.SymbolKind;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Hover, definition, references, code lenses, symbols and completion for Alembic revision ids and branch labels. */
public final class RevisionNavigation {

    private static Optional<Document> alembic(WorkspaceSnapshot ws, Path file) {
        return ws.document(file).filter(d -> d.kind() == FileKind.ALEMBIC);
    }

    public Optional<Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> doc = alembic(ws, file);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Optional<RevisionRef> ref = RevisionRef.at(doc.get().revisionHeader(), offset);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        RevisionGraph g = ws.revisionGraphOf(doc.get().path());
        Span span = doc.get().text().span(ref.get().start(), ref.get().end());
        Optional<Node> node = ref.get().isLabel()
                ? g.labelOwner(ref.get().id())
                : g.node(ref.get().id());
        if (node.isEmpty() && !ref.get().isLabel()) {
            node = g.labelOwner(ref.get().id()); // depends_on may name a label
        }
        if (node.isEmpty()) {
            return Optional.of(new Hover("**" + ref.get().id() + "**: no revision file declares this id", span));
        }
        if (ref.get().isLabel()) {
            Node owner = node.get();
            List<Node> heads = g.headsOfBranch(ref.get().id());
            return Optional.of(new Hover(
                    "**branch " + ref.get().id() + "**: starts at " + owner.revision() + " ("
                            + ws.relative(owner.file()) + "); head" + (heads.size() == 1 ? " " : "s ")
                            + String.join(
                                    ", ", heads.stream().map(Node::revision).toList()),
                    span));
        }
        return Optional.of(new Hover(describe(ws, g, node.get()), span));
    }

    /** Markdown: id and description, file and date, labels, parents and children, head status. */
    static String describe(WorkspaceSnapshot ws, RevisionGraph g, Node n) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(n.revision()).append("**");
        if (!n.description().isBlank()) {
            sb.append(" — ").append(n.description());
        }
        sb.append("\n\n`").append(ws.relative(n.file())).append("`");
        if (ws.histories().size() > 1) {
            ws.historyOf(n.file()).ifPresent(h -> sb.append(" · history ").append(h.name()));
        }
        n.header()
                .docstring()
                .flatMap(RevisionHeader.Docstring::createDate)
                .ifPresent(d -> sb.append(" · created ").append(d.value()));
        Set<String> labels = g.inheritedLabels(n);
        if (g.labelsUnknown(n)) {
            sb.append("\n\nBranch labels: ")
                    .append(labels.isEmpty() ? "" : String.join(", ", labels) + ", ")
                    .append("unknown (a `branch_labels` value that cannot be read statically)");
        } else if (!labels.isEmpty()) {
            sb.append("\n\nBranch labels: ").append(String.join(", ", labels));
        }
        sb.append("\n\nParents: ")
                .append(
                        n.header() != null && n.header().downRevisionUnknown()
                                ? "unknown (a `down_revision` value that cannot be read statically)"
                                : n.downRevisions().isEmpty() ? "none (base)" : String.join(", ", n.downRevisions()));
        if (!n.dependsOn().isEmpty()) {
            sb.append(" · depends on ").append(String.join(", ", n.dependsOn()));
        }
        List<Node> kids = g.children(n.revision());
        sb.append("\n\nChildren: ")
                .append(
                        kids.isEmpty()
                                ? "none"
                                : String.join(
                                        ", ", kids.stream().map(Node::revision).toList()));
        if (g.isHead(n)) {
            Set<String> own = g.distinguishingLabels(n);
            sb.append("\n\n**Head**").append(own.isEmpty() ? "" : " of " + String.join(", ", own));
        }
        return sb.toString();
    }

    public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<RevisionRef> ref = alembic(ws, file).flatMap(d -> RevisionRef.at(d.revisionHeader(), offset));
        if (ref.isEmpty()) {
            return List.of();
        }
        RevisionGraph g = ws.revisionGraphOf(file);
        if (ref.get().isLabel() || g.node(ref.get().id()).isEmpty()) {
            return g.labelOwner(ref.get().id())
                    .flatMap(n -> labelLocation(ws, n, ref.get().id()))
                    .map(List::of)
                    .orElse(List.of());
        }
        return g.node(ref.get().id()).map(n -> List.of(revisionLocation(ws, n))).orElse(List.of());
    }

    /** Every file that revises (or depends on) the revision under the cursor; with the declaration if asked. */
    public List<FileLocation> references(WorkspaceSnapshot ws, Path file, int offset, boolean includeDeclaration) {
        Optional<RevisionRef> ref = alembic(ws, file).flatMap(d -> RevisionRef.at(d.revisionHeader(), offset));
        if (ref.isEmpty()) {
            return List.of();
        }
        String id = ref.get().id();
        List<FileLocation> out = new ArrayList<>();
        for (Node n : ws.revisionGraphOf(file).nodes()) {
            SourceText t = ws.document(n.file()).map(Document::text).orElse(null);
            if (t == null) {
                continue;
            }
            for (RevisionRef r : RevisionRef.all(n.header())) {
                if (!r.id().equals(id)) {
                    continue;
                }
                boolean declaration =
                        r.role() == RevisionRef.Role.REVISION || r.role() == RevisionRef.Role.BRANCH_LABEL;
                boolean doc = r.role() == RevisionRef.Role.DOC_REVISION_ID || r.role() == RevisionRef.Role.DOC_REVISES;
                if ((declaration && !includeDeclaration) || doc) {
                    continue;
                }
                out.add(new FileLocation(n.file(), t.span(r.start(), r.end())));
            }
        }
        return out;
    }

    /** One lens over the {@code revision = ...} line: "parent · N children · head of branch". */
    public List<Lens> codeLenses(WorkspaceSnapshot ws, Path file) {
        Optional<Document> doc = alembic(ws, file);
        if (doc.isEmpty()) {
            return List.of();
        }
        RevisionHeader h = doc.get().revisionHeader();
        Optional<String> id = h.revisionId();
        if (id.isEmpty() || h.revision().isEmpty()) {
            return List.of();
        }
        RevisionGraph g = ws.revisionGraphOf(doc.get().path());
        Optional<Node> node = g.nodes().stream()
                .filter(n -> n.file().equals(doc.get().path()))
                .findFirst();
        if (node.isEmpty()) {
            return List.of();
        }
        Node n = node.get();
        List<Node> kids = g.children(n.revision());
        StringBuilder title = new StringBuilder();
        title.append(
                n.downRevisions().isEmpty()
                        ? "base"
                        : (n.downRevisions().size() > 1 ? "merges " : "parent ")
                                + String.join(", ", n.downRevisions()));
        title.append(" · ").append(kids.size()).append(kids.size() == 1 ? " child" : " children");
        if (g.isHead(n)) {
            Set<String> labels = g.distinguishingLabels(n);
            if (labels.isEmpty()) {
                labels = g.inheritedLabels(n);
            }
            title.append(" · head").append(labels.isEmpty() ? "" : " of " + String.join(", ", labels));
        }
        var a = h.revision().get();
        Span span = doc.get().text().span(a.nameStart(), a.valueEnd());
        List<FileLocation> kidLocations =
                kids.stream().map(k -> revisionLocation(ws, k)).toList();
        return List.of(new Lens(span, title.toString(), kidLocations));
    }

    public List<Symbol> workspaceSymbols(WorkspaceSnapshot ws, String query) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<Symbol> out = new ArrayList<>();
        boolean several = ws.histories().size() > 1;
        for (var history : ws.histories()) {
            for (Node n : ws.revisionGraph(history).nodes()) {
                String name = n.revision() + (n.description().isBlank() ? "" : " " + n.description());
                if (q.isEmpty() || fuzzy(name.toLowerCase(Locale.ROOT), q)) {
                    // the same id may be in two histories: say which
                    String detail = several
                            ? history.name() + (n.description().isBlank() ? "" : " · " + n.description())
                            : n.description();
                    out.add(new Symbol(n.revision(), detail, SymbolKind.REVISION, revisionLocation(ws, n)));
                }
                if (out.size() >= 500) {
                    return out;
                }
            }
        }
        return out;
    }

    /** The revision this file declares, as a document symbol. */
    public List<Symbol> documentSymbols(WorkspaceSnapshot ws, Path file) {
        return ws.revisionGraphOf(file).nodes().stream()
                .filter(n -> n.file().equals(file.toAbsolutePath().normalize()))
                .map(n -> new Symbol(
                        "revision " + n.revision(), n.description(), SymbolKind.REVISION, revisionLocation(ws, n)))
                .toList();
    }

    /**
     * Revision ids (heads first) inside the value of {@code down_revision} or {@code depends_on}; branch labels too for
     * {@code depends_on}. Works on half-typed values: an unterminated string, or nothing yet after {@code =}.
     */
    public List<Completion> complete(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> doc = alembic(ws, file);
        if (doc.isEmpty()) {
            return List.of();
        }
        RevisionHeader h = doc.get().revisionHeader();
        SourceText t = doc.get().text();
        for (var a : List.of(h.downRevision(), h.dependsOn())) {
            if (a.isEmpty()) {
                continue;
            }
            var as = a.get();
            boolean inValue = offset >= as.valueStart() && offset <= Math.max(as.valueEnd(), as.valueStart());
            boolean rightAfterEquals = as.valueStart() == as.valueEnd()
                    && offset >= as.nameEnd()
                    && offset <= t.lineEnd(t.lineOf(as.nameEnd()));
            if (!inValue && !rightAfterEquals) {
                continue;
            }
            Span replace = null;
            boolean quoted = false;
            for (var lit : as.literals()) {
                if (offset >= lit.start() && offset <= lit.end()) {
                    replace = t.span(lit.start(), lit.end());
                    quoted = true;
                }
            }
            if (replace == null) {
                // a partial string the scanner could not read as a literal, or a bare partial word
                int s = offset;
                while (s > 0 && isIdChar(t.text().charAt(s - 1))) {
                    s--;
                }
                if (s > 0 && (t.text().charAt(s - 1) == '"' || t.text().charAt(s - 1) == '\'')) {
                    s--;
                }
                int e = offset;
                while (e < t.length()
                        && (isIdChar(t.text().charAt(e))
                                || t.text().charAt(e) == '"'
                                || t.text().charAt(e) == '\'')) {
                    e++;
                }
                replace = t.span(s, e);
            }
            String quote = quoted && t.text().charAt(replace.startOffset()) == '\'' ? "'" : "\"";
            return candidates(ws, doc.get(), as.name().equals("depends_on"), replace, quote);
        }
        return List.of();
    }

    private List<Completion> candidates(
            WorkspaceSnapshot ws, Document self, boolean labelsToo, Span replace, String quote) {
        RevisionGraph g = ws.revisionGraphOf(self.path());
        List<Completion> out = new ArrayList<>();
        List<Node> ordered = new ArrayList<>(g.nodes());
        // heads first (what a new revision usually continues), then newest files first
        ordered.sort(
                Comparator.comparing((Node n) -> !g.isHead(n)).thenComparing(Node::file, Comparator.reverseOrder()));
        int rank = 0;
        for (Node n : ordered) {
            if (n.file().equals(self.path())) {
                continue;
            }
            String detail = (g.isHead(n) ? "head · " : "") + n.description();
            out.add(new Completion(
                    n.revision(),
                    detail,
                    quote + n.revision() + quote,
                    CompletionKind.REVISION,
                    replace,
                    String.format("%06d", rank++)));
        }
        if (labelsToo) {
            for (Node n : g.nodes()) {
                for (String l : n.branchLabels()) {
                    out.add(new Completion(
                            l,
                            "branch label on " + n.revision(),
                            quote + l + quote,
                            CompletionKind.LABEL,
                            replace,
                            String.format("%06d", rank++)));
                }
            }
        }
        return out;
    }

    private static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean fuzzy(String haystack, String needle) {
        int i = 0;
        for (int k = 0; k < haystack.length() && i < needle.length(); k++) {
            if (haystack.charAt(k) == needle.charAt(i)) {
                i++;
            }
        }
        return i == needle.length();
    }

    static FileLocation revisionLocation(WorkspaceSnapshot ws, Node n) {
        SourceText t = ws.document(n.file()).map(Document::text).orElse(new SourceText(""));
        Span span = n.header()
                .revision()
                .map(a -> t.span(a.valueStart(), a.valueEnd()))
                .orElse(t.span(0, 0));
        return new FileLocation(n.file(), span);
    }

    private static Optional<FileLocation> labelLocation(WorkspaceSnapshot ws, Node n, String label) {
        SourceText t = ws.document(n.file()).map(Document::text).orElse(new SourceText(""));
        return n.header()
                .branchLabels()
                .flatMap(a -> a.literals().stream()
                        .filter(l -> l.value().equals(label))
                        .findFirst())
                .map(l -> new FileLocation(n.file(), t.span(l.start(), l.end())));
    }
}

package dev.migrationlsp.insight;

import dev.migrationlsp.analysis.Suppressions;
import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.insight.Insight.Hover;
import dev.migrationlsp.insight.Insight.Lens;
import dev.migrationlsp.insight.Insight.Symbol;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The navigation facade (hover, definition, references, lenses, symbols, completion) in plain core types. */
@Singleton
public final class Navigation {
    private final RevisionNavigation revisions = new RevisionNavigation();
    private final RuleDocs ruleDocs = new RuleDocs();

    public Optional<Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> doc = ws.document(file);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Optional<Hover> rule = ruleCodeHover(doc.get(), offset);
        if (rule.isPresent()) {
            return rule;
        }
        return revisions.hover(ws, file, offset);
    }

    /** A rule code inside an ignore comment: its documentation. */
    private Optional<Hover> ruleCodeHover(Document d, int offset) {
        for (Suppressions.Directive dir : Suppressions.of(d).directives()) {
            for (int i = 0; i < dir.codes().size(); i++) {
                int[] r = dir.codeRanges().get(i);
                if (offset >= r[0] && offset <= r[1]) {
                    String code = dir.codes().get(i);
                    String md = RuleCode.fromId(code).map(ruleDocs::markdown)
                            .orElse("**" + code + "**: unknown rule code (see `migration-lsp rules`)");
                    return Optional.of(new Hover(md, d.text().span(r[0], r[1])));
                }
            }
        }
        return Optional.empty();
    }

    public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
        return revisions.definition(ws, file, offset);
    }

    public List<FileLocation> references(WorkspaceSnapshot ws, Path file, int offset, boolean includeDeclaration) {
        return revisions.references(ws, file, offset, includeDeclaration);
    }

    public List<Lens> codeLenses(WorkspaceSnapshot ws, Path file) {
        return revisions.codeLenses(ws, file);
    }

    public List<Symbol> documentSymbols(WorkspaceSnapshot ws, Path file) {
        return revisions.documentSymbols(ws, file);
    }

    public List<Symbol> workspaceSymbols(WorkspaceSnapshot ws, String query) {
        return new ArrayList<>(revisions.workspaceSymbols(ws, query));
    }

    public List<Completion> complete(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> doc = ws.document(file);
        if (doc.isEmpty()) {
            return List.of();
        }
        if (doc.get().kind() == FileKind.ALEMBIC) {
            List<Completion> ids = revisions.complete(ws, file, offset);
            if (!ids.isEmpty()) {
                return ids;
            }
            return TypeCompletion.at(doc.get().text(), offset);
        }
        return List.of();
    }

    public String graph(WorkspaceSnapshot ws, HistoryGraph.Format format, int limit) {
        return new HistoryGraph(ws.revisionGraph(), limit).render(format);
    }
}

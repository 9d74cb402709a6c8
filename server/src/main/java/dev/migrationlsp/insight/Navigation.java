package dev.migrationlsp.insight;

import dev.migrationlsp.analysis.Suppressions;
import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.insight.Insight.Hover;
import dev.migrationlsp.insight.Insight.Lens;
import dev.migrationlsp.insight.Insight.Symbol;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.Lazy;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The navigation facade (hover, definition, references, lenses, symbols, completion) in plain core types, over
 * {@link NavigationParticipant}s (lemminx's pattern): the participants of a file's kind are found once per request and
 * each contributes; hover takes the first participant that has one; workspace symbols come from every participant.
 */
public final class Navigation {
    private final List<NavigationParticipant> participants;
    private final Map<FileKind, List<NavigationParticipant>> byKind = new EnumMap<>(FileKind.class);
    /** Read from the jar when a hover first needs it: not at server start-up. */
    private final Lazy<RuleDocs> ruleDocs = new Lazy<>();

    public Navigation(List<NavigationParticipant> participants) {
        this.participants = List.copyOf(participants);
        for (NavigationParticipant p : this.participants) {
            for (FileKind k : p.kinds()) {
                byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
    }

    /** Navigation over {@link #everyLanguage()}'s participants. */
    public static Navigation ofEveryLanguage() {
        return new Navigation(everyLanguage());
    }

    /**
     * One new participant per language, in this order (workspace symbols list them so): Alembic revisions, PostgreSQL
     * names, ClickHouse names. A new language is one more entry here.
     */
    public static List<NavigationParticipant> everyLanguage() {
        return List.of(new AlembicNavigation(), new PostgresNavigation(), new ClickHouseNavigation());
    }

    /** The participants for {@code file}'s kind, in listed order; files no participant knows get nothing. */
    private List<NavigationParticipant> participants(WorkspaceSnapshot ws, Path file) {
        return ws.document(file)
                .map(d -> byKind.getOrDefault(d.kind(), List.of()))
                .orElse(List.of());
    }

    private <T> List<T> collect(WorkspaceSnapshot ws, Path file, Function<NavigationParticipant, List<T>> ask) {
        List<NavigationParticipant> ps = participants(ws, file);
        if (ps.size() == 1) {
            return ask.apply(ps.get(0));
        }
        List<T> out = new ArrayList<>();
        ps.forEach(p -> out.addAll(ask.apply(p)));
        return out;
    }

    public Optional<Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> doc = ws.document(file);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Optional<Hover> rule = ruleCodeHover(doc.get(), offset);
        if (rule.isPresent()) {
            return rule;
        }
        for (NavigationParticipant p : participants(ws, file)) {
            Optional<Hover> h = p.hover(ws, file, offset);
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    /** A rule code inside an ignore comment: its documentation. */
    private Optional<Hover> ruleCodeHover(Document d, int offset) {
        for (Suppressions.Directive dir : Suppressions.of(d).directives()) {
            for (int i = 0; i < dir.codes().size(); i++) {
                int[] r = dir.codeRanges().get(i);
                if (offset >= r[0] && offset <= r[1]) {
                    String code = dir.codes().get(i);
                    String md = RuleCode.fromId(code)
                            .map(c -> ruleDocs.get(RuleDocs::new).markdown(c))
                            .orElse("**" + code + "**: unknown rule code (see `migration-lsp rules`)");
                    return Optional.of(new Hover(md, d.text().span(r[0], r[1])));
                }
            }
        }
        return Optional.empty();
    }

    public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
        return collect(ws, file, p -> p.definition(ws, file, offset));
    }

    public List<FileLocation> references(WorkspaceSnapshot ws, Path file, int offset, boolean includeDeclaration) {
        return collect(ws, file, p -> p.references(ws, file, offset, includeDeclaration));
    }

    public List<Lens> codeLenses(WorkspaceSnapshot ws, Path file) {
        return collect(ws, file, p -> p.codeLenses(ws, file));
    }

    public List<Symbol> documentSymbols(WorkspaceSnapshot ws, Path file) {
        return collect(ws, file, p -> p.documentSymbols(ws, file));
    }

    public List<Symbol> workspaceSymbols(WorkspaceSnapshot ws, String query) {
        List<Symbol> out = new ArrayList<>();
        participants.forEach(p -> out.addAll(p.workspaceSymbols(ws, query)));
        return out;
    }

    public List<Completion> complete(WorkspaceSnapshot ws, Path file, int offset) {
        return collect(ws, file, p -> p.complete(ws, file, offset));
    }

    public String graph(WorkspaceSnapshot ws, HistoryGraph.Format format, int limit) {
        return new HistoryGraph(ws.revisionGraph(), limit).render(format);
    }

    /** One history's graph ({@code history} null: the first history's, or an empty drawing without one). */
    public String graph(WorkspaceSnapshot ws, AlembicHistory history, HistoryGraph.Format format, int limit) {
        return new HistoryGraph(history == null ? ws.revisionGraph() : ws.revisionGraph(history), limit).render(format);
    }
}

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
import dev.migrationlsp.alembic.AlembicScripts;
import dev.migrationlsp.alembic.MigrationModel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The navigation facade (hover, definition, references, lenses, symbols, completion) in plain core types. */
@Singleton
public final class Navigation {
    private final RevisionNavigation revisions = new RevisionNavigation();
    private final ClickHouseNavigation clickhouse = new ClickHouseNavigation();
    private final PostgresNavigation postgres = new PostgresNavigation();
    private final RuleDocs ruleDocs = new RuleDocs();
    private final AlembicScripts scripts;

    @Inject
    public Navigation(AlembicScripts scripts) {
        this.scripts = scripts;
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
        if (doc.get().kind() == FileKind.CLICKHOUSE_SQL) {
            return clickhouse.hover(ws, file, offset);
        }
        if (doc.get().kind() == FileKind.ALEMBIC) {
            Optional<Hover> table = postgres.hover(ws, file, offset);
            if (table.isPresent()) {
                return table;
            }
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

    private boolean isClickHouse(WorkspaceSnapshot ws, Path file) {
        return ws.document(file).map(d -> d.kind() == FileKind.CLICKHOUSE_SQL || d.kind() == FileKind.CLICKHOUSE_PY).orElse(false);
    }

    public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
        if (isClickHouse(ws, file)) {
            return clickhouse.definition(ws, file, offset);
        }
        List<FileLocation> table = postgres.definition(ws, file, offset); // PostgreSQL table and column names
        return table.isEmpty() ? revisions.definition(ws, file, offset) : table;
    }

    public List<FileLocation> references(WorkspaceSnapshot ws, Path file, int offset, boolean includeDeclaration) {
        if (isClickHouse(ws, file)) {
            return clickhouse.references(ws, file, offset, includeDeclaration);
        }
        List<FileLocation> table = postgres.references(ws, file, offset, includeDeclaration);
        return table.isEmpty() ? revisions.references(ws, file, offset, includeDeclaration) : table;
    }

    public List<Lens> codeLenses(WorkspaceSnapshot ws, Path file) {
        return isClickHouse(ws, file) ? clickhouse.codeLenses(ws, file) : revisions.codeLenses(ws, file);
    }

    /** The revision (Alembic) plus the tables a migration creates or alters. */
    public List<Symbol> documentSymbols(WorkspaceSnapshot ws, Path file) {
        if (isClickHouse(ws, file)) {
            return clickhouse.documentSymbols(ws, file);
        }
        List<Symbol> out = new ArrayList<>(revisions.documentSymbols(ws, file));
        ws.document(file).filter(d -> d.kind() == FileKind.ALEMBIC).ifPresent(d -> {
            MigrationModel m = scripts.model(d);
            for (MigrationModel.CreatedTable t : m.createdTables()) {
                if (t.name() != null && t.nameExpr() != null) {
                    out.add(new Insight.Symbol(t.name(), "create_table", Insight.SymbolKind.TABLE,
                            new FileLocation(d.path(), d.text().span(t.nameExpr().start(), t.nameExpr().end()))));
                }
            }
            for (MigrationModel.ColumnDef c : m.addedColumns()) {
                if (c.name() != null && c.nameExpr() != null) {
                    out.add(new Insight.Symbol(c.name(), "add_column", Insight.SymbolKind.COLUMN,
                            new FileLocation(d.path(), d.text().span(c.nameExpr().start(), c.nameExpr().end()))));
                }
            }
        });
        return out;
    }

    public List<Symbol> workspaceSymbols(WorkspaceSnapshot ws, String query) {
        List<Symbol> out = new ArrayList<>(revisions.workspaceSymbols(ws, query));
        out.addAll(clickhouse.workspaceSymbols(ws, query));
        return out;
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
            List<Completion> names = postgres.complete(ws, file, offset, scripts);
            if (!names.isEmpty()) {
                return names;
            }
            return TypeCompletion.at(doc.get().text(), offset);
        }
        return clickhouse.complete(ws, file, offset);
    }

    public String graph(WorkspaceSnapshot ws, HistoryGraph.Format format, int limit) {
        return new HistoryGraph(ws.revisionGraph(), limit).render(format);
    }
}

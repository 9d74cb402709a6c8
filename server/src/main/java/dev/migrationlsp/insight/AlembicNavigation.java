package dev.migrationlsp.insight;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.insight.Insight.Hover;
import dev.migrationlsp.insight.Insight.Lens;
import dev.migrationlsp.insight.Insight.Symbol;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Alembic participant: revision ids and branch labels ({@link RevisionNavigation}), plus the tables a revision creates. */
public final class AlembicNavigation implements NavigationParticipant {
    private final RevisionNavigation revisions = new RevisionNavigation();

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.ALEMBIC);
    }

    @Override
    public Optional<Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
        return revisions.hover(ws, file, offset);
    }

    @Override
    public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
        return revisions.definition(ws, file, offset);
    }

    @Override
    public List<FileLocation> references(WorkspaceSnapshot ws, Path file, int offset, boolean includeDeclaration) {
        return revisions.references(ws, file, offset, includeDeclaration);
    }

    @Override
    public List<Lens> codeLenses(WorkspaceSnapshot ws, Path file) {
        return revisions.codeLenses(ws, file);
    }

    /** The revision plus the tables and columns the migration creates. */
    @Override
    public List<Symbol> documentSymbols(WorkspaceSnapshot ws, Path file) {
        List<Symbol> out = new ArrayList<>(revisions.documentSymbols(ws, file));
        ws.document(file).filter(d -> d.kind() == FileKind.ALEMBIC).ifPresent(d -> {
            MigrationModel m = d.migrationModel();
            for (MigrationModel.CreatedTable t : m.createdTables()) {
                if (t.name() != null && t.nameExpr() != null) {
                    out.add(new Symbol(
                            t.name(),
                            "create_table",
                            Insight.SymbolKind.TABLE,
                            new FileLocation(
                                    d.path(),
                                    d.text()
                                            .span(
                                                    t.nameExpr().start(),
                                                    t.nameExpr().end()))));
                }
            }
            for (MigrationModel.ColumnDef c : m.addedColumns()) {
                if (c.name() != null && c.nameExpr() != null) {
                    out.add(new Symbol(
                            c.name(),
                            "add_column",
                            Insight.SymbolKind.COLUMN,
                            new FileLocation(
                                    d.path(),
                                    d.text()
                                            .span(
                                                    c.nameExpr().start(),
                                                    c.nameExpr().end()))));
                }
            }
        });
        return out;
    }

    @Override
    public List<Symbol> workspaceSymbols(WorkspaceSnapshot ws, String query) {
        return revisions.workspaceSymbols(ws, query);
    }

    /** Revision ids where a revision is expected, else SQLAlchemy column types. */
    @Override
    public List<Completion> complete(WorkspaceSnapshot ws, Path file, int offset) {
        List<Completion> ids = revisions.complete(ws, file, offset);
        if (!ids.isEmpty()) {
            return ids;
        }
        return ws.document(file).map(d -> TypeCompletion.at(d.text(), offset)).orElse(List.of());
    }
}

package dev.migrationlsp.insight;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.OpCall;
import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Str;
import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.insight.Insight.CompletionKind;
import dev.migrationlsp.insight.Insight.Hover;
import dev.migrationlsp.postgres.AlembicChanges;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgChange.CreateTable;
import dev.migrationlsp.postgres.PgChange.DropColumn;
import dev.migrationlsp.postgres.PgChange.NameRef;
import dev.migrationlsp.postgres.PgSchema;
import dev.migrationlsp.postgres.PgTable;
import dev.migrationlsp.postgres.PgTable.Origin;
import dev.migrationlsp.postgres.PgTable.PgColumn;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Navigation on PostgreSQL tables and columns named in Alembic operations, from the replayed {@link PgSchema}: hover
 * (columns and types as the history leaves the table at that point, which revisions created and changed it), go to the
 * {@code create_table} / {@code add_column} that defined a name, references across the history, and completion of
 * table and column names inside the string arguments of {@code op.*} calls. A participant for Alembic files beside
 * {@link AlembicNavigation} (revision ids): their positions never overlap.
 */
public final class PostgresNavigation implements NavigationParticipant {

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.ALEMBIC);
    }

    /** Operations whose first string argument names an existing table (or index, for {@code create_index}: the second). */
    private static final Set<String> TABLE_FIRST = Set.of(
            "drop_table",
            "rename_table",
            "add_column",
            "drop_column",
            "alter_column",
            "batch_alter_table",
            "create_table_comment",
            "drop_table_comment");

    private static final Set<String> TABLE_SECOND = Set.of(
            "create_index",
            "create_unique_constraint",
            "create_foreign_key",
            "create_check_constraint",
            "create_primary_key",
            "drop_constraint",
            "create_exclude_constraint");
    private static final Set<String> COLUMN_SECOND = Set.of("alter_column", "drop_column");

    /** A table or column name written in an operation, and the change that writes it. */
    record NameAt(String table, String column, NameRef ref, int changeIndex) {}

    private static Optional<Document> alembic(WorkspaceSnapshot ws, Path file) {
        return ws.document(file).filter(d -> d.kind() == FileKind.ALEMBIC);
    }

    static Optional<NameAt> nameAt(Document d, int offset) {
        List<PgChange> changes = AlembicChanges.of(d);
        for (int i = 0; i < changes.size(); i++) {
            PgChange c = changes.get(i);
            NameRef t = c.table();
            if (t != null && t.located() && offset >= t.start() && offset <= t.end()) {
                return Optional.of(new NameAt(t.name(), null, t, i));
            }
            if (t == null) {
                continue;
            }
            List<NameRef> columns = new ArrayList<>();
            if (c instanceof CreateTable ct) {
                ct.columns().forEach(col -> columns.add(col.name()));
            } else if (c instanceof AddColumn ac) {
                columns.add(ac.column().name());
            } else if (c instanceof AlterColumn alt) {
                columns.add(alt.column());
            } else if (c instanceof DropColumn dc) {
                columns.add(dc.column());
            }
            for (NameRef col : columns) {
                if (col != null && col.located() && offset >= col.start() && offset <= col.end()) {
                    return Optional.of(new NameAt(t.name(), col.name(), col, i));
                }
            }
        }
        return Optional.empty();
    }

    /** The table just after the change that names it (before it, when that change drops it or its column). */
    private static PgSchema.Lookup tableAt(PgSchema schema, Path file, NameAt at) {
        return tableAt(schema, file, at, false);
    }

    /** {@code definition}: a column an operation alters or drops is defined by what existed before it. */
    private static PgSchema.Lookup tableAt(PgSchema schema, Path file, NameAt at, boolean columnBefore) {
        if (at.column() != null) {
            PgSchema.Lookup after = schema.table(file, at.changeIndex() + 1, at.table());
            if (!columnBefore && after.exists() && after.table().columns().containsKey(at.column())) {
                return after;
            }
            PgSchema.Lookup before = schema.table(file, at.changeIndex(), at.table());
            if (before.exists() && before.table().columns().containsKey(at.column())) {
                return before;
            }
        }
        PgSchema.Lookup after = schema.table(file, at.changeIndex() + 1, at.table());
        return after.exists() ? after : schema.table(file, at.changeIndex(), at.table());
    }

    @Override
    public Optional<Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> d = alembic(ws, file);
        Optional<NameAt> at = d.flatMap(x -> nameAt(x, offset));
        if (at.isEmpty()) {
            return Optional.empty();
        }
        PgSchema schema = PgSchema.of(ws, file);
        PgSchema.Lookup l = tableAt(schema, d.get().path(), at.get());
        SourceText text = d.get().text();
        NameRef ref = at.get().ref();
        StringBuilder md = new StringBuilder();
        if (!l.exists()) {
            md.append("**")
                    .append(at.get().table())
                    .append("**: ")
                    .append(
                            l.status() == PgSchema.Status.UNKNOWN
                                    ? "not known here (an earlier helper or dynamic SQL may " + "create it)"
                                    : "no earlier revision creates this table");
            return Optional.of(new Hover(md.toString(), text.span(ref.start(), ref.end())));
        }
        PgTable t = l.table();
        if (at.get().column() != null) {
            String name = at.get().column();
            PgColumn col = t.columns().get(name);
            if (col == null) {
                md.append("**").append(t.name()).append(".").append(name).append("**: no such column here");
            } else {
                md.append("**")
                        .append(t.name())
                        .append(".")
                        .append(col.name())
                        .append("** `")
                        .append(col.type().display())
                        .append(col.nullable() ? "" : " NOT NULL")
                        .append(col.serverDefault() == null ? "" : " DEFAULT " + col.serverDefault())
                        .append("`\n\n");
                md.append("Created by ").append(origin(ws, col.created()));
                for (Origin o : col.altered()) {
                    md.append("\n\nChanged by ").append(origin(ws, o));
                }
            }
            return Optional.of(new Hover(md.toString(), text.span(ref.start(), ref.end())));
        }
        md.append("**table ")
                .append(t.name())
                .append("**")
                .append(t.shapeKnown() ? "" : " (partly unknown)")
                .append("\n\n");
        md.append("| column | type |\n|---|---|\n");
        for (PgColumn c : t.columns().values()) {
            md.append("| ")
                    .append(c.name())
                    .append(" | `")
                    .append(c.type().display())
                    .append(c.nullable() ? "" : " NOT NULL")
                    .append("` |\n");
        }
        md.append("\nCreated by ").append(origin(ws, t.created()));
        List<Origin> changed = t.history().subList(1, t.history().size());
        if (!changed.isEmpty()) {
            md.append("\n\nChanged by:");
            for (Origin o : changed) {
                md.append("\n- ").append(origin(ws, o));
            }
        }
        return Optional.of(new Hover(md.toString(), text.span(ref.start(), ref.end())));
    }

    private static String origin(WorkspaceSnapshot ws, Origin o) {
        return "revision " + o.revision() + " (`" + ws.relative(o.file()) + "`, " + o.what() + ")";
    }

    /** The {@code create_table} (or the {@code add_column}) that defined the name under the cursor. */
    @Override
    public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> d = alembic(ws, file);
        Optional<NameAt> at = d.flatMap(x -> nameAt(x, offset));
        if (at.isEmpty()) {
            return List.of();
        }
        PgSchema.Lookup l = tableAt(PgSchema.of(ws, file), d.get().path(), at.get(), true);
        if (!l.exists()) {
            return List.of();
        }
        Origin o = at.get().column() == null
                ? l.table().created()
                : Optional.ofNullable(l.table().columns().get(at.get().column()))
                        .map(PgColumn::created)
                        .orElse(null);
        if (o == null) {
            return List.of();
        }
        Optional<FileLocation> loc = location(ws, o);
        if (at.get().column() != null && loc.isPresent()) {
            // the column's own name inside the create_table / add_column that made it
            Optional<FileLocation> col =
                    columnLocation(ws, o.file(), at.get().table(), at.get().column());
            if (col.isPresent()) {
                return List.of(col.get());
            }
        }
        return loc.map(List::of).orElse(List.of());
    }

    private static Optional<FileLocation> location(WorkspaceSnapshot ws, Origin o) {
        return ws.document(o.file())
                .map(doc -> new FileLocation(o.file(), doc.text().span(o.start(), Math.max(o.start(), o.end()))));
    }

    private static Optional<FileLocation> columnLocation(WorkspaceSnapshot ws, Path file, String table, String column) {
        return ws.document(file).flatMap(doc -> {
            for (PgChange c : AlembicChanges.of(doc)) {
                NameRef n = null;
                if (c instanceof CreateTable ct && ct.table().name().equals(table)) {
                    n = ct.columns().stream()
                            .map(PgChange.Column::name)
                            .filter(x -> x.name().equals(column))
                            .findFirst()
                            .orElse(null);
                } else if (c instanceof AddColumn ac
                        && ac.table().name().equals(table)
                        && ac.column().name().name().equals(column)) {
                    n = ac.column().name();
                }
                if (n != null && n.located()) {
                    return Optional.of(new FileLocation(file, doc.text().span(n.start(), n.end())));
                }
            }
            return Optional.empty();
        });
    }

    /** Every operation in the history that names the table (or the column) under the cursor. */
    @Override
    public List<FileLocation> references(WorkspaceSnapshot ws, Path file, int offset, boolean includeDeclaration) {
        Optional<NameAt> at = alembic(ws, file).flatMap(x -> nameAt(x, offset));
        if (at.isEmpty()) {
            return List.of();
        }
        PgSchema schema = PgSchema.of(ws, file);
        List<FileLocation> out = new ArrayList<>();
        for (PgSchema.Revision r : schema.revisions()) {
            Optional<Document> doc = ws.document(r.file());
            if (doc.isEmpty()) {
                continue;
            }
            for (int i = 0; i < r.changes().size(); i++) {
                PgChange c = r.changes().get(i);
                if (c.table() == null || !c.table().name().equals(at.get().table())) {
                    continue;
                }
                boolean declaration = c instanceof CreateTable || c instanceof AddColumn;
                if (declaration && !includeDeclaration && (at.get().column() == null || c instanceof AddColumn)) {
                    continue;
                }
                NameRef n = at.get().column() == null
                        ? c.table()
                        : columnRef(c, at.get().column());
                if (n != null && n.located()) {
                    out.add(new FileLocation(r.file(), doc.get().text().span(n.start(), n.end())));
                }
            }
        }
        return out;
    }

    private static NameRef columnRef(PgChange c, String column) {
        if (c instanceof CreateTable ct) {
            return ct.columns().stream()
                    .map(PgChange.Column::name)
                    .filter(n -> n.name().equals(column))
                    .findFirst()
                    .orElse(null);
        }
        if (c instanceof AddColumn ac) {
            return ac.column().name().name().equals(column) ? ac.column().name() : null;
        }
        if (c instanceof AlterColumn alt) {
            return alt.column().name().equals(column) ? alt.column() : null;
        }
        if (c instanceof DropColumn dc) {
            return dc.column().name().equals(column) ? dc.column() : null;
        }
        return null;
    }

    /** Table names (and column names after the table) inside the string arguments of {@code op.*} calls. */
    @Override
    public List<Completion> complete(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> d = alembic(ws, file);
        if (d.isEmpty()) {
            return List.of();
        }
        MigrationModel model = d.get().migrationModel();
        for (OpCall op : model.upgradeOps()) {
            Call c = op.call();
            if (offset < c.openParen() || (c.complete() && offset > c.closeParen())) {
                continue;
            }
            List<Arg> positional = c.positional();
            for (int i = 0; i < positional.size(); i++) {
                if (!(positional.get(i).value() instanceof Str s) || offset <= s.start() || offset >= s.end()) {
                    continue;
                }
                int shift = op.inBatch() ? 1 : 0; // batch_op.* calls have the table in batch_alter_table
                int index = i + shift;
                boolean table = !op.inBatch()
                        && (index == 0 && TABLE_FIRST.contains(op.name())
                                || index == 1 && TABLE_SECOND.contains(op.name()));
                boolean column = index == 1 && COLUMN_SECOND.contains(op.name());
                String tableName = op.inBatch()
                        ? MigrationModel.stringValue(op.batchTable()).orElse(null)
                        : positional.isEmpty()
                                ? null
                                : MigrationModel.stringValue(positional.get(0).value())
                                        .orElse(null);
                int changeIndex = changeIndexAt(d.get(), c.start());
                SourceText text = d.get().text();
                int quote = s.start()
                        + (text.slice(s.start(), s.end()).startsWith("\"\"\"")
                                        || text.slice(s.start(), s.end()).startsWith("'''")
                                ? 3
                                : 1);
                var replace = text.span(quote, Math.max(quote, offset));
                PgSchema schema = PgSchema.of(ws, file);
                List<Completion> out = new ArrayList<>();
                if (table) {
                    for (String name : schema.tableNames()) {
                        PgSchema.Lookup l = schema.table(d.get().path(), changeIndex, name);
                        if (l.exists()) {
                            out.add(new Completion(
                                    name,
                                    l.table().columns().size() + " columns",
                                    name,
                                    CompletionKind.TABLE,
                                    replace,
                                    name));
                        }
                    }
                } else if (column && tableName != null) {
                    PgSchema.Lookup l = schema.table(d.get().path(), changeIndex, tableName);
                    if (l.exists()) {
                        for (PgColumn col : l.table().columns().values()) {
                            out.add(new Completion(
                                    col.name(),
                                    col.type().display(),
                                    col.name(),
                                    CompletionKind.COLUMN,
                                    replace,
                                    col.name()));
                        }
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** Index of the first change written at or after {@code start} (the schema before it is what the call sees). */
    private static int changeIndexAt(Document d, int start) {
        List<PgChange> changes = AlembicChanges.of(d);
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).site().start() >= start) {
                return i;
            }
        }
        return changes.size();
    }
}

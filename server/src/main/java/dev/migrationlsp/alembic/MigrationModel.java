package dev.migrationlsp.alembic;

import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Def;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.Import;
import dev.migrationlsp.alembic.PyAst.Module;
import dev.migrationlsp.alembic.PyAst.Str;
import dev.migrationlsp.alembic.PyAst.With;
import dev.migrationlsp.core.SourceText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a revision's {@code upgrade()} and {@code downgrade()} do, resolved statically inside the module: the tables
 * {@code upgrade()} creates (with their columns, where they can be known), the columns it adds (also by operation,
 * {@code addedColumnByCall}: keyed by the identity of the {@code add_column} call), the types it alters, and every
 * {@code op.*} call in order. Built by {@link MigrationModelReader}; never executed.
 */
public record MigrationModel(
        SourceText text,
        Module module,
        Map<String, String> imports,
        Optional<Def> upgrade,
        Optional<Def> downgrade,
        List<OpCall> upgradeOps,
        List<CreatedTable> createdTables,
        List<ColumnDef> addedColumns,
        List<TypeRef> alteredTypes,
        List<OpCall> downgradeOps,
        Map<Call, ColumnDef> addedColumnByCall) {

    public MigrationModel(
            SourceText text,
            Module module,
            Map<String, String> imports,
            Optional<Def> upgrade,
            Optional<Def> downgrade,
            List<OpCall> upgradeOps,
            List<CreatedTable> createdTables,
            List<ColumnDef> addedColumns,
            List<TypeRef> alteredTypes) {
        this(
                text,
                module,
                imports,
                upgrade,
                downgrade,
                upgradeOps,
                createdTables,
                addedColumns,
                alteredTypes,
                List.of(),
                Map.of());
    }

    /**
     * The column an {@code add_column} operation of {@code upgrade()} adds, as read (also when written elsewhere, e.g. a
     * module constant); null when it is not a column that can be read. A lookup, not a search of {@link #addedColumns}:
     * asked for every {@code add_column}, and a migration may have thousands.
     */
    public ColumnDef addedColumn(OpCall op) {
        return addedColumnByCall.get(op.call());
    }

    /**
     * One Alembic operation call, in canonical form whatever the spelling: {@code op.create_index(...)},
     * {@code o.create_index(...)} ({@code from alembic import op as o}), {@code alembic.op.create_index(...)}, a bare
     * {@code create_index(...)} ({@code from alembic.op import create_index [as ci]}) and
     * {@code batch_op.create_index(...)} inside {@code with op.batch_alter_table(...) as batch_op:} all have
     * {@code name} {@code "create_index"}. {@code batch} is the enclosing batch with-statement (then {@code batchTable}
     * is its table argument and {@code batchCall} the {@code batch_alter_table(...)} call); {@code receiver} is what
     * precedes {@code .name} ({@code op}, {@code batch_op}, {@code alembic.op}), null for a bare call;
     * {@code conditional} is true inside {@code if}/{@code for}/{@code while}/{@code try}; {@code helper} is the
     * same-module function the call is written in when {@code upgrade()}/{@code downgrade()} reaches it through a call,
     * else null; {@code sql} is the statically known text of an {@code execute(...)} argument (a string, a module
     * constant, {@code sa.text("...")} in any spelling), else null. {@code batch_alter_table} itself is not an
     * operation here: its operations carry it.
     */
    public record OpCall(
            String name,
            Call call,
            With batch,
            Expr batchTable,
            Call batchCall,
            Expr receiver,
            boolean conditional,
            Def helper,
            String sql) {
        public OpCall(String name, Call call, With batch, Expr batchTable, Call batchCall) {
            this(
                    name,
                    call,
                    batch,
                    batchTable,
                    batchCall,
                    call.function() instanceof PyAst.Attr a ? a.object() : null,
                    false,
                    null,
                    null);
        }

        public boolean inBatch() {
            return batch != null;
        }

        /** Called by a bare name imported from {@code alembic.op}. */
        public boolean bare() {
            return receiver == null;
        }

        /** The positional argument at {@code index} or the keyword argument {@code keyword}, as written. */
        public Optional<Expr> argument(int index, String keyword) {
            return call.argument(index, keyword);
        }

        public Optional<String> sqlText() {
            return Optional.ofNullable(sql);
        }
    }

    /**
     * A resolved column type. {@code qualified} is the dotted name it stands for ({@code sqlalchemy.String},
     * {@code sqlalchemy.dialects.postgresql.UUID}); {@code call} is null for a bare class ({@code sa.DateTime});
     * {@code expr} is where the type is written, possibly a module constant's value or a helper's body.
     */
    public record TypeRef(String qualified, Call call, Expr expr, String simpleName) {
        public TypeRef(String qualified, Call call, Expr expr) {
            this(qualified, call, expr, qualified.substring(qualified.lastIndexOf('.') + 1));
        }

        /** {@code simpleName} is the last part of {@code qualified}, kept so the rules' many questions copy nothing. */
        public TypeRef {
            java.util.Objects.requireNonNull(simpleName);
        }

        public boolean dialect() {
            return qualified.startsWith("sqlalchemy.dialects.");
        }

        public Optional<Expr> argument(int index, String keyword) {
            return call == null ? Optional.empty() : call.argument(index, keyword);
        }
    }

    /**
     * A {@code Column(...)} call. {@code name} is null when it cannot be known statically (f-strings, parameters);
     * {@code type} is null when the type is not a SQLAlchemy type this reader recognises.
     */
    public record ColumnDef(String name, Expr nameExpr, Call call, TypeRef type, boolean primaryKey) {
        public Optional<Expr> keyword(String k) {
            Optional<Arg> a = call.keyword(k); // not map(Arg::value): on JDK 17 its first use costs `check` ~0.2 ms
            return a.isPresent() ? Optional.of(a.get().value()) : Optional.empty();
        }
    }

    /** What one argument of {@code create_table} contributes. */
    public enum ArgKind {
        NAME,
        COLUMN,
        COLUMNS,
        CONSTRAINT,
        KEYWORD,
        UNKNOWN
    }

    public record TableArg(Arg arg, ArgKind kind, List<ColumnDef> columns) {}

    /**
     * An {@code op.create_table} in {@code upgrade()}. {@code columnsKnown} is false when some argument could not be
     * resolved (or the call is unfinished): then the column list may be incomplete and rules about missing columns stay
     * silent. {@code primaryKeyColumns} lists {@code PrimaryKeyConstraint} names and {@code primary_key=True} columns.
     */
    public record CreatedTable(
            OpCall op,
            Expr nameExpr,
            String name,
            List<TableArg> args,
            List<ColumnDef> columns,
            boolean columnsKnown,
            List<String> primaryKeyColumns,
            boolean primaryKeyKnown) {
        public Optional<ColumnDef> column(String n) {
            for (ColumnDef c : columns) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
                if (n.equals(c.name())) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** Local names bound to {@code qualified} by an import ({@code sqlalchemy -> sa}), first one found. */
    public Optional<String> localName(String qualified) {
        String first = null;
        for (Map.Entry<String, String> e :
                imports.entrySet()) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            if (e.getValue().equals(qualified) && (first == null || e.getKey().compareTo(first) < 0)) {
                first = e.getKey();
            }
        }
        return Optional.ofNullable(first);
    }

    /** End offset of the last module-level import, where new imports go; -1 when there is none. */
    public int lastImportEnd() {
        int end = -1;
        for (PyAst.Stmt s : module.statements()) {
            if (s instanceof Import) {
                end = s.end();
            }
        }
        return end;
    }

    public static Optional<String> stringValue(Expr e) {
        return e instanceof Str s && s.value() != null ? Optional.of(s.value()) : Optional.empty();
    }
}

package dev.migrationlsp.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.alembic.MigrationModel.OpCall;
import dev.migrationlsp.alembic.MigrationModelReader;
import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Assign;
import dev.migrationlsp.alembic.PyAst.Attr;
import dev.migrationlsp.alembic.PyAst.Block;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Compound;
import dev.migrationlsp.alembic.PyAst.Const;
import dev.migrationlsp.alembic.PyAst.Def;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.ExprStmt;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.alembic.PyAst.Seq;
import dev.migrationlsp.alembic.PyAst.Stmt;
import dev.migrationlsp.alembic.PyAst.Str;
import dev.migrationlsp.alembic.PyAst.With;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import dev.migrationlsp.postgres.PgChange.AddConstraint;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgChange.Column;
import dev.migrationlsp.postgres.PgChange.ConstraintKind;
import dev.migrationlsp.postgres.PgChange.CreateIndex;
import dev.migrationlsp.postgres.PgChange.CreateTable;
import dev.migrationlsp.postgres.PgChange.DropColumn;
import dev.migrationlsp.postgres.PgChange.DropConstraint;
import dev.migrationlsp.postgres.PgChange.DropIndex;
import dev.migrationlsp.postgres.PgChange.DropTable;
import dev.migrationlsp.postgres.PgChange.NameRef;
import dev.migrationlsp.postgres.PgChange.RenameTable;
import dev.migrationlsp.postgres.PgChange.Site;
import dev.migrationlsp.postgres.PgChange.Unknown;
import dev.migrationlsp.workspace.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what a revision's {@code upgrade()} does to the PostgreSQL schema, in order, from its {@link MigrationModel}:
 * every {@code op.*} call (and {@code batch_op.*} inside {@code batch_alter_table}, which PostgreSQL runs as plain
 * {@code ALTER TABLE}s) becomes {@link PgChange}s, {@code op.execute} SQL goes through {@link SqlChanges}. Calls to
 * anything else in {@code upgrade()} (application helpers, {@code conn.execute}) become {@link Unknown}s.
 */
public final class AlembicChanges {
    private static final Document.Key<List<PgChange>> KEY = new Document.Key<>("postgres-changes");
    /** Calls in upgrade() that do not touch the schema. */
    private static final Set<String> HARMLESS = Set.of(
            "print",
            "len",
            "range",
            "enumerate",
            "str",
            "int",
            "dict",
            "list",
            "set",
            "tuple",
            "sorted",
            "isinstance",
            "zip",
            "format");

    private static final Set<String> HARMLESS_OBJECTS = Set.of("log", "logger", "logging", "LOG", "LOGGER", "warnings");

    private final MigrationModel model;
    /** op.execute SQL statements already read (in this version, or the previous one of a buffer). */
    private final SqlChanges.ParsedSql parsedSql;

    private final SourceText text;
    private final Map<String, String> stringConstants = new HashMap<>();
    private final Set<String> moduleFunctions = new HashSet<>();
    private final List<PgChange> out = new ArrayList<>();

    private AlembicChanges(MigrationModel model, SqlChanges.ParsedSql parsedSql) {
        this.model = model;
        this.parsedSql = parsedSql;
        this.text = model.text();
        Set<String> twice = new HashSet<>();
        for (Stmt s : model.module().statements()) {
            if (s instanceof Assign a && a.target() != null) {
                if (a.value() instanceof Str str
                        && str.value() != null
                        && stringConstants.put(a.target(), str.value()) != null) {
                    twice.add(a.target());
                }
            } else if (s instanceof Def d) {
                moduleFunctions.add(d.name());
            }
        }
        stringConstants.keySet().removeAll(twice);
    }

    /** The changes of a revision document, computed once per document version. */
    public static List<PgChange> of(Document d) {
        return d.derived(KEY, READ);
    }

    /** {@link #of}'s computation: a named class, not a lambda (a lambda's first use costs a short command ~0.2 ms). */
    private static final Function<Document, List<PgChange>> READ = new Function<>() {
        @Override
        public List<PgChange> apply(Document d) {
            if (!d.isOpen()) {
                return read(d.migrationModel());
            }
            // an open buffer: SQL statements the previous version read are not read again, and this version's are kept
            // for the next
            SqlChanges.ParsedSql parsed = SqlChanges.ParsedSql.after(
                    d.previousVersion(PARSED_SQL), d.text().text().length());
            List<PgChange> changes = read(d.migrationModel(), parsed);
            d.derived(PARSED_SQL, new Function<>() {
                @Override
                public SqlChanges.ParsedSql apply(Document ignored) {
                    return parsed;
                }
            });
            return changes;
        }
    };

    private static final Document.Key<SqlChanges.ParsedSql> PARSED_SQL = new Document.Key<>("postgres-parsed-sql");

    /** The changes a model's {@code upgrade()} makes (also usable on text alone: {@code read(MigrationModelReader.read(..))}). */
    public static List<PgChange> read(MigrationModel model) {
        return read(model, SqlChanges.ParsedSql.none());
    }

    private static List<PgChange> read(MigrationModel model, SqlChanges.ParsedSql parsedSql) {
        AlembicChanges r = new AlembicChanges(model, parsedSql);
        for (OpCall op : model.upgradeOps()) {
            r.op(op);
        }
        if (model.upgrade().isPresent()) {
            r.opaque(model.upgrade().get().body(), new HashSet<>());
        }
        List<PgChange> all = new ArrayList<>(r.out);
        all.sort(BY_START); // stable: SQL statements of one call keep their order
        return List.copyOf(all);
    }

    private static final Comparator<PgChange> BY_START = new Comparator<>() {
        @Override
        public int compare(PgChange a, PgChange b) {
            return Integer.compare(a.site().start(), b.site().start());
        }
    };

    static List<PgChange> read(SourceText text) {
        return read(MigrationModelReader.read(text));
    }

    // ---------------------------------------------------------------- op calls

    private void op(OpCall op) {
        Call c = op.call();
        Site site = new Site(c.start(), c.end(), op, false, -1);
        boolean batch = op.inBatch();
        // batch_op.* calls take the table from batch_alter_table: their own arguments shift left by one
        int t = batch ? -1 : 0;
        NameRef table = batch ? name(op.batchTable(), schema(op.batchCall())) : arg(c, 0, "table_name", schema(c));
        switch (op.name()) {
            case "create_table" -> {
                if (!batch) {
                    createTable(op, site);
                }
            }
            case "drop_table" -> {
                NameRef tbl = arg(c, 0, "table_name", schema(c));
                if (named(site, tbl)) {
                    out.add(new DropTable(site, tbl));
                }
            }
            case "rename_table" -> {
                NameRef from = arg(c, 0, "old_table_name", schema(c));
                NameRef to = arg(c, 1, "new_table_name", schema(c));
                if (from == null || to == null) {
                    unknown(site, from, "a table name that is not a string literal");
                } else {
                    out.add(new RenameTable(site, from, to));
                }
            }
            case "add_column" ->
                addColumn(site, table, c.argument(t + 1, "column").orElse(null));
            case "drop_column" -> {
                NameRef col = arg(c, t + 1, "column_name", null);
                if (table == null || col == null) {
                    unknown(site, table, "a name that is not a string literal");
                } else {
                    out.add(new DropColumn(site, table, col));
                }
            }
            case "alter_column" -> alterColumn(site, table, c, t);
            case "create_index" -> {
                NameRef tbl = batch ? table : arg(c, 1, "table_name", schema(c));
                NameRef name = arg(c, 0, "index_name", null);
                Expr cols = c.argument(batch ? 1 : 2, "columns").orElse(null);
                if (tbl == null) {
                    unknown(site, null, "a table name that is not a string literal");
                    return;
                }
                boolean concurrently = flag(c, "postgresql_concurrently");
                boolean unique = flag(c, "unique");
                boolean partial = c.keyword("postgresql_where").isPresent();
                out.add(new CreateIndex(site, tbl, name, strings(cols), unique, concurrently, partial));
            }
            case "drop_index" -> {
                NameRef name = arg(c, 0, "index_name", null);
                NameRef tbl = batch
                        ? table
                        : c.keyword("table_name").isPresent()
                                ? name(c.keyword("table_name").get().value(), schema(c))
                                : null;
                out.add(new DropIndex(site, tbl, name, flag(c, "postgresql_concurrently")));
            }
            case "create_unique_constraint", "create_primary_key" -> {
                NameRef tbl = batch ? table : arg(c, 1, "table_name", schema(c));
                Expr cols = c.argument(batch ? 1 : 2, "columns").orElse(null);
                ConstraintKind kind =
                        op.name().equals("create_primary_key") ? ConstraintKind.PRIMARY_KEY : ConstraintKind.UNIQUE;
                if (named(site, tbl)) {
                    out.add(new AddConstraint(
                            site,
                            tbl,
                            arg(c, 0, "constraint_name", null),
                            kind,
                            strings(cols),
                            null,
                            false,
                            null,
                            null));
                }
            }
            case "create_foreign_key" -> {
                NameRef tbl = batch ? table : arg(c, 1, "source_table", schema(c));
                NameRef referred = arg(c, batch ? 1 : 2, "referent_table", null);
                Expr cols = c.argument(batch ? 2 : 3, "local_cols").orElse(null);
                if (named(site, tbl)) {
                    out.add(new AddConstraint(
                            site,
                            tbl,
                            arg(c, 0, "constraint_name", null),
                            ConstraintKind.FOREIGN_KEY,
                            strings(cols),
                            null,
                            flag(c, "postgresql_not_valid"),
                            null,
                            referred));
                }
            }
            case "create_check_constraint" -> {
                NameRef tbl = batch ? table : arg(c, 1, "table_name", schema(c));
                String condition =
                        sqlText(c.argument(batch ? 1 : 2, "condition").orElse(null));
                if (named(site, tbl)) {
                    out.add(new AddConstraint(
                            site,
                            tbl,
                            arg(c, 0, "constraint_name", null),
                            ConstraintKind.CHECK,
                            List.of(),
                            condition,
                            flag(c, "postgresql_not_valid"),
                            null,
                            null));
                }
            }
            case "create_exclude_constraint" -> {
                NameRef tbl = batch ? table : arg(c, 1, "table_name", schema(c));
                if (named(site, tbl)) {
                    out.add(new AddConstraint(
                            site,
                            tbl,
                            arg(c, 0, "constraint_name", null),
                            ConstraintKind.EXCLUDE,
                            List.of(),
                            null,
                            false,
                            null,
                            null));
                }
            }
            case "drop_constraint" -> {
                NameRef tbl = batch ? table : arg(c, 1, "table_name", schema(c));
                if (named(site, tbl)) {
                    out.add(new DropConstraint(site, tbl, arg(c, 0, "constraint_name", null)));
                }
            }
            case "execute" -> execute(op, c);
            case "bulk_insert",
                    "get_bind",
                    "get_context",
                    "inline_literal",
                    "f",
                    "create_table_comment",
                    "drop_table_comment",
                    "invoke",
                    "implementation_for",
                    "run_async" -> {}
            default -> unknown(site, table, "op." + op.name() + " is not modelled");
        }
    }

    /** False, with an {@link Unknown} recorded, when the table of an operation is not a string literal. */
    private boolean named(Site site, NameRef table) {
        if (table == null) {
            unknown(site, null, "a table name that is not a string literal");
        }
        return table != null;
    }

    private void unknown(Site site, NameRef table, String why) {
        out.add(new Unknown(site, table, why));
    }

    private void createTable(OpCall op, Site site) {
        CreatedTable ct = null;
        for (CreatedTable x : model.createdTables()) {
            if (x.op() == op) {
                ct = x;
                break;
            }
        }
        if (ct == null || ct.nameExpr() == null) {
            unknown(site, null, "a table name that is not a string literal");
            return;
        }
        NameRef name = name(ct.nameExpr(), schema(op.call()));
        if (name == null) {
            unknown(site, null, "a table name that is not a string literal");
            return;
        }
        List<Column> cols = new ArrayList<>();
        boolean known = ct.columnsKnown();
        for (ColumnDef d : ct.columns()) {
            Column col = column(d, d.name() != null && ct.primaryKeyColumns().contains(d.name()));
            if (col == null) {
                known = false;
            } else {
                cols.add(col);
            }
        }
        out.add(new CreateTable(site, name, List.copyOf(cols), known));
    }

    private void addColumn(Site site, NameRef table, Expr columnExpr) {
        if (table == null || columnExpr == null) {
            unknown(site, table, "a table or column that is not written out");
            return;
        }
        // the column as the model read it, when it is written in the operation itself
        ColumnDef read = site.op() == null ? null : model.addedColumn(site.op());
        Column col = read == null || read.call() != columnExpr ? null : column(read, false);
        if (col == null) {
            unknown(site, table, "a column that is not written out");
            return;
        }
        out.add(new AddColumn(site, table, col));
    }

    private Column column(ColumnDef d, boolean inPrimaryKey) {
        if (d.name() == null || d.nameExpr() == null) {
            return null;
        }
        boolean pk = d.primaryKey() || inPrimaryKey;
        Optional<Expr> nullableArg = d.keyword("nullable");
        Boolean nullableFlag =
                nullableArg.isPresent() ? PgType.bool(nullableArg.get()).orElse(null) : null;
        boolean nullable = nullableFlag != null ? nullableFlag : !pk;
        Optional<Expr> def = d.keyword("server_default");
        String serverDefault = def.isPresent() ? defaultSql(def.get()) : null;
        boolean defaultKnown = def.isEmpty() || serverDefault != null || isNone(def.get());
        if (def.isPresent() && isNone(def.get())) {
            serverDefault = null;
        }
        String written = d.type() == null
                ? "?"
                : text.slice(d.type().expr().start(), d.type().expr().end());
        PgType type = PgType.of(d.type(), written);
        return new Column(
                new NameRef(d.name(), d.nameExpr().start(), d.nameExpr().end()),
                type,
                nullable,
                serverDefault,
                defaultKnown,
                pk);
    }

    private void alterColumn(Site site, NameRef table, Call c, int t) {
        NameRef col = arg(c, t + 1, "column_name", null);
        if (table == null || col == null) {
            unknown(site, table, "a name that is not a string literal");
            return;
        }
        Expr newNameArg = keywordValue(c, "new_column_name");
        NameRef newName = newNameArg == null ? null : name(newNameArg, null);
        Expr nullableArg = keywordValue(c, "nullable");
        Boolean nullable = nullableArg == null ? null : PgType.bool(nullableArg).orElse(null);
        Expr typeArg = keywordValue(c, "type_");
        PgType type = typeArg == null ? null : typeOf(typeArg);
        Expr existingArg = keywordValue(c, "existing_type");
        PgType existing = existingArg == null ? null : typeOf(existingArg);
        Optional<Arg> def = c.keyword("server_default");
        boolean defaultChanged = def.isPresent()
                && !(def.get().value() instanceof Const k && k.text().equals("False"));
        String serverDefault = def.isPresent() ? defaultSql(def.get().value()) : null;
        out.add(new AlterColumn(site, table, col, newName, type, existing, nullable, defaultChanged, serverDefault));
    }

    /** A type expression resolved through a throwaway {@code Column}: the reader resolves types only inside columns. */
    private PgType typeOf(Expr e) {
        String written = text.slice(e.start(), e.end());
        String q = qualifiedName(e instanceof Call call ? call.function() : e);
        if (q == null) {
            return new PgType(null, -1, -1, written);
        }
        String simple = q.substring(q.lastIndexOf('.') + 1);
        MigrationModel.TypeRef ref = new MigrationModel.TypeRef(
                q.startsWith("sqlalchemy") ? q : "sqlalchemy." + simple, e instanceof Call call ? call : null, e);
        return PgType.of(ref, written);
    }

    private String qualifiedName(Expr e) {
        if (e instanceof Name n) {
            String q = model.imports().get(n.id());
            return q != null ? q : (n.id().equals("sa") ? "sqlalchemy" : null);
        }
        if (e instanceof Attr a) {
            String o = qualifiedName(a.object());
            return o == null ? null : o + "." + a.attr();
        }
        return null;
    }

    private void execute(OpCall op, Call c) {
        Expr sql = c.argument(0, "sqltext").orElse(null);
        Str literal = literal(sql);
        Site site = new Site(c.start(), c.end(), op, true, -1);
        if (literal == null || literal.value() == null) {
            unknown(site, null, "SQL that is not a string literal");
            return;
        }
        String source = text.slice(literal.start(), literal.end());
        int base = -1;
        for (String q : List.of("\"\"\"", "'''", "\"", "'")) {
            if (source.startsWith(q)
                    && source.endsWith(q)
                    && source.length() >= 2 * q.length()
                    && source.substring(q.length(), source.length() - q.length())
                            .equals(literal.value())) {
                base = literal.start() + q.length();
                break;
            }
        }
        out.addAll(SqlChanges.read(literal.value(), site, base, parsedSql));
    }

    /** A string literal, also inside {@code sa.text("...")} / {@code text("...")}. */
    public static Str literal(Expr e) {
        if (e instanceof Str s) {
            return s;
        }
        if (e instanceof Call c
                && (c.function() instanceof Attr a && a.attr().equals("text")
                        || c.function() instanceof Name n && n.id().equals("text"))
                && c.args().size() == 1) {
            Expr text = c.argument(0, "text").orElse(null);
            return text == null ? null : literal(text);
        }
        return null;
    }

    /** SQL text of a server default or condition: {@code "x"} is a literal, {@code sa.text("now()")} is SQL. */
    private String defaultSql(Expr e) {
        if (e instanceof Str s) {
            return s.value() == null ? null : "'" + s.value().replace("'", "''") + "'";
        }
        if (e instanceof Const k) {
            return k.text().equals("None") ? null : k.text();
        }
        if (e instanceof Call c) {
            Str lit = literal(c);
            if (lit != null) {
                return lit.value();
            }
            // sa.func.now(), func.gen_random_uuid(): a SQL function call without arguments
            if (c.function() instanceof Attr a
                            && a.object() instanceof Attr f
                            && f.attr().equals("func")
                    || c.function() instanceof Attr a2 && a2.object() instanceof Name n && n.id().equals("func")) {
                String fn = ((Attr) c.function()).attr();
                return c.args().isEmpty() ? fn + "()" : null;
            }
            if (c.function() instanceof Attr a
                    && (a.attr().equals("true") || a.attr().equals("false"))
                    && c.args().isEmpty()) {
                return a.attr();
            }
        }
        return null;
    }

    private String sqlText(Expr e) {
        if (e == null) {
            return null;
        }
        Str s = literal(e);
        return s == null ? null : s.value();
    }

    // ---------------------------------------------------------------- calls that are not operations

    private void opaque(Block body, Set<Integer> opStarts) {
        if (opStarts.isEmpty()) {
            for (OpCall op : model.upgradeOps()) {
                opStarts.add(op.call().start());
            }
            opStarts.add(-1);
        }
        for (Stmt s : body.statements()) {
            Expr e = s instanceof ExprStmt es ? es.expr() : s instanceof Assign a ? a.value() : null;
            if (e instanceof Call c && !opStarts.contains(c.start()) && !harmless(c)) {
                out.add(new Unknown(
                        new Site(c.start(), c.end(), null, false, -1),
                        null,
                        text.slice(c.function().start(), c.function().end()) + "(...) is not read"));
            } else if (s instanceof With w) {
                opaque(w.body(), opStarts);
            } else if (s instanceof Compound k) {
                for (Block b : k.bodies()) {
                    opaque(b, opStarts);
                }
            }
        }
    }

    private boolean harmless(Call c) {
        Expr fn = c.function();
        Expr root = fn;
        while (root instanceof Attr a) {
            root = a.object();
        }
        if (root instanceof Call inner) { // op.get_bind().execute(...), op.get_context().x(): dynamic
            return false;
        }
        if (!(root instanceof Name n)) {
            return false;
        }
        if (fn instanceof Name && (HARMLESS.contains(n.id()) || moduleFunctions.contains(n.id()))) {
            return true; // a same-module helper's operations are read through the model
        }
        if (HARMLESS_OBJECTS.contains(n.id())) {
            return true;
        }
        String q = model.imports().get(n.id());
        if (q != null && q.startsWith("sqlalchemy")) {
            return true; // sa.table(...), sa.column(...): builds expressions only
        }
        return fn instanceof Attr a && a.object() instanceof Name o && o.id().equals("op")
                || q != null && q.equals("alembic.op");
    }

    // ---------------------------------------------------------------- arguments

    private NameRef arg(Call c, int index, String keyword, String schema) {
        if (index < 0) {
            return null;
        }
        Expr e = c.argument(index, keyword).orElse(null);
        return e == null ? null : name(e, schema);
    }

    private NameRef name(Expr e, String schema) {
        String v = null;
        if (e instanceof Str s) {
            v = s.value();
        } else if (e instanceof Name n) {
            v = stringConstants.get(n.id());
        }
        if (v == null || v.isEmpty()) {
            return null;
        }
        String qualified = schema == null || schema.equals("public") ? v : schema + "." + v;
        return new NameRef(qualified, e.start(), e.end());
    }

    private String schema(Call c) {
        if (c == null) {
            return null;
        }
        Expr schema = keywordValue(c, "schema");
        NameRef n = schema == null ? null : name(schema, null);
        return n == null ? null : n.name();
    }

    private static boolean flag(Call c, String keyword) {
        Expr value = keywordValue(c, keyword);
        return value != null && PgType.bool(value).orElse(false);
    }

    /** The value of a call's keyword argument, or null. */
    private static Expr keywordValue(Call c, String keyword) {
        Optional<Arg> a = c.keyword(keyword);
        return a.isPresent() ? a.get().value() : null;
    }

    private static boolean isNone(Expr e) {
        return e instanceof Const k && k.text().equals("None");
    }

    private List<String> strings(Expr e) {
        if (!(e instanceof Seq s)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Expr el : s.elements()) {
            NameRef n = name(el, null);
            out.add(n == null ? null : n.name());
        }
        return java.util.Collections.unmodifiableList(out);
    }
}

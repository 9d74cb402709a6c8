package dev.migrationlsp.alembic;

import dev.migrationlsp.alembic.MigrationModel.ArgKind;
import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.alembic.MigrationModel.OpCall;
import dev.migrationlsp.alembic.MigrationModel.TableArg;
import dev.migrationlsp.alembic.MigrationModel.TypeRef;
import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Assign;
import dev.migrationlsp.alembic.PyAst.Attr;
import dev.migrationlsp.alembic.PyAst.Binding;
import dev.migrationlsp.alembic.PyAst.Block;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Compound;
import dev.migrationlsp.alembic.PyAst.Const;
import dev.migrationlsp.alembic.PyAst.Def;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.ExprStmt;
import dev.migrationlsp.alembic.PyAst.Import;
import dev.migrationlsp.alembic.PyAst.Module;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.alembic.PyAst.Return;
import dev.migrationlsp.alembic.PyAst.Seq;
import dev.migrationlsp.alembic.PyAst.Stmt;
import dev.migrationlsp.alembic.PyAst.Str;
import dev.migrationlsp.alembic.PyAst.With;
import dev.migrationlsp.alembic.PyAst.WithItem;
import dev.migrationlsp.core.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link MigrationModel}: finds {@code upgrade()}/{@code downgrade()}, follows module constants
 * ({@code _UUID = postgresql.UUID(as_uuid=True)}), same-module helper functions ({@code *_owner_columns()}, with
 * their parameters bound to the call's arguments) and imports ({@code sa.}, bare {@code Column}, dialect
 * {@code UUID}). Whatever it cannot resolve it reports as unknown instead of guessing.
 */
public final class MigrationModelReader {
    private static final int MAX_DEPTH = 8;
    private static final String OP_PREFIX = "alembic.op.";
    /** Common aliases assumed when the import is missing (half-typed file): the file would not run otherwise anyway. */
    private static final Map<String, String> DEFAULT_ALIASES = Map.of(
            "sa",
            "sqlalchemy",
            "sqlalchemy",
            "sqlalchemy",
            "postgresql",
            "sqlalchemy.dialects.postgresql",
            "op",
            "alembic.op");

    private static final Set<String> NOT_TYPES = Set.of(
            "ForeignKey",
            "Sequence",
            "Identity",
            "Computed",
            "FetchedValue",
            "DefaultClause",
            "text",
            "func",
            "literal");
    private static final Set<String> CONSTRAINTS = Set.of(
            "ForeignKeyConstraint",
            "UniqueConstraint",
            "CheckConstraint",
            "Index",
            "ExcludeConstraint",
            "Computed",
            "Identity");

    private final Map<String, String> imports = new HashMap<>();
    private final Map<String, Expr> constants = new HashMap<>();
    private final Map<String, Def> functions = new HashMap<>();
    /**
     * {@code object + "." + attr} by object and attribute, built once per reader: a large migration qualifies the same
     * few names ({@code sa.Column}, {@code sa.Text}) thousands of times.
     */
    private final Map<String, Map<String, String>> qualifiedNames = new HashMap<>();
    /** The last part of each qualified type name, once per file rather than once per column. */
    private final Map<String, String> simpleNames = new HashMap<>();

    /** Arguments bound to a helper's parameters: each value is resolved in its caller's environment. */
    private record Env(Map<String, Bound> bindings) {
        static final Env EMPTY = new Env(Map.of());
    }

    private record Bound(Expr expr, Env env) {}

    private record Resolved(Expr expr, Env env) {}

    private MigrationModelReader() {}

    public static MigrationModel read(SourceText text) {
        return new MigrationModelReader().build(text, PyReader.read(text.text()));
    }

    /** The model of {@code text} from its module (an open buffer's {@link PyReader.Parse}). */
    public static MigrationModel read(SourceText text, Module module) {
        return new MigrationModelReader().build(text, module);
    }

    private MigrationModel build(SourceText text, Module module) {
        Set<String> assignedTwice = new HashSet<>();
        for (Stmt s : module.statements()) {
            if (s instanceof Import imp) {
                for (Binding b : imp.bindings()) {
                    imports.put(b.local(), b.qualified());
                }
            } else if (s instanceof Assign a && a.target() != null) {
                if (constants.put(a.target(), a.value()) != null) {
                    assignedTwice.add(a.target());
                }
            } else if (s instanceof Def d) {
                functions.put(d.name(), d);
            }
        }
        // Plain code rather than lambdas on this path: every revision is read by `check`, and on JDK 17 each lambda or
        // method reference costs a short command ~0.2 ms the first time it runs.
        constants.keySet().removeAll(assignedTwice); // reassigned: not a constant we can trust
        Optional<Def> upgrade = Optional.ofNullable(functions.get("upgrade"));
        Optional<Def> downgrade = Optional.ofNullable(functions.get("downgrade"));
        List<OpCall> ops = upgrade.isPresent() ? ops(upgrade.get()) : List.of();
        List<OpCall> downOps = downgrade.isPresent() ? ops(downgrade.get()) : List.of();

        List<CreatedTable> tables = new ArrayList<>();
        List<ColumnDef> added = new ArrayList<>();
        Map<Call, ColumnDef> addedByCall = new java.util.IdentityHashMap<>();
        List<TypeRef> altered = new ArrayList<>();
        for (OpCall op : ops) {
            Call c = op.call();
            switch (op.name()) {
                case "create_table" -> {
                    if (!op.inBatch()) {
                        tables.add(table(op));
                    }
                }
                case "add_column" -> {
                    Optional<Expr> col = op.inBatch() ? c.argument(0, "column") : c.argument(1, "column");
                    if (col.isPresent()) {
                        List<ColumnDef> cols = new ArrayList<>();
                        if (classify(col.get(), Env.EMPTY, cols, new ArrayList<>(), 0) == ArgKind.COLUMN) {
                            added.addAll(cols);
                            addedByCall.put(c, cols.get(0));
                        }
                    }
                }
                case "alter_column" -> {
                    Optional<Arg> typeArg = c.keyword("type_");
                    TypeRef t = typeArg.isPresent() ? type(typeArg.get().value(), Env.EMPTY) : null;
                    if (t != null) {
                        altered.add(t);
                    }
                }
                default -> {}
            }
        }
        return new MigrationModel(
                text,
                module,
                Map.copyOf(imports),
                upgrade,
                downgrade,
                List.copyOf(ops),
                List.copyOf(tables),
                List.copyOf(added),
                List.copyOf(altered),
                downOps,
                java.util.Collections.unmodifiableMap(addedByCall));
    }

    // ---------------------------------------------------------------- op calls

    /** An open {@code with op.batch_alter_table(...) as alias:} block. */
    private record Batch(With with, Call call) {}

    /**
     * Where a statement sits while walking: the batch blocks open around it by alias (an inner block may reuse an
     * alias; the outer one's alias stays usable otherwise), and the control flow around it.
     */
    private record Scope(Map<String, Batch> batches, boolean conditional, Def helper) {
        static final Scope TOP = new Scope(Map.of(), false, null);

        Scope batch(String alias, With w, Call c) {
            Map<String, Batch> m = new HashMap<>(batches);
            m.put(alias, new Batch(w, c));
            return new Scope(Map.copyOf(m), conditional, helper);
        }

        Scope underFlow() {
            return conditional ? this : new Scope(batches, true, helper);
        }

        Scope inHelper(Def d) {
            // a helper's body does not see the caller's batch aliases (it is a different Python scope)
            return new Scope(Map.of(), conditional, d);
        }
    }

    /** Every operation {@code def} performs, in evaluation order, with same-module helpers expanded where called. */
    private List<OpCall> ops(Def def) {
        List<OpCall> out = new ArrayList<>();
        walk(def.body(), Scope.TOP, out, new HashSet<>(Set.of(def.name())), 0);
        return List.copyOf(out);
    }

    private void walk(Block body, Scope scope, List<OpCall> out, Set<String> visiting, int depth) {
        for (Stmt s : body.statements()) {
            if (s instanceof ExprStmt e) {
                visit(e.expr(), scope, out, visiting, depth);
            } else if (s instanceof Assign a) {
                visit(a.value(), scope, out, visiting, depth);
            } else if (s instanceof Return r && r.value() != null) {
                visit(r.value(), scope, out, visiting, depth);
            } else if (s instanceof With w) {
                Scope inner = scope;
                for (WithItem item : w.items()) {
                    if (item.context() instanceof Call c && "batch_alter_table".equals(opName(c.function()))) {
                        for (Arg a : c.args()) {
                            visit(a.value(), scope, out, visiting, depth);
                        }
                        if (item.alias() != null) {
                            inner = inner.batch(item.alias(), w, c);
                        }
                    } else {
                        visit(item.context(), scope, out, visiting, depth);
                    }
                }
                walk(w.body(), inner, out, visiting, depth);
            } else if (s instanceof Compound c) {
                Scope inner = c.keyword().equals("class") || c.keyword().equals("async") ? scope : scope.underFlow();
                for (Block b : c.bodies()) {
                    walk(b, inner, out, visiting, depth);
                }
            }
        }
    }

    /**
     * The operations an expression performs, in Python's evaluation order: the callee's object, then the arguments,
     * then the call itself. The calls are listed first, then each is looked at: a recursive walk that also resolved
     * operation names was one huge method for the JIT (C2 took 0.3-1.3 s per compilation, up to three times while a
     * user started typing, while the rest of the analysis waited in its queue); now each part compiles in milliseconds.
     */
    private void visit(Expr e, Scope scope, List<OpCall> out, Set<String> visiting, int depth) {
        List<Call> calls = new ArrayList<>();
        callsOf(e, calls);
        for (int i = 0; i < calls.size(); i++) {
            call(calls.get(i), scope, out, visiting, depth);
        }
    }

    /** The calls {@code e} makes, in evaluation order: the callee's object, then the arguments, then the call. */
    private static void callsOf(Expr e, List<Call> calls) {
        if (e instanceof Attr a) {
            callsOf(a.object(), calls);
        } else if (e instanceof Seq s) {
            List<Expr> elements = s.elements();
            for (int i = 0; i < elements.size(); i++) { // indexed: no iterator per node on every keystroke
                callsOf(elements.get(i), calls);
            }
        } else if (e instanceof Call c) {
            if (c.function() instanceof Attr a) {
                callsOf(a.object(), calls);
            }
            List<Arg> args = c.args();
            for (int i = 0; i < args.size(); i++) {
                callsOf(args.get(i).value(), calls);
            }
            calls.add(c);
        }
    }

    private void call(Call c, Scope scope, List<OpCall> out, Set<String> visiting, int depth) {
        if (c.function() instanceof Attr a
                && a.object() instanceof Name n
                && scope.batches().containsKey(n.id())) {
            Batch b = scope.batches().get(n.id());
            out.add(opCall(
                    a.attr(), c, scope, b, b.call().argument(0, "table_name").orElse(null)));
            return;
        }
        String name = opName(c.function());
        if (name != null && !name.equals("batch_alter_table")) {
            out.add(opCall(name, c, scope, null, null)); // `op.x` inside a batch block runs at once, not in it
            return;
        }
        // a same-module helper called from upgrade(), e.g. `_create_audit_table()`
        if (c.function() instanceof Name n
                && functions.containsKey(n.id())
                && !imports.containsKey(n.id())
                && depth < MAX_DEPTH
                && visiting.add(n.id())) {
            Def helper = functions.get(n.id());
            walk(helper.body(), scope.inHelper(helper), out, visiting, depth + 1);
            visiting.remove(n.id());
        }
    }

    private OpCall opCall(String name, Call c, Scope scope, Batch batch, Expr batchTable) {
        Expr receiver = c.function() instanceof Attr a ? a.object() : null;
        Expr sqlArg = name.equals("execute") ? c.argument(0, "sqltext").orElse(null) : null;
        String sql = sqlArg == null ? null : sql(sqlArg, 0);
        return new OpCall(
                name,
                c,
                batch == null ? null : batch.with(),
                batchTable,
                batch == null ? null : batch.call(),
                receiver,
                scope.conditional(),
                scope.helper(),
                sql);
    }

    /** The statically known SQL text of an {@code execute} argument: a string, a constant, {@code text("...")}. */
    private String sql(Expr e, int depth) {
        Expr x = derefExpr(e, Env.EMPTY);
        if (x instanceof Str s) {
            return s.value();
        }
        if (depth < MAX_DEPTH && x instanceof Call c && c.complete()) {
            String q = qualify(c.function());
            boolean wrapper = q != null
                    && (q.equals("textwrap.dedent")
                            || (q.startsWith("sqlalchemy") && q.endsWith(".text"))
                            || q.equals("sqlalchemy.text"));
            if (wrapper) {
                Expr text = c.argument(0, "text").orElse(null);
                return text == null ? null : sql(text, depth + 1);
            }
        }
        return null;
    }

    /**
     * The Alembic operation a callee names, whatever the import style ({@code op.x}, {@code o.x}, {@code alembic.op.x},
     * a bare {@code x} imported from {@code alembic.op}), or null.
     */
    private String opName(Expr fn) {
        if (fn instanceof Name n && !imports.containsKey(n.id())) {
            return null; // a bare name is an operation only when imported from alembic.op
        }
        // every call is asked (each sa.Column(...) and sa.Text() of a 2,000-column table on every keystroke): a name
        // whose root does not stand for something under alembic is not an operation, and qualifying it is skipped
        Expr root = fn;
        while (root instanceof Attr a) {
            root = a.object();
        }
        String rootName = qualify(root);
        if (rootName == null || !rootName.startsWith("alembic")) {
            return null;
        }
        String q = qualify(fn);
        if (q == null || !q.startsWith(OP_PREFIX)) {
            return null;
        }
        String rest = q.substring(OP_PREFIX.length());
        return rest.isEmpty() || rest.indexOf('.') >= 0 ? null : rest;
    }

    // ---------------------------------------------------------------- tables and columns

    private CreatedTable table(OpCall op) {
        Call c = op.call();
        Optional<Arg> nameKw = c.keyword("table_name");
        Arg first = c.positional(0);
        Expr nameExpr = nameKw.isPresent() ? nameKw.get().value() : first == null ? null : first.value();
        String name = nameExpr == null ? null : stringValue(nameExpr, Env.EMPTY);
        List<TableArg> args = new ArrayList<>(c.args().size());
        List<ColumnDef> columns = new ArrayList<>(c.args().size());
        List<String> pk = new ArrayList<>();
        boolean known = c.complete() && nameExpr != null;
        boolean pkKnown = true;
        boolean seenName = nameKw.isPresent();
        // what each argument adds, cleared for the next one (not two new lists per column on every keystroke)
        List<ColumnDef> cols = new ArrayList<>();
        List<String> pkNames = new ArrayList<>();
        for (Arg a : c.args()) {
            if (a.keyword() != null) {
                args.add(new TableArg(a, ArgKind.KEYWORD, List.of()));
                continue;
            }
            if (!seenName && !a.star() && !a.doubleStar()) {
                seenName = true;
                args.add(new TableArg(a, ArgKind.NAME, List.of()));
                continue;
            }
            cols.clear();
            pkNames.clear();
            ArgKind kind;
            if (a.doubleStar()) {
                kind = ArgKind.UNKNOWN;
            } else if (a.star()) {
                Resolved seq = sequence(a.value(), Env.EMPTY, 0);
                kind = ArgKind.COLUMNS;
                if (seq == null) {
                    kind = ArgKind.UNKNOWN;
                } else {
                    for (Expr el : ((Seq) seq.expr()).elements()) {
                        ArgKind k = classify(el, seq.env(), cols, pkNames, 0);
                        if (k == ArgKind.UNKNOWN) {
                            kind = ArgKind.UNKNOWN;
                        } else if (k == ArgKind.CONSTRAINT && pkNames.contains(null)) {
                            pkKnown = false;
                        }
                    }
                }
            } else {
                kind = classify(a.value(), Env.EMPTY, cols, pkNames, 0);
            }
            if (kind == ArgKind.UNKNOWN) {
                known = false;
            }
            if (pkNames.contains(null)) {
                pkKnown = false;
            }
            for (String pkName : pkNames) {
                if (pkName != null) {
                    pk.add(pkName);
                }
            }
            columns.addAll(cols);
            args.add(new TableArg(a, kind, List.copyOf(cols)));
        }
        for (ColumnDef col : columns) {
            if (col.primaryKey() && col.name() != null && !pk.contains(col.name())) {
                pk.add(col.name());
            }
            if (col.primaryKey() && col.name() == null) {
                pkKnown = false;
            }
        }
        return new CreatedTable(
                op, nameExpr, name, List.copyOf(args), List.copyOf(columns), known, List.copyOf(pk), pkKnown && known);
    }

    /**
     * What one table argument is. Columns go to {@code cols}; {@code PrimaryKeyConstraint} column names go to
     * {@code pkNames} (a null entry means "some name could not be read").
     */
    private ArgKind classify(Expr e, Env env, List<ColumnDef> cols, List<String> pkNames, int depth) {
        if (depth > MAX_DEPTH) {
            return ArgKind.UNKNOWN;
        }
        // no Resolved for what is not a name (every column of every table on every keystroke)
        Resolved r = e instanceof Name ? deref(e, env, 0) : null;
        Expr x = r == null ? e : r.expr();
        Env xEnv = r == null ? env : r.env();
        if (!(x instanceof Call c)) {
            return ArgKind.UNKNOWN;
        }
        String q = qualify(c.function());
        if (q != null && q.startsWith("sqlalchemy")) {
            String simple = simpleName(q);
            if (simple.equals("Column")) {
                cols.add(column(c, xEnv));
                return ArgKind.COLUMN;
            }
            if (simple.equals("PrimaryKeyConstraint")) {
                for (Arg a : c.positional()) {
                    pkNames.add(stringValue(a.value(), xEnv));
                }
                for (Arg a : c.args()) {
                    if (a.star() || a.doubleStar()) {
                        pkNames.add(null);
                        break;
                    }
                }
                return ArgKind.CONSTRAINT;
            }
            if (CONSTRAINTS.contains(simple)) {
                return ArgKind.CONSTRAINT;
            }
            return ArgKind.UNKNOWN;
        }
        Optional<Resolved> ret = helperReturn(c, xEnv);
        if (ret.isPresent()) {
            return classify(ret.get().expr(), ret.get().env(), cols, pkNames, depth + 1);
        }
        return ArgKind.UNKNOWN;
    }

    private ColumnDef column(Call c, Env env) {
        Expr nameExpr = c.argument(0, "name").orElse(null);
        String name = nameExpr == null ? null : stringValue(nameExpr, env);
        Optional<Arg> typeKw = c.keyword("type_");
        Expr typeExpr = typeKw.isPresent() ? typeKw.get().value() : null;
        if (typeExpr == null) {
            boolean named = c.keyword("name").isPresent();
            Arg typeArg = c.positional(named ? 0 : 1);
            if (typeArg != null) {
                typeExpr = typeArg.value();
            }
        }
        TypeRef type = typeExpr == null ? null : type(typeExpr, env);
        Optional<Arg> pkArg = c.keyword("primary_key");
        boolean pk = pkArg.isPresent() && isTrue(pkArg.get().value(), env);
        return new ColumnDef(name, nameExpr, c, type, pk);
    }

    private TypeRef type(Expr e, Env env) {
        Resolved r = e instanceof Name ? deref(e, env, 0) : null;
        Expr x = r == null ? e : r.expr();
        Call call = null;
        Expr cls = x;
        if (x instanceof Call c) {
            call = c;
            cls = derefExpr(c.function(), r == null ? env : r.env());
        }
        String q = qualify(cls);
        if (q == null || !q.startsWith("sqlalchemy")) {
            return null;
        }
        String simple = simpleName(q);
        if (NOT_TYPES.contains(simple) || simple.isEmpty()) {
            return null;
        }
        return new TypeRef(q, call, x, simple);
    }

    /** The last part of a dotted name, cut once per name and file (asked for every column and its type). */
    private String simpleName(String qualified) {
        String simple = simpleNames.get(qualified);
        if (simple == null) {
            simple = qualified.substring(qualified.lastIndexOf('.') + 1);
            simpleNames.put(qualified, simple);
        }
        return simple;
    }

    // ---------------------------------------------------------------- resolution

    /** {@link #deref}'s expression, without a {@link Resolved} when {@code e} is not a name. */
    private Expr derefExpr(Expr e, Env env) {
        return e instanceof Name ? deref(e, env, 0).expr() : e;
    }

    /** Follows names through helper parameters and module constants to the expression they stand for. */
    private Resolved deref(Expr e, Env env, int depth) {
        if (depth > MAX_DEPTH || !(e instanceof Name n)) {
            return new Resolved(e, env);
        }
        Bound b = env.bindings().get(n.id());
        if (b != null) {
            return deref(b.expr(), b.env(), depth + 1);
        }
        if (env.bindings().containsKey(n.id())) {
            return new Resolved(e, env);
        }
        Expr c = constants.get(n.id());
        if (c != null && !imports.containsKey(n.id())) {
            return deref(c, Env.EMPTY, depth + 1);
        }
        return new Resolved(e, env);
    }

    /** A list/tuple an argument unpacks ({@code *_owner_columns()}, {@code *COLUMNS}), or null. */
    private Resolved sequence(Expr e, Env env, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        Resolved r = deref(e, env, 0);
        if (r.expr() instanceof Seq) {
            return r;
        }
        if (r.expr() instanceof Call c) {
            Optional<Resolved> ret = helperReturn(c, r.env());
            if (ret.isPresent()) {
                return sequence(ret.get().expr(), ret.get().env(), depth + 1);
            }
        }
        return null;
    }

    /**
     * The value a same-module helper returns when called as {@code c}: its single {@code return} expression, with
     * parameters bound to the call's arguments and simple local assignments followed.
     */
    private Optional<Resolved> helperReturn(Call c, Env callerEnv) {
        if (!(c.function() instanceof Name n)
                || imports.containsKey(n.id())
                || callerEnv.bindings().containsKey(n.id())) {
            return Optional.empty();
        }
        Def d = functions.get(n.id());
        if (d == null || !c.complete()) {
            return Optional.empty();
        }
        Map<String, Bound> bindings = new HashMap<>();
        List<Arg> pos = c.positional();
        for (int i = 0; i < d.params().size(); i++) {
            String p = d.params().get(i);
            Optional<Arg> kw = c.keyword(p);
            if (kw.isPresent()) {
                bindings.put(p, new Bound(kw.get().value(), callerEnv));
            } else if (i < pos.size()) {
                bindings.put(p, new Bound(pos.get(i).value(), callerEnv));
            } else {
                bindings.put(p, null); // a default we do not evaluate
            }
        }
        Expr returned = null;
        int returns = 0;
        Map<String, Integer> assignCount = new HashMap<>();
        Map<String, Expr> locals = new HashMap<>();
        for (Stmt s : d.body().statements()) {
            if (s instanceof Return r) {
                returns++;
                returned = r.value();
            } else if (s instanceof Assign a && a.target() != null) {
                assignCount.put(a.target(), assignCount.getOrDefault(a.target(), 0) + 1);
                locals.put(a.target(), a.value());
            }
        }
        if (returns != 1 || returned == null) {
            return Optional.empty();
        }
        Env inner = new Env(bindings);
        Map<String, Bound> withLocals = new HashMap<>(bindings);
        for (Map.Entry<String, Expr> local : locals.entrySet()) {
            String k = local.getKey();
            withLocals.put(k, assignCount.get(k) == 1 ? new Bound(local.getValue(), inner) : null);
        }
        return Optional.of(new Resolved(returned, new Env(withLocals)));
    }

    /** The dotted name an expression stands for through imports ({@code sa.Text} -> {@code sqlalchemy.Text}). */
    private String qualify(Expr e) {
        if (e instanceof Name n) {
            String q = imports.get(n.id());
            if (q == null && !constants.containsKey(n.id()) && !functions.containsKey(n.id())) {
                q = DEFAULT_ALIASES.get(n.id());
            }
            return q;
        }
        if (e instanceof Attr a) {
            String o = qualify(a.object());
            if (o == null) {
                return null;
            }
            Map<String, String> byAttr = qualifiedNames.get(o);
            if (byAttr == null) {
                byAttr = new HashMap<>();
                qualifiedNames.put(o, byAttr);
            }
            String q = byAttr.get(a.attr());
            if (q == null) {
                q = o + "." + a.attr();
                byAttr.put(a.attr(), q);
            }
            return q;
        }
        return null;
    }

    private String stringValue(Expr e, Env env) {
        Expr x = derefExpr(e, env);
        return x instanceof Str s ? s.value() : null;
    }

    private boolean isTrue(Expr e, Env env) {
        Expr x = derefExpr(e, env);
        return x instanceof Const c && c.text().equals("True");
    }
}

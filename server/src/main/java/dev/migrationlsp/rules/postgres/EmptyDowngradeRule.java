package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.OpCall;
import dev.migrationlsp.alembic.PyAst.Attr;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Const;
import dev.migrationlsp.alembic.PyAst.Def;
import dev.migrationlsp.alembic.PyAst.Docstring;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.Pass;
import dev.migrationlsp.alembic.PyAst.Stmt;
import dev.migrationlsp.alembic.PyAst.Str;
import dev.migrationlsp.alembic.PyAst.With;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code empty-downgrade}: {@code downgrade()} is only {@code pass} while {@code upgrade()} changes the schema. The
 * fix writes the inverse operations in reverse order; operations it cannot invert become {@code # TODO} lines and
 * make the fix unsafe.
 */
public final class EmptyDowngradeRule extends AlembicRule {
    /** op calls that do not change the schema. */
    private static final Set<String> NEUTRAL = Set.of(
            "get_bind",
            "get_context",
            "f",
            "inline_literal",
            "bulk_insert",
            "run_async",
            "invoke",
            "implementation_for");

    private static final Pattern DDL =
            Pattern.compile("(?is)^\\s*(create|alter|drop|comment|grant|revoke|truncate)\\b.*");

    @Override
    public RuleCode code() {
        return RuleCode.EMPTY_DOWNGRADE;
    }

    @Override
    List<Finding> check(DocumentContext ctx, MigrationModel model) {
        if (model.upgrade().isEmpty() || model.downgrade().isEmpty()) {
            return List.of();
        }
        Def down = model.downgrade().get();
        List<Stmt> body = down.body().statements();
        if (body.isEmpty()) {
            return List.of();
        }
        for (Stmt s : body) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            if (!(s instanceof Pass || s instanceof Docstring)) {
                return List.of();
            }
        }
        List<OpCall> schemaOps = netSchemaOps(model);
        if (schemaOps.isEmpty()) {
            return List.of();
        }
        SourceText text = model.text();
        Finding.Builder f = Finding.of(
                        code(),
                        ctx.document().path(),
                        text.span(down.nameStart(), down.nameEnd()),
                        "downgrade() does nothing while upgrade() changes the schema (" + schemaOps.size()
                                + " operation" + (schemaOps.size() == 1 ? "" : "s") + ")")
                .fingerprint("def " + down.name());
        fix(ctx, model, down, schemaOps).ifPresent(f::fix);
        return List.of(f.build());
    }

    /**
     * One schema effect of an operation. Effects with a {@code key} can be undone later in the same {@code upgrade()}
     * ({@code create} true: creates/disables; false: drops/enables the same key); a null key is a lasting change.
     */
    private record Effect(String key, boolean create) {
        static final Effect LASTING = new Effect(null, true);
    }

    private static final String IDENT = "((?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))?)";
    private static final Pattern TEMP_TABLE =
            Pattern.compile("(?is)^create\\s+(?:global\\s+|local\\s+)?(?:temp|temporary)\\s+table\\b.*");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?is)^create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?" + IDENT + ".*");
    private static final Pattern DROP_TABLE =
            Pattern.compile("(?is)^drop\\s+table\\s+(?:if\\s+exists\\s+)?" + IDENT + "\\s*(?:cascade|restrict)?\\s*");
    private static final Pattern TRIGGER = Pattern.compile("(?is)^alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?"
            + IDENT + "\\s+(disable|enable)\\s+(?:always\\s+|replica\\s+)?trigger\\s+" + IDENT + "\\s*");
    private static final Pattern CREATE_INDEX =
            Pattern.compile("(?is)^create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?"
                    + "(?:if\\s+not\\s+exists\\s+)?" + IDENT + "\\s+on\\b.*");
    private static final Pattern DROP_INDEX =
            Pattern.compile("(?is)^drop\\s+index\\s+(?:concurrently\\s+)?(?:if\\s+exists\\s+)?" + IDENT
                    + "\\s*(?:cascade|restrict)?\\s*");

    /**
     * The operations of {@code upgrade()} that leave a schema change behind: an object created and dropped again in
     * {@code upgrade()} (a scratch table, an index rebuilt around a data fix), a trigger disabled and re-enabled around
     * an {@code UPDATE}, a temporary table, and data-only statements leave none.
     */
    static List<OpCall> netSchemaOps(MigrationModel model) {
        List<OpCall> ops = model.upgradeOps();
        List<List<Effect>> effects = new ArrayList<>();
        for (OpCall op : ops) {
            effects.add(effects(model, op));
        }
        // pair each undo with the latest unmatched do of the same key
        boolean[][] cancelled = new boolean[ops.size()][];
        for (int i = 0; i < ops.size(); i++) {
            cancelled[i] = new boolean[effects.get(i).size()];
        }
        for (int i = 0; i < ops.size(); i++) {
            for (int j = 0; j < effects.get(i).size(); j++) {
                Effect undo = effects.get(i).get(j);
                if (undo.key() == null || undo.create()) {
                    continue;
                }
                outer:
                for (int a = i; a >= 0; a--) {
                    for (int b = (a == i ? j : effects.get(a).size()) - 1; b >= 0; b--) {
                        Effect e = effects.get(a).get(b);
                        if (!cancelled[a][b] && e.create() && undo.key().equals(e.key())) {
                            cancelled[a][b] = true;
                            cancelled[i][j] = true;
                            break outer;
                        }
                    }
                }
            }
        }
        List<OpCall> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            for (boolean c : cancelled[i]) {
                if (!c) {
                    out.add(ops.get(i));
                    break;
                }
            }
        }
        return out;
    }

    private static List<Effect> effects(MigrationModel model, OpCall op) {
        if (NEUTRAL.contains(op.name())) {
            return List.of();
        }
        Call c = op.call();
        String schema = c.keyword("schema")
                .or(() -> op.batchCall() == null
                        ? Optional.empty()
                        : op.batchCall().keyword("schema"))
                .flatMap(a -> MigrationModel.stringValue(a.value()))
                .orElse(null);
        switch (op.name()) {
            case "execute" -> {
                return sqlEffects(op.sql());
            }
            case "create_table", "drop_table" -> {
                if (op.name().equals("create_table")
                        && c.keyword("prefixes")
                                .map(a -> model.text()
                                        .slice(a.value().start(), a.value().end())
                                        .toUpperCase()
                                        .contains("TEMP"))
                                .orElse(false)) {
                    return List.of(); // a temporary table disappears with the session
                }
                return List.of(keyed(
                        "table",
                        qualified(schema, literal(c, 0, "table_name")),
                        op.name().startsWith("create")));
            }
            case "add_column", "drop_column" -> {
                String table = op.inBatch() ? literal(op.batchTable()) : literal(c, 0, "table_name");
                String column = op.name().equals("add_column")
                        ? columnName(model, op).orElse(null)
                        : literal(c, op.inBatch() ? 0 : 1, "column_name");
                return List.of(keyed(
                        "column",
                        table == null || column == null ? null : qualified(schema, table) + "." + column,
                        op.name().startsWith("add")));
            }
            case "create_index", "drop_index" -> {
                return List.of(keyed(
                        "index",
                        qualified(schema, literal(c, 0, "index_name")),
                        op.name().startsWith("create")));
            }
            case "create_unique_constraint",
                    "create_foreign_key",
                    "create_check_constraint",
                    "create_primary_key",
                    "create_exclude_constraint",
                    "drop_constraint" -> {
                return List.of(keyed(
                        "constraint",
                        literal(c, 0, "constraint_name"),
                        op.name().startsWith("create")));
            }
            default -> {
                return List.of(Effect.LASTING);
            }
        }
    }

    private static Effect keyed(String kind, String name, boolean create) {
        return name == null ? Effect.LASTING : new Effect(kind + ":" + name, create);
    }

    private static String literal(Call c, int index, String keyword) {
        return c.argument(index, keyword).map(EmptyDowngradeRule::literal).orElse(null);
    }

    private static String literal(Expr e) {
        return e instanceof Str s ? s.value() : null;
    }

    private static String qualified(String schema, String name) {
        return name == null ? null : schema == null ? name : schema + "." + name;
    }

    /** The effects of SQL text: DDL statements count (some can be undone later), data statements do not. */
    private static List<Effect> sqlEffects(String sql) {
        if (sql == null) {
            return List.of(); // unknown text: not assumed to change the schema
        }
        List<Effect> out = new ArrayList<>();
        for (String stmt : statements(sql)) {
            Matcher m;
            if (!DDL.matcher(stmt).matches() || TEMP_TABLE.matcher(stmt).matches()) {
                continue;
            }
            if ((m = CREATE_TABLE.matcher(stmt)).matches()) {
                out.add(new Effect("table:" + sqlName(m.group(1)), true));
            } else if ((m = DROP_TABLE.matcher(stmt)).matches()) {
                out.add(new Effect("table:" + sqlName(m.group(1)), false));
            } else if ((m = TRIGGER.matcher(stmt)).matches()) {
                out.add(new Effect(
                        "trigger-disabled:" + sqlName(m.group(1)) + "." + sqlName(m.group(3)),
                        m.group(2).equalsIgnoreCase("disable")));
            } else if ((m = CREATE_INDEX.matcher(stmt)).matches()) {
                out.add(new Effect("index:" + sqlName(m.group(1)), true));
            } else if ((m = DROP_INDEX.matcher(stmt)).matches()) {
                out.add(new Effect("index:" + sqlName(m.group(1)), false));
            } else {
                out.add(Effect.LASTING);
            }
        }
        return out;
    }

    /** A dot between the parts of a qualified name, outside double quotes (compiled once: read for every operation). */
    private static final Pattern QUALIFIER_DOT = Pattern.compile("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    /** PostgreSQL folds unquoted identifiers to lower case; quoted ones are kept. */
    private static String sqlName(String ident) {
        StringBuilder out = new StringBuilder();
        for (String part : QUALIFIER_DOT.split(ident)) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(
                    part.startsWith("\"")
                            ? part.substring(1, part.length() - 1)
                            : part.toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    /** Statements of a script split at top-level {@code ;} (outside quotes, dollar quotes and comments). */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                cur.append(' ');
                continue;
            }
            if (ch == '\'' || ch == '"') {
                int close = sql.indexOf(ch, i + 1);
                close = close < 0 ? n - 1 : close;
                cur.append(sql, i, close + 1);
                i = close;
                continue;
            }
            if (ch == '$') {
                int tagEnd = sql.indexOf('$', i + 1);
                if (tagEnd > 0 && sql.substring(i + 1, tagEnd).matches("\\w*")) {
                    String tag = sql.substring(i, tagEnd + 1);
                    int close = sql.indexOf(tag, tagEnd + 1);
                    close = close < 0 ? n - tag.length() : close;
                    cur.append(sql, i, close + tag.length());
                    i = close + tag.length() - 1;
                    continue;
                }
            }
            if (ch == ';') {
                if (!cur.toString().isBlank()) {
                    out.add(cur.toString().strip());
                }
                cur.setLength(0);
                continue;
            }
            cur.append(ch);
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private Optional<Fix> fix(DocumentContext ctx, MigrationModel model, Def down, List<OpCall> ops) {
        SourceText t = model.text();
        String defIndent = leadingWhitespace(t, down.start());
        String indent = down.body().indent() != null ? down.body().indent() : defIndent + "    ";
        String unit = indent.length() > defIndent.length() ? indent.substring(defIndent.length()) : "    ";
        List<String> lines = new ArrayList<>();
        boolean[] complete = {true};
        SourceEdits se = new SourceEdits(model, ctx.document().path());
        for (int i = ops.size() - 1; i >= 0; ) {
            OpCall op = ops.get(i);
            if (!op.inBatch()) {
                lines.add(inverse(t, model, se, op, complete));
                i--;
                continue;
            }
            // the batch block's operations, reversed, inside one reversed batch block
            With block = op.batch();
            List<String> inner = new ArrayList<>();
            while (i >= 0 && ops.get(i).batch() == block) {
                inner.add(inverse(t, model, se, ops.get(i), complete));
                i--;
            }
            String alias = op.receiver() instanceof dev.migrationlsp.alembic.PyAst.Name n ? n.id() : "batch_op";
            Call batchCall = op.batchCall();
            String batchAlter = batchCall.function() instanceof Attr a
                    ? src(t, a.object()) + ".batch_alter_table"
                    : src(t, batchCall.function());
            String batchSchema = batchCall
                    .keyword("schema")
                    .map(a -> ", schema=" + src(t, a.value()))
                    .orElse("");
            if (op.batchTable() == null) {
                complete[0] = false;
                lines.add("# TODO: reverse the batch_alter_table block of upgrade()");
                continue;
            }
            lines.add("with " + batchAlter + "(" + src(t, op.batchTable()) + batchSchema + ") as " + alias + ":");
            for (String s : inner) {
                lines.add(unit + s);
            }
            if (inner.stream().allMatch(s -> s.startsWith("#"))) {
                lines.add(unit + "pass"); // a suite of comments only is not valid Python
            }
        }
        if (lines.stream().allMatch(s -> s.startsWith("#"))) {
            lines.add("pass"); // every operation left as a TODO: the body still needs a statement
        }
        Stmt pass = down.body().statements().stream()
                .filter(s -> s instanceof Pass)
                .findFirst()
                .orElse(null);
        Edit edit;
        String joined = String.join("\n" + indent, lines);
        if (pass != null && down.body().indent() == null) {
            // `def downgrade(): pass` -> a real suite
            edit = new Edit.Replace(
                    ctx.document().path(), down.body().headerColon() + 1, pass.end(), "\n" + indent + joined);
        } else if (pass != null) {
            edit = new Edit.Replace(ctx.document().path(), pass.start(), pass.end(), joined);
        } else {
            Stmt last = down.body().statements().get(down.body().statements().size() - 1);
            edit = Edit.insert(ctx.document().path(), last.end(), "\n" + indent + joined);
        }
        Edit.Replace r = (Edit.Replace) edit;
        edit = new Edit.Replace(r.file(), r.startOffset(), r.endOffset(), SourceEdits.newlines(t, r.newText()));
        List<Edit> edits = new ArrayList<>(se.importEdits());
        edits.add(edit);
        return Optional.of(new Fix(
                complete[0] ? "Generate downgrade()" : "Generate downgrade() (with TODOs to finish)",
                complete[0],
                edits));
    }

    private static String inverse(SourceText t, MigrationModel model, SourceEdits se, OpCall op, boolean[] complete) {
        Call c = op.call();
        // `op.x` / `o.x` / `alembic.op.x` / `batch_op.x` keep their receiver; a bare `x` (from alembic.op) stays bare
        java.util.function.Function<String, String> spell = op.bare()
                ? se::op
                : name -> t.slice(op.receiver().start(), op.receiver().end()) + "." + name;
        boolean batch = op.inBatch();
        String schema =
                c.keyword("schema").map(a -> ", schema=" + src(t, a.value())).orElse("");
        String result = switch (op.name()) {
            case "create_table" ->
                arg(c, 0, "table_name")
                        .map(n -> spell.apply("drop_table") + "(" + src(t, n) + schema + ")")
                        .orElse(null);
            case "add_column" -> {
                Optional<String> column = columnName(model, op).map(se::str);
                if (batch) {
                    yield column.map(n -> spell.apply("drop_column") + "(" + n + ")")
                            .orElse(null);
                }
                Optional<Expr> table = arg(c, 0, "table_name");
                yield table.isPresent() && column.isPresent()
                        ? spell.apply("drop_column") + "(" + src(t, table.get()) + ", " + column.get() + schema + ")"
                        : null;
            }
            case "create_index" -> {
                Optional<Expr> name = named(arg(c, 0, "index_name"));
                if (batch) {
                    yield name.map(n -> spell.apply("drop_index") + "(" + src(t, n) + ")")
                            .orElse(null);
                }
                Optional<Expr> table = arg(c, 1, "table_name");
                yield name.isPresent() && table.isPresent()
                        ? spell.apply("drop_index") + "(" + src(t, name.get()) + ", table_name=" + src(t, table.get())
                                + schema + ")"
                        : null;
            }
            case "create_unique_constraint" ->
                dropConstraint(t, c, spell, batch, "table_name", se.str("unique"), schema);
            case "create_foreign_key" ->
                dropConstraint(t, c, spell, batch, "source_table", se.str("foreignkey"), schema);
            case "create_check_constraint" -> dropConstraint(t, c, spell, batch, "table_name", se.str("check"), schema);
            case "create_primary_key" -> dropConstraint(t, c, spell, batch, "table_name", se.str("primary"), schema);
            case "rename_table" -> {
                Optional<Expr> from = arg(c, 0, "old_table_name");
                Optional<Expr> to = arg(c, 1, "new_table_name");
                yield from.isPresent() && to.isPresent()
                        ? spell.apply("rename_table") + "(" + src(t, to.get()) + ", " + src(t, from.get()) + schema
                                + ")"
                        : null;
            }
            default -> null;
        };
        if (result == null) {
            complete[0] = false;
            return "# TODO: reverse "
                    + t.slice(c.function().start(), c.function().end()) + "(...) from upgrade()";
        }
        return result;
    }

    private static String dropConstraint(
            SourceText t,
            Call c,
            java.util.function.Function<String, String> spell,
            boolean batch,
            String tableKeyword,
            String type,
            String schema) {
        Optional<Expr> name = named(arg(c, 0, "constraint_name"));
        if (name.isEmpty()) {
            return null;
        }
        if (batch) {
            return spell.apply("drop_constraint") + "(" + src(t, name.get()) + ", type_=" + type + ")";
        }
        Optional<Expr> table = arg(c, 1, tableKeyword);
        return table.map(tb -> spell.apply("drop_constraint") + "(" + src(t, name.get()) + ", " + src(t, tb)
                        + ", type_=" + type + schema + ")")
                .orElse(null);
    }

    /** A constraint or index name; {@code None} (a name chosen by the database) cannot be dropped by name. */
    private static Optional<Expr> named(Optional<Expr> e) {
        return e.filter(x -> !(x instanceof Const c && c.text().equals("None")));
    }

    private static Optional<Expr> arg(Call c, int index, String keyword) {
        return c.argument(index, keyword);
    }

    /** The name of the column {@code op} (an {@code add_column}) adds, when it is written inside the operation. */
    private static Optional<String> columnName(MigrationModel model, OpCall op) {
        ColumnDef col = model.addedColumn(op);
        return col != null
                        && col.call().start() >= op.call().start()
                        && col.call().end() <= op.call().end()
                        && col.name() != null
                ? Optional.of(col.name())
                : Optional.empty();
    }

    private static String src(SourceText t, Expr e) {
        return t.slice(e.start(), e.end());
    }

    private static String leadingWhitespace(SourceText t, int offset) {
        int ls = t.lineStart(t.lineOf(offset));
        String lead = t.slice(ls, offset);
        return lead.isBlank() ? lead : "";
    }
}

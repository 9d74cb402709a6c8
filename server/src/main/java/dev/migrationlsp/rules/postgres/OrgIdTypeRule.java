package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Attr;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.alembic.PyAst.Str;
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

/** {@code org-id-type}: an {@code org_id} column that is not {@code sa.Text()} with {@code server_default="default"}. */
public final class OrgIdTypeRule extends AlembicRule {
    /** History-aware: a later revision may fix the table (see {@link LaterHistory}). */
    @Override
    public java.util.Set<dev.migrationlsp.rules.WorkspaceFact> reads() {
        return HISTORY;
    }

    private static final Set<String> TEXT_TYPES = Set.of("Text", "TEXT");

    @Override
    public RuleCode code() {
        return RuleCode.ORG_ID_TYPE;
    }

    @Override
    List<Finding> check(DocumentContext ctx, MigrationModel model) {
        List<Finding> out = new ArrayList<>();
        List<ColumnDef> columns = new ArrayList<>();
        // plain loops: on JDK 17 each lambda's first use costs `check` ~0.2 ms
        for (CreatedTable t : model.createdTables()) {
            Optional<ColumnDef> orgId = t.column("org_id");
            if (orgId.isPresent()) {
                columns.add(orgId.get());
            }
        }
        for (ColumnDef c : model.addedColumns()) {
            if ("org_id".equals(c.name())) {
                columns.add(c);
            }
        }
        SourceText text = model.text();
        java.util.Map<Integer, String> tableOf = new java.util.HashMap<>(); // org_id name offset -> its table
        for (dev.migrationlsp.postgres.PgChange ch : columns.isEmpty()
                ? List.<dev.migrationlsp.postgres.PgChange>of()
                : dev.migrationlsp.postgres.AlembicChanges.of(ctx.document())) {
            if (ch instanceof dev.migrationlsp.postgres.PgChange.CreateTable ct) {
                for (var col : ct.columns()) {
                    if ("org_id".equals(col.name().name())) { // only org_id columns are looked up (not all 2,000)
                        tableOf.put(col.name().start(), ct.table().name());
                    }
                }
            } else if (ch instanceof dev.migrationlsp.postgres.PgChange.AddColumn ac) {
                tableOf.put(ac.column().name().start(), ac.table().name());
            }
        }
        for (ColumnDef c : columns) {
            if (c.type() == null) {
                continue; // no type we can read: say nothing
            }
            boolean textType = TEXT_TYPES.contains(c.type().simpleName());
            Optional<Arg> def = c.call().keyword("server_default");
            boolean goodDefault = def.isPresent() && isDefaultLiteral(def.get().value());
            if (textType && goodDefault) {
                continue;
            }
            if (c.nameExpr() != null
                    && orgIdRightLater(ctx, tableOf.get(c.nameExpr().start()))) {
                continue; // a later revision corrects it
            }
            Expr flagged =
                    !textType ? c.type().expr() : def.isPresent() ? def.get().value() : c.nameExpr();
            String problem = !textType
                    ? "org_id is " + c.type().simpleName() + ", not Text"
                    : def.isPresent()
                            ? "org_id's server_default is not \"default\""
                            : "org_id has no server_default=\"default\"";
            Finding.Builder f = Finding.of(
                            code(),
                            ctx.document().path(),
                            text.span(flagged.start(), flagged.end()),
                            problem + "; the tenant column is sa.Text() with server_default=\"default\"")
                    .fingerprint(text.slice(flagged.start(), flagged.end()));
            if (c.call().complete()) {
                SourceEdits se = new SourceEdits(model, ctx.document().path());
                List<Edit> edits = new ArrayList<>();
                boolean local = c.type().expr().start() >= c.call().start()
                        && c.type().expr().end() <= c.call().end();
                if (!textType && local) {
                    edits.add(se.replace(
                            c.type().expr().start(),
                            c.type().expr().end(),
                            se.sa("Text", c.call().function() instanceof Name) + "()"));
                }
                if (def.isPresent() && !goodDefault) {
                    edits.add(se.replace(
                            def.get().value().start(), def.get().value().end(), se.str("default")));
                } else if (def.isEmpty()) {
                    Arg last = c.call().args().get(c.call().args().size() - 1);
                    edits.add(Edit.insert(ctx.document().path(), last.end(), ", server_default=" + se.str("default")));
                }
                if (textType || local) {
                    edits.addAll(se.importEdits());
                    // changing the type of a tenant column that may hold data is a decision, not a formality
                    f.fix(new Fix("Make org_id Text with server_default \"default\"", false, edits));
                }
            }
            out.add(f.build());
        }
        return out;
    }

    /** {@code "default"} or {@code sa.text("'default'")}. */
    private static boolean isDefaultLiteral(Expr e) {
        if (e instanceof Str s) {
            return "default".equals(s.value());
        }
        if (e instanceof Call c
                && c.function() instanceof Attr a
                && a.attr().equals("text")
                && c.args().size() == 1
                && c.args().get(0).value() instanceof Str s) {
            return "'default'".equals(s.value());
        }
        return e instanceof Call c
                && c.function() instanceof Name n
                && n.id().equals("text")
                && c.args().size() == 1
                && c.args().get(0).value() instanceof Str s2
                && "'default'".equals(s2.value());
    }

    private static boolean orgIdRightLater(DocumentContext ctx, String table) {
        Optional<dev.migrationlsp.postgres.PgTable> end = LaterHistory.atEnd(ctx, table);
        return end.isPresent() && LaterHistory.orgIdRight(end.get());
    }
}

package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.ArgKind;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.alembic.MigrationModel.TableArg;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentContext;
import java.util.ArrayList;
import java.util.List;

/** {@code missing-org-id}: a table {@code upgrade()} creates has no {@code org_id} column (multi-tenancy). */
public final class MissingOrgIdRule extends AlembicRule {
    /** History-aware: a later revision may fix the table (see {@link LaterHistory}). */
    @Override
    public java.util.Set<dev.migrationlsp.rules.WorkspaceFact> reads() {
        return HISTORY;
    }

    @Override
    public RuleCode code() {
        return RuleCode.MISSING_ORG_ID;
    }

    @Override
    List<Finding> check(DocumentContext ctx, MigrationModel model) {
        List<Finding> out = new ArrayList<>();
        SourceText text = model.text();
        for (CreatedTable t : model.createdTables()) {
            if (!t.columnsKnown()
                    || t.column("org_id").isPresent()
                    || LaterHistory.atEnd(ctx, t.name())
                            .flatMap(end -> end.column("org_id"))
                            .isPresent()) {
                continue; // a later revision adds it: the table as its history leaves it is fine
            }
            String label = t.name() == null
                    ? text.slice(t.nameExpr().start(), t.nameExpr().end())
                    : t.name();
            Finding.Builder f = Finding.of(
                            code(),
                            ctx.document().path(),
                            text.span(t.nameExpr().start(), t.nameExpr().end()),
                            "Table " + label
                                    + " has no org_id column; every PostgreSQL table carries the tenant (org_id, Text, default \"default\")")
                    .fingerprint(text.slice(t.nameExpr().start(), t.nameExpr().end()));
            SourceEdits se = new SourceEdits(model, ctx.document().path());
            boolean bare = t.columns().stream()
                    .findFirst()
                    .map(c -> c.call().function() instanceof Name)
                    .orElse(false);
            String column = se.sa("Column", bare) + "(" + se.str("org_id") + ", " + se.sa("Text", bare)
                    + "(), nullable=False, server_default=" + se.str("default") + ")";
            TableArg after = insertionPoint(t);
            if (after.arg().keyword() != null) {
                out.add(f.build()); // only keyword arguments to insert after: a positional one cannot follow
                continue;
            }
            List<Edit> edits = new ArrayList<>();
            edits.add(se.insertArgAfter(t.op().call(), after.arg(), column));
            edits.addAll(se.importEdits());
            out.add(f.fix(new Fix("Add org_id column", true, edits)).build());
        }
        return out;
    }

    /** After the primary-key column when it is written directly in the call, else after the table name. */
    private static TableArg insertionPoint(CreatedTable t) {
        for (TableArg a : t.args()) {
            if (a.kind() == ArgKind.COLUMN
                    && a.columns().stream()
                            .anyMatch(c -> c.primaryKey()
                                    || (c.name() != null
                                            && t.primaryKeyColumns().contains(c.name())))) {
                return a;
            }
        }
        return t.args().stream()
                .filter(a -> a.kind() == ArgKind.NAME)
                .findFirst()
                .orElse(t.args().get(0));
    }
}

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

/** {@code missing-timestamps}: a table {@code upgrade()} creates lacks {@code created_at} and/or {@code updated_at}. */
public final class MissingTimestampsRule extends AlembicRule {
    /** History-aware: a later revision may fix the table (see {@link LaterHistory}). */
    @Override
    public java.util.Set<dev.migrationlsp.rules.WorkspaceFact> reads() {
        return HISTORY;
    }

    private static final List<String> COLUMNS = List.of("created_at", "updated_at");

    @Override
    public RuleCode code() {
        return RuleCode.MISSING_TIMESTAMPS;
    }

    @Override
    List<Finding> check(DocumentContext ctx, MigrationModel model) {
        List<Finding> out = new ArrayList<>();
        SourceText text = model.text();
        for (CreatedTable t : model.createdTables()) {
            if (!t.columnsKnown()) {
                continue;
            }
            java.util.Optional<dev.migrationlsp.postgres.PgTable> end = LaterHistory.atEnd(ctx, t.name());
            // plain loops: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            List<String> missing = new ArrayList<>();
            for (String c : COLUMNS) {
                if (t.column(c).isEmpty()
                        && (end.isEmpty() || end.get().column(c).isEmpty())) {
                    missing.add(c); // not added by a later revision either
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            String label = t.name() == null
                    ? text.slice(t.nameExpr().start(), t.nameExpr().end())
                    : t.name();
            SourceEdits se = new SourceEdits(model, ctx.document().path());
            boolean bare = !t.columns().isEmpty() && t.columns().get(0).call().function() instanceof Name;
            List<String> columns = new ArrayList<>();
            for (String name : missing) {
                columns.add(se.sa("Column", bare) + "(" + se.str(name) + ", " + se.sa("DateTime", bare)
                        + "(timezone=True), server_default=" + se.sa("func", bare) + ".now(), nullable=False)");
            }
            TableArg after = lastColumnArg(t);
            List<Edit> edits = new ArrayList<>();
            edits.add(se.insertArgsAfter(t.op().call(), after.arg(), columns));
            edits.addAll(se.importEdits());
            List<Fix> fixes = after.arg().keyword() != null
                    ? List.of()
                    : List.of(new Fix("Add " + String.join(" and ", missing), true, edits));
            out.add(Finding.of(
                            code(),
                            ctx.document().path(),
                            text.span(t.nameExpr().start(), t.nameExpr().end()),
                            "Table " + label + " lacks " + String.join(" and ", missing)
                                    + " (DateTime(timezone=True) columns every table carries)")
                    .fingerprint(text.slice(t.nameExpr().start(), t.nameExpr().end()))
                    .fixes(fixes)
                    .build());
        }
        return out;
    }

    private static TableArg lastColumnArg(CreatedTable t) {
        TableArg last = null;
        for (TableArg a : t.args()) {
            if (a.kind() == ArgKind.COLUMN || a.kind() == ArgKind.COLUMNS || a.kind() == ArgKind.NAME) {
                last = a;
            }
        }
        return last == null ? t.args().get(0) : last;
    }
}

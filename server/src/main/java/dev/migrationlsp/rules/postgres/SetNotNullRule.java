package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgSchema;
import dev.migrationlsp.postgres.PgTable;
import java.util.List;
import java.util.Optional;

/**
 * {@code set-not-null}: {@code alter_column(nullable=False)} (or {@code SET NOT NULL}) on an existing column scans the
 * whole table under an ACCESS EXCLUSIVE lock. From PostgreSQL 12 a validated {@code CHECK (column IS NOT NULL)} makes
 * PostgreSQL skip the scan, and the check can be added {@code NOT VALID} and validated under a weaker lock.
 */
public final class SetNotNullRule extends SafetyRule {

    @Override
    public RuleCode code() {
        return RuleCode.SET_NOT_NULL;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (!(c instanceof AlterColumn alt) || !Boolean.FALSE.equals(alt.nullable())) {
            return;
        }
        String table = alt.table().name();
        String column = alt.column().name();
        if (r.columnAddedHere(table, column, index)) {
            return;
        }
        PgSchema.Lookup t = r.tableBefore(index, table);
        if (t.exists()) {
            Optional<PgTable.PgColumn> col = t.table().column(column);
            if (col.isPresent() && !col.get().nullable()) {
                return; // already NOT NULL: PostgreSQL does not scan again
            }
            if (r.postgresVersion >= 12
                    && t.table().constraints().stream().anyMatch(k -> k.validated() && k.provesNotNull(column))) {
                return;
            }
        }
        String advice = r.postgresVersion >= 12
                ? "; add CHECK (" + column
                        + " IS NOT NULL) NOT VALID and VALIDATE it first, then PostgreSQL skips the scan"
                : " (postgres-version " + r.postgresVersion + ": before 12 a CHECK constraint does not help)";
        Finding.Builder f = r.finding(
                this,
                c,
                "SET NOT NULL on " + table + "." + column + " scans the whole table under " + "an ACCESS EXCLUSIVE lock"
                        + advice);
        if (r.postgresVersion >= 12) {
            fix(r, alt).ifPresent(f::fix);
        }
        out.add(f.build());
    }

    private Optional<Fix> fix(Revision r, AlterColumn alt) {
        if (alt.site().op() == null || alt.site().inBatch()) {
            return Optional.empty();
        }
        if (alt.site().sql()
                ? r.soleSqlStatement(alt).isEmpty()
                        || !Revision.plainName(alt.table().name())
                        || !Revision.plainName(alt.column().name())
                : !alt.table().located()) {
            return Optional.empty(); // SQL: the op.execute stays as written, the steps go around it
        }
        Call call = alt.site().op().call();
        Optional<int[]> lines = r.statementLines(call);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int[] l = lines.get();
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        String indent = r.model.text().slice(l[0], l[0] + l[2]);
        String table = alt.table().name();
        String column = alt.column().name();
        String name = constraintName("ck_" + table.replace('.', '_') + "_" + column + "_not_null");
        String before = indent + se.op("create_check_constraint") + "(" + se.str(name) + ", " + se.str(table) + ", "
                + se.str(column + " IS NOT NULL") + ", postgresql_not_valid=True)\n"
                + indent + "with " + se.op("get_context") + "().autocommit_block():\n"
                + indent + "    " + se.op("execute") + "("
                + se.str("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name)
                + ")\n";
        String after = "\n" + indent + se.op("drop_constraint") + "(" + se.str(name) + ", " + se.str(table) + ", type_="
                + se.str("check") + ")";
        return Optional.of(new Fix(
                "Validate a NOT NULL check constraint first",
                false,
                se.withImports(List.of(se.replace(l[0], l[0], before), se.replace(l[1], l[1], after)))));
    }

    /** PostgreSQL truncates identifiers at 63 bytes; keep the name the migration writes the one it gets. */
    static String constraintName(String n) {
        return n.length() <= 63 ? n : n.substring(0, 63);
    }
}

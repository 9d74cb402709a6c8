package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddConstraint;
import dev.migrationlsp.postgres.PgChange.ConstraintKind;
import java.util.List;
import java.util.Optional;

/**
 * {@code constraint-not-valid}: {@code create_foreign_key} / {@code create_check_constraint} (or {@code ADD CONSTRAINT
 * ... FOREIGN KEY / CHECK}) on an existing table without {@code NOT VALID}: every row is checked while the lock is held
 * (SHARE ROW EXCLUSIVE on both tables for a foreign key, ACCESS EXCLUSIVE for a check).
 */
public final class ConstraintNotValidRule extends SafetyRule {

    @Override
    public RuleCode code() {
        return RuleCode.CONSTRAINT_NOT_VALID;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (!(c instanceof AddConstraint ac)
                || ac.notValid()
                || ac.kind() != ConstraintKind.FOREIGN_KEY && ac.kind() != ConstraintKind.CHECK) {
            return;
        }
        String what = ac.kind() == ConstraintKind.FOREIGN_KEY ? "foreign key" : "check constraint";
        Finding.Builder f = r.finding(
                this,
                c,
                "Adding a " + what + " to existing table " + ac.table().name()
                        + " checks every row while holding " + aLock(lockMode(c))
                        + "; add it with postgresql_not_valid=True "
                        + "and VALIDATE CONSTRAINT it in a later transaction (SHARE UPDATE EXCLUSIVE)");
        fix(r, ac).ifPresent(f::fix);
        out.add(f.build());
    }

    private Optional<Fix> fix(Revision r, AddConstraint ac) {
        if (ac.site().op() == null || ac.site().inBatch() || ac.name() == null) {
            return Optional.empty();
        }
        Call call = ac.site().op().call();
        Optional<int[]> lines = r.statementLines(call);
        if (lines.isEmpty() || call.args().isEmpty()) {
            return Optional.empty();
        }
        int[] l = lines.get();
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        Edit kw;
        if (ac.site().sql()) {
            // ALTER TABLE ... ADD CONSTRAINT in op.execute: NOT VALID ends the statement inside the string
            Optional<int[]> sql = r.soleSqlStatement(ac);
            if (sql.isEmpty()
                    || !Revision.plainName(ac.table().name())
                    || !Revision.plainName(ac.name().name())) {
                return Optional.empty();
            }
            kw = se.replace(sql.get()[1], sql.get()[1], " NOT VALID");
        } else {
            List<Arg> args = call.args();
            kw = se.insertArgAfter(call, args.get(args.size() - 1), "postgresql_not_valid=True");
        }
        String indent = r.model.text().slice(l[0], l[0] + l[2]);
        String validate = "\n" + indent + "with " + se.op("get_context") + "().autocommit_block():\n" + indent + "    "
                + se.op("execute") + "("
                + se.str("ALTER TABLE " + ac.table().name() + " VALIDATE CONSTRAINT "
                        + ac.name().name()) + ")";
        return Optional.of(new Fix(
                "Add NOT VALID, then validate in its own transaction",
                false,
                se.withImports(List.of(kw, se.replace(l[1], l[1], validate)))));
    }
}

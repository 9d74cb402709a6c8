package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddConstraint;
import dev.migrationlsp.postgres.PgChange.ConstraintKind;
import dev.migrationlsp.postgres.PgChange.CreateIndex;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code unique-constraint-without-index}: {@code create_unique_constraint} / {@code create_primary_key} (or {@code ADD
 * CONSTRAINT ... UNIQUE / PRIMARY KEY}) on an existing table that is not {@code USING INDEX} of an index built
 * concurrently: the index is built while an ACCESS EXCLUSIVE lock blocks reads and writes.
 */
public final class UniqueConstraintWithoutIndexRule extends SafetyRule {

    @Override
    public RuleCode code() {
        return RuleCode.UNIQUE_CONSTRAINT_WITHOUT_INDEX;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (!(c instanceof AddConstraint ac)
                || ac.kind() != ConstraintKind.UNIQUE && ac.kind() != ConstraintKind.PRIMARY_KEY) {
            return;
        }
        if (ac.usingIndex() != null) {
            Optional<CreateIndex> ix = r.ctx.workspace() == null
                    ? Optional.empty()
                    : r.schema().index(r.ctx.document().path(), index, ac.usingIndex());
            if (ix.isEmpty() || ix.get().concurrently()) {
                return; // built concurrently, or an index this history does not show: nothing to say
            }
        }
        String what = ac.kind() == ConstraintKind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
        Finding.Builder f = r.finding(
                this,
                c,
                "Adding a " + what + " constraint to existing table "
                        + ac.table().name()
                        + " builds its index under an ACCESS EXCLUSIVE lock; create a unique index with "
                        + "postgresql_concurrently=True first, then ADD CONSTRAINT ... " + what + " USING INDEX");
        fix(r, ac, what).ifPresent(f::fix);
        out.add(f.build());
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT c UNIQUE|PRIMARY KEY (a, b)} and nothing else, all names unquoted. */
    private static final Pattern SQL_ADD_KEY =
            Pattern.compile("(?is)ALTER\\s+TABLE\\s+(?:ONLY\\s+)?[a-z_][a-z0-9_$]*\\s+"
                    + "ADD\\s+CONSTRAINT\\s+[a-z_][a-z0-9_$]*\\s+(?:UNIQUE|PRIMARY\\s+KEY)\\s*"
                    + "\\(\\s*[a-z_][a-z0-9_$]*(?:\\s*,\\s*[a-z_][a-z0-9_$]*)*\\s*\\)");

    private Optional<Fix> fix(Revision r, AddConstraint ac, String what) {
        if (ac.site().op() == null
                || ac.site().inBatch()
                || ac.name() == null
                || !ac.site().sql() && !ac.table().located()
                || ac.columns().isEmpty()
                || ac.columns().contains(null)) {
            return Optional.empty();
        }
        Call call = ac.site().op().call();
        Optional<int[]> lines = r.statementLines(call);
        SourceText t = r.model.text();
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        String columns;
        if (ac.site().sql()) {
            // the whole op.execute is replaced: only a statement that says nothing more than the steps will
            Optional<int[]> sql = r.soleSqlStatement(ac);
            if (sql.isEmpty()
                    || !Revision.plainName(ac.table().name())
                    || !Revision.plainName(ac.name().name())
                    || !ac.columns().stream().allMatch(Revision::plainName)
                    || !SQL_ADD_KEY.matcher(t.slice(sql.get()[0], sql.get()[1])).matches()) {
                return Optional.empty();
            }
            columns = ac.columns().stream().map(se::str).collect(Collectors.joining(", ", "[", "]"));
        } else {
            Optional<Expr> list = call.argument(2, "columns");
            if (list.isEmpty()) {
                return Optional.empty();
            }
            columns = t.slice(list.get().start(), list.get().end());
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int[] l = lines.get();
        String indent = t.slice(l[0], l[0] + l[2]);
        String name = ac.name().name();
        String table = ac.table().name();
        String replacement = indent + "with " + se.op("get_context") + "().autocommit_block():\n"
                + indent + "    " + se.op("create_index") + "(" + se.str(name) + ", " + se.str(table) + ", "
                + columns + ", unique=True, postgresql_concurrently=True)\n"
                + indent + se.op("execute") + "("
                + se.str("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + what + " USING INDEX " + name)
                + ")";
        return Optional.of(new Fix(
                "Build a unique index concurrently and add the constraint using it",
                false,
                se.withImports(List.of(se.replace(l[0], l[1], replacement)))));
    }
}

package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgSchema;
import dev.migrationlsp.postgres.PgType;
import java.util.List;

/**
 * {@code table-rewrite-type-change}: {@code alter_column(type_=...)} (or {@code ALTER COLUMN ... TYPE}) that rewrites
 * the table and its indexes under an ACCESS EXCLUSIVE lock. The old type comes from {@code existing_type=} or else from
 * the replayed history; binary-coercible changes (widening a {@code varchar}, {@code varchar} to {@code text}, more
 * {@code numeric} precision at the same scale) are fine, and an unknown old type says nothing.
 */
public final class TableRewriteTypeChangeRule extends SafetyRule {

    @Override
    public RuleCode code() {
        return RuleCode.TABLE_REWRITE_TYPE_CHANGE;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (!(c instanceof AlterColumn alt)
                || alt.type() == null
                || r.columnAddedHere(alt.table().name(), alt.column().name(), index)) {
            return;
        }
        PgType old = alt.existingType();
        if (old == null || !old.known()) {
            PgSchema.Lookup t = r.tableBefore(index, alt.table().name());
            old = t.exists()
                    ? t.table()
                            .column(alt.column().name())
                            .map(col -> col.type())
                            .orElse(PgType.UNKNOWN)
                    : PgType.UNKNOWN;
        }
        if (old.rewriteTo(alt.type()) != PgType.Rewrite.YES) {
            return;
        }
        out.add(r.finding(
                        this,
                        c,
                        "Changing " + alt.table().name() + "." + alt.column().name() + " from "
                                + old.display() + " to " + alt.type().display()
                                + " rewrites the table and its indexes under an "
                                + "ACCESS EXCLUSIVE lock; add a new column, backfill it and switch over instead")
                .build());
    }
}

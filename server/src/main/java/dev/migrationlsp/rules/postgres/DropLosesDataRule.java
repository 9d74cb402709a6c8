package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.DropColumn;
import dev.migrationlsp.postgres.PgChange.DropTable;
import java.util.List;

/**
 * {@code drop-loses-data}: dropping an existing table or column loses its data for good and breaks running code that
 * still reads it (information by default).
 */
public final class DropLosesDataRule extends SafetyRule {

    @Override
    public RuleCode code() {
        return RuleCode.DROP_LOSES_DATA;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (c instanceof DropTable dt) {
            out.add(r.finding(
                            this,
                            c,
                            "Dropping table " + dt.table().name() + " loses its data and breaks running code "
                                    + "that still uses it (ACCESS EXCLUSIVE lock)")
                    .build());
        } else if (c instanceof DropColumn dc
                && !r.columnAddedHere(dc.table().name(), dc.column().name(), index)) {
            out.add(r.finding(
                            this,
                            c,
                            "Dropping column " + dc.table().name() + "."
                                    + dc.column().name() + " loses its "
                                    + "data and breaks running code that still uses it (ACCESS EXCLUSIVE lock)")
                    .build());
        }
    }
}

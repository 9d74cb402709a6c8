package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgChange.RenameTable;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code rename-breaks-code}: renaming an existing table or column breaks the application code that still uses the old
 * name while the migration rolls out (information by default).
 */
public final class RenameBreaksCodeRule extends SafetyRule {
    @Inject
    public RenameBreaksCodeRule() {
        super();
    }

    @Override
    public RuleCode code() {
        return RuleCode.RENAME_BREAKS_CODE;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (c instanceof RenameTable rt) {
            out.add(r.finding(
                            this,
                            c,
                            "Renaming table " + rt.table().name() + " to "
                                    + rt.newName().name()
                                    + " breaks running code that still uses the old name (ACCESS EXCLUSIVE lock)")
                    .build());
        } else if (c instanceof AlterColumn alt
                && alt.newName() != null
                && !r.columnAddedHere(alt.table().name(), alt.column().name(), index)) {
            out.add(r.finding(
                            this,
                            c,
                            "Renaming column " + alt.table().name() + "."
                                    + alt.column().name() + " to "
                                    + alt.newName().name()
                                    + " breaks running code that still uses the old name (ACCESS EXCLUSIVE lock)")
                    .build());
        }
    }
}

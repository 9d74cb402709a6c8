package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code required-column-without-default}: {@code add_column} of a {@code nullable=False} column without a
 * {@code server_default} on an existing table. PostgreSQL must fill existing rows with NULL, so the statement fails as
 * soon as the table holds a row (under an ACCESS EXCLUSIVE lock).
 */
public final class RequiredColumnWithoutDefaultRule extends SafetyRule {
    @Inject
    public RequiredColumnWithoutDefaultRule() {
        super();
    }

    @Override
    public RuleCode code() {
        return RuleCode.REQUIRED_COLUMN_WITHOUT_DEFAULT;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (!(c instanceof AddColumn ac)
                || ac.column().nullable()
                || ac.column().serverDefault() != null
                || !ac.column().defaultKnown()) {
            return;
        }
        out.add(r.finding(
                        this,
                        c,
                        "Adding NOT NULL column " + ac.column().name().name() + " without a server_default to "
                                + "existing table " + ac.table().name()
                                + " fails once the table has rows (ACCESS EXCLUSIVE lock); add it "
                                + "nullable, backfill, then set NOT NULL, or give it a server_default")
                .build());
    }
}

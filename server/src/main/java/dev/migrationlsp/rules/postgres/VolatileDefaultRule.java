package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code volatile-default}: {@code add_column} on an existing table with a server default that PostgreSQL must compute
 * per row ({@code gen_random_uuid()}, {@code clock_timestamp()}, {@code random()}, a sequence): the table is rewritten
 * under an ACCESS EXCLUSIVE lock. Before PostgreSQL 11 ({@code postgres-version}) every non-null default rewrites.
 */
public final class VolatileDefaultRule extends SafetyRule {
    static final Pattern VOLATILE =
            Pattern.compile("(?i)\\b(gen_random_uuid|uuid_generate_v\\w*|clock_timestamp|random|"
                    + "timeofday|nextval|txid_current|statement_timestamp|gen_random_bytes)\\s*\\(");

    @Inject
    public VolatileDefaultRule() {
        super();
    }

    @Override
    public RuleCode code() {
        return RuleCode.VOLATILE_DEFAULT;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (!(c instanceof AddColumn ac)
                || ac.column().serverDefault() == null
                || ac.column().serverDefault().equalsIgnoreCase("null")) {
            return;
        }
        String def = ac.column().serverDefault();
        if (VOLATILE.matcher(def).find()) {
            out.add(r.finding(
                            this,
                            c,
                            "The default " + def + " is volatile: adding column "
                                    + ac.column().name().name()
                                    + " rewrites existing table " + ac.table().name()
                                    + " under an ACCESS EXCLUSIVE lock; add the column "
                                    + "without a default, set the default, then backfill in batches")
                    .build());
        } else if (r.postgresVersion < 11) {
            out.add(r.finding(
                            this,
                            c,
                            "Before PostgreSQL 11 any default rewrites the table: adding column "
                                    + ac.column().name().name() + " with a default rewrites existing table "
                                    + ac.table().name()
                                    + " under an ACCESS EXCLUSIVE lock (postgres-version " + r.postgresVersion + ")")
                    .build());
        }
    }
}

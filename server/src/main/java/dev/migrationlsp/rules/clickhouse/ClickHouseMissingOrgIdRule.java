package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.RuleCode;

/**
 * {@code missing-org-id} for ClickHouse: every table with a column list needs an {@code org_id} column for
 * multi-tenancy. ({@code CREATE TABLE ... AS other} copies another table's columns and is not checked.) Not shown when a
 * later migration adds {@code org_id} to the table.
 */
public final class ClickHouseMissingOrgIdRule extends TableConventionRule {

    public ClickHouseMissingOrgIdRule() {
        super(RuleCode.MISSING_ORG_ID);
    }

    @Override
    void judge(ClickHouseFile file, Statement.CreateTable t, Verdicts out) {
        if (t.columnsRange() != null && t.column("org_id").isEmpty()) {
            out.report(
                    file.finding(
                                    t.name().range(),
                                    "table " + t.name().qualified()
                                            + " has no org_id column (every tenant's rows share the table)")
                            .fingerprint("CREATE TABLE " + t.name().qualified()),
                    end -> end.columns() == null || !end.columns().containsKey("org_id"));
        }
    }
}

package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.RuleCode;

/**
 * {@code org-id-not-in-sorting-key}: ReplacingMergeTree deduplicates rows with equal {@code ORDER BY} keys; without
 * {@code org_id} in the key, two tenants' rows with the same id merge into one. Tables without an {@code org_id} column
 * are left to {@code missing-org-id}. Not shown when a later {@code MODIFY ORDER BY} puts {@code org_id} in the key.
 */
public final class OrgIdNotInSortingKeyRule extends TableConventionRule {

    public OrgIdNotInSortingKeyRule() {
        super(RuleCode.ORG_ID_NOT_IN_SORTING_KEY);
    }

    @Override
    void judge(ClickHouseFile file, Statement.CreateTable t, Verdicts out) {
        if (t.engine() != null
                && t.engine().isReplacing()
                && t.orderBy() != null
                && t.column("org_id").isPresent()
                && !t.orderBy().mentions("org_id")) {
            out.report(
                    file.finding(
                                    t.orderBy().range(),
                                    "ORDER BY of ReplacingMergeTree table "
                                            + t.name().qualified()
                                            + " lacks org_id: rows of different tenants with the same key are merged")
                            .fingerprint(t.name().qualified() + " ORDER BY "
                                    + file.slice(t.orderBy().range())),
                    end -> end.orderBy() == null || !end.orderBy().mentions("org_id"));
        }
    }
}

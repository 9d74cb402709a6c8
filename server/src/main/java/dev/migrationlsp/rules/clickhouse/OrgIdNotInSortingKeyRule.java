package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code org-id-not-in-sorting-key}: ReplacingMergeTree deduplicates rows with equal {@code ORDER BY} keys; without
 * {@code org_id} in the key, two tenants' rows with the same id merge into one. Tables without an {@code org_id} column
 * are left to {@code missing-org-id}.
 */
public final class OrgIdNotInSortingKeyRule implements DocumentRule {

    @Override
    public RuleCode code() {
        return RuleCode.ORG_ID_NOT_IN_SORTING_KEY;
    }

    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.CLICKHOUSE_SQL;
    }

    @Override
    public List<Finding> check(DocumentContext ctx) {
        ClickHouseScript script = ClickHouseScript.of(ctx.document());
        List<Finding> out = new ArrayList<>();
        for (Statement s : script.statements()) {
            if (s instanceof Statement.CreateTable t && t.engine() != null && t.engine().isReplacing() && t.orderBy() != null
                    && t.column("org_id").isPresent() && !t.orderBy().mentions("org_id")) {
                out.add(ClickHouseFacts.finding(code(), ctx.document(), t.orderBy().range(),
                        "ORDER BY of ReplacingMergeTree table " + t.name().qualified() + " lacks org_id: rows of different tenants with the same key are merged")
                        .fingerprint(t.name().qualified() + " ORDER BY " + script.slice(t.orderBy().range())).build());
            }
        }
        return out;
    }
}

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
 * {@code missing-org-id} for ClickHouse: every table with a column list needs an {@code org_id} column for
 * multi-tenancy. ({@code CREATE TABLE ... AS other} copies another table's columns and is not checked.)
 */
public final class ClickHouseMissingOrgIdRule implements DocumentRule {

    @Override
    public RuleCode code() {
        return RuleCode.MISSING_ORG_ID;
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
            if (s instanceof Statement.CreateTable t && t.columnsRange() != null && t.column("org_id").isEmpty()) {
                out.add(ClickHouseFacts.finding(code(), ctx.document(), t.name().range(),
                        "table " + t.name().qualified() + " has no org_id column (every tenant's rows share the table)")
                        .fingerprint("CREATE TABLE " + t.name().qualified()).build());
            }
        }
        return out;
    }
}

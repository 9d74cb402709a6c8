package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rollup-engine}: a daily rollup (the target of a {@code MATERIALIZED VIEW ... TO} with {@code GROUP BY}, or
 * configured in {@code rollup-tables}) must be {@code AggregatingMergeTree}, so partial aggregates merge.
 */
public final class RollupEngineRule implements DocumentRule {

    @Override
    public RuleCode code() {
        return RuleCode.ROLLUP_ENGINE;
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
            if (!(s instanceof Statement.CreateTable t) || t.engine() == null || t.engine().isAggregating()
                    || !ClickHouseFacts.isRollup(t.name().name(), ctx.workspace())) {
                continue;
            }
            String replacement = ClickHouseFacts.replaceEngine(t.engine(), "AggregatingMergeTree", null, script.text());
            Fix fix = new Fix("Use " + replacement, false, List.of(new Edit.Replace(ctx.document().path(),
                    t.engine().range().start(), t.engine().range().end(), replacement)));
            out.add(ClickHouseFacts.finding(code(), ctx.document(), t.engine().range(),
                    "rollup table " + t.name().name() + " uses " + t.engine().name() + "; daily rollups must be AggregatingMergeTree")
                    .fix(fix).fingerprint(t.name().name() + " ENGINE " + script.slice(t.engine().range())).build());
        }
        return out;
    }
}

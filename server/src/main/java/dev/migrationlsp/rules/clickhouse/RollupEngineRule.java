package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import java.util.List;

/**
 * {@code rollup-engine}: a daily rollup (the target of a {@code MATERIALIZED VIEW ... TO} with {@code GROUP BY}, or
 * configured in {@code rollup-tables}) must be {@code AggregatingMergeTree}, so partial aggregates merge.
 */
public final class RollupEngineRule extends TableConventionRule {

    public RollupEngineRule() {
        super(RuleCode.ROLLUP_ENGINE);
    }

    @Override
    void judge(ClickHouseFile file, Statement.CreateTable t, Verdicts out) {
        if (t.engine() == null
                || t.engine().isAggregating()
                || !ClickHouseFacts.isRollup(t.name().name(), file.workspace())) {
            return;
        }
        String replacement = ClickHouseFacts.replaceEngine(
                t.engine(), "AggregatingMergeTree", null, file.script().text());
        out.report(file.finding(
                        t.engine().range(),
                        "rollup table " + t.name().name() + " uses "
                                + t.engine().name() + "; daily rollups must be AggregatingMergeTree")
                .fix(new Fix(
                        "Use " + replacement,
                        false,
                        List.of(file.replace(t.engine().range(), replacement))))
                .fingerprint(
                        t.name().name() + " ENGINE " + file.slice(t.engine().range())));
    }
}

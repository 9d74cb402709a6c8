package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.Column;
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
 * {@code rollup-counter-type}: in a rollup, a counter must be {@code SimpleAggregateFunction(sum, UInt64)}; a plain
 * integer is not summed when AggregatingMergeTree merges parts, so counts silently come out wrong. Counters are the
 * integer columns outside the sorting, primary and partition keys (and not named {@code *_id}).
 */
public final class RollupCounterTypeRule implements DocumentRule {
    static final String COUNTER = "SimpleAggregateFunction(sum, UInt64)";

    @Override
    public RuleCode code() {
        return RuleCode.ROLLUP_COUNTER_TYPE;
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
            if (!(s instanceof Statement.CreateTable t) || !ClickHouseFacts.isRollup(t.name().name(), ctx.workspace())) {
                continue;
            }
            for (Column c : t.columns()) {
                if (c.type() == null || isKey(t, c.name()) || c.name().endsWith("_id") || c.name().equals("id")) {
                    continue;
                }
                boolean plainInteger = ClickHouseFacts.isIntegerType(c.type());
                if (!plainInteger && !ClickHouseFacts.isSumOfOtherInteger(c.type())) {
                    continue;
                }
                Fix fix = new Fix("Use " + COUNTER, false, List.of(new Edit.Replace(ctx.document().path(),
                        c.type().range().start(), c.type().range().end(), COUNTER)));
                out.add(ClickHouseFacts.finding(code(), ctx.document(), c.type().range(),
                        "counter " + c.name() + " of rollup " + t.name().name() + " is " + script.slice(c.type().range())
                                + (plainInteger ? ", which AggregatingMergeTree does not sum on merge" : "") + "; use " + COUNTER)
                        .fix(fix).fingerprint(t.name().name() + "." + c.name() + " " + script.slice(c.type().range())).build());
            }
        }
        return out;
    }

    private static boolean isKey(Statement.CreateTable t, String column) {
        return t.orderBy() != null && t.orderBy().mentions(column)
                || t.primaryKey() != null && t.primaryKey().mentions(column)
                || t.partitionBy() != null && t.partitionBy().mentions(column);
    }
}

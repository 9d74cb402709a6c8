package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.Column;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rollup-counter-type}: in a rollup, a counter must be {@code SimpleAggregateFunction(sum, UInt64)}; a plain
 * integer is not summed when AggregatingMergeTree merges parts, so counts silently come out wrong. Counters are the
 * integer columns outside the sorting, primary and partition keys (and not named {@code *_id}). The fix changes every
 * counter of the table at once, and is offered only when no other plain column would remain outside the keys: ClickHouse
 * (26.x) refuses an AggregatingMergeTree table that mixes aggregate measures with plain non-key columns.
 */
public final class RollupCounterTypeRule extends TableConventionRule {
    static final String COUNTER = "SimpleAggregateFunction(sum, UInt64)";

    public RollupCounterTypeRule() {
        super(RuleCode.ROLLUP_COUNTER_TYPE);
    }

    @Override
    void judge(ClickHouseFile file, Statement.CreateTable t, Verdicts out) {
        if (!ClickHouseFacts.isRollup(t.name().name(), file.workspace())) {
            return;
        }
        List<Column> counters = new ArrayList<>();
        boolean otherPlainColumns = false;
        for (Column c : t.columns()) {
            if (c.type() == null || isKey(t, c.name()) || "ALIAS".equalsIgnoreCase(c.defaultKind())) {
                continue;
            }
            boolean counterName = !c.name().endsWith("_id") && !c.name().equals("id");
            if (counterName
                    && (ClickHouseFacts.isIntegerType(c.type()) || ClickHouseFacts.isSumOfOtherInteger(c.type()))) {
                counters.add(c);
            } else if (!isAggregate(c)) {
                otherPlainColumns = true;
            }
        }
        List<Edit> edits = new ArrayList<>();
        for (Column c : counters) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            edits.add(file.replace(c.type().range(), COUNTER));
        }
        String title = "Use " + COUNTER
                + (counters.size() > 1 ? " for every counter of " + t.name().name() : "");
        for (Column c : counters) {
            boolean plainInteger = ClickHouseFacts.isIntegerType(c.type());
            var finding = file.finding(
                            c.type().range(),
                            "counter " + c.name() + " of rollup " + t.name().name() + " is "
                                    + file.slice(c.type().range())
                                    + (plainInteger ? ", which AggregatingMergeTree does not sum on merge" : "")
                                    + "; use " + COUNTER)
                    .fingerprint(t.name().name() + "." + c.name() + " "
                            + file.slice(c.type().range()));
            if (!otherPlainColumns) {
                finding.fix(new Fix(title, false, edits));
            }
            out.report(
                    finding,
                    end -> end.columns() == null
                            || end.columns().containsKey(c.name())
                                    && !end.columns()
                                            .get(c.name())
                                            .replaceAll("\\s", "")
                                            .equals(COUNTER.replace(" ", "")));
        }
    }

    private static boolean isAggregate(Column c) {
        String n = c.type().name();
        return n.equals("SimpleAggregateFunction") || n.equals("AggregateFunction");
    }

    private static boolean isKey(Statement.CreateTable t, String column) {
        return t.orderBy() != null && t.orderBy().mentions(column)
                || t.primaryKey() != null && t.primaryKey().mentions(column)
                || t.partitionBy() != null && t.partitionBy().mentions(column);
    }
}

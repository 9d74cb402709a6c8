package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.Column;
import dev.migrationlsp.clickhouse.Ast.Expr;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import java.util.List;
import java.util.Optional;

/**
 * {@code rollup-partition}: a daily rollup must be partitioned by month, {@code PARTITION BY toYYYYMM(day)}, so old
 * months can be dropped or re-built a partition at a time. The fix inserts the clause before {@code ORDER BY}.
 */
public final class RollupPartitionRule extends TableConventionRule {

    public RollupPartitionRule() {
        super(RuleCode.ROLLUP_PARTITION);
    }

    @Override
    void judge(ClickHouseFile file, Statement.CreateTable t, Verdicts out) {
        if (t.engine() == null || !ClickHouseFacts.isRollup(t.name().name(), file.workspace())) {
            return;
        }
        Optional<Column> day = ClickHouseFacts.dayColumn(t);
        String clause = "PARTITION BY toYYYYMM(" + (day.isPresent() ? day.get().name() : "day") + ")";
        if (t.partitionBy() == null) {
            Finding.Builder f =
                    file.finding(t.name().range(), "rollup table " + t.name().name() + " has no " + clause);
            if (day.isPresent()) {
                int at = t.orderByClause() != null
                        ? t.orderByClause().start()
                        : t.engine().clause().end();
                String insert = t.orderByClause() != null ? clause + "\n" : "\n" + clause;
                f.fix(new Fix("Insert " + clause, true, List.of(file.insert(at, insert))));
            }
            out.report(f.fingerprint(t.name().name() + " without PARTITION BY"));
        } else if (!isMonthly(t.partitionBy())) {
            out.report(file.finding(
                            t.partitionClause(),
                            "rollup table " + t.name().name() + " should be partitioned by month: " + clause)
                    .fingerprint(t.name().name() + " " + file.slice(t.partitionClause())));
        }
    }

    private static boolean isMonthly(Expr e) {
        return e.kind() == Expr.Kind.FUNCTION
                && e.name().equals("toYYYYMM")
                && e.children().size() == 1;
    }
}

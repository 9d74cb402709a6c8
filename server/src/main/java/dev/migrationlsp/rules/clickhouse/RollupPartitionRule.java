package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.Column;
import dev.migrationlsp.clickhouse.Ast.Expr;
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
import java.util.Optional;

/**
 * {@code rollup-partition}: a daily rollup must be partitioned by month, {@code PARTITION BY toYYYYMM(day)}, so old
 * months can be dropped or re-built a partition at a time. The fix inserts the clause before {@code ORDER BY}.
 */
public final class RollupPartitionRule implements DocumentRule {

    @Override
    public RuleCode code() {
        return RuleCode.ROLLUP_PARTITION;
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
            if (!(s instanceof Statement.CreateTable t) || t.engine() == null || !ClickHouseFacts.isRollup(t.name().name(), ctx.workspace())) {
                continue;
            }
            Optional<Column> day = ClickHouseFacts.dayColumn(t);
            String clause = "PARTITION BY toYYYYMM(" + day.map(Column::name).orElse("day") + ")";
            if (t.partitionBy() == null) {
                Finding.Builder f = ClickHouseFacts.finding(code(), ctx.document(), t.name().range(),
                        "rollup table " + t.name().name() + " has no " + clause);
                if (day.isPresent()) {
                    int at = t.orderByClause() != null ? t.orderByClause().start() : t.engine().clause().end();
                    String insert = t.orderByClause() != null ? clause + "\n" : "\n" + clause;
                    f.fix(new Fix("Insert " + clause, true, List.of(Edit.insert(ctx.document().path(), at, insert))));
                }
                out.add(f.fingerprint(t.name().name() + " without PARTITION BY").build());
            } else if (!isMonthly(t.partitionBy())) {
                out.add(ClickHouseFacts.finding(code(), ctx.document(), t.partitionClause(),
                        "rollup table " + t.name().name() + " should be partitioned by month: " + clause)
                        .fingerprint(t.name().name() + " " + script.slice(t.partitionClause())).build());
            }
        }
        return out;
    }

    private static boolean isMonthly(Expr e) {
        return e.kind() == Expr.Kind.FUNCTION && e.name().equals("toYYYYMM") && e.children().size() == 1;
    }
}

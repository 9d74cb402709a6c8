package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.MigrationRunner;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code statement-split}: the runner strips {@code --} comments line by line and splits on every {@code ;}, so a
 * {@code ;} inside a string or block comment cuts a statement in two, and {@code --} inside a string cuts the line.
 * A {@code ;} in a {@code --} comment is harmless to the runner but teams' own tests ban it, so it is reported too.
 */
public final class StatementSplitRule implements DocumentRule {

    @Override
    public RuleCode code() {
        return RuleCode.STATEMENT_SPLIT;
    }

    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.CLICKHOUSE_SQL;
    }

    @Override
    public List<Finding> check(DocumentContext ctx) {
        ClickHouseScript script = ClickHouseScript.of(ctx.document());
        List<Finding> out = new ArrayList<>();
        for (MigrationRunner.Hazard h : script.runnerHazards()) {
            int line = ctx.text().lineOf(h.range().start());
            out.add(ClickHouseFacts.finding(code(), ctx.document(), h.range(), h.kind().message())
                    .fingerprint(h.kind().name() + ": " + ctx.text().lineText(line).strip()).build());
        }
        return out;
    }
}

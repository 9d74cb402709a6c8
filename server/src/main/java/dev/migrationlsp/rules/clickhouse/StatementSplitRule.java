package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.MigrationRunner;
import dev.migrationlsp.core.RuleCode;

/**
 * {@code statement-split}: the runner strips {@code --} comments line by line and splits on every {@code ;}, so a
 * {@code ;} inside a string or block comment cuts a statement in two, and {@code --} inside a string cuts the line.
 * A {@code ;} in a {@code --} comment is harmless to the runner but teams' own tests ban it, so it is reported too.
 */
public final class StatementSplitRule extends ClickHouseRule {

    public StatementSplitRule() {
        super(RuleCode.STATEMENT_SPLIT);
    }

    @Override
    void checkFile(ClickHouseFile file) {
        var text = file.document().text();
        for (MigrationRunner.Hazard h : file.script().runnerHazards()) {
            int line = text.lineOf(h.range().start());
            file.add(file.finding(h.range(), h.kind().message())
                    .fingerprint(h.kind().name() + ": " + text.lineText(line).strip()));
        }
    }
}

package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.ClickHouseSchema.UnknownColumn;
import dev.migrationlsp.core.RuleCode;

/**
 * {@code unknown-column}: a statement names a column that its table does not have at that point of the history,
 * replaying every migration in the runner's order: the target of an {@code ALTER} action ({@code MODIFY / DROP / RENAME
 * / COMMENT / CLEAR / MATERIALIZE COLUMN} without {@code IF EXISTS}, {@code UPDATE c = ...}, {@code AFTER c}), a column
 * of a sorting, partition or primary key ({@code CREATE TABLE}, {@code MODIFY ORDER BY}) and an {@code INSERT}'s column
 * list. Real ClickHouse refuses these statements (NO_SUCH_COLUMN_IN_TABLE, NOT_FOUND_COLUMN_IN_BLOCK,
 * UNKNOWN_IDENTIFIER). Tables whose columns are not known (created {@code AS SELECT}, altered by a data migration) are
 * not checked.
 */
public final class UnknownColumnRule extends ClickHouseRule {

    public UnknownColumnRule() {
        super(RuleCode.UNKNOWN_COLUMN);
    }

    @Override
    void checkFile(ClickHouseFile file) {
        for (UnknownColumn c : file.schema().unknownColumns(file.path())) {
            file.add(file.finding(
                            c.range(),
                            "table " + c.table() + " has no column " + c.column() + " at this point of the history")
                    .fingerprint(c.table() + "." + c.column() + " " + c.what()));
        }
    }
}

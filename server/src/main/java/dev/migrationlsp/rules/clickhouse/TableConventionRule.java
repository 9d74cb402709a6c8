package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.ClickHouseSchema.TableFate;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Base of the table-level conventions ({@code missing-org-id}, {@code org-id-not-in-sorting-key},
 * {@code mutable-table-engine}, the rollup rules): each judges a {@code CREATE TABLE} as written, and the table is then
 * judged as the whole history leaves it. A finding is not shown when a later migration fixed it (an
 * {@code ALTER ... ADD COLUMN org_id}, a {@code MODIFY ORDER BY}, a {@code MODIFY COLUMN}) or when a later migration
 * drops or replaces the table (drop and recreate, {@code EXCHANGE}, {@code CREATE OR REPLACE}): the recreated table is
 * judged on its own {@code CREATE}. A table whose later columns are unknown (a data migration altered it) is judged as
 * written.
 */
abstract class TableConventionRule extends ClickHouseRule {

    /** Where a rule reports what it finds on one CREATE TABLE. */
    interface Verdicts {
        /**
         * Reports {@code finding} unless the history fixes it: {@code stillHolds} says whether the problem remains in
         * the table as the history leaves it (the rule's check on the final state; only called when the table survives).
         */
        void report(Finding.Builder finding, Predicate<TableFate> stillHolds);

        /** A finding that only dropping or replacing the table can fix (an engine, a partition key). */
        default void report(Finding.Builder finding) {
            report(finding, fate -> true);
        }
    }

    TableConventionRule(RuleCode code) {
        super(code);
    }

    @Override
    final void checkStatement(ClickHouseFile file, int index, Statement statement) {
        if (!(statement instanceof Statement.CreateTable table) || table.name() == null) {
            return;
        }
        Optional<TableFate> fate = file.schema().fate(file.path(), index);
        judge(
                file,
                table,
                new Verdicts() { // not a lambda: on JDK 17 its first use costs `check` ~0.2 ms
                    @Override
                    public void report(Finding.Builder finding, Predicate<TableFate> stillHolds) {
                        if (fate.isEmpty() || fate.get().survives() && stillHolds.test(fate.get())) {
                            file.add(finding);
                        }
                    }
                });
    }

    /** Checks {@code table} as written and reports each problem through {@code out}. */
    abstract void judge(ClickHouseFile file, Statement.CreateTable table, Verdicts out);
}

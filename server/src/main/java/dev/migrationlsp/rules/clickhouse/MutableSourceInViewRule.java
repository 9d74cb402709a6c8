package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.RuleCode;
import java.util.Optional;

/**
 * {@code mutable-source-in-view}: a materialized view sees each insert once, so reading a mutable table (a
 * ReplacingMergeTree, or configured in {@code mutable-tables}) counts every re-synced version of a row. The engine
 * comes from the schema replayed up to the view.
 */
public final class MutableSourceInViewRule extends ClickHouseRule {

    public MutableSourceInViewRule() {
        super(RuleCode.MUTABLE_SOURCE_IN_VIEW);
    }

    @Override
    void checkStatement(ClickHouseFile file, int index, Statement s) {
        if (!(s instanceof Statement.CreateView v) || !v.materialized()) {
            return;
        }
        for (QualifiedName source : v.select().facts().sources()) {
            String name = source.name();
            boolean configured = ClickHouseFacts.isConfiguredMutable(name, file.config());
            Optional<ClickHouseSchema.Table> table = file.schema().tableBefore(file.path(), index, name);
            // plain conditionals: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            Optional<Statement.CreateTable> created =
                    table.isPresent() ? table.get().createTable() : Optional.empty();
            boolean replacing = created.isPresent()
                    && created.get().engine() != null
                    && created.get().engine().isReplacing();
            if (configured || replacing) {
                file.add(file.finding(
                                source.range(),
                                "materialized view " + v.name().qualified() + " reads mutable table " + name
                                        + (replacing ? " (ReplacingMergeTree)" : " (configured mutable)")
                                        + ": every re-synced version of a row is counted; materialize only from immutable tables")
                        .fingerprint(v.name().qualified() + " FROM " + name));
            }
        }
    }
}

package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code mutable-source-in-view}: a materialized view sees each insert once, so reading a mutable table (a
 * ReplacingMergeTree, or configured in {@code mutable-tables}) counts every re-synced version of a row. The engine
 * comes from the schema replayed up to the view.
 */
public final class MutableSourceInViewRule implements DocumentRule {

    @Override
    public RuleCode code() {
        return RuleCode.MUTABLE_SOURCE_IN_VIEW;
    }

    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.CLICKHOUSE_SQL;
    }

    @Override
    public List<Finding> check(DocumentContext ctx) {
        ClickHouseScript script = ClickHouseScript.of(ctx.document());
        List<Statement> statements = script.statements();
        List<Finding> out = new ArrayList<>();
        ClickHouseSchema schema = null;
        for (int i = 0; i < statements.size(); i++) {
            if (!(statements.get(i) instanceof Statement.CreateView v) || !v.materialized()) {
                continue;
            }
            if (schema == null) {
                schema = ClickHouseSchema.of(ctx.workspace());
            }
            for (QualifiedName source : v.select().facts().sources()) {
                String name = source.name();
                boolean configured = ClickHouseFacts.isConfiguredMutable(name, ctx.workspace().config());
                Optional<ClickHouseSchema.Table> table = schema.tableBefore(ctx.document().path(), i, name);
                boolean replacing = table.flatMap(ClickHouseSchema.Table::createTable)
                        .map(t -> t.engine() != null && t.engine().isReplacing()).orElse(false);
                if (configured || replacing) {
                    out.add(ClickHouseFacts.finding(code(), ctx.document(), source.range(),
                            "materialized view " + v.name().qualified() + " reads mutable table " + name
                                    + (replacing ? " (ReplacingMergeTree)" : " (configured mutable)")
                                    + ": every re-synced version of a row is counted; materialize only from immutable tables")
                            .fingerprint(v.name().qualified() + " FROM " + name).build());
                }
            }
        }
        return out;
    }
}

package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.Engine;
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
 * {@code mutable-table-engine}: a mutable entity table (configured in {@code mutable-tables}, or detected by a version
 * column such as {@code updated_at}) must be a {@code ReplacingMergeTree}, or re-synced rows pile up as duplicates.
 * Detected tables with a non-MergeTree engine (Null, Kafka, Memory...) or a collapsing engine are left alone.
 */
public final class MutableTableEngineRule implements DocumentRule {

    @Override
    public RuleCode code() {
        return RuleCode.MUTABLE_TABLE_ENGINE;
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
            if (!(s instanceof Statement.CreateTable t) || t.engine() == null) {
                continue;
            }
            String name = t.name().name();
            if (ClickHouseFacts.isRollup(name, ctx.workspace())) {
                continue;
            }
            Engine engine = t.engine();
            boolean configured = ClickHouseFacts.isConfiguredMutable(name, ctx.workspace().config());
            Optional<String> version = ClickHouseFacts.versionColumn(t);
            boolean flagged = configured ? !engine.isReplacing()
                    : version.isPresent() && ClickHouseFacts.isMergeTreeFamily(engine) && !ClickHouseFacts.isDeduplicating(engine);
            if (!flagged) {
                continue;
            }
            String why = configured ? "is configured as a mutable table" : "has a version column (" + version.get() + ")";
            String replacement = ClickHouseFacts.replaceEngine(engine, "ReplacingMergeTree", version.orElse(null), script.text());
            Fix fix = new Fix("Use " + replacement, false,
                    List.of(new Edit.Replace(ctx.document().path(), engine.range().start(), engine.range().end(), replacement)));
            out.add(ClickHouseFacts.finding(code(), ctx.document(), engine.range(),
                    "table " + name + " " + why + " but its engine is " + engine.name() + ", not ReplacingMergeTree: re-synced rows will never be deduplicated")
                    .fix(fix).fingerprint(name + " ENGINE " + script.slice(engine.range())).build());
        }
        return out;
    }
}

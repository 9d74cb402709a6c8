package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.Engine;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import java.util.List;
import java.util.Optional;

/**
 * {@code mutable-table-engine}: a mutable entity table (configured in {@code mutable-tables}, or detected by a version
 * column such as {@code updated_at}) must be a {@code ReplacingMergeTree}, or re-synced rows pile up as duplicates.
 * Detected tables with a non-MergeTree engine (Null, Kafka, Memory...) or a collapsing engine are left alone.
 */
public final class MutableTableEngineRule extends TableConventionRule {

    public MutableTableEngineRule() {
        super(RuleCode.MUTABLE_TABLE_ENGINE);
    }

    @Override
    void judge(ClickHouseFile file, Statement.CreateTable t, Verdicts out) {
        if (t.engine() == null) {
            return;
        }
        String name = t.name().name();
        if (ClickHouseFacts.isRollup(name, file.workspace())) {
            return;
        }
        Engine engine = t.engine();
        boolean configured = ClickHouseFacts.isConfiguredMutable(name, file.config());
        Optional<String> version = ClickHouseFacts.versionColumn(t);
        boolean flagged = configured
                ? !engine.isReplacing()
                : version.isPresent()
                        && ClickHouseFacts.isMergeTreeFamily(engine)
                        && !ClickHouseFacts.isDeduplicating(engine);
        if (!flagged) {
            return;
        }
        String why = configured ? "is configured as a mutable table" : "has a version column (" + version.get() + ")";
        String replacement = ClickHouseFacts.replaceEngine(
                engine,
                "ReplacingMergeTree",
                version.orElse(null),
                file.script().text());
        out.report(file.finding(
                        engine.range(),
                        "table " + name + " " + why + " but its engine is " + engine.name()
                                + ", not ReplacingMergeTree: re-synced rows will never be deduplicated")
                .fix(new Fix("Use " + replacement, false, List.of(file.replace(engine.range(), replacement))))
                .fingerprint(name + " ENGINE " + file.slice(engine.range())));
    }
}

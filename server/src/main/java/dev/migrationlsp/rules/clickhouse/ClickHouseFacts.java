package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.Column;
import dev.migrationlsp.clickhouse.Ast.DataType;
import dev.migrationlsp.clickhouse.Ast.Engine;
import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.clickhouse.TextRange;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the ClickHouse rules share: which tables are mutable or rollups, and building findings from ranges. */
final class ClickHouseFacts {
    private ClickHouseFacts() {}

    /** Column names that mark a row as re-inserted on change (a version for ReplacingMergeTree), in order of preference. */
    static final List<String> VERSION_COLUMNS =
            List.of("updated_at", "version", "_version", "last_synced", "last_synced_at", "synced_at");

    /** Configured in {@code mutable-tables}, or detected by a version column. Rollups are never "mutable entities". */
    static boolean isMutable(Statement.CreateTable table, WorkspaceConfig config) {
        return config.mutableTables().contains(table.name().name())
                || versionColumn(table).isPresent();
    }

    static boolean isConfiguredMutable(String table, WorkspaceConfig config) {
        return config.mutableTables().contains(table);
    }

    static Optional<String> versionColumn(Statement.CreateTable table) {
        for (String v : VERSION_COLUMNS) {
            if (table.column(v).isPresent()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Configured in {@code rollup-tables}, or the target of a materialized view with GROUP BY anywhere in the history. */
    static boolean isRollup(String table, WorkspaceSnapshot ws) {
        return ws.config().rollupTables().contains(table)
                || ClickHouseSchema.of(ws).rollupTargets().contains(table);
    }

    /** An engine that keeps one row per key on merge: acceptable for mutable entities. */
    static boolean isDeduplicating(Engine engine) {
        return engine.isReplacing() || engine.name().endsWith("CollapsingMergeTree");
    }

    static boolean isMergeTreeFamily(Engine engine) {
        return engine.name().endsWith("MergeTree");
    }

    /** {@code ReplicatedMergeTree('/path', '{replica}')} keeps its replication arguments when its family changes. */
    static String replaceEngine(Engine engine, String family, String extraArgument, String text) {
        String prefix = "";
        String args = "";
        for (String p : List.of("Replicated", "Shared")) {
            if (engine.name().startsWith(p)) {
                prefix = p;
                if (p.equals("Replicated") && engine.args().size() >= 2) {
                    args = engine.args().get(0).range().of(text) + ", "
                            + engine.args().get(1).range().of(text);
                }
            }
        }
        if (extraArgument != null) {
            args = args.isEmpty() ? extraArgument : args + ", " + extraArgument;
        }
        return prefix + family + "(" + args + ")";
    }

    static boolean isDateType(DataType type) {
        String n = type.unwrapped().name().toLowerCase(Locale.ROOT);
        return n.equals("date") || n.equals("date32") || n.equals("datetime") || n.equals("datetime64");
    }

    private static final Set<String> INTEGER_TYPES = Set.of(
            "uint8", "uint16", "uint32", "uint64", "uint128", "uint256", "int8", "int16", "int32", "int64", "int128",
            "int256");

    static boolean isIntegerType(DataType type) {
        return INTEGER_TYPES.contains(type.unwrapped().name().toLowerCase(Locale.ROOT));
    }

    /** The canonical counter type, ignoring spacing and case of the function name. */
    static boolean isCanonicalCounter(DataType type) {
        return type.name().equals("SimpleAggregateFunction")
                && type.params().size() == 2
                && type.params().get(0).name().equals("sum")
                && type.params().get(1).name().equals("UInt64");
    }

    /** {@code SimpleAggregateFunction(sum, T)} with another integer T: a counter, but of the wrong width. */
    static boolean isSumOfOtherInteger(DataType type) {
        return type.name().equals("SimpleAggregateFunction")
                && type.params().size() == 2
                && type.params().get(0).name().equals("sum")
                && isIntegerType(type.params().get(1))
                && !isCanonicalCounter(type);
    }

    static Optional<Column> dayColumn(Statement.CreateTable table) {
        Optional<Column> day = table.column("day");
        if (day.isPresent() && day.get().type() != null && isDateType(day.get().type())) {
            return day;
        }
        for (Column c : table.columns()) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            if (c.type() != null && isDateType(c.type())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static Finding.Builder finding(RuleCode code, Document d, TextRange r, String message) {
        return Finding.of(code, d.path(), d.text().span(r.start(), r.end()), message);
    }
}

package dev.migrationlsp.create;

import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The planner's view of the tables after the last ClickHouse migration: name, engine, columns and creating file, read
 * from the replayed {@link ClickHouseSchema} that the rules use. Enough to pick defaults for a new migration (a rollup's
 * source and time column, whether a table exists).
 */
final class ClickHouseTables {
    record Column(String name, String type) {
        boolean nullable() {
            return type.toLowerCase(Locale.ROOT).startsWith("nullable");
        }

        boolean dateLike() {
            String t = type.toLowerCase(Locale.ROOT);
            return t.startsWith("datetime") || t.startsWith("date");
        }
    }

    record Table(String name, String engine, List<Column> columns, String file) {
        boolean mutable() {
            return engine.toLowerCase(Locale.ROOT).startsWith("replacing");
        }

        boolean hasColumn(String c) {
            return columns.stream().anyMatch(col -> col.name().equals(c));
        }
    }

    private final Map<String, Table> tables;

    private ClickHouseTables(Map<String, Table> tables) {
        this.tables = tables;
    }

    static ClickHouseTables of(WorkspaceSnapshot ws) {
        ClickHouseSchema schema = ClickHouseSchema.of(ws);
        Map<String, Table> tables = new LinkedHashMap<>();
        schema.current().forEach((name, t) -> {
            List<Column> cols = new ArrayList<>();
            schema.columns(name).forEach((c, type) -> cols.add(new Column(c, type)));
            tables.put(
                    name,
                    new Table(
                            name,
                            engine(t.definition()),
                            cols,
                            t.file().getFileName().toString()));
        });
        return new ClickHouseTables(tables);
    }

    private static String engine(Statement definition) {
        if (definition instanceof Statement.CreateTable ct) {
            return ct.engine() == null ? "" : ct.engine().name();
        }
        if (definition instanceof Statement.CreateView) {
            return "View";
        }
        return definition instanceof Statement.CreateDictionary ? "Dictionary" : "";
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}

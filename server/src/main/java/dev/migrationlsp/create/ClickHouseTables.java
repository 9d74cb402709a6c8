package dev.migrationlsp.create;

import dev.migrationlsp.clickhouse.Ast;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables the ClickHouse history creates, replayed in runner order from the statements of the ClickHouse parser
 * ({@code CREATE TABLE} name, engine and columns; views; {@code DROP}, {@code RENAME}, {@code EXCHANGE}; column changes of
 * {@code ALTER TABLE}). Enough to pick defaults for a new migration (a rollup's source and time column, whether a table
 * exists). {@code .py} data migrations are not replayed.
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
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Document d : ws.clickhouseFiles().values()) {
            if (d.kind() != FileKind.CLICKHOUSE_SQL) {
                continue;
            }
            ClickHouseScript script = ClickHouseScript.of(d);
            for (Statement st : script.statements()) {
                replay(tables, script, st, d.fileName());
            }
        }
        return new ClickHouseTables(tables);
    }

    private static void replay(Map<String, Table> tables, ClickHouseScript script, Statement st, String file) {
        if (st instanceof Statement.CreateTable ct && ct.name() != null) {
            List<Column> cols = new ArrayList<>();
            for (Ast.Column c : ct.columns()) {
                cols.add(new Column(c.name(), c.type() == null ? "" : script.slice(c.type().range())));
            }
            tables.put(ct.name().name(), new Table(ct.name().name(), ct.engine() == null ? "" : ct.engine().name(), cols, file));
        } else if (st instanceof Statement.CreateView v && v.name() != null) {
            tables.put(v.name().name(), new Table(v.name().name(), "View", List.of(), file));
        } else if (st instanceof Statement.Drop dr && dr.name() != null) {
            tables.remove(dr.name().name());
        } else if (st instanceof Statement.Rename r) {
            for (Ast.QualifiedName[] pair : r.pairs()) {
                Table t = tables.remove(pair[0].name());
                if (t != null) {
                    tables.put(pair[1].name(), new Table(pair[1].name(), t.engine(), t.columns(), file));
                }
            }
        } else if (st instanceof Statement.Exchange e && e.first() != null && e.second() != null) {
            Table a = tables.remove(e.first().name());
            Table b = tables.remove(e.second().name());
            if (b != null) {
                tables.put(e.first().name(), new Table(e.first().name(), b.engine(), b.columns(), file));
            }
            if (a != null) {
                tables.put(e.second().name(), new Table(e.second().name(), a.engine(), a.columns(), file));
            }
        } else if (st instanceof Statement.AlterTable a && a.table() != null && tables.containsKey(a.table().name())) {
            Table t = tables.get(a.table().name());
            List<Column> cols = new ArrayList<>(t.columns());
            for (Ast.AlterAction act : a.actions()) {
                String kind = act.kind() == null ? "" : act.kind().toUpperCase(Locale.ROOT);
                if (kind.startsWith("ADD COLUMN") && act.column() != null) {
                    cols.removeIf(c -> c.name().equals(act.column().name()));
                    cols.add(new Column(act.column().name(), act.column().type() == null ? "" : script.slice(act.column().type().range())));
                } else if (kind.startsWith("DROP COLUMN") && act.target() != null) {
                    cols.removeIf(c -> c.name().equals(act.target()));
                }
            }
            tables.put(t.name(), new Table(t.name(), t.engine(), cols, t.file()));
        }
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}

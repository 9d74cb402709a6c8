package dev.migrationlsp.create;

import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables the ClickHouse history creates, replayed from its {@code .sql} files in runner order (strip {@code --}
 * comments, split on {@code ;}) with a deliberately small reader: {@code CREATE TABLE} name, engine and columns,
 * {@code DROP TABLE}, {@code RENAME TABLE}. Enough to pick defaults for a new migration (a rollup's source and time
 * column, whether a table exists); the rules use the full parser.
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

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:[`\"]?\\w+[`\"]?\\.)?[`\"]?\\w+[`\"]?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_VIEW = Pattern.compile(
            "^\\s*CREATE\\s+(?:MATERIALIZED\\s+)?VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:[`\"]?\\w+[`\"]?\\.)?[`\"]?\\w+[`\"]?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile(
            "^\\s*DROP\\s+(?:TABLE|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?((?:[`\"]?\\w+[`\"]?\\.)?[`\"]?\\w+[`\"]?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME = Pattern.compile(
            "^\\s*RENAME\\s+TABLE\\s+([`\"\\w.]+)\\s+TO\\s+([`\"\\w.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGINE = Pattern.compile("\\bENGINE\\s*=?\\s*(\\w+)", Pattern.CASE_INSENSITIVE);

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
            for (String stmt : statements(d.text().text())) {
                Matcher m;
                if ((m = CREATE_TABLE.matcher(stmt)).find()) {
                    String name = bare(m.group(1));
                    Matcher e = ENGINE.matcher(stmt);
                    String engine = e.find() ? e.group(1) : "";
                    tables.put(name, new Table(name, engine, columns(stmt, m.end()), d.fileName()));
                } else if ((m = CREATE_VIEW.matcher(stmt)).find()) {
                    String name = bare(m.group(1));
                    tables.put(name, new Table(name, "View", List.of(), d.fileName()));
                } else if ((m = DROP.matcher(stmt)).find()) {
                    tables.remove(bare(m.group(1)));
                } else if ((m = RENAME.matcher(stmt)).find()) {
                    Table t = tables.remove(bare(m.group(1)));
                    if (t != null) {
                        String to = bare(m.group(2));
                        tables.put(to, new Table(to, t.engine(), t.columns(), d.fileName()));
                    }
                }
            }
        }
        return new ClickHouseTables(tables);
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The runner's view: {@code --} comments removed, split on every {@code ;}. */
    static List<String> statements(String sql) {
        StringBuilder noComments = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            int c = line.indexOf("--");
            noComments.append(c >= 0 ? line.substring(0, c) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String s : noComments.toString().split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String bare(String qualified) {
        String s = qualified.replace("`", "").replace("\"", "");
        int dot = s.lastIndexOf('.');
        return dot >= 0 ? s.substring(dot + 1) : s;
    }

    /** Top-level comma-separated entries of the first parenthesised list after {@code from}: {@code name Type}. */
    private static List<Column> columns(String stmt, int from) {
        int open = stmt.indexOf('(', from);
        if (open < 0) {
            return List.of();
        }
        List<Column> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder cur = new StringBuilder();
        for (int i = open + 1; i < stmt.length(); i++) {
            char c = stmt.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (depth == 0) {
                    add(cur, out);
                    break;
                }
                depth--;
            } else if (!quoted && c == ',' && depth == 0) {
                add(cur, out);
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        return out;
    }

    private static void add(StringBuilder entry, List<Column> out) {
        String e = entry.toString().strip();
        String[] parts = e.split("\\s+", 2);
        if (parts.length < 2) {
            return;
        }
        String first = parts[0].toUpperCase(Locale.ROOT);
        if (first.equals("INDEX") || first.equals("CONSTRAINT") || first.equals("PROJECTION")) {
            return;
        }
        out.add(new Column(parts[0].replace("`", "").replace("\"", ""), parts[1].strip()));
    }
}

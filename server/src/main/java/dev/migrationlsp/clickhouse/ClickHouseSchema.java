package dev.migrationlsp.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema replayed from every ClickHouse migration in the runner's order (file-name order, {@code .sql} and
 * {@code .py} together), so a rule can ask which tables existed just before a given statement. A {@code .py} data
 * migration's effects are not known: the DDL found in its string literals counts as a best guess (creations and renames
 * only), and nothing in a {@code .py} file is an error. Tables are keyed by their name without database.
 */
public final class ClickHouseSchema {
    private static final Document.Key<ClickHouseSchema> KEY = new Document.Key<>("clickhouse-schema");
    private static final long PER_FILE = 1_000_000L;

    /**
     * A table, view or dictionary as some statement defined it. {@code definition} is the {@code CreateTable} /
     * {@code CreateView} / {@code CreateDictionary}, or null when unknown (a broken statement, a data migration).
     */
    public record Table(String name, Path file, Statement definition) {
        public Optional<Statement.CreateTable> createTable() {
            return definition instanceof Statement.CreateTable ct ? Optional.of(ct) : Optional.empty();
        }
    }

    private record Event(long order, Table table) {
    }

    private final Map<Path, Integer> fileIndex = new HashMap<>();
    private final Map<String, List<Event>> events = new HashMap<>();
    /** Columns as replayed to the end (CREATE, then ALTER ADD/MODIFY/DROP COLUMN), name to type as written. */
    private final Map<String, Map<String, String>> columns = new HashMap<>();
    /** Files whose ALTER TABLE statements change each table, in runner order. */
    private final Map<String, List<Path>> alteredIn = new HashMap<>();
    private final Set<String> rollupTargets = new HashSet<>();
    /** Per file in runner order: its path and the source text of each statement the replay read. */
    private final List<Object> fingerprint = new ArrayList<>();

    private ClickHouseSchema() {
    }

    /** The replayed schema of a snapshot, computed once per snapshot. */
    public static ClickHouseSchema of(WorkspaceSnapshot ws) {
        return ws.derived(KEY, ClickHouseSchema::replay);
    }

    static ClickHouseSchema replay(WorkspaceSnapshot ws) {
        ClickHouseSchema schema = new ClickHouseSchema();
        // Parse every file and analyse every view's query in parallel first (both are cached); the replay itself is
        // sequential because order matters.
        ws.clickhouseFiles().values().parallelStream().filter(d -> d.kind() == FileKind.CLICKHOUSE_SQL).forEach(d -> {
            for (Statement s : ClickHouseScript.of(d).statements()) {
                if (s instanceof Statement.CreateView v) {
                    v.select().facts().hasGroupBy();
                }
            }
        });
        int index = 0;
        for (Document d : ws.clickhouseFiles().values()) {
            schema.fileIndex.put(d.path(), index);
            schema.fingerprint.add(d.path());
            long base = index * PER_FILE;
            if (d.kind() == FileKind.CLICKHOUSE_PY) {
                for (ClickHouseScript literal : DataMigration.of(d).sqlLiterals()) {
                    for (Statement s : literal.statements()) {
                        schema.fingerprint.add(literal.slice(s.range()));
                        schema.apply(s, d.path(), base, true);
                    }
                }
            } else {
                ClickHouseScript script = ClickHouseScript.of(d);
                List<Statement> statements = script.statements();
                for (int i = 0; i < statements.size(); i++) {
                    schema.fingerprint.add(script.slice(statements.get(i).range()));
                    schema.apply(statements.get(i), d.path(), base + i, false);
                    schema.replayColumns(statements.get(i), script, d.path());
                }
            }
            index++;
        }
        return schema;
    }

    /**
     * What the replay read: every file's path and the text of each of its statements, in order (comments and blank
     * lines between statements left out). The schema is a function of these, so two snapshots with equal fingerprints
     * answer every question of this class alike; results cached for a file stay valid while typing elsewhere leaves them
     * equal (in a comment, say), whatever facts this class learns to answer later.
     */
    public List<Object> fingerprint() {
        return java.util.Collections.unmodifiableList(fingerprint);
    }

    private void apply(Statement s, Path file, long order, boolean guess) {
        if (s instanceof Statement.CreateTable ct) {
            create(ct.name().name(), new Table(ct.name().name(), file, guess ? null : ct), order, ct.ifNotExists() || guess);
        } else if (s instanceof Statement.CreateView cv) {
            create(cv.name().name(), new Table(cv.name().name(), file, guess ? null : cv), order, cv.ifNotExists() || guess);
            if (cv.materialized() && cv.to() != null && cv.select().facts().hasGroupBy()) {
                rollupTargets.add(cv.to().name());
            }
        } else if (s instanceof Statement.CreateDictionary cd) {
            create(cd.name().name(), new Table(cd.name().name(), file, guess ? null : cd), order, cd.ifNotExists() || guess);
        } else if (s instanceof Statement.Broken b && b.name() != null && b.kind().startsWith("CREATE")
                && !b.kind().equals("CREATE DATABASE")) {
            create(b.name().name(), new Table(b.name().name(), file, null), order, true);
        } else if (s instanceof Statement.Drop drop && !guess && !drop.what().equals("DATABASE")) {
            record(drop.name().name(), order, null);
        } else if (s instanceof Statement.Rename r && !r.what().equals("DATABASE")) {
            for (QualifiedName[] pair : r.pairs()) {
                Table moved = latest(pair[0].name()).orElse(new Table(pair[1].name(), file, null));
                if (!guess) {
                    record(pair[0].name(), order, null);
                }
                record(pair[1].name(), order, new Table(pair[1].name(), moved.file(), moved.definition()));
            }
        } else if (s instanceof Statement.Exchange x) {
            Optional<Table> a = latest(x.first().name());
            Optional<Table> b = latest(x.second().name());
            if (a.isPresent() && b.isPresent()) {
                record(x.first().name(), order, new Table(x.first().name(), b.get().file(), b.get().definition()));
                record(x.second().name(), order, new Table(x.second().name(), a.get().file(), a.get().definition()));
            }
        }
    }

    /** Column bookkeeping of a {@code .sql} statement (data migrations' guesses carry no columns). */
    private void replayColumns(Statement s, ClickHouseScript script, Path file) {
        if (s instanceof Statement.CreateTable ct && ct.name() != null && (!ct.ifNotExists() || !columns.containsKey(ct.name().name()))) {
            Map<String, String> cols = new LinkedHashMap<>();
            ct.columns().forEach(c -> cols.put(c.name(), c.type() == null ? "" : script.slice(c.type().range())));
            columns.put(ct.name().name(), cols);
            alteredIn.remove(ct.name().name());
        } else if (s instanceof Statement.AlterTable a && a.table() != null && columns.containsKey(a.table().name())) {
            Map<String, String> cols = columns.get(a.table().name());
            for (Ast.AlterAction act : a.actions()) {
                String kind = act.kind() == null ? "" : act.kind().toUpperCase(java.util.Locale.ROOT);
                if ((kind.startsWith("ADD COLUMN") || kind.startsWith("MODIFY COLUMN")) && act.column() != null && act.column().type() != null) {
                    cols.put(act.column().name(), script.slice(act.column().type().range()));
                } else if (kind.startsWith("DROP COLUMN") && act.target() != null) {
                    cols.remove(act.target());
                }
            }
            alteredIn.computeIfAbsent(a.table().name(), k -> new ArrayList<>()).add(file);
        } else if (s instanceof Statement.Drop d && d.name() != null && !d.what().equals("DATABASE")) {
            columns.remove(d.name().name());
            alteredIn.remove(d.name().name());
        } else if (s instanceof Statement.Rename r && !r.what().equals("DATABASE")) {
            for (QualifiedName[] pair : r.pairs()) {
                move(pair[0].name(), pair[1].name());
            }
        } else if (s instanceof Statement.Exchange x && x.first() != null && x.second() != null) {
            swap(columns, x.first().name(), x.second().name());
            swap(alteredIn, x.first().name(), x.second().name());
        }
    }

    private static <V> void swap(Map<String, V> map, String a, String b) {
        V va = map.remove(a);
        V vb = map.remove(b);
        if (vb != null) {
            map.put(a, vb);
        }
        if (va != null) {
            map.put(b, va);
        }
    }

    private void move(String from, String to) {
        Map<String, String> cols = columns.remove(from);
        if (cols != null) {
            columns.put(to, cols);
        }
        List<Path> altered = alteredIn.remove(from);
        if (altered != null) {
            alteredIn.put(to, altered);
        }
    }

    private void create(String name, Table table, long order, boolean ifNotExists) {
        if (ifNotExists && latest(name).isPresent()) {
            return;
        }
        record(name, order, table);
    }

    private void record(String name, long order, Table table) {
        events.computeIfAbsent(name, k -> new ArrayList<>()).add(new Event(order, table));
    }

    private Optional<Table> latest(String name) {
        List<Event> list = events.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.get(list.size() - 1).table());
    }

    /** The table {@code name} as it existed just before statement {@code statementIndex} of {@code file}. */
    public Optional<Table> tableBefore(Path file, int statementIndex, String name) {
        Integer idx = fileIndex.get(file.toAbsolutePath().normalize());
        List<Event> list = events.get(name);
        if (idx == null || list == null) {
            return Optional.empty();
        }
        long order = idx * PER_FILE + statementIndex;
        Table found = null;
        for (Event e : list) {
            if (e.order() >= order) {
                break;
            }
            found = e.table();
        }
        return Optional.ofNullable(found);
    }

    /** {@code name} as it exists after the last migration. */
    public Optional<Table> table(String name) {
        return latest(name);
    }

    /** Every table, view and dictionary that exists after the last migration, in name order. */
    public Map<String, Table> current() {
        Map<String, Table> out = new java.util.TreeMap<>();
        events.forEach((name, list) -> {
            Table t = list.isEmpty() ? null : list.get(list.size() - 1).table();
            if (t != null) {
                out.put(name, t);
            }
        });
        return out;
    }

    /** {@code name}'s columns after the last migration (name to type as written); empty when unknown. */
    public Map<String, String> columns(String name) {
        return java.util.Collections.unmodifiableMap(columns.getOrDefault(name, Map.of()));
    }

    /** Files whose ALTER TABLE statements changed {@code name} since it was (last) created. */
    public List<Path> alteredIn(String name) {
        return List.copyOf(alteredIn.getOrDefault(name, List.of()));
    }

    /** True if any migration, in any file, ever creates {@code name}. */
    public boolean everCreated(String name) {
        List<Event> list = events.get(name);
        return list != null && list.stream().anyMatch(e -> e.table() != null);
    }

    /** Targets of materialized views {@code ... TO t AS SELECT ... GROUP BY}: daily rollups by detection. */
    public Set<String> rollupTargets() {
        return Set.copyOf(rollupTargets);
    }
}

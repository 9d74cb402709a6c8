package dev.migrationlsp.clickhouse;

import dev.migrationlsp.clickhouse.Ast.Expr;
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

    private record Event(long order, Table table) {}

    /** A statement of a migration file. */
    public record StatementRef(Path file, TextRange range) {}

    /** {@code column} of {@code table} is named by a statement ({@code what}: its action, "INSERT", "key") but does not exist then. */
    public record UnknownColumn(String table, String column, TextRange range, String what) {}

    /**
     * What the rest of the history did to the table a {@code CREATE TABLE} made: {@code name} is its name at the end (null
     * when it is gone); {@code columns} its columns then (null when unknown); {@code orderBy} its sorting key then;
     * {@code changes} the ALTER statements on it; {@code endedBy} the statement that dropped or replaced it (null when it
     * lives to the end).
     */
    public record TableFate(
            String name, Map<String, String> columns, Expr orderBy, List<StatementRef> changes, StatementRef endedBy) {
        public boolean survives() {
            return endedBy == null;
        }
    }

    /**
     * Written out: a record's generated {@code equals}/{@code hashCode} link through {@code ObjectMethods} at first
     * use, which on JDK 17 spins ~25 method-handle classes (~40 ms of every {@code check}).
     */
    private record StatementKey(Path file, int index) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StatementKey k && index == k.index && file.equals(k.file);
        }

        @Override
        public int hashCode() {
            return 31 * file.hashCode() + index;
        }
    }

    /** One table created by a {@code .sql} CREATE TABLE, followed (mutably, during the replay only) to its end. */
    private static final class Lineage {
        String name;
        Map<String, String> columns;
        Expr orderBy;
        final List<StatementRef> changes = new ArrayList<>();
        StatementRef endedBy;

        Lineage(String name, Map<String, String> columns, Expr orderBy) {
            this.name = name;
            this.columns = columns;
            this.orderBy = orderBy;
        }

        TableFate fate() {
            return new TableFate(
                    endedBy == null ? name : null,
                    columns == null ? null : Map.copyOf(columns),
                    orderBy,
                    List.copyOf(changes),
                    endedBy);
        }
    }

    private final Map<Path, Integer> fileIndex = new HashMap<>();
    private final Map<String, List<Event>> events = new HashMap<>();
    /** Tables as replayed so far (at the end: as the history leaves them), by current name. */
    private final Map<String, Lineage> live = new HashMap<>();

    private final Map<StatementKey, Lineage> created = new HashMap<>();
    private final Map<Path, List<UnknownColumn>> unknownColumns = new HashMap<>();
    private final Set<String> rollupTargets = new HashSet<>();
    /** Per file in runner order: its path and the source text of each statement the replay read. */
    private final List<Object> fingerprint = new ArrayList<>();
    /** The text of the file being replayed (types are kept as written). */
    private String scriptText = "";

    private ClickHouseSchema() {}

    /** The replayed schema of a snapshot, computed once per snapshot. */
    public static ClickHouseSchema of(WorkspaceSnapshot ws) {
        return ws.derived(KEY, REPLAY);
    }

    /**
     * Named classes and plain loops rather than lambdas on `check`'s path: on JDK 17 each lambda or method reference
     * costs a short command ~0.2 ms the first time it runs.
     */
    private static final java.util.function.Function<WorkspaceSnapshot, ClickHouseSchema> REPLAY =
            new java.util.function.Function<>() {
                @Override
                public ClickHouseSchema apply(WorkspaceSnapshot ws) {
                    return replay(ws);
                }
            };

    /** Parses a file and analyses its views' queries (both cached on the document). */
    private static final java.util.function.Consumer<Document> PARSE = new java.util.function.Consumer<>() {
        @Override
        public void accept(Document d) {
            if (d.kind() != FileKind.CLICKHOUSE_SQL) {
                return;
            }
            for (Statement s : ClickHouseScript.of(d).statements()) {
                if (s instanceof Statement.CreateView v) {
                    v.select().facts().hasGroupBy();
                }
            }
        }
    };

    static ClickHouseSchema replay(WorkspaceSnapshot ws) {
        ClickHouseSchema schema = new ClickHouseSchema();
        // Parse every file and analyse every view's query in parallel first (both are cached); the replay itself is
        // sequential because order matters.
        ws.clickhouseFiles().values().parallelStream().forEach(PARSE);
        int index = 0;
        for (Document d : runnerOrder(ws.clickhouseFiles())) {
            schema.fileIndex.put(d.path(), index);
            schema.fingerprint.add(d.path());
            long base = index * PER_FILE;
            if (d.kind() == FileKind.CLICKHOUSE_PY) {
                for (ClickHouseScript literal : DataMigration.of(d).sqlLiterals()) {
                    for (Statement s : literal.statements()) {
                        schema.fingerprint.add(literal.slice(s.range()));
                        schema.replayColumns(s, d.path(), 0, true);
                        schema.apply(s, d.path(), base, true);
                    }
                }
            } else {
                ClickHouseScript script = ClickHouseScript.of(d);
                schema.scriptText = script.text();
                List<Statement> statements = script.statements();
                boolean downFile = MigrationDirection.isDownFile(d.fileName());
                List<TextRange> downSections = MigrationDirection.downSections(script.text());
                Map<String, Integer> rollbackFrom = null;
                for (int i = 0; i < statements.size(); i++) {
                    boolean rollback = downFile
                            || MigrationDirection.inside(
                                    downSections, statements.get(i).range().start());
                    if (rollback && rollbackFrom == null) {
                        rollbackFrom = schema.eventCounts();
                    } else if (!rollback && rollbackFrom != null) {
                        schema.undo(rollbackFrom, base + 2L * i - 1);
                        rollbackFrom = null;
                    }
                    schema.fingerprint.add(script.slice(statements.get(i).range()));
                    if (rollback) {
                        // A rollback (a .down.sql file after its step, a goose/sql-migrate/dbmate down section) sees
                        // the schema its step left and its own earlier statements, and is undone after it: it is not a
                        // step of the history. Its columns are not followed and its views mark no rollups.
                        schema.applyRollback(statements.get(i), d.path(), base + 2L * i);
                    } else {
                        schema.replayColumns(statements.get(i), d.path(), i, false);
                        schema.apply(statements.get(i), d.path(), base + 2L * i, false);
                    }
                }
                if (rollbackFrom != null) {
                    schema.undo(rollbackFrom, base + 2L * statements.size() - 1);
                }
            }
            index++;
        }
        schema.scriptText = "";
        return schema;
    }

    /**
     * The files in the order the replay reads them: file-name order, except that a rollback file ({@code NNN_x.down.sql})
     * comes right after its step ({@code NNN_x.up.sql}), whose schema it undoes; name order puts it before.
     */
    private static List<Document> runnerOrder(java.util.NavigableMap<Path, Document> files) {
        Map<Path, List<Document>> ups = new HashMap<>();
        Map<Path, List<Document>> downs = new HashMap<>();
        for (Document d : files.values()) {
            String version = MigrationDirection.pairVersion(d.fileName());
            if (version != null) {
                Path key = d.path().resolveSibling(version);
                listIn(MigrationDirection.isDownFile(d.fileName()) ? downs : ups, key)
                        .add(d);
            }
        }
        List<Document> out = new ArrayList<>(files.size());
        for (Document d : files.values()) {
            String version = MigrationDirection.pairVersion(d.fileName());
            Path key = version == null ? null : d.path().resolveSibling(version);
            boolean paired = key != null
                    && ups.getOrDefault(key, List.of()).size() == 1
                    && downs.getOrDefault(key, List.of()).size() == 1;
            if (paired && MigrationDirection.isDownFile(d.fileName())) {
                continue; // placed right after its step
            }
            out.add(d);
            if (paired) {
                out.add(downs.get(key).get(0));
            }
        }
        return out;
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

    /** How many events each name has so far: {@link #undo} returns every name to this point. */
    private Map<String, Integer> eventCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, List<Event>> e : events.entrySet()) {
            counts.put(e.getKey(), e.getValue().size());
        }
        return counts;
    }

    /** Records at {@code order} that every name a rollback touched is again what it was before the rollback. */
    private void undo(Map<String, Integer> before, long order) {
        for (Map.Entry<String, List<Event>> e : List.copyOf(events.entrySet())) {
            int from = before.getOrDefault(e.getKey(), 0);
            if (e.getValue().size() > from) {
                record(
                        e.getKey(),
                        order,
                        from == 0 ? null : e.getValue().get(from - 1).table());
            }
        }
    }

    private void applyRollback(Statement s, Path file, long order) {
        Set<String> rollups = Set.copyOf(rollupTargets);
        apply(s, file, order, false);
        rollupTargets.retainAll(rollups);
    }

    private void apply(Statement s, Path file, long order, boolean guess) {
        if (s instanceof Statement.CreateTable ct) {
            create(
                    ct.name().name(),
                    new Table(ct.name().name(), file, guess ? null : ct),
                    order,
                    ct.ifNotExists() || guess);
        } else if (s instanceof Statement.CreateView cv) {
            create(
                    cv.name().name(),
                    new Table(cv.name().name(), file, guess ? null : cv),
                    order,
                    cv.ifNotExists() || guess);
            if (cv.materialized() && cv.to() != null && cv.select().facts().hasGroupBy()) {
                rollupTargets.add(cv.to().name());
            }
        } else if (s instanceof Statement.CreateDictionary cd) {
            create(
                    cd.name().name(),
                    new Table(cd.name().name(), file, guess ? null : cd),
                    order,
                    cd.ifNotExists() || guess);
        } else if (s instanceof Statement.Broken b
                && b.name() != null
                && b.kind().startsWith("CREATE")
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
                record(
                        x.first().name(),
                        order,
                        new Table(x.first().name(), b.get().file(), b.get().definition()));
                record(
                        x.second().name(),
                        order,
                        new Table(x.second().name(), a.get().file(), a.get().definition()));
            }
        }
    }

    /**
     * Column bookkeeping of one statement, before {@link #apply} records it: follows each table created by a {@code .sql}
     * {@code CREATE TABLE} through alters, renames, exchanges and drops ({@link Lineage}), and notes every column a
     * statement names that its table does not have at that point. A data migration's guesses only make columns unknown.
     */
    private void replayColumns(Statement s, Path file, int index, boolean guess) {
        StatementRef here = new StatementRef(file, s.range());
        if (guess) {
            forgetColumns(s);
            return;
        }
        if (s instanceof Statement.CreateTable ct && ct.name() != null) {
            String name = ct.name().name();
            if (ct.ifNotExists() && latest(name).isPresent()) {
                return;
            }
            Map<String, String> cols = null;
            if (ct.columnsRange() != null) {
                cols = new LinkedHashMap<>();
                for (Ast.Column c : ct.columns()) {
                    cols.put(c.name(), c.type() == null ? "" : c.type().range().of(scriptText));
                }
                for (Expr key : new Expr[] {ct.orderBy(), ct.partitionBy(), ct.primaryKey()}) {
                    checkKey(file, name, cols, key);
                }
            } else if (ct.asTable() != null
                    && live.containsKey(ct.asTable().name())
                    && live.get(ct.asTable().name()).columns != null) {
                cols = new LinkedHashMap<>(live.get(ct.asTable().name()).columns);
            }
            end(name, here);
            Lineage lineage = new Lineage(name, cols, ct.orderBy());
            live.put(name, lineage);
            created.put(new StatementKey(file, index), lineage);
        } else if ((s instanceof Statement.CreateView || s instanceof Statement.CreateDictionary)
                && createdName(s) != null) {
            if (!(s instanceof Statement.CreateView v && v.ifNotExists()
                            || s instanceof Statement.CreateDictionary d && d.ifNotExists())
                    || latest(createdName(s)).isEmpty()) {
                end(createdName(s), here);
            }
        } else if (s instanceof Statement.Broken b
                && b.name() != null
                && b.kind().startsWith("CREATE")) {
            Lineage l = live.get(b.name().name());
            if (l != null) {
                l.columns = null;
            }
        } else if (s instanceof Statement.AlterTable a
                && a.table() != null
                && live.containsKey(a.table().name())) {
            Lineage l = live.get(a.table().name());
            l.changes.add(here);
            for (Ast.AlterAction act : a.actions()) {
                alterColumns(file, l, act);
            }
        } else if (s instanceof Statement.Insert ins
                && ins.table() != null
                && live.containsKey(ins.table().name())) {
            Lineage l = live.get(ins.table().name());
            for (Ast.Identifier c : ins.columnRefs()) {
                requireColumn(file, l, c.name(), c.range(), "INSERT", false);
            }
        } else if (s instanceof Statement.Drop d
                && d.name() != null
                && !d.what().equals("DATABASE")) {
            end(d.name().name(), here);
        } else if (s instanceof Statement.Rename r && !r.what().equals("DATABASE")) {
            for (QualifiedName[] pair : r.pairs()) {
                Lineage moved = live.remove(pair[0].name());
                if (moved != null) {
                    end(pair[1].name(), here);
                    moved.name = pair[1].name();
                    live.put(pair[1].name(), moved);
                }
            }
        } else if (s instanceof Statement.Exchange x && x.first() != null && x.second() != null) {
            Lineage first = live.remove(x.first().name());
            Lineage second = live.remove(x.second().name());
            if (second != null) {
                second.name = x.first().name();
                live.put(x.first().name(), second);
            }
            if (first != null) {
                first.name = x.second().name();
                live.put(x.second().name(), first);
            }
        }
    }

    private static String createdName(Statement s) {
        if (s instanceof Statement.CreateView v && v.name() != null) {
            return v.name().name();
        }
        return s instanceof Statement.CreateDictionary d && d.name() != null
                ? d.name().name()
                : null;
    }

    /** A data migration's DDL (a guess): the tables it creates, alters or renames have unknown columns from then on. */
    private void forgetColumns(Statement s) {
        List<String> touched = new ArrayList<>();
        if (s instanceof Statement.AlterTable a && a.table() != null) {
            touched.add(a.table().name());
        } else if (s instanceof Statement.CreateTable ct && ct.name() != null) {
            touched.add(ct.name().name());
        } else if (s instanceof Statement.Rename r) {
            for (var pair : r.pairs()) {
                touched.add(pair[0].name());
            }
        }
        for (String name : touched) {
            Lineage l = live.get(name);
            if (l != null) {
                l.columns = null;
            }
        }
    }

    /** The table {@code name} stops being what its last CREATE made of it (dropped, replaced, renamed over). */
    private void end(String name, StatementRef by) {
        Lineage l = live.remove(name);
        if (l != null) {
            l.endedBy = by;
        }
    }

    /**
     * One ALTER action on a table with known columns. A Nested column {@code n} is stored as its fields ({@code n.x},
     * {@code n.y}): ClickHouse accepts the group's name only where it means all fields ({@code DROP}, {@code CLEAR},
     * {@code AFTER}); {@code DROP COLUMN IF EXISTS n} finds no column {@code n} and does nothing.
     */
    private void alterColumns(Path file, Lineage l, Ast.AlterAction act) {
        if (l.columns == null || act.kind() == null) {
            return;
        }
        Map<String, String> cols = l.columns;
        String kind = act.kind().toUpperCase(java.util.Locale.ROOT);
        for (Ast.Identifier ref : act.columnRefs()) {
            requireColumn(file, l, ref.name(), ref.range(), kind, !kind.equals("UPDATE"));
        }
        String target = act.target();
        boolean group = target != null && isNestedGroup(cols, target);
        switch (kind) {
            case "ADD COLUMN" -> {
                if (act.column() != null) {
                    cols.put(
                            act.column().name(),
                            act.column().type() == null
                                    ? ""
                                    : act.column().type().range().of(scriptText));
                }
            }
            case "MODIFY COLUMN" -> {
                if (!act.ifExists() || group) {
                    requireColumn(file, l, target, act.targetRange(), kind, false);
                }
                if (act.column() != null && act.column().type() != null && !group) {
                    String type = act.column().type().range().of(scriptText);
                    if (cols.containsKey(target)) {
                        cols.put(act.column().name(), type);
                    } else if (hasColumn(cols, target, false)) {
                        // a Nested field given its own type leaves the group as a plain column (what ClickHouse does)
                        dropNestedField(cols, target);
                        cols.put(target, type);
                    }
                }
            }
            case "DROP COLUMN" -> {
                if (!act.ifExists()) {
                    requireColumn(file, l, target, act.targetRange(), kind, true);
                }
                if (!(act.ifExists() && group)) {
                    cols.remove(target);
                    cols.keySet().removeIf(c -> c.startsWith(target + "."));
                    dropNestedField(cols, target);
                }
            }
            case "CLEAR COLUMN", "RENAME COLUMN", "COMMENT COLUMN", "MATERIALIZE COLUMN" -> {
                if (!act.ifExists()) {
                    boolean groupCounts = kind.equals("CLEAR COLUMN") || kind.equals("RENAME COLUMN");
                    requireColumn(file, l, target, act.targetRange(), kind, groupCounts);
                }
                if (kind.equals("RENAME COLUMN") && act.newName() != null && cols.containsKey(target) && !group) {
                    Map<String, String> renamed = new LinkedHashMap<>();
                    cols.forEach((c, type) -> renamed.put(c.equals(target) ? act.newName() : c, type));
                    cols.clear();
                    cols.putAll(renamed);
                }
            }
            case "MODIFY ORDER BY" -> {
                checkKey(file, l.name, cols, act.key());
                if (act.key() != null) {
                    l.orderBy = act.key();
                }
            }
            default -> {}
        }
    }

    private static boolean isNestedGroup(Map<String, String> cols, String name) {
        String type = cols.get(name);
        return type != null && type.startsWith("Nested(");
    }

    /** {@code DROP COLUMN n.x} of a column {@code n Nested(x T, y U)} leaves {@code n Nested(y U)} (or no n at all). */
    private static void dropNestedField(Map<String, String> cols, String dotted) {
        int dot = dotted.indexOf('.');
        String type = dot < 0 ? null : cols.get(dotted.substring(0, dot));
        if (type == null || !type.startsWith("Nested(") || !type.endsWith(")")) {
            return;
        }
        String field = dotted.substring(dot + 1);
        List<String> kept = new ArrayList<>();
        int depth = 0;
        int start = 7;
        for (int i = 7; i < type.length() - 1; i++) {
            char c = type.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0 || i == type.length() - 2) {
                String part = type.substring(start, c == ',' && depth == 0 ? i : i + 1)
                        .strip();
                if (!part.split("\\s+", 2)[0].equals(field)) {
                    kept.add(part);
                }
                start = i + 1;
            }
        }
        if (kept.isEmpty()) {
            cols.remove(dotted.substring(0, dot));
        } else {
            cols.put(dotted.substring(0, dot), "Nested(" + String.join(", ", kept) + ")");
        }
    }

    private void requireColumn(Path file, Lineage l, String column, TextRange range, String what, boolean groupCounts) {
        if (l.columns != null && column != null && range != null && !hasColumn(l.columns, column, groupCounts)) {
            listIn(unknownColumns, file).add(new UnknownColumn(l.name, column, range, what));
        }
    }

    /** The columns a sorting, partition or primary key reads must exist (lambdas' parameters make it unknowable). */
    private void checkKey(Path file, String table, Map<String, String> cols, Expr key) {
        if (key == null || cols == null || mentionsLambda(key)) {
            return;
        }
        List<Expr> identifiers = new ArrayList<>();
        collectIdentifiers(key, identifiers);
        for (Expr id : identifiers) {
            if (!hasColumn(cols, id.name(), false)) {
                listIn(unknownColumns, file).add(new UnknownColumn(table, id.name(), id.range(), "key"));
            }
        }
    }

    private static boolean mentionsLambda(Expr e) {
        if (e.kind() == Expr.Kind.OPERATOR && "->".equals(e.name()) || e.kind() == Expr.Kind.SUBQUERY) {
            return true;
        }
        for (Expr c : e.children()) {
            if (mentionsLambda(c)) {
                return true;
            }
        }
        return false;
    }

    private static void collectIdentifiers(Expr e, List<Expr> out) {
        if (e.kind() == Expr.Kind.IDENTIFIER && e.name() != null) {
            out.add(e);
        }
        for (Expr c : e.children()) {
            collectIdentifiers(c, out);
        }
    }

    /**
     * {@code name} is a column, a subcolumn of one ({@code t.a} of a Tuple or Nested {@code t}), or (when
     * {@code groupCounts}) a Nested group itself ({@code n} of {@code n Nested(...)} or of flattened {@code n.a} columns).
     */
    static boolean hasColumn(Map<String, String> cols, String name, boolean groupCounts) {
        if (cols.containsKey(name)) {
            return groupCounts || !isNestedGroup(cols, name);
        }
        for (String c : cols.keySet()) {
            if (groupCounts && c.startsWith(name + ".") || name.startsWith(c + ".")) {
                return true;
            }
        }
        return false;
    }

    private void create(String name, Table table, long order, boolean ifNotExists) {
        if (ifNotExists && latest(name).isPresent()) {
            return;
        }
        record(name, order, table);
    }

    private void record(String name, long order, Table table) {
        listIn(events, name).add(new Event(order, table));
    }

    /** {@code map}'s list under {@code key}, added empty if missing. */
    private static <K, V> List<V> listIn(Map<K, List<V>> map, K key) {
        List<V> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        return list;
    }

    private Optional<Table> latest(String name) {
        List<Event> list = events.get(name);
        return list == null || list.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(list.get(list.size() - 1).table());
    }

    /** The table {@code name} as it existed just before statement {@code statementIndex} of {@code file}. */
    public Optional<Table> tableBefore(Path file, int statementIndex, String name) {
        Integer idx = fileIndex.get(file.toAbsolutePath().normalize());
        List<Event> list = events.get(name);
        if (idx == null || list == null) {
            return Optional.empty();
        }
        long order = idx * PER_FILE + 2L * statementIndex;
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
        for (Map.Entry<String, List<Event>> e : events.entrySet()) {
            List<Event> list = e.getValue();
            Table t = list.isEmpty() ? null : list.get(list.size() - 1).table();
            if (t != null) {
                out.put(e.getKey(), t);
            }
        }
        return out;
    }

    /** {@code name}'s columns after the last migration (name to type as written); empty when unknown. */
    public Map<String, String> columns(String name) {
        Lineage l = live.get(name);
        return l == null || l.columns == null ? Map.of() : java.util.Collections.unmodifiableMap(l.columns);
    }

    /** Files whose ALTER TABLE statements changed {@code name} since it was (last) created. */
    public List<Path> alteredIn(String name) {
        Lineage l = live.get(name);
        return l == null
                ? List.of()
                : l.changes.stream().map(StatementRef::file).toList();
    }

    /**
     * What became of the table that statement {@code statementIndex} of {@code file} created; empty when that statement
     * is not a {@code CREATE TABLE} that (re)created a table.
     */
    public Optional<TableFate> fate(Path file, int statementIndex) {
        Lineage l = created.get(new StatementKey(file.toAbsolutePath().normalize(), statementIndex));
        return l == null ? Optional.empty() : Optional.of(l.fate());
    }

    /** Columns that {@code file}'s statements name but that their table does not have at that point, in order. */
    public List<UnknownColumn> unknownColumns(Path file) {
        return List.copyOf(unknownColumns.getOrDefault(file.toAbsolutePath().normalize(), List.of()));
    }

    /** True if any migration, in any file, ever creates {@code name}. */
    public boolean everCreated(String name) {
        List<Event> list = events.get(name);
        if (list != null) {
            for (Event e : list) {
                if (e.table() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Targets of materialized views {@code ... TO t AS SELECT ... GROUP BY}: daily rollups by detection. */
    public Set<String> rollupTargets() {
        return Set.copyOf(rollupTargets);
    }
}

package dev.migrationlsp.postgres;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import dev.migrationlsp.postgres.PgChange.AddConstraint;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgChange.Column;
import dev.migrationlsp.postgres.PgChange.CreateIndex;
import dev.migrationlsp.postgres.PgChange.CreateTable;
import dev.migrationlsp.postgres.PgChange.DropColumn;
import dev.migrationlsp.postgres.PgChange.DropConstraint;
import dev.migrationlsp.postgres.PgChange.DropIndex;
import dev.migrationlsp.postgres.PgChange.DropTable;
import dev.migrationlsp.postgres.PgChange.NameRef;
import dev.migrationlsp.postgres.PgChange.RenameTable;
import dev.migrationlsp.postgres.PgChange.Unknown;
import dev.migrationlsp.postgres.PgChange.ValidateConstraint;
import dev.migrationlsp.postgres.PgTable.Origin;
import dev.migrationlsp.postgres.PgTable.PgColumn;
import dev.migrationlsp.postgres.PgTable.PgConstraint;
import dev.migrationlsp.postgres.PgTable.PgIndex;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The PostgreSQL schema of one Alembic history, replayed along its {@link RevisionGraph}: revisions in topological
 * order (parents, including {@code depends_on}, before children), each revision's {@link PgChange}s in order. Answers
 * "what did table T look like just before change i of revision R" for any revision, with the file and range that made
 * every column, constraint and index.
 *
 * <p>Replay is lazy and per table: building indexes every change by the table (and index) it names, and a question
 * folds only the changes of that table that are ancestors of the asking revision. The per-document change lists are
 * cached on their {@link Document}s, so after an edit only the edited revision is re-read and the rest of the build is
 * one pass over cached lists (measured in docs/benchmarks.md).
 */
public final class PgSchema {
    private static final Document.Key<PgSchema> KEY = new Document.Key<>("postgres-schema");
    private static final int MAX_RENAME_DEPTH = 32;

    /** One revision in replay order. */
    public record Revision(String id, Path file, int order, List<PgChange> changes) {}

    /** The answer to "does table T exist here": {@code table} is set when it does. */
    public record Lookup(Status status, PgTable table) {
        public boolean exists() {
            return status == Status.EXISTS;
        }
    }

    public enum Status {
        EXISTS,
        ABSENT,
        UNKNOWN
    }

    private record Event(int revision, int index, PgChange change) {}

    private final List<Revision> revisions = new ArrayList<>();
    private Layered<Path, Revision> byFile = new Layered<>(new HashMap<>());
    private Layered<String, List<Event>> tableEvents = new Layered<>(new HashMap<>());
    private Layered<String, List<Event>> indexEvents = new Layered<>(new HashMap<>());

    /**
     * A map over a shared, never again modified base: a schema derived after an edit shares its predecessor's base and
     * copies only the (small) overlay of keys edits touched, instead of copying thousands of entries per keystroke.
     */
    private static final class Layered<K, V> {
        final Map<K, V> base;
        final Map<K, V> over;

        Layered(Map<K, V> base) {
            this(base, new HashMap<>());
        }

        Layered(Map<K, V> base, Map<K, V> over) {
            this.base = base;
            this.over = over;
        }

        V get(K k) {
            V v = over.get(k);
            return v != null || over.containsKey(k) ? v : base.get(k);
        }

        V getOrDefault(K k, V d) {
            V v = get(k);
            return v == null ? d : v;
        }

        /** While building from scratch the base is still private: write there. */
        Map<K, V> target() {
            return over.isEmpty() && !frozen ? base : over;
        }

        boolean frozen;

        void put(K k, V v) {
            target().put(k, v);
        }

        java.util.Set<K> keySet() {
            java.util.Set<K> out = new java.util.HashSet<>(base.keySet());
            out.addAll(over.keySet());
            return out;
        }

        /** A copy for a derived schema: same base, own overlay. */
        Layered<K, V> derive() {
            Layered<K, V> l = new Layered<>(base, new HashMap<>(over));
            l.frozen = true;
            return l;
        }
    }

    private final List<Event> anyTableUnknowns = new ArrayList<>();
    /** Per revision (replay order) its ancestors, shared through the graph; null for one straight line. */
    private BitSet[] ancestors;

    private PgSchema() {}

    /** The schema of the workspace's (first) Alembic history, once per snapshot. */
    public static PgSchema of(WorkspaceSnapshot ws) {
        return ws.derived(KEY, REPLAY_FIRST_HISTORY);
    }

    /** Named classes rather than lambdas here and below: on JDK 17 a lambda's first use costs `check` ~0.2 ms. */
    private static final Function<WorkspaceSnapshot, PgSchema> REPLAY_FIRST_HISTORY = new Function<>() {
        @Override
        public PgSchema apply(WorkspaceSnapshot s) {
            return replay(s.revisionGraph(), s.alembicFiles().values());
        }
    };

    /**
     * The schema of the history {@code file} belongs to (each history of a workspace has its own tables), once per
     * snapshot and history.
     */
    public static PgSchema of(WorkspaceSnapshot ws, Path file) {
        Optional<dev.migrationlsp.workspace.AlembicHistory> history = ws.historyOf(file);
        if (history.isEmpty() || ws.histories().size() < 2) {
            return of(ws);
        }
        Map<String, PgSchema> perHistory = ws.derived(PER_HISTORY, s -> new java.util.concurrent.ConcurrentHashMap<>());
        return perHistory.computeIfAbsent(
                history.get().name(),
                name -> replay(
                        ws.revisionGraph(history.get()),
                        ws.alembicFiles(history.get()).values()));
    }

    private static final Document.Key<Map<String, PgSchema>> PER_HISTORY =
            new Document.Key<>("postgres-schema-per-history");

    private static PgSchema replay(RevisionGraph graph, java.util.Collection<Document> documents) {
        {
            Order order = graph.derived(ORDER, ORDER_OF);
            Document[] files = documents.toArray(new Document[0]);
            Input last = order.input;
            if (last != null && last.files.length == files.length) {
                // typing in one revision: the same files but one Document differs; re-read that revision only
                List<Integer> changed = new ArrayList<>();
                Map<Integer, List<PgChange>> lists = new HashMap<>();
                boolean sameFiles = true;
                for (int p = 0; p < files.length && sameFiles && changed.size() <= INCREMENTAL_LIMIT; p++) {
                    if (files[p] != last.files[p]) {
                        sameFiles = files[p].path().equals(last.files[p].path());
                        Integer at = order.indexOfFile.get(files[p].path());
                        if (at != null) {
                            changed.add(at);
                            lists.put(at, AlembicChanges.of(files[p]));
                        }
                    }
                }
                if (sameFiles && changed.size() <= INCREMENTAL_LIMIT && last.schema.tableEvents.over.size() < 1024) {
                    PgSchema next = last.schema.withChanged(changed, lists);
                    order.input = new Input(files, next);
                    return next;
                }
            }
            Map<Path, Document> byPath = new HashMap<>();
            for (Document d : files) {
                byPath.put(d.path(), d);
            }
            PgSchema full = build(graph, new Function<Node, Optional<Document>>() {
                @Override
                public Optional<Document> apply(Node n) {
                    return Optional.ofNullable(byPath.get(n.file()));
                }
            });
            order.input = new Input(files, full);
            return full;
        }
    }

    /** The documents (in path order) the last schema of a graph was built from, and that schema. */
    private record Input(Document[] files, PgSchema schema) {}

    /**
     * What depends on the graph alone (replay order, ancestry), kept on the graph, which body edits do not rebuild; and
     * the last schema built on it, from which the next one is derived by re-indexing only the revisions whose changes
     * differ (an edit re-replays that revision only).
     */
    private static final class Order {
        final List<Node> nodes;
        final BitSet[] ancestors;
        final Map<Path, Integer> indexOfFile = new HashMap<>();
        volatile PgSchema last;
        volatile Input input;

        Order(List<Node> nodes, BitSet[] ancestors) {
            this.nodes = nodes;
            this.ancestors = ancestors;
            for (int i = 0; i < nodes.size(); i++) {
                indexOfFile.putIfAbsent(nodes.get(i).file(), i);
            }
        }
    }

    private static final Object ORDER = new Object();

    private static final Function<RevisionGraph, Order> ORDER_OF = new Function<>() {
        @Override
        public Order apply(RevisionGraph graph) {
            return order(graph);
        }
    };
    /** Beyond this many changed revisions a full rebuild is as cheap. */
    private static final int INCREMENTAL_LIMIT = 16;

    /** Replays one history; {@code documents} finds a revision's current document. */
    public static PgSchema build(RevisionGraph graph, Function<Node, Optional<Document>> documents) {
        Order order = graph.derived(ORDER, ORDER_OF);
        List<List<PgChange>> lists = new ArrayList<>(order.nodes.size());
        for (Node n : order.nodes) {
            Optional<Document> d = documents.apply(n);
            lists.add(d.isPresent() ? AlembicChanges.of(d.get()) : List.of());
        }
        PgSchema prev = order.last;
        PgSchema s = null;
        if (prev != null && prev.revisions.size() == lists.size()) {
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < lists.size() && changed.size() <= INCREMENTAL_LIMIT; i++) {
                if (prev.revisions.get(i).changes() != lists.get(i)) {
                    changed.add(i);
                }
            }
            if (changed.size() <= INCREMENTAL_LIMIT && prev.tableEvents.over.size() < 1024) {
                Map<Integer, List<PgChange>> byIndex = new HashMap<>();
                for (int i : changed) {
                    byIndex.put(i, lists.get(i));
                }
                s = prev.withChanged(changed, byIndex);
            }
        }
        if (s == null) {
            s = new PgSchema();
            s.ancestors = order.ancestors;
            for (int i = 0; i < order.nodes.size(); i++) {
                Node n = order.nodes.get(i);
                List<PgChange> changes = lists.get(i);
                Revision r = new Revision(n.revision(), n.file(), i, changes);
                s.revisions.add(r);
                if (s.byFile.get(n.file()) == null) {
                    s.byFile.put(n.file(), r);
                }
                for (int k = 0; k < changes.size(); k++) {
                    s.record(new Event(i, k, changes.get(k)));
                }
            }
        }
        s.byFile.frozen = true;
        s.tableEvents.frozen = true;
        s.indexEvents.frozen = true;
        order.last = s;
        return s;
    }

    /** A copy of this schema where the revisions at {@code changed} have new change lists; other event lists are shared. */
    private PgSchema withChanged(List<Integer> changed, Map<Integer, List<PgChange>> lists) {
        PgSchema s = new PgSchema();
        s.ancestors = ancestors;
        s.revisions.addAll(revisions);
        s.byFile = byFile.derive();
        s.tableEvents = tableEvents.derive();
        s.indexEvents = indexEvents.derive();
        s.anyTableUnknowns.addAll(anyTableUnknowns);
        for (int i : changed) {
            Revision old = revisions.get(i);
            Revision now = new Revision(old.id(), old.file(), i, lists.get(i));
            s.revisions.set(i, now);
            if (byFile.get(old.file()) == old) {
                s.byFile.put(old.file(), now);
            }
            java.util.Set<String> tables = new java.util.HashSet<>();
            java.util.Set<String> indexes = new java.util.HashSet<>();
            for (List<PgChange> l : List.of(old.changes(), now.changes())) {
                for (PgChange c : l) {
                    keys(c, tables, indexes);
                }
            }
            for (String t : tables) {
                s.tableEvents.put(t, new ArrayList<>(s.tableEvents.getOrDefault(t, List.of())));
                removeRevision(s.tableEvents.get(t), i);
            }
            for (String x : indexes) {
                s.indexEvents.put(x, new ArrayList<>(s.indexEvents.getOrDefault(x, List.of())));
                removeRevision(s.indexEvents.get(x), i);
            }
            removeRevision(s.anyTableUnknowns, i);
            for (int k = 0; k < now.changes().size(); k++) {
                s.record(new Event(i, k, now.changes().get(k)));
            }
            // record() appends: put this revision's events back in replay order
            for (String t : tables) {
                s.tableEvents.get(t).sort(EVENT_ORDER);
            }
            for (String x : indexes) {
                s.indexEvents.get(x).sort(EVENT_ORDER);
            }
            s.anyTableUnknowns.sort(EVENT_ORDER);
        }
        return s;
    }

    private static void removeRevision(List<Event> events, int revision) {
        for (java.util.Iterator<Event> it = events.iterator(); it.hasNext(); ) {
            if (it.next().revision() == revision) {
                it.remove();
            }
        }
    }

    private static final java.util.Comparator<Event> EVENT_ORDER = new java.util.Comparator<>() {
        @Override
        public int compare(Event a, Event b) {
            int byRevision = Integer.compare(a.revision(), b.revision());
            return byRevision != 0 ? byRevision : Integer.compare(a.index(), b.index());
        }
    };

    /** The event-list keys a change is recorded under. */
    private static void keys(PgChange c, java.util.Set<String> tables, java.util.Set<String> indexes) {
        if (c instanceof CreateIndex ci && ci.name() != null) {
            indexes.add(ci.name().name());
        }
        if (c instanceof DropIndex di && di.name() != null) {
            indexes.add(di.name().name());
        }
        if (c.table() != null && !(c instanceof Unknown u && u.table() == null)) {
            tables.add(c.table().name());
        }
        if (c instanceof RenameTable rt) {
            tables.add(rt.newName().name());
        }
    }

    private static Order order(RevisionGraph graph) {
        List<Node> nodes = topological(graph);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.putIfAbsent(nodes.get(i).revision(), i);
        }
        return new Order(List.copyOf(nodes), ancestry(graph, nodes, index));
    }

    private void record(Event e) {
        PgChange c = e.change();
        if (c instanceof Unknown u && u.table() == null) {
            anyTableUnknowns.add(e);
            return;
        }
        if (c instanceof DropIndex di && di.name() != null) {
            eventsOf(indexEvents, di.name().name()).add(e);
        }
        if (c instanceof CreateIndex ci && ci.name() != null) {
            eventsOf(indexEvents, ci.name().name()).add(e);
        }
        if (c.table() != null) {
            eventsOf(tableEvents, c.table().name()).add(e);
        }
        if (c instanceof RenameTable rt) {
            eventsOf(tableEvents, rt.newName().name()).add(e);
        }
    }

    private static List<Event> eventsOf(Layered<String, List<Event>> events, String key) {
        List<Event> list = events.get(key);
        if (list == null) {
            list = new ArrayList<>();
            events.put(key, list);
        }
        return list;
    }

    /** Kahn's algorithm, ties broken by file order; revisions on a cycle come last, in file order. */
    private static List<Node> topological(RevisionGraph graph) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Node n : graph.nodes()) {
            nodes.putIfAbsent(n.revision(), n);
        }
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<Node>> dependants = new HashMap<>();
        for (Node n : nodes.values()) {
            int count = 0;
            for (String p : parents(graph, n)) {
                if (nodes.containsKey(p)) {
                    count++;
                    List<Node> list = dependants.get(p);
                    if (list == null) {
                        list = new ArrayList<>();
                        dependants.put(p, list);
                    }
                    list.add(n);
                }
            }
            waiting.put(n.revision(), count);
        }
        Deque<Node> ready = new ArrayDeque<>();
        for (Node n : nodes.values()) {
            if (waiting.get(n.revision()) == 0) {
                ready.add(n);
            }
        }
        List<Node> out = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            Node n = ready.poll();
            out.add(n);
            for (Node d : dependants.getOrDefault(n.revision(), List.of())) {
                int left = waiting.get(d.revision()) - 1;
                waiting.put(d.revision(), left);
                if (left == 0) {
                    ready.add(d);
                }
            }
        }
        if (out.size() < nodes.size()) {
            for (Node n : nodes.values()) {
                if (waiting.get(n.revision()) > 0) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static List<String> parents(RevisionGraph graph, Node n) {
        if (n.dependsOn().isEmpty()) {
            return n.downRevisions();
        }
        List<String> all = new ArrayList<>(n.downRevisions());
        for (String d : n.dependsOn()) {
            Optional<Node> owner = graph.node(d);
            if (owner.isEmpty()) {
                owner = graph.labelOwner(d);
            }
            all.add(owner.isPresent() ? owner.get().revision() : d);
        }
        return all;
    }

    /** Per revision (replay order) its ancestors; null when the history is one straight line (order decides). */
    private static BitSet[] ancestry(RevisionGraph graph, List<Node> order, Map<String, Integer> index) {
        boolean linear = true;
        for (int i = 0; i < order.size() && linear; i++) {
            List<String> ps = parents(graph, order.get(i));
            linear = i == 0 ? ps.isEmpty() : ps.size() == 1 && index.getOrDefault(ps.get(0), -1) == i - 1;
        }
        if (linear) {
            return null;
        }
        BitSet[] ancestors = new BitSet[order.size()];
        for (int i = 0; i < order.size(); i++) {
            BitSet b = new BitSet(i);
            for (String p : parents(graph, order.get(i))) {
                Integer pi = index.get(p);
                if (pi != null && pi < i) {
                    b.or(ancestors[pi]);
                    b.set(pi);
                }
            }
            ancestors[i] = b;
        }
        return ancestors;
    }

    private boolean isAncestor(int a, int of) {
        return ancestors == null ? a < of : ancestors[of].get(a);
    }

    // ---------------------------------------------------------------- questions

    public List<Revision> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    public Optional<Revision> revision(Path file) {
        return Optional.ofNullable(byFile.get(file));
    }

    /** Changes visible just before change {@code index} of {@code revision}. */
    private Predicate<Event> before(int revision, int index) {
        return new Before(revision, index);
    }

    private final class Before implements Predicate<Event> {
        private final int revision;
        private final int index;

        Before(int revision, int index) {
            this.revision = revision;
            this.index = index;
        }

        @Override
        public boolean test(Event e) {
            return e.revision() == revision ? e.index() < index : isAncestor(e.revision(), revision);
        }
    }

    /** Every event: the whole history applied. */
    private static final Predicate<Event> ALL = new Predicate<>() {
        @Override
        public boolean test(Event e) {
            return true;
        }
    };

    /** Events {@code visible} to the asker that come before {@code at} in replay order. */
    private static final class VisibleBefore implements Predicate<Event> {
        private final Predicate<Event> visible;
        private final Event at;

        VisibleBefore(Predicate<Event> visible, Event at) {
            this.visible = visible;
            this.at = at;
        }

        @Override
        public boolean test(Event x) {
            return visible.test(x)
                    && (x.revision() < at.revision() || x.revision() == at.revision() && x.index() < at.index());
        }
    }

    /** The table {@code name} just before change {@code index} of the revision in {@code file}. */
    public Lookup table(Path file, int index, String name) {
        Revision r = byFile.get(file);
        if (r == null) {
            return new Lookup(Status.UNKNOWN, null);
        }
        return lookup(name, before(r.order(), index));
    }

    /** Answers of {@link #tableAtEnd}, a pure function of this immutable schema, computed once per name. */
    private final java.util.concurrent.ConcurrentHashMap<String, Lookup> atEnd =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The table as the whole history leaves it (every revision applied), following later renames. */
    public Lookup tableAtEnd(String name) {
        Lookup known = atEnd.get(name);
        if (known == null) {
            known = replayToEnd(name);
            atEnd.putIfAbsent(name, known);
        }
        return known;
    }

    private Lookup replayToEnd(String name) {
        String current = name;
        for (int depth = 0; depth < MAX_RENAME_DEPTH; depth++) {
            Lookup l = lookup(current, ALL);
            if (l.exists()) {
                return l;
            }
            String renamedTo = null;
            for (Event e : tableEvents.getOrDefault(current, List.of())) {
                if (e.change() instanceof RenameTable rt && rt.table().name().equals(current)) {
                    renamedTo = rt.newName().name();
                }
            }
            if (renamedTo == null || renamedTo.equals(current)) {
                return l;
            }
            current = renamedTo;
        }
        return new Lookup(Status.UNKNOWN, null);
    }

    /** True when some revision creates (or renames something to) {@code name}. */
    public boolean everCreated(String name) {
        for (Event e : tableEvents.getOrDefault(name, List.of())) {
            if (e.change() instanceof CreateTable
                    || e.change() instanceof RenameTable rt
                            && rt.newName().name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Every table name some revision creates. */
    public List<String> tableNames() {
        List<String> out = new ArrayList<>();
        for (String name : tableEvents.keySet()) {
            if (everCreated(name)) {
                out.add(name);
            }
        }
        Collections.sort(out);
        return Collections.unmodifiableList(out);
    }

    /** The index {@code name} just before change {@code index} of the revision in {@code file}, if one exists. */
    public Optional<CreateIndex> index(Path file, int index, String name) {
        Revision r = byFile.get(file);
        if (r == null) {
            return Optional.empty();
        }
        Predicate<Event> visible = before(r.order(), index);
        CreateIndex found = null;
        for (Event e : indexEvents.getOrDefault(name, List.of())) {
            if (visible.test(e)) {
                found = e.change() instanceof CreateIndex ci ? ci : null;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Where every change naming table {@code name} is written, in replay order. */
    public List<Origin> references(String name) {
        List<Origin> out = new ArrayList<>();
        for (Event e : tableEvents.getOrDefault(name, List.of())) {
            out.add(origin(e));
        }
        return out;
    }

    private Lookup lookup(String name, Predicate<Event> visible) {
        return lookup(name, visible, 0);
    }

    private Lookup lookup(String name, Predicate<Event> visible, int depth) {
        Builder t = null;
        Event builtAt = null;
        boolean touchedUnknown = false;
        for (Event e : tableEvents.getOrDefault(name, List.of())) {
            if (!visible.test(e)) {
                continue;
            }
            PgChange c = e.change();
            Origin o = origin(e);
            builtAt = c instanceof CreateTable || c instanceof RenameTable ? e : builtAt;
            if (c instanceof CreateTable ct) {
                t = new Builder(name, o, ct.columnsKnown());
                for (Column col : ct.columns()) {
                    t.columns.put(col.name().name(), column(col, o));
                }
            } else if (c instanceof RenameTable rt) {
                if (rt.newName().name().equals(name) && !rt.table().name().equals(name)) {
                    if (depth >= MAX_RENAME_DEPTH) {
                        return new Lookup(Status.UNKNOWN, null);
                    }
                    // what the asker sees of the old name up to the rename, in replay order (a merge sees both lines)
                    Lookup old = lookup(rt.table().name(), new VisibleBefore(visible, e), depth + 1);
                    t = old.exists() ? new Builder(old.table(), name) : null;
                    touchedUnknown = old.status() == Status.UNKNOWN;
                    if (t != null) {
                        t.history.add(o);
                    }
                } else {
                    t = null;
                }
            } else if (c instanceof DropTable) {
                t = null;
                touchedUnknown = false;
            } else if (c instanceof Unknown) {
                touchedUnknown = true;
                if (t != null) {
                    t.shapeKnown = false;
                    t.history.add(o);
                }
            } else if (t != null) {
                t.apply(c, o);
            }
        }
        if (t != null) {
            // an operation on a table named at run time (op.add_column(table, ...) in a loop over names) may have
            // changed this one since it was created
            Event since = builtAt;
            for (Event u : anyTableUnknowns) {
                if (t.shapeKnown && visible.test(u) && (since == null || EVENT_ORDER.compare(u, since) > 0)) {
                    t.shapeKnown = false;
                }
            }
            return new Lookup(Status.EXISTS, t.build());
        }
        boolean unknownElsewhere = touchedUnknown;
        for (Event u : anyTableUnknowns) {
            unknownElsewhere = unknownElsewhere || visible.test(u);
        }
        return new Lookup(unknownElsewhere ? Status.UNKNOWN : Status.ABSENT, null);
    }

    private static PgColumn column(Column c, Origin o) {
        return new PgColumn(c.name().name(), c.type(), c.nullable(), c.serverDefault(), o, List.of());
    }

    private Origin origin(Event e) {
        Revision r = revisions.get(e.revision());
        PgChange c = e.change();
        NameRef n = c.table();
        int start = c.site().start();
        int end = c.site().end();
        if (c.site().sql() && c.site().sqlStart() >= 0) {
            start = c.site().sqlStart();
            end = start;
        } else if (n != null && n.located()) {
            start = n.start();
            end = n.end();
        }
        return new Origin(r.id(), r.file(), start, end, describe(c));
    }

    static String describe(PgChange c) {
        String op = c.site().op() == null ? "?" : c.site().op().name();
        return c.site().sql() ? "op.execute" : "op." + op;
    }

    /** A table being folded; copied out as an immutable {@link PgTable}. */
    private static final class Builder {
        final String name;
        final Origin created;
        boolean shapeKnown;
        final LinkedHashMap<String, PgColumn> columns = new LinkedHashMap<>();
        final List<Origin> history = new ArrayList<>();
        final List<PgConstraint> constraints = new ArrayList<>();
        final LinkedHashMap<String, PgIndex> indexes = new LinkedHashMap<>();

        Builder(String name, Origin created, boolean shapeKnown) {
            this.name = name;
            this.created = created;
            this.shapeKnown = shapeKnown;
            history.add(created);
        }

        Builder(PgTable from, String newName) {
            this(newName, from.created(), from.shapeKnown());
            history.clear();
            history.addAll(from.history());
            columns.putAll(from.columns());
            constraints.addAll(from.constraints());
            indexes.putAll(from.indexes());
        }

        void apply(PgChange c, Origin o) {
            history.add(o);
            if (c instanceof AddColumn ac) {
                columns.put(ac.column().name().name(), column(ac.column(), o));
            } else if (c instanceof DropColumn dc) {
                columns.remove(dc.column().name());
                indexes.values()
                        .removeIf(ix -> ix.columns().contains(dc.column().name()));
            } else if (c instanceof AlterColumn alt) {
                PgColumn found = columns.get(alt.column().name());
                if (found == null && !shapeKnown) {
                    return;
                }
                PgColumn old = found != null
                        ? found
                        : new PgColumn(alt.column().name(), PgType.UNKNOWN, true, null, o, List.of());
                List<Origin> altered = new ArrayList<>(old.altered());
                altered.add(o);
                String newName =
                        alt.newName() == null ? old.name() : alt.newName().name();
                PgType type = alt.type() == null ? old.type() : alt.type();
                boolean nullable = alt.nullable() == null ? old.nullable() : alt.nullable();
                String def = alt.defaultChanged() ? alt.serverDefault() : old.serverDefault();
                PgColumn now = new PgColumn(newName, type, nullable, def, old.created(), List.copyOf(altered));
                if (!newName.equals(old.name())) {
                    LinkedHashMap<String, PgColumn> renamed = new LinkedHashMap<>();
                    columns.forEach(
                            (k, v) -> renamed.put(k.equals(old.name()) ? newName : k, k.equals(old.name()) ? now : v));
                    columns.clear();
                    columns.putAll(renamed);
                } else {
                    columns.put(newName, now);
                }
            } else if (c instanceof AddConstraint ac) {
                constraints.add(new PgConstraint(
                        ac.name() == null ? null : ac.name().name(),
                        ac.kind(),
                        ac.columns(),
                        ac.check(),
                        !ac.notValid(),
                        o));
            } else if (c instanceof DropConstraint dc) {
                constraints.removeIf(k -> dc.name() != null && dc.name().name().equals(k.name()));
            } else if (c instanceof ValidateConstraint vc) {
                constraints.replaceAll(k -> vc.name().equals(k.name())
                        ? new PgConstraint(k.name(), k.kind(), k.columns(), k.check(), true, k.origin())
                        : k);
            } else if (c instanceof CreateIndex ci) {
                String n = ci.name() == null ? "?" + indexes.size() : ci.name().name();
                indexes.put(n, new PgIndex(n, ci.columns(), ci.unique(), ci.concurrently(), ci.partial(), o));
            } else if (c instanceof DropIndex di && di.name() != null) {
                indexes.remove(di.name().name());
            }
        }

        PgTable build() {
            return new PgTable(
                    name,
                    Collections.unmodifiableMap(new LinkedHashMap<>(columns)),
                    shapeKnown,
                    created,
                    List.copyOf(history),
                    List.copyOf(constraints),
                    Collections.unmodifiableMap(new LinkedHashMap<>(indexes)));
        }
    }
}

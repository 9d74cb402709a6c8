package dev.migrationlsp.workspace;

import dev.migrationlsp.alembic.RevisionGraph;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An immutable view of the workspace at one moment: configuration, every migration file (editor buffers over disk),
 * and derived workspace-wide data (the revision graph, the ClickHouse sequence) computed lazily, once per snapshot.
 * Readers on any thread may use it; writers make a new one.
 */
public final class WorkspaceSnapshot {
    private final long generation;
    private final WorkspaceConfig config;
    private final NavigableMap<Path, Document> alembic;
    private final NavigableMap<Path, Document> clickhouse;
    private final Optional<Document> configDocument;
    private final ConcurrentHashMap<Document.Key<?>, Lazy<?>> derived = new ConcurrentHashMap<>();
    /** Revision graphs by history name. */
    private final ConcurrentHashMap<String, Lazy<RevisionGraph>> graphs = new ConcurrentHashMap<>();

    public WorkspaceSnapshot(
            long generation,
            WorkspaceConfig config,
            NavigableMap<Path, Document> alembic,
            NavigableMap<Path, Document> clickhouse,
            Optional<Document> configDocument) {
        this.generation = generation;
        this.config = config;
        this.alembic = Collections.unmodifiableNavigableMap(new TreeMap<>(alembic));
        this.clickhouse = Collections.unmodifiableNavigableMap(new TreeMap<>(clickhouse));
        this.configDocument = configDocument;
    }

    public long generation() {
        return generation;
    }

    public WorkspaceConfig config() {
        return config;
    }

    public Path root() {
        return config.root();
    }

    /** Alembic revision files by path. */
    public NavigableMap<Path, Document> alembicFiles() {
        return alembic;
    }

    /** ClickHouse migration files ({@code .sql} and {@code .py}) in the runner's order: plain file-name order. */
    public NavigableMap<Path, Document> clickhouseFiles() {
        return clickhouse;
    }

    public Optional<Document> configDocument() {
        return configDocument;
    }

    public Optional<Document> document(Path path) {
        // paths from documents are already absolute and normalised: try them as they are first (hot in rules)
        Document hit = alembic.get(path);
        if (hit == null) {
            hit = clickhouse.get(path);
        }
        if (hit != null) {
            return Optional.of(hit);
        }
        Path p = path.toAbsolutePath().normalize();
        Document d = alembic.get(p);
        if (d == null) {
            d = clickhouse.get(p);
        }
        if (d == null
                && configDocument.isPresent()
                && configDocument.get().path().equals(p)) {
            d = configDocument.get();
        }
        return Optional.ofNullable(d);
    }

    public List<Document> allDocuments() {
        List<Document> all = new java.util.ArrayList<>(alembic.values());
        all.addAll(clickhouse.values());
        if (configDocument.isPresent()) {
            all.add(configDocument.get());
        }
        return all;
    }

    /** The Alembic histories of the workspace (usually one), in the configuration's order. */
    public List<AlembicHistory> histories() {
        return config.histories();
    }

    /** The history {@code file} is a revision of. */
    public Optional<AlembicHistory> historyOf(Path file) {
        return config.historyOf(file);
    }

    /**
     * The revision graph of the first history (the only one in most workspaces; empty when there is none). Code that
     * serves one file or one history should use {@link #revisionGraph(AlembicHistory)}: each history has its own ids.
     */
    public RevisionGraph revisionGraph() {
        List<AlembicHistory> all = config.histories();
        return all.isEmpty() ? EMPTY_GRAPH : revisionGraph(all.get(0));
    }

    /** The graph of {@code history}'s revision files, built once per snapshot. */
    public RevisionGraph revisionGraph(AlembicHistory history) {
        Lazy<RevisionGraph> lazy = Lazy.in(graphs, history.name());
        // an anonymous class, not a lambda: on JDK 17 a lambda's first use costs a short command ~0.2 ms
        return lazy.get(new java.util.function.Supplier<RevisionGraph>() {
            @Override
            public RevisionGraph get() {
                Collection<Document> revisions = alembicFiles(history).values();
                List<RevisionGraph.Entry> entries = new java.util.ArrayList<>(revisions.size());
                for (Document d : revisions) {
                    entries.add(new RevisionGraph.Entry(d.path(), d.revisionHeader()));
                }
                return RevisionGraph.build(Collections.unmodifiableList(entries));
            }
        });
    }

    /** The graph of the history {@code file} belongs to (the first history's for a file outside every history). */
    public RevisionGraph revisionGraphOf(Path file) {
        Optional<AlembicHistory> history = historyOf(file);
        return history.isPresent() ? revisionGraph(history.get()) : revisionGraph();
    }

    /** {@code history}'s revision files by path. */
    public NavigableMap<Path, Document> alembicFiles(AlembicHistory history) {
        if (config.histories().size() == 1
                && (config.histories().get(0) == history
                        || config.histories().get(0).equals(history))) {
            return alembic;
        }
        NavigableMap<Path, Document> out = new TreeMap<>();
        for (var e : alembic.entrySet()) {
            if (history.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableNavigableMap(out);
    }

    private static final RevisionGraph EMPTY_GRAPH = RevisionGraph.build(List.of());

    /**
     * Takes over {@code previous}'s revision graphs when no revision header changed (typing in a migration's body), so
     * the graph of thousands of revisions is not rebuilt on every keystroke. Headers carry their ranges, so equal
     * headers also mean every range the graph reports is still right.
     */
    void inheritGraph(WorkspaceSnapshot previous) {
        if (previous == null || previous.alembic.size() != alembic.size() || previous.graphs.isEmpty()) {
            return;
        }
        var mine = alembic.entrySet().iterator();
        var theirs = previous.alembic.entrySet().iterator();
        while (mine.hasNext()) {
            var a = mine.next();
            var b = theirs.next();
            if (a.getValue() == b.getValue()) {
                continue;
            }
            if (!a.getKey().equals(b.getKey())
                    || !a.getValue().revisionHeader().equals(b.getValue().revisionHeader())) {
                return;
            }
        }
        previous.graphs.forEach((name, lazy) -> {
            RevisionGraph graph = lazy.peek();
            if (graph != null) {
                graphs.put(name, Lazy.of(graph));
            }
        });
    }

    /** Computes {@code key} once for this snapshot. */
    public <T> T derived(Document.Key<T> key, Function<WorkspaceSnapshot, T> compute) {
        Lazy<T> lazy = Lazy.in(derived, key);
        return lazy.get(compute, this);
    }

    /** A path relative to the root with {@code /} separators, for messages and the CLI. */
    public String relative(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path rel = f.startsWith(root()) ? root().relativize(f) : f;
        return rel.toString().replace('\\', '/');
    }

    Collection<Document> alembicValues() {
        return alembic.values();
    }
}

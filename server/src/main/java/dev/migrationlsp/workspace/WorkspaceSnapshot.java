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
        configDocument.ifPresent(all::add);
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
        Lazy<RevisionGraph> lazy = graphs.computeIfAbsent(history.name(), k -> new Lazy<>());
        return lazy.get(() -> RevisionGraph.build(alembicFiles(history).values().stream()
                .map(d -> new RevisionGraph.Entry(d.path(), d.revisionHeader()))
                .toList()));
    }

    /** The graph of the history {@code file} belongs to (the first history's for a file outside every history). */
    public RevisionGraph revisionGraphOf(Path file) {
        return historyOf(file).map(this::revisionGraph).orElseGet(this::revisionGraph);
    }

    /** {@code history}'s revision files by path. */
    public NavigableMap<Path, Document> alembicFiles(AlembicHistory history) {
        if (config.histories().size() == 1
                && (config.histories().get(0) == history
                        || config.histories().get(0).equals(history))) {
            return alembic;
        }
        NavigableMap<Path, Document> out = new TreeMap<>();
        alembic.forEach((p, d) -> {
            if (history.contains(p)) {
                out.put(p, d);
            }
        });
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
    @SuppressWarnings("unchecked")
    public <T> T derived(Document.Key<T> key, Function<WorkspaceSnapshot, T> compute) {
        Lazy<T> lazy = (Lazy<T>) derived.computeIfAbsent(key, k -> new Lazy<T>());
        return lazy.get(() -> compute.apply(this));
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

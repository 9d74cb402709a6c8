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

    public WorkspaceSnapshot(long generation, WorkspaceConfig config, NavigableMap<Path, Document> alembic,
            NavigableMap<Path, Document> clickhouse, Optional<Document> configDocument) {
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
        if (d == null && configDocument.isPresent() && configDocument.get().path().equals(p)) {
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

    public RevisionGraph revisionGraph() {
        return derived(GRAPH, s -> RevisionGraph.build(s.alembic.values().stream()
                .map(d -> new RevisionGraph.Entry(d.path(), d.revisionHeader())).toList()));
    }

    private static final Document.Key<RevisionGraph> GRAPH = new Document.Key<>("revision-graph");

    /**
     * Takes over {@code previous}'s revision graph when no revision header changed (typing in a migration's body), so
     * the graph of thousands of revisions is not rebuilt on every keystroke. Headers carry their ranges, so equal
     * headers also mean every range the graph reports is still right.
     */
    void inheritGraph(WorkspaceSnapshot previous) {
        if (previous == null || previous.alembic.size() != alembic.size()) {
            return;
        }
        Lazy<?> lazy = previous.derived.get(GRAPH);
        Object graph = lazy == null ? null : lazy.peek();
        if (graph == null) {
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
            if (!a.getKey().equals(b.getKey()) || !a.getValue().revisionHeader().equals(b.getValue().revisionHeader())) {
                return;
            }
        }
        derived.put(GRAPH, Lazy.of((RevisionGraph) graph));
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

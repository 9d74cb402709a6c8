package dev.migrationlsp.workspace;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModelReader;
import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.alembic.RevisionHeaderScanner;
import dev.migrationlsp.core.SourceText;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One immutable version of a file: from disk ({@code version == -1}) or an editor buffer. Derived data (parse trees,
 * headers) is computed at most once per document and shared by every snapshot that contains it.
 */
public final class Document {
    private final Path path;
    private final FileKind kind;
    /** Null until first asked for when the document was made from a cached header ({@link #fromCachedHeader}). */
    private volatile SourceText text;

    private final int version;
    private final boolean open;
    private final ConcurrentHashMap<Key<?>, Lazy<?>> derived = new ConcurrentHashMap<>();

    public Document(Path path, FileKind kind, String text, int version, boolean open) {
        this.path = path.toAbsolutePath().normalize();
        this.kind = kind;
        this.text = new SourceText(text);
        this.version = version;
        this.open = open;
    }

    private Document(Path path, FileKind kind, RevisionHeader header) {
        this.path = path.toAbsolutePath().normalize();
        this.kind = kind;
        this.text = null;
        this.version = -1;
        this.open = false;
        derived.put(REVISION_HEADER, Lazy.of(header));
    }

    /**
     * A disk file known by its header alone (from {@link HeaderCache}), for commands that need only the revision graph:
     * the text is read from disk if someone asks for it after all. Only for short runs: a file changed in between would
     * give a text that does not match the header.
     */
    static Document fromCachedHeader(Path path, FileKind kind, RevisionHeader header) {
        return new Document(path, kind, header);
    }

    /** A disk file whose header is already known (from {@link HeaderCache}, for exactly this text). */
    static Document withHeader(Path path, FileKind kind, String text, RevisionHeader header) {
        Document d = new Document(path, kind, text, -1, false);
        d.derived.put(REVISION_HEADER, Lazy.of(header));
        return d;
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public FileKind kind() {
        return kind;
    }

    public SourceText text() {
        SourceText t = text;
        return t != null ? t : readTextOnDemand();
    }

    /** False while a document made from a cached header has not had its text read (for tests). */
    boolean textRead() {
        return text != null;
    }

    private synchronized SourceText readTextOnDemand() {
        if (text == null) {
            text = new SourceText(Workspace.readText(path).orElse(""));
        }
        return text;
    }

    public int version() {
        return version;
    }

    public boolean isOpen() {
        return open;
    }

    /** Module-level revision fields, by the light scanner (cheap enough for thousands of files). */
    public RevisionHeader revisionHeader() {
        return derived(REVISION_HEADER, SCAN_HEADER);
    }

    /** Named classes, not lambdas: on JDK 17 a lambda's first use costs a short command ~0.2 ms. */
    private static final Function<Document, RevisionHeader> SCAN_HEADER = new Function<>() {
        @Override
        public RevisionHeader apply(Document d) {
            return RevisionHeaderScanner.scan(d.text().text());
        }
    };

    private static final Function<Document, MigrationModel> READ_MODEL = new Function<>() {
        @Override
        public MigrationModel apply(Document d) {
            return MigrationModelReader.read(d.text());
        }
    };

    private static final Key<RevisionHeader> REVISION_HEADER = new Key<>("revision-header");

    /**
     * The static model of an Alembic revision ({@code upgrade()}/{@code downgrade()} operations, module bindings) that
     * the PostgreSQL rules, navigation and the create path read; built once per document version by the error-tolerant
     * pure-Java reader.
     */
    public MigrationModel migrationModel() {
        return derived(MIGRATION_MODEL, READ_MODEL);
    }

    private static final Key<MigrationModel> MIGRATION_MODEL = new Key<>("migration-model");

    /** Computes {@code key} once for this document, thread-safely; nested derivations are allowed. */
    public <T> T derived(Key<T> key, Function<Document, T> compute) {
        Lazy<T> lazy = Lazy.in(derived, key);
        return lazy.get(compute, this);
    }

    /** Identity key for derived data, e.g. {@code new Key<ClickHouseScript>("clickhouse")} held in a static field. */
    public static final class Key<T> {
        private final String name;

        public Key(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Override
    public String toString() {
        return path + "@" + version;
    }
}

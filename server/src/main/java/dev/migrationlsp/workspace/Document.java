package dev.migrationlsp.workspace;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModelReader;
import dev.migrationlsp.alembic.PyReader;
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
    /**
     * The buffer's version this one replaced ({@link #pyParse} re-reads from it, {@link #previousVersion} reads what it
     * derived); each document drops its own link when a newer version takes it, so at most one earlier version is kept
     * alive.
     */
    private volatile Document previous;

    public Document(Path path, FileKind kind, String text, int version, boolean open) {
        this.path = path.toAbsolutePath().normalize();
        this.kind = kind;
        this.text = new SourceText(text);
        this.version = version;
        this.open = open;
    }

    /** The next version of the open buffer {@code previous}: its tokens are re-lexed from the previous version's. */
    static Document edited(Document previous, FileKind kind, String text, int version) {
        Document d = new Document(previous.path, kind, text, version, true);
        d.previous = previous;
        previous.previous = null;
        return d;
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
            // an open buffer re-reads only around the last change (pyParse); disk files are read once, nothing kept
            return d.open
                    ? MigrationModelReader.read(d.text(), d.pyParse().module())
                    : MigrationModelReader.read(d.text());
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

    /**
     * The Python parse of an open buffer (tokens, module, call arguments), kept with it so the next version re-lexes
     * and re-reads only around the change ({@link PyReader#reparse}); disk files are read without keeping it
     * (thousands of revisions).
     */
    PyReader.Parse pyParse() {
        return derived(PY_PARSE, d -> {
            Document before = d.previous;
            @SuppressWarnings("unchecked")
            Lazy<PyReader.Parse> earlier = before == null ? null : (Lazy<PyReader.Parse>) before.derived.get(PY_PARSE);
            PyReader.Parse earlierParse = earlier == null ? null : earlier.peek();
            String text = d.text().text();
            return earlierParse != null ? PyReader.reparse(earlierParse, text) : PyReader.parse(text);
        });
    }

    private static final Key<PyReader.Parse> PY_PARSE = new Key<>("python-parse");

    private static final Key<MigrationModel> MIGRATION_MODEL = new Key<>("migration-model");

    /** Computes {@code key} once for this document, thread-safely; nested derivations are allowed. */
    public <T> T derived(Key<T> key, Function<Document, T> compute) {
        Lazy<T> lazy = Lazy.in(derived, key);
        return lazy.get(compute, this);
    }

    /**
     * For an open buffer, {@code key}'s value as the version this one replaced computed it; null when it did not (or
     * has not yet). Nothing is computed: a derivation may start from it to redo only what the edit changed.
     */
    public <T> T previousVersion(Key<T> key) {
        Document before = previous;
        if (before == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Lazy<T> lazy = (Lazy<T>) before.derived.get(key);
        return lazy == null ? null : lazy.peek();
    }

    /** True once {@code key} was computed for this document (a computation under way does not count). */
    public boolean hasDerived(Key<?> key) {
        Lazy<?> lazy = derived.get(key);
        return lazy != null && lazy.peek() != null;
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

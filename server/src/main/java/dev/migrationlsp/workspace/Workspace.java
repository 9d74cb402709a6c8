package dev.migrationlsp.workspace;

import dev.migrationlsp.alembic.RevisionHeader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The mutable workspace: configuration, files on disk, and the editor's open buffers layered over them. Not
 * thread-safe by design: the server confines it to one serial executor and hands out immutable
 * {@link WorkspaceSnapshot}s; the CLI uses it from one thread.
 */
public final class Workspace {
    /** Asked for only when there is something to say: java.util.logging's set-up costs short commands ~10 ms. */
    private static Logger log() {
        return Logger.getLogger(Workspace.class.getName());
    }

    private final Path root;
    private final ConfigLoader configLoader;
    private final HeaderCache headerCache;
    /** Revision files whose cached header is still good are not read (see {@link #headersOnly()}). */
    private boolean headersOnly;
    /** Every listed file's stat is taken while listing, for {@link #rememberedAnswer} (see {@link #remembersAnswers()}). */
    private boolean remembersAnswers;

    private final AtomicLong generations = new AtomicLong();
    private Map<String, Object> settings = Map.of();
    private WorkspaceConfig config;
    /** Disk contents by kind, kept sorted so each refresh is a linear copy (no re-sorting thousands of paths). */
    private final NavigableMap<Path, Document> diskAlembic = new TreeMap<>();

    private final NavigableMap<Path, Document> diskClickHouse = new TreeMap<>();
    private final Map<Path, Document> open = new HashMap<>();
    /** Listed by {@link #loadConfiguration}, read by {@link #readListed}. */
    private List<Listed> listing;
    /** When {@link #loadConfiguration} started (System.nanoTime), and the key of the answer asked for since. */
    private long listedAt;

    private HeaderCache.AnswerKey answerKey;
    private WorkspaceSnapshot snapshot;
    /** The configuration file as last read from disk; re-read only when configuration reloads. */
    private Document configOnDisk;

    public Workspace(Path root, ConfigLoader configLoader) {
        this(root, configLoader, HeaderCache.disabled());
    }

    /** A workspace that takes revision headers from {@code headerCache} where the files did not change. */
    public Workspace(Path root, ConfigLoader configLoader, HeaderCache headerCache) {
        this.root = root.toAbsolutePath().normalize();
        this.configLoader = configLoader;
        this.headerCache = headerCache;
    }

    /**
     * For a short command that needs only the revision graph ({@code heads}): a revision file whose header the cache
     * holds for its unchanged stat is not read at all; its text is read only if asked for. Call before {@link #load}.
     */
    public Workspace headersOnly() {
        this.headersOnly = true;
        return this;
    }

    /**
     * For a short command whose whole answer may be remembered ({@code check}): every listed migration file's stat is
     * taken while listing, as {@link #rememberedAnswer} compares them. Call before {@link #load}.
     */
    public Workspace remembersAnswers() {
        this.remembersAnswers = true;
        return this;
    }

    public Path root() {
        return root;
    }

    /** Loads configuration and reads every migration file (in parallel). */
    public WorkspaceSnapshot load(Map<String, Object> editorSettings) {
        loadConfiguration(editorSettings);
        return readListed();
    }

    /**
     * The first half of {@link #load}: the configuration, and the listing of the migration files, none of them read
     * yet; {@link #readListed} is the second half. In between a {@link #headersOnly()} command may find its answer
     * already remembered ({@link #rememberedAnswer}).
     */
    public WorkspaceConfig loadConfiguration(Map<String, Object> editorSettings) {
        listedAt = System.nanoTime();
        this.settings = editorSettings == null ? Map.of() : Map.copyOf(editorSettings);
        FolderNames walked = new FolderNames();
        this.config = configLoader.load(root, settings, walked);
        readConfigDocument();
        listing = listDisk(walked);
        answerKey = null;
        return config;
    }

    /** The second half of {@link #load}: reads the files {@link #loadConfiguration} listed. */
    public WorkspaceSnapshot readListed() {
        List<Listed> files = listing != null ? listing : listDisk(new FolderNames());
        listing = null;
        readDisk(files);
        return refresh();
    }

    /**
     * For a {@link #headersOnly()} or {@link #remembersAnswers()} command with a header cache, between
     * {@link #loadConfiguration} and {@link #readListed}: the answer {@link #rememberAnswer} stored for {@code command}
     * and {@code question}, if the configuration, every listed migration file (path and stat, as the header cache
     * compares them) and each of {@code alsoRead} (a baseline: its stat, or that it does not exist) are exactly as they
     * were then. A changed, added, removed or renamed file, or another configuration, means no answer, and so does a
     * file changed too close to the run that remembered (racily clean, as in {@link HeaderCache}).
     *
     * @param command names the answer kept (one per command and workspace): letters only
     */
    public Optional<byte[]> rememberedAnswer(String command, String question, List<Path> alsoRead) {
        answerKey = answerKey(command, question, alsoRead);
        return answerKey == null ? Optional.empty() : answerKey.answer();
    }

    /** Remembers {@code answer} for the question last asked of {@link #rememberedAnswer}; never throws. */
    public void rememberAnswer(byte[] answer) {
        if (answerKey != null) {
            headerCache.remember(root, answerKey, answer, System.nanoTime() - listedAt);
        }
    }

    /** What a remembered answer depends on; null when it cannot be remembered (no cache, a file without a stat). */
    private HeaderCache.AnswerKey answerKey(String command, String question, List<Path> alsoRead) {
        if (!(headersOnly || remembersAnswers) || !headerCache.enabled() || listing == null) {
            return null;
        }
        StringBuilder configuration = new StringBuilder(root.toString());
        if (headersOnly) {
            appendHistories(configuration);
        } else {
            // the rules read all of the configuration (the histories among it), and the configuration file's text as
            // a document of its own
            CanonicalText.append(configuration, config);
            configuration
                    .append("\n\0document\0")
                    .append(configOnDisk == null ? "" : configOnDisk.text().text());
        }
        HeaderCache.AnswerKey key = headerCache.answerKey(root, command, question, configuration.toString());
        for (Listed l : listing) {
            if (!key.file(l.path().toString(), l.stamp())) {
                return null;
            }
        }
        for (Path p : alsoRead) {
            HeaderCache.LinkStat a = FileStamps.lstat(p, true);
            if (a == null) {
                key.absent(p.toString());
            } else if (!a.regularFile() || !key.file(p.toString(), a.stamp())) {
                return null; // a folder or a link: not something a stat vouches for
            }
        }
        return key;
    }

    /**
     * What a headers-only answer depends on of the configuration: the graph is built from the revision files' paths
     * and headers; which files those are, and how the report names histories and folders, depends on the histories
     * only. Every field written out: a record's toString is linked through method handles, which costs a short command
     * ~30 generated classes.
     */
    private void appendHistories(StringBuilder configuration) {
        for (AlembicHistory h : config.histories()) {
            configuration
                    .append('\n')
                    .append(h.name())
                    .append('\0')
                    .append((h.source().isPresent() ? h.source().get().toString() : ""));
            configuration.append('\0').append(h.section()).append('\0').append(h.scriptLocation());
            for (Path location : h.versionLocations()) {
                configuration.append('\0').append(location);
            }
            configuration.append('\0').append(h.recursive()).append('\0').append(h.fileTemplate());
            configuration
                    .append('\0')
                    .append(h.truncateSlugLength())
                    .append('\0')
                    .append(h.timezone().orElse(""));
        }
    }

    public WorkspaceSnapshot snapshot() {
        return snapshot;
    }

    public WorkspaceConfig config() {
        return config;
    }

    /** Editor settings changed: reload configuration and, if the migration directories moved, the files. */
    public WorkspaceSnapshot updateSettings(Map<String, Object> editorSettings) {
        this.settings = editorSettings == null ? Map.of() : Map.copyOf(editorSettings);
        return reloadConfig();
    }

    public WorkspaceSnapshot reloadConfig() {
        WorkspaceConfig before = config;
        this.config = configLoader.load(root, settings);
        readConfigDocument();
        if (!before.alembicVersions().equals(config.alembicVersions())
                || !before.histories().equals(config.histories())
                || !before.clickhouseMigrations().equals(config.clickhouseMigrations())) {
            rescanDisk();
        }
        // open documents may change kind when directories move
        open.replaceAll((p, d) -> new Document(p, kindOf(p), d.text().text(), d.version(), true));
        return refresh();
    }

    public WorkspaceSnapshot open(Path file, int version, String text) {
        Path p = file.toAbsolutePath().normalize();
        open.put(p, new Document(p, kindOf(p), text, version, true));
        return refresh();
    }

    public WorkspaceSnapshot change(Path file, int version, String text) {
        Path p = file.toAbsolutePath().normalize();
        Document before = open.get(p);
        if (before == null) {
            return open(file, version, text);
        }
        // the new version re-reads only around the change (see Document.pyParse)
        open.put(p, Document.edited(before, kindOf(p), text, version));
        return refresh();
    }

    /** The buffer closed: the file's disk content counts again. */
    public WorkspaceSnapshot close(Path file) {
        Path p = file.toAbsolutePath().normalize();
        open.remove(p);
        return refresh();
    }

    public Optional<Document> openDocument(Path file) {
        return Optional.ofNullable(open.get(file.toAbsolutePath().normalize()));
    }

    public List<Path> openPaths() {
        return List.copyOf(open.keySet());
    }

    /** Files created, changed or deleted on disk (watcher events or a bulk change such as a branch switch). */
    public WorkspaceSnapshot filesChanged(List<Path> paths) {
        boolean configTouched = false;
        for (Path raw : paths) {
            Path p = raw.toAbsolutePath().normalize();
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (isConfigFile(p)
                    || name.equals("alembic.ini")
                    || name.equals(ConfigLoader.DEDICATED_FILE)
                    || name.equals(ConfigLoader.PYPROJECT)) {
                configTouched = true;
                continue;
            }
            if (Files.isDirectory(p) || (!Files.exists(p) && isUnderMigrationDirs(p) && !looksLikeFile(name))) {
                // a directory appeared, vanished or was renamed: re-read everything below the migration roots
                rescanDisk();
                continue;
            }
            readInto(p);
        }
        if (configTouched) {
            return reloadConfig();
        }
        return refresh();
    }

    /** Re-reads every migration directory from disk. */
    public WorkspaceSnapshot rescan() {
        rescanDisk();
        return refresh();
    }

    private boolean looksLikeFile(String name) {
        return name.endsWith(".py") || name.endsWith(".sql");
    }

    private boolean isUnderMigrationDirs(Path p) {
        return config.histories().stream().anyMatch(h -> h.overlaps(p))
                || config.clickhouseMigrations()
                        .map(d -> p.startsWith(d) || d.startsWith(p))
                        .orElse(false);
    }

    private boolean isConfigFile(Path p) {
        Optional<Path> configFile = config.configFile(); // asked for every listed file: no lambda to link
        return configFile.isPresent() && configFile.get().equals(p);
    }

    private FileKind kindOf(Path p) {
        Path n = p.toAbsolutePath().normalize();
        if (n.getParent() == null || n.getFileName() == null) {
            return isConfigFile(n) ? FileKind.CONFIG : FileKind.OTHER;
        }
        return kindOf(n.getParent(), n.getFileName().toString(), n);
    }

    /** The kind of {@code file}, the entry {@code name} of the absolute, normalised {@code folder}. */
    private FileKind kindOf(Path folder, String name, Path file) {
        if (config.isAlembicFile(folder, name)) {
            return FileKind.ALEMBIC;
        }
        if (config.isClickHouseFile(folder, name)) {
            return name.endsWith(".py") ? FileKind.CLICKHOUSE_PY : FileKind.CLICKHOUSE_SQL;
        }
        if (isConfigFile(file)) {
            return FileKind.CONFIG;
        }
        return FileKind.OTHER;
    }

    private void readConfigDocument() {
        configOnDisk = null;
        if (config.configFile().isPresent()) { // no lambdas: this runs in every short command
            Path cf = config.configFile().get();
            Optional<String> text = readText(cf);
            if (text.isPresent()) {
                configOnDisk = new Document(cf, FileKind.CONFIG, text.get(), -1, false);
            }
        }
    }

    private void readInto(Path p) {
        FileKind kind = kindOf(p);
        diskAlembic.remove(p);
        diskClickHouse.remove(p);
        if (kind != FileKind.ALEMBIC && kind != FileKind.CLICKHOUSE_SQL && kind != FileKind.CLICKHOUSE_PY) {
            return;
        }
        if (Files.isSymbolicLink(p) && !resolvesInsideRoot(p)) {
            return;
        }
        readText(p).ifPresent(text -> place(new Document(p, kind, text, -1, false), diskAlembic, diskClickHouse));
    }

    private void rescanDisk() {
        readDisk(listDisk(new FolderNames()));
    }

    /** The migration files of every configured folder; a folder in {@code walked} is not listed again. */
    private List<Listed> listDisk(FolderNames walked) {
        List<Listed> files = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        // a heads run with a cache takes each file's stat from its lstat while listing: one system call per unchanged
        // file, and the stats a remembered answer is checked against
        boolean stamp = (headersOnly || remembersAnswers) && headerCache.enabled();
        for (AlembicHistory h : config.histories()) {
            for (Path d : h.versionLocations()) {
                if (listed.add(d)) {
                    list(d, files, h.recursive(), stamp, walked);
                }
            }
        }
        Optional<Path> clickhouse = config.clickhouseMigrations();
        // the revision graph is all a headers-only command reads: no ClickHouse files
        if (!headersOnly && clickhouse.isPresent() && listed.add(clickhouse.get())) {
            list(clickhouse.get(), files, false, stamp, walked);
        }
        if (listed.size() > 2) {
            // nested version locations list a file twice
            java.util.Map<Path, Listed> distinct = new java.util.LinkedHashMap<>();
            for (Listed l : files) {
                distinct.putIfAbsent(l.path(), l);
            }
            files.clear();
            files.addAll(distinct.values());
        }
        return files;
    }

    private void readDisk(List<Listed> files) {
        diskAlembic.clear();
        diskClickHouse.clear();
        HeaderCache.Index cache = headerCache.open(root);
        // reading and scanning headers in parallel is what makes thousands of revisions cheap; the calling thread
        // takes part (the common pool alone has cores - 1 workers). A warm cache leaves little to share: a few
        // hundred stat calls cost less than starting the pool's threads.
        Read[] reads = new Read[files.size()];
        if (reads.length > (cache.enabled() && headersOnly ? 1000 : 32)) {
            java.util.stream.IntStream.range(0, reads.length)
                    .parallel()
                    .forEach(i -> reads[i] = read(files.get(i), cache));
        } else {
            // a plain loop: the lambda alone would cost a short command ~5 ms of method-handle set-up on first use
            for (int i = 0; i < reads.length; i++) {
                reads[i] = read(files.get(i), cache);
            }
        }
        List<HeaderCache.Entry> entries = new ArrayList<>(reads.length);
        for (Read r : reads) {
            if (r == null) {
                continue; // not a file after all, or unreadable
            }
            place(r.document(), diskAlembic, diskClickHouse);
            if (r.entry() != null) {
                entries.add(r.entry());
            }
        }
        cache.save(entries);
    }

    /** A file read for a scan, with what the header cache should remember of it (null for other kinds). */
    private record Read(Document document, HeaderCache.Entry entry) {}

    /**
     * A migration file found by {@link #list}: {@code checked} when the listing saw it is a regular file (or a link to
     * one inside the workspace), and then {@code stamp} is its stat if the header cache wants it.
     */
    private record Listed(Path path, FileKind kind, HeaderCache.Stamp stamp, boolean checked) {}

    private Read read(Listed listed, HeaderCache.Index cache) {
        Path p = listed.path();
        FileKind kind = listed.kind();
        HeaderCache.Stamp listedStamp = listed.stamp();
        if (!listed.checked()) {
            HeaderCache.LinkStat a = FileStamps.lstat(p, headersOnly && cache.enabled() && kind == FileKind.ALEMBIC);
            if (a == null
                    || !a.regularFile() && !(a.symbolicLink() && Files.isRegularFile(p) && resolvesInsideRoot(p))) {
                return null;
            }
            listedStamp = a.stamp();
        }
        if (kind != FileKind.ALEMBIC || !cache.enabled()) {
            Optional<String> text = readText(p);
            if (text.isEmpty()) {
                return null;
            }
            Document d = new Document(p, kind, text.get(), -1, false);
            if (kind == FileKind.ALEMBIC) {
                d.revisionHeader();
            }
            return new Read(d, null);
        }
        String key = p.toString();
        if (headersOnly) {
            HeaderCache.Entry hit = cache.byStamp(key, listedStamp != null ? listedStamp : FileStamps.stamp(p));
            if (hit != null) {
                return new Read(Document.fromCachedHeader(p, kind, hit.header()), hit);
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // stat after reading: a write after this stat changes the stat, so an equal stat proves these bytes are the
        // ones the cache saw
        HeaderCache.Stamp stamp = FileStamps.stamp(p);
        HeaderCache.Entry hit = cache.byStamp(key, stamp);
        if (hit != null && hit.length() == bytes.length) {
            return new Read(Document.withHeader(p, kind, text, hit.header()), hit);
        }
        long hash = cache.hash(bytes);
        RevisionHeader known = cache.byContent(hash, bytes.length);
        Document d = known != null ? Document.withHeader(p, kind, text, known) : new Document(p, kind, text, -1, false);
        RevisionHeader header = d.revisionHeader();
        return new Read(d, stamp == null ? null : new HeaderCache.Entry(key, stamp, hash, bytes.length, header));
    }

    private void list(Path dir, List<Listed> out, boolean recursive, boolean stamp, FolderNames walked) {
        if (!Files.isDirectory(dir) || !resolvesInsideRoot(dir)) {
            return;
        }
        // an entry of a normalised absolute folder is normalised and absolute: normalising thousands of them again
        // was a tenth of a large heads run
        Path base = dir.toAbsolutePath().normalize();
        boolean normal = base.equals(dir);
        List<Path> entries = new ArrayList<>();
        List<FileKind> kinds = new ArrayList<>();
        String[] names = walked.take(base);
        if (names != null) {
            for (String name : names) {
                listEntry(base, base.resolve(name), name, out, recursive, stamp, entries, kinds);
            }
        } else {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    Path n = normal ? p : p.toAbsolutePath().normalize();
                    // the name from the path's text (kept by the path; the answer key writes it too): no second path
                    String text = n.toString();
                    String name =
                            text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf(File.separatorChar)) + 1);
                    listEntry(base, n, name, out, recursive, stamp, entries, kinds);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // renamed or deleted between the check above and the listing: nothing to list, the watcher reports it
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                log().warning("cannot list " + dir + ": " + e.getMessage()); // and go on with what was listed
            }
        }
        HeaderCache.LinkStat[] stats = lstat(entries, stamp);
        for (int i = 0; i < stats.length; i++) {
            HeaderCache.LinkStat a = stats[i];
            Path n = entries.get(i);
            FileKind k = kinds.get(i);
            boolean migration = k == FileKind.ALEMBIC || k == FileKind.CLICKHOUSE_SQL || k == FileKind.CLICKHOUSE_PY;
            if (a == null) {
                continue;
            }
            if (a.directory()) {
                // recursive_version_locations: Alembic's os.walk, which skips __pycache__
                if (recursive && !n.getFileName().toString().equals("__pycache__")) {
                    list(n, out, true, stamp, walked);
                }
                continue;
            }
            if (migration && a.regularFile()) {
                out.add(new Listed(n, k, a.stamp(), true));
            } else if (migration && a.symbolicLink() && Files.isRegularFile(n) && resolvesInsideRoot(n)) {
                out.add(new Listed(n, k, null, true));
            }
        }
    }

    /** One entry of {@link #list}: a migration file to stat, or (recursive) anything that may be a folder. */
    private void listEntry(
            Path base,
            Path n,
            String name,
            List<Listed> out,
            boolean recursive,
            boolean stamp,
            List<Path> entries,
            List<FileKind> kinds) {
        FileKind k = kindOf(base, name, n);
        boolean migration = k == FileKind.ALEMBIC || k == FileKind.CLICKHOUSE_SQL || k == FileKind.CLICKHOUSE_PY;
        if (!migration && !recursive) {
            return;
        }
        if (!recursive && !stamp) {
            // is it a file? asked by read(), on the scanning threads: one lstat per file, in parallel
            out.add(new Listed(n, k, null, false));
            return;
        }
        entries.add(n);
        kinds.add(k);
    }

    /**
     * {@link FileStamps#lstat} of each path, in order (null where it cannot be read). On one thread: spread over two,
     * 5,000 files took longer, the second thread's share competing with the JIT compiler for a 2-core machine.
     */
    private static HeaderCache.LinkStat[] lstat(List<Path> paths, boolean stamp) {
        HeaderCache.LinkStat[] stats = new HeaderCache.LinkStat[paths.size()];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = FileStamps.lstat(paths.get(i), stamp);
        }
        return stats;
    }

    /**
     * A symbolic link (or a directory reached through one) that leads outside the workspace is not read: its content
     * must not end up in diagnostics or hovers shown for this workspace.
     */
    private boolean resolvesInsideRoot(Path p) {
        try {
            Path real = p.toRealPath();
            Path realRoot = root.toRealPath();
            if (real.startsWith(realRoot)) {
                return true;
            }
            log().warning("not reading " + p + ": it resolves outside the workspace");
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads UTF-8 text; undecodable bytes become U+FFFD instead of failing the whole workspace. */
    static Optional<String> readText(Path p) {
        try {
            // new String(bytes, UTF_8) already replaces malformed input; unlike a CharsetDecoder it has an intrinsic
            // ASCII fast path, which matters when thousands of files are read at start-up
            return Optional.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private WorkspaceSnapshot refresh() {
        NavigableMap<Path, Document> alembic = new TreeMap<>(diskAlembic);
        NavigableMap<Path, Document> clickhouse = new TreeMap<>(diskClickHouse);
        Document configDoc = null;
        for (Document d : open.values()) {
            if (d.kind() == FileKind.CONFIG) {
                configDoc = d;
            }
            place(d, alembic, clickhouse);
        }
        if (configDoc == null) {
            configDoc = configOnDisk;
        }
        WorkspaceSnapshot next = new WorkspaceSnapshot(
                generations.incrementAndGet(), config, alembic, clickhouse, Optional.ofNullable(configDoc));
        if (snapshot != null && snapshot.config() == config) {
            next.inheritGraph(snapshot);
        }
        snapshot = next;
        return snapshot;
    }

    private static void place(Document d, Map<Path, Document> alembic, Map<Path, Document> clickhouse) {
        switch (d.kind()) {
            case ALEMBIC -> alembic.put(d.path(), d);
            case CLICKHOUSE_SQL, CLICKHOUSE_PY -> clickhouse.put(d.path(), d);
            default -> {}
        }
    }
}

package dev.migrationlsp.workspace;

import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.alembic.RevisionHeader.Assignment;
import dev.migrationlsp.alembic.RevisionHeader.DocField;
import dev.migrationlsp.alembic.RevisionHeader.Docstring;
import dev.migrationlsp.alembic.RevisionHeader.Literal;
import dev.migrationlsp.core.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * A persistent cache of parsed Alembic revision headers, one file per workspace under the user cache directory, so a
 * warm {@code heads} or {@code check} does not scan thousands of unchanged revision files again.
 *
 * <p>Always correct, by the rules git uses for its index:
 *
 * <ul>
 *   <li>The key is the file's <b>content</b>: a keyed 64-bit SipHash-2-4 (random 128-bit key per cache file, so nobody
 *       can craft a colliding file without reading the cache) plus the length. A file whose content is in the cache
 *       gets that content's header, wherever it lives; any other content is scanned.
 *   <li>A file whose stat (size, modification and status-change time in nanoseconds, device and inode) equals the one
 *       recorded with its content is taken as that content without being read or hashed, unless it is <em>racily
 *       clean</em>: modified or changed in the 2 seconds before the run that wrote the cache, or later, when a second
 *       write within one timestamp tick could leave the stat unchanged. Those are read and hashed. Touching a file,
 *       {@code cp -p}, a checkout or an editor's save all change the status-change time, so they are re-read.
 *   <li>The cache file is written whole (temporary file and atomic move) with a CRC over its content, and records the
 *       workspace root and the build that wrote it: a corrupt, truncated, foreign or outdated file is
 *       ignored and rebuilt, and an unwritable cache directory only means no cache. Two processes writing at once each
 *       write a complete file; the last one wins.
 * </ul>
 *
 * <p>Turned off by {@code --no-cache} or the environment variable {@code MIGRATION_LSP_NO_CACHE}; the directory is
 * {@code ${MIGRATION_LSP_CACHE:-${XDG_CACHE_HOME:-~/.cache}/migration-lsp}/headers}. Immutable; the workspace reads a
 * {@link Index} once per scan and hands the new entries back to {@link Index#save}.
 */
public final class HeaderCache {
    private static Logger log() { // only when there is something to say (see Workspace.log)
        return Logger.getLogger(HeaderCache.class.getName());
    }

    private static final long MAGIC = 0x4d4c53504844523aL; // "MLSPHDR:"
    private static final int FORMAT = 2; // 2: a stat's device and inode as numbers
    /** Files changed this long before the writing run started are racily clean (covers coarse timestamps). */
    private static final long RACY_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** The classes whose behaviour decides what a cached header holds (when not run from a jar, see codeVersion). */
    private static final String[] CODE = {
        "/dev/migrationlsp/alembic/RevisionHeaderScanner.class",
        "/dev/migrationlsp/alembic/RevisionHeaderScanner$Value.class",
        "/dev/migrationlsp/alembic/PythonTokenizer.class",
        "/dev/migrationlsp/alembic/DocstringFields.class",
        "/dev/migrationlsp/alembic/RevisionHeader.class",
        "/dev/migrationlsp/workspace/HeaderCache.class",
    };

    private final Path directory;

    private HeaderCache(Path directory) {
        this.directory = directory;
    }

    /** No cache: every file is read and scanned. */
    public static HeaderCache disabled() {
        return new HeaderCache(null);
    }

    /** A cache kept in {@code directory} (created on first write). */
    public static HeaderCache in(Path directory) {
        return new HeaderCache(directory.toAbsolutePath().normalize());
    }

    /**
     * The command line's cache: off when {@code MIGRATION_LSP_NO_CACHE} is set (to anything but empty), else in
     * {@code headers} under {@code MIGRATION_LSP_CACHE}, {@code XDG_CACHE_HOME/migration-lsp} or
     * {@code ~/.cache/migration-lsp}, the launcher's class-data archive folder.
     */
    public static HeaderCache forCommandLine(Map<String, String> env) {
        if (!env.getOrDefault("MIGRATION_LSP_NO_CACHE", "").isEmpty()) {
            return disabled();
        }
        String explicit = env.getOrDefault("MIGRATION_LSP_CACHE", "");
        Path base;
        if (!explicit.isEmpty()) {
            base = Path.of(explicit);
        } else if (!env.getOrDefault("XDG_CACHE_HOME", "").isEmpty()) {
            base = Path.of(env.get("XDG_CACHE_HOME"), "migration-lsp");
        } else if (!env.getOrDefault("HOME", "").isEmpty()) {
            base = Path.of(env.get("HOME"), ".cache", "migration-lsp");
        } else {
            return disabled();
        }
        return in(base.resolve("headers"));
    }

    public boolean enabled() {
        return directory != null;
    }

    /** The cache file of the workspace at {@code root} (for tests and diagnostics); empty when disabled. */
    public Optional<Path> fileFor(Path root) {
        if (directory == null) {
            return Optional.empty();
        }
        String r = root.toAbsolutePath().normalize().toString();
        CRC32 crc = new CRC32();
        crc.update(r.getBytes(StandardCharsets.UTF_8));
        StringBuilder name = new StringBuilder(
                root.getFileName() == null ? "root" : root.getFileName().toString());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
                name.setCharAt(i, '_'); // a readable, portable file name
            }
        }
        return Optional.of(directory.resolve(
                name + "-" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(r.hashCode()) + ".bin"));
    }

    /**
     * The inputs of a whole-history answer (what {@code heads} prints): the question, the configuration's text, and
     * every listed file's path and stat in listing order, as bytes compared exactly (no hash to collide). Compared
     * with the remembered key while it is written, a file at a time: one comparison of the whole key (hundreds of
     * kilobytes for thousands of revisions) runs in the interpreter of a short command, ~10 ms; per file, the JIT
     * compiles it after a few hundred.
     */
    static final class AnswerKey {
        /** Which command's answer: each keeps its own (a {@code check} must not evict the {@code heads} answer). */
        private final String command;

        private final Out out;
        /** The latest modification or status change among the files: the racily clean check. */
        private long newest = Long.MIN_VALUE;
        /** What was remembered for this workspace, or null. */
        private final Remembered remembered;
        /** How many bytes of {@link #out} equal the remembered key; -1 once they differ. */
        private int same;

        AnswerKey(String command, String question, String configuration, Remembered remembered) {
            this.command = command;
            // as large as the remembered key: no growing copies of a key that is usually the same
            this.out = new Out(remembered == null ? 1 << 14 : remembered.keyLength + 1);
            this.remembered = remembered;
            this.same = remembered == null ? -1 : 0;
            out.writeString(question);
            out.writeString(configuration);
            compareWritten();
        }

        /** Adds a file; false when it has no stat (a symbolic link, an unreadable entry): nothing can be remembered. */
        boolean file(String path, Stamp stamp) {
            if (stamp == null) {
                return false;
            }
            out.writeString(path);
            out.writeStamp(stamp);
            newest = Math.max(newest, Math.max(stamp.modifiedNanos(), stamp.changedNanos()));
            compareWritten();
            return true;
        }

        /** Adds a file the answer depends on that does not exist (yet): creating it changes the key. */
        void absent(String path) {
            out.writeString(path);
            out.writeString("\0absent");
            compareWritten();
        }

        private void compareWritten() {
            if (same < 0) {
                return;
            }
            int from = remembered.keyFrom;
            if (out.pos > remembered.keyLength
                    || !Arrays.equals(out.buf, same, out.pos, remembered.bytes, from + same, from + out.pos)) {
                same = -1;
            } else {
                same = out.pos;
            }
        }

        /**
         * The remembered answer, if its key is exactly this one and no file among the inputs changed in the last
         * {@link #RACY_MARGIN_NANOS} before the run that remembered it, or later (its stat might not show a second
         * change).
         */
        Optional<byte[]> answer() {
            if (same < 0
                    || same != remembered.keyLength
                    || newest >= remembered.written - remembered.duration - RACY_MARGIN_NANOS) {
                return Optional.empty();
            }
            return Optional.of(
                    Arrays.copyOfRange(remembered.bytes, remembered.answerFrom, remembered.bytes.length - 8));
        }
    }

    /** An answer file as read: its key and answer, where they lie in its bytes, and when it was written. */
    private record Remembered(byte[] bytes, int keyFrom, int keyLength, int answerFrom, long written, long duration) {}

    private static final long ANSWER_MAGIC = 0x4d4c5350414e533aL; // "MLSPANS:"

    /** Where the answer {@code command} remembered for {@code root} lives: beside its header cache. */
    private Path answerFileFor(Path root, String command) {
        Path headers = fileFor(root).orElseThrow();
        String name = headers.getFileName().toString();
        return headers.resolveSibling(name.substring(0, name.length() - ".bin".length()) + "." + command + ".answer");
    }

    /**
     * The key of a whole-history answer for {@code root}, to be completed with {@link AnswerKey#file} and then asked
     * for the answer {@link #remember} stored for exactly these inputs ({@link AnswerKey#answer}). The answer file is
     * read first, so the key is compared while it is written.
     */
    AnswerKey answerKey(Path root, String command, String question, String configuration) {
        return new AnswerKey(
                command, question, configuration, directory == null ? null : readRemembered(root, command));
    }

    /** The answer file of {@code root}; null when there is none, or on any doubt (corrupt, truncated, another build's). */
    private Remembered readRemembered(Path root, String command) {
        Path file = answerFileFor(root, command);
        try {
            byte[] bytes = Files.readAllBytes(file);
            long written = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
            if (bytes.length < 16) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            In tail = new In(bytes, bytes.length);
            tail.pos = bytes.length - 8;
            In in = new In(bytes, bytes.length - 8);
            if (tail.readLong() != crc.getValue()
                    || in.readLong() != ANSWER_MAGIC
                    || in.readInt() != FORMAT
                    || in.readLong() != answerCodeVersion()
                    || !in.readString().equals(root.toAbsolutePath().normalize().toString())) {
                return null;
            }
            long duration = in.readLong();
            int keyLength = in.readCount();
            in.need(keyLength);
            int keyFrom = in.pos;
            in.pos += keyLength;
            int answerLength = in.readCount();
            in.need(answerLength);
            if (duration < 0 || in.pos + answerLength != in.limit) {
                return null;
            }
            return new Remembered(bytes, keyFrom, keyLength, in.pos, written, duration);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            log().log(Level.FINE, "ignoring the remembered answer " + file, e);
            return null;
        }
    }

    /**
     * Stores {@code answer} for {@code key} (replacing the one answer kept per workspace), {@code durationNanos} after
     * the inputs were read; never throws: a cache that cannot be written is no cache.
     */
    void remember(Path root, AnswerKey key, byte[] answer, long durationNanos) {
        if (directory == null) {
            return;
        }
        Path file = answerFileFor(root, key.command);
        Out out = new Out(64 + key.out.pos + answer.length);
        out.writeLong(ANSWER_MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(answerCodeVersion());
        out.writeString(root.toAbsolutePath().normalize().toString());
        out.writeLong(Math.max(0, durationNanos));
        out.writeInt(key.out.pos);
        out.room(key.out.pos);
        System.arraycopy(key.out.buf, 0, out.buf, out.pos, key.out.pos);
        out.pos += key.out.pos;
        out.writeInt(answer.length);
        out.room(answer.length);
        System.arraycopy(answer, 0, out.buf, out.pos, answer.length);
        out.pos += answer.length;
        CRC32 crc = new CRC32();
        crc.update(out.buf, 0, out.pos);
        out.writeLong(crc.getValue());
        try {
            AtomicFile.write(file, Arrays.copyOf(out.buf, out.pos));
        } catch (IOException | RuntimeException e) {
            log().log(Level.FINE, "cannot write the remembered answer " + file, e);
        }
    }

    /** A directory entry's type, and with {@code stamp} the regular file's {@link Stamp} ({@link FileStamps#lstat}). */
    record LinkStat(boolean directory, boolean regularFile, boolean symbolicLink, Stamp stamp) {}

    /** What the cache compares before trusting a file without reading it. */
    record Stamp(long size, long modifiedNanos, long changedNanos, long device, long inode) {
        // written out: a record's generated equals is linked through method handles on first use, which costs a short
        // command more than the comparisons themselves
        @Override
        public boolean equals(Object o) {
            return o instanceof Stamp s
                    && s.size == size
                    && s.modifiedNanos == modifiedNanos
                    && s.changedNanos == changedNanos
                    && s.device == device
                    && s.inode == inode;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) * 31 + Long.hashCode(modifiedNanos);
        }
    }

    /** One file: its path, stat, content key and header. */
    record Entry(String path, Stamp stamp, long hash, long length, RevisionHeader header) {}

    /** The cache of one workspace as read at the start of a scan; read-only, shared by the scanning threads. */
    Index open(Path root) {
        long started = System.nanoTime();
        if (directory == null) {
            return new Index(null, null, 0, 0, 0, Map.of(), Map.of(), Long.MIN_VALUE, started, false);
        }
        Path file = fileFor(root).orElseThrow();
        String rootText = root.toAbsolutePath().normalize().toString();
        long code = codeVersion();
        try {
            byte[] bytes = Files.readAllBytes(file);
            long written = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
            return Index.decode(file, rootText, code, bytes, written, started);
        } catch (java.nio.file.NoSuchFileException e) {
            // first run in this workspace
        } catch (IOException | RuntimeException e) {
            log().log(Level.FINE, "ignoring the header cache " + file, e);
        }
        long[] key = newKey();
        return new Index(file, rootText, code, key[0], key[1], Map.of(), Map.of(), Long.MIN_VALUE, started, true);
    }

    private static long[] newKey() {
        SecureRandom random = new SecureRandom();
        return new long[] {random.nextLong(), random.nextLong()};
    }

    /**
     * Which build wrote a cache: a rebuilt scanner must not be answered by an older one's headers. From a jar, the jar's
     * path, size and modification time (one stat; reading class files from it costs a short command ~10 ms of CPU);
     * from a folder of classes (tests, an IDE), a checksum of the scanner's class files.
     */
    private static long codeVersion() {
        OptionalLong jar = jarVersion();
        if (jar.isPresent()) {
            return jar.getAsLong();
        }
        CRC32 crc = new CRC32();
        for (String name : CODE) {
            try (InputStream in = HeaderCache.class.getResourceAsStream(name)) {
                if (in != null) {
                    crc.update(in.readAllBytes());
                }
            } catch (IOException e) {
                crc.update(name.getBytes(StandardCharsets.UTF_8));
            }
        }
        return crc.getValue();
    }

    /**
     * Which build wrote a remembered answer: every class may change one (a rule, a report's format). From a jar, as
     * {@link #codeVersion}; from a folder of classes (tests, an IDE), a checksum of all of them, once per process.
     */
    private static long answerCodeVersion() {
        OptionalLong jar = jarVersion();
        return jar.isPresent() ? jar.getAsLong() : AllClasses.CHECKSUM;
    }

    /** The checksum of every class file beside this one's package root; computed on first use. */
    private static final class AllClasses {
        static final long CHECKSUM = checksum();

        private static long checksum() {
            CRC32 crc = new CRC32();
            try {
                Path classes = codeSource();
                List<Path> files;
                try (var walk = Files.walk(classes)) {
                    files = walk.filter(f -> f.toString().endsWith(".class"))
                            .sorted()
                            .toList();
                }
                for (Path f : files) {
                    crc.update(classes.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    crc.update(Files.readAllBytes(f));
                }
            } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
                return new SecureRandom().nextLong(); // unknown code: nothing remembered matches
            }
            return crc.getValue();
        }
    }

    /** Where this class was loaded from: the jar, or the folder of classes. */
    private static Path codeSource() throws java.net.URISyntaxException {
        return Path.of(HeaderCache.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    /** The jar's path, size and modification time as one number; empty when not run from a jar. */
    private static OptionalLong jarVersion() {
        try {
            Path where = codeSource();
            BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
            if (a.isRegularFile()) {
                return OptionalLong.of((31L * where.toString().hashCode() + a.size()) * 31L
                        + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // no code source to stat
        }
        return OptionalLong.empty();
    }

    /** The entries of one workspace's cache file, by path and by content. */
    static final class Index {
        private final Path file;
        private final String root;
        private final long code;
        private final long k0;
        private final long k1;
        private final Map<String, Entry> byPath;
        private final Map<ContentKey, RevisionHeader> byContent;
        /** Stamps at or after this (nanoseconds since the epoch) are racily clean. */
        private final long racyFrom;

        private final long started;
        private final boolean fresh;

        private Index(
                Path file,
                String root,
                long code,
                long k0,
                long k1,
                Map<String, Entry> byPath,
                Map<ContentKey, RevisionHeader> byContent,
                long racyFrom,
                long started,
                boolean fresh) {
            this.file = file;
            this.root = root;
            this.code = code;
            this.k0 = k0;
            this.k1 = k1;
            this.byPath = byPath;
            this.byContent = byContent;
            this.racyFrom = racyFrom;
            this.started = started;
            this.fresh = fresh;
        }

        boolean enabled() {
            return file != null;
        }

        /** The cached entry for {@code path} when {@code stamp} equals its recorded stat and is not racily clean. */
        Entry byStamp(String path, Stamp stamp) {
            if (stamp == null) {
                return null;
            }
            Entry e = byPath.get(path);
            if (e == null || !e.stamp().equals(stamp)) {
                return null;
            }
            if (stamp.modifiedNanos() >= racyFrom || stamp.changedNanos() >= racyFrom) {
                return null;
            }
            return e;
        }

        /** The header of exactly this content, if any file had it when the cache was written. */
        RevisionHeader byContent(long hash, long length) {
            return byContent.get(new ContentKey(hash, length));
        }

        long hash(byte[] bytes) {
            return SipHash.hash(k0, k1, bytes);
        }

        /**
         * Writes {@code entries} as the new cache when they differ from what was read (or some entry is racily
         * clean, which a newer write makes safe to trust next time). Never throws: a cache that cannot be written is
         * no cache.
         */
        void save(List<Entry> entries) {
            if (file == null) {
                return;
            }
            boolean same = !fresh && entries.size() == byPath.size();
            if (same) {
                for (Entry e : entries) {
                    Entry old = byPath.get(e.path());
                    if (old == null
                            || !old.stamp().equals(e.stamp())
                            || old.hash() != e.hash()
                            || old.length() != e.length()
                            || e.stamp().modifiedNanos() >= racyFrom
                            || e.stamp().changedNanos() >= racyFrom) {
                        same = false;
                        break;
                    }
                }
            }
            if (same) {
                return;
            }
            try {
                AtomicFile.write(file, encode(entries, System.nanoTime() - started));
            } catch (IOException | RuntimeException e) {
                log().log(Level.FINE, "cannot write the header cache " + file, e);
            }
        }

        private byte[] encode(List<Entry> entries, long durationNanos) {
            Out out = new Out(64 + entries.size() * 256);
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(code);
            out.writeString(root);
            out.writeLong(k0);
            out.writeLong(k1);
            out.writeLong(durationNanos);
            out.writeInt(entries.size());
            for (Entry e : entries) {
                out.writeString(e.path());
                out.writeStamp(e.stamp());
                out.writeLong(e.hash());
                out.writeLong(e.length());
                writeHeader(out, e.header());
            }
            CRC32 crc = new CRC32();
            crc.update(out.buf, 0, out.pos);
            out.writeLong(crc.getValue());
            return Arrays.copyOf(out.buf, out.pos);
        }

        static Index decode(Path file, String root, long code, byte[] bytes, long writtenNanos, long started) {
            if (bytes.length < 16) {
                throw new IllegalArgumentException("too short");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            In in = new In(bytes, bytes.length - 8);
            In tail = new In(bytes, bytes.length);
            tail.pos = bytes.length - 8;
            if (tail.readLong() != crc.getValue()
                    || in.readLong() != MAGIC
                    || in.readInt() != FORMAT
                    || in.readLong() != code
                    || !in.readString().equals(root)) {
                throw new IllegalArgumentException("not this workspace's cache, or another version's");
            }
            long k0 = in.readLong();
            long k1 = in.readLong();
            long duration = in.readLong();
            int n = in.readInt();
            if (n < 0 || duration < 0) {
                throw new IllegalArgumentException("bad counts");
            }
            Map<String, Entry> byPath = new HashMap<>(n * 2);
            Map<ContentKey, RevisionHeader> byContent = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = in.readString();
                Stamp stamp = in.readStamp();
                long hash = in.readLong();
                long length = in.readLong();
                RevisionHeader header = readHeader(in);
                byPath.put(path, new Entry(path, stamp, hash, length, header));
                byContent.put(new ContentKey(hash, length), header);
            }
            if (in.pos != in.limit) {
                throw new IllegalArgumentException("trailing bytes");
            }
            long racyFrom = writtenNanos - duration - RACY_MARGIN_NANOS;
            return new Index(file, root, code, k0, k1, byPath, byContent, racyFrom, started, false);
        }
    }

    private record ContentKey(long hash, long length) {
        @Override
        public boolean equals(Object o) { // written out, as Stamp's
            return o instanceof ContentKey k && k.hash == hash && k.length == length;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }

    // --- the header's binary form: every field, ranges included, so a cached header equals a scanned one ---

    private static void writeHeader(Out out, RevisionHeader h) {
        writeAssignment(out, h.revision());
        writeAssignment(out, h.downRevision());
        writeAssignment(out, h.branchLabels());
        writeAssignment(out, h.dependsOn());
        if (h.docstring().isEmpty()) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        Docstring d = h.docstring().get();
        out.writeInt(d.start());
        out.writeInt(d.end());
        out.writeString(d.description());
        writeDocField(out, d.revisionId());
        out.writeInt(d.revises().size());
        for (DocField f : d.revises()) {
            writeDocField(out, Optional.of(f));
        }
        out.writeByte(d.hasRevisesLine() ? 1 : 0);
        writeDocField(out, d.createDate());
    }

    private static RevisionHeader readHeader(In in) {
        Optional<Assignment> revision = readAssignment(in);
        Optional<Assignment> down = readAssignment(in);
        Optional<Assignment> labels = readAssignment(in);
        Optional<Assignment> depends = readAssignment(in);
        Optional<Docstring> doc = Optional.empty();
        if (in.readBoolean()) {
            int start = in.readInt();
            int end = in.readInt();
            String description = in.readString();
            Optional<DocField> id = readDocField(in);
            int n = in.readCount();
            List<DocField> revises = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                revises.add(readDocField(in).orElseThrow());
            }
            boolean hasRevisesLine = in.readBoolean();
            Optional<DocField> date = readDocField(in);
            doc = Optional.of(new Docstring(start, end, description, id, revises, hasRevisesLine, date));
        }
        return new RevisionHeader(revision, down, labels, depends, doc);
    }

    private static void writeAssignment(Out out, Optional<Assignment> assignment) {
        if (assignment.isEmpty()) {
            out.writeByte(0);
            return;
        }
        Assignment a = assignment.get();
        out.writeByte(1);
        out.writeString(a.name());
        out.writeInt(a.nameStart());
        out.writeInt(a.nameEnd());
        out.writeInt(a.valueStart());
        out.writeInt(a.valueEnd());
        out.writeByte((a.annotated() ? 1 : 0) | (a.none() ? 2 : 0) | (a.understood() ? 4 : 0));
        out.writeInt(a.literals().size());
        for (Literal l : a.literals()) {
            out.writeString(l.value());
            out.writeInt(l.start());
            out.writeInt(l.end());
        }
    }

    private static Optional<Assignment> readAssignment(In in) {
        if (!in.readBoolean()) {
            return Optional.empty();
        }
        String name = in.readString();
        int nameStart = in.readInt();
        int nameEnd = in.readInt();
        int valueStart = in.readInt();
        int valueEnd = in.readInt();
        int flags = in.readByte();
        int n = in.readCount();
        Literal[] literals = new Literal[n];
        for (int i = 0; i < n; i++) {
            literals[i] = new Literal(in.readString(), in.readInt(), in.readInt());
        }
        return Optional.of(new Assignment(
                name,
                nameStart,
                nameEnd,
                valueStart,
                valueEnd,
                (flags & 1) != 0,
                (flags & 2) != 0,
                (flags & 4) != 0,
                List.of(literals)));
    }

    private static void writeDocField(Out out, Optional<DocField> field) {
        if (field.isEmpty()) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        out.writeString(field.get().value());
        out.writeInt(field.get().start());
        out.writeInt(field.get().end());
    }

    private static Optional<DocField> readDocField(In in) {
        if (!in.readBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new DocField(in.readString(), in.readInt(), in.readInt()));
    }

    /** A growing big-endian byte buffer (no streams: this runs before the JIT has compiled anything). */
    private static final class Out {
        byte[] buf;
        int pos;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        void room(int n) {
            if (pos + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
            }
        }

        void writeByte(int b) {
            room(1);
            buf[pos++] = (byte) b;
        }

        void writeInt(int v) {
            room(4);
            for (int s = 24; s >= 0; s -= 8) {
                buf[pos++] = (byte) (v >>> s);
            }
        }

        void writeLong(long v) {
            room(8);
            for (int s = 56; s >= 0; s -= 8) {
                buf[pos++] = (byte) (v >>> s);
            }
        }

        /** The stamp's five numbers, in its components' order ({@link In#readStamp} reads them back). */
        void writeStamp(Stamp stamp) {
            writeLong(stamp.size());
            writeLong(stamp.modifiedNanos());
            writeLong(stamp.changedNanos());
            writeLong(stamp.device());
            writeLong(stamp.inode());
        }

        /** ASCII as bytes (length {@code n}), anything else as UTF-16 chars (length {@code -n - 1}): exact for any string. */
        void writeString(String s) {
            int n = s.length();
            boolean ascii = true;
            for (int i = 0; i < n && ascii; i++) {
                ascii = s.charAt(i) < 0x80;
            }
            if (ascii) {
                writeInt(n);
                room(n);
                s.getBytes(0, n, buf, pos);
                pos += n;
            } else {
                writeInt(-n - 1);
                room(2 * n);
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    buf[pos++] = (byte) (c >>> 8);
                    buf[pos++] = (byte) c;
                }
            }
        }
    }

    /** Reads what {@link Out} wrote; any inconsistency throws, and the caller ignores the whole file. */
    private static final class In {
        final byte[] buf;
        final int limit;
        int pos;

        In(byte[] buf, int limit) {
            this.buf = buf;
            this.limit = limit;
        }

        void need(int n) {
            if (n < 0 || pos + n > limit) {
                throw new IllegalArgumentException("truncated");
            }
        }

        int readByte() {
            need(1);
            return buf[pos++] & 0xff;
        }

        boolean readBoolean() {
            int b = readByte();
            if (b > 1) {
                throw new IllegalArgumentException("not a flag");
            }
            return b == 1;
        }

        // unrolled: the whole cache is decoded once per run, mostly by the interpreter, where every bytecode counts
        int readInt() {
            need(4);
            byte[] b = buf;
            int p = pos;
            pos = p + 4;
            return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
        }

        int readCount() {
            int n = readInt();
            need(n < 0 ? -1 : Math.min(n, 1));
            if (n > limit) {
                throw new IllegalArgumentException("bad count");
            }
            return n;
        }

        long readLong() {
            need(8);
            byte[] b = buf;
            int p = pos;
            pos = p + 8;
            return (long) ((b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff))
                            << 32
                    | ((b[p + 4] & 0xff) << 24 | (b[p + 5] & 0xff) << 16 | (b[p + 6] & 0xff) << 8 | (b[p + 7] & 0xff))
                            & 0xffffffffL;
        }

        /** What {@link Out#writeStamp} wrote. */
        Stamp readStamp() {
            return new Stamp(readLong(), readLong(), readLong(), readLong(), readLong());
        }

        String readString() {
            int n = readInt();
            if (n >= 0) {
                need(n);
                String s = new String(buf, pos, n, StandardCharsets.ISO_8859_1);
                pos += n;
                return s;
            }
            int chars = -(n + 1);
            if (chars > limit) {
                throw new IllegalArgumentException("bad string");
            }
            need(2 * chars);
            char[] c = new char[chars];
            for (int i = 0; i < chars; i++) {
                c[i] = (char) (((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff));
                pos += 2;
            }
            return new String(c);
        }
    }

    /** SipHash-2-4 (Aumasson and Bernstein), 64-bit output: a keyed hash that resists crafted collisions. */
    static final class SipHash {
        private long v0;
        private long v1;
        private long v2;
        private long v3;

        private SipHash(long k0, long k1) {
            v0 = 0x736f6d6570736575L ^ k0;
            v1 = 0x646f72616e646f6dL ^ k1;
            v2 = 0x6c7967656e657261L ^ k0;
            v3 = 0x7465646279746573L ^ k1;
        }

        static long hash(long k0, long k1, byte[] m) {
            SipHash h = new SipHash(k0, k1);
            int n = m.length;
            int end = n - (n % 8);
            for (int i = 0; i < end; i += 8) {
                h.compress((m[i] & 0xffL)
                        | (m[i + 1] & 0xffL) << 8
                        | (m[i + 2] & 0xffL) << 16
                        | (m[i + 3] & 0xffL) << 24
                        | (m[i + 4] & 0xffL) << 32
                        | (m[i + 5] & 0xffL) << 40
                        | (m[i + 6] & 0xffL) << 48
                        | (m[i + 7] & 0xffL) << 56);
            }
            long b = ((long) n) << 56;
            for (int i = end, s = 0; i < n; i++, s += 8) {
                b |= (m[i] & 0xffL) << s;
            }
            h.compress(b);
            h.v2 ^= 0xff;
            h.rounds(4);
            return h.v0 ^ h.v1 ^ h.v2 ^ h.v3;
        }

        /** One message word: two compression rounds. */
        private void compress(long w) {
            v3 ^= w;
            rounds(2);
            v0 ^= w;
        }

        private void rounds(int count) {
            for (int r = 0; r < count; r++) {
                v0 += v1;
                v1 = Long.rotateLeft(v1, 13) ^ v0;
                v0 = Long.rotateLeft(v0, 32);
                v2 += v3;
                v3 = Long.rotateLeft(v3, 16) ^ v2;
                v0 += v3;
                v3 = Long.rotateLeft(v3, 21) ^ v0;
                v2 += v1;
                v1 = Long.rotateLeft(v1, 17) ^ v2;
                v2 = Long.rotateLeft(v2, 32);
            }
        }
    }
}

package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.HistoryGenerator;
import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent header cache gives exactly the headers a fresh scan gives, whatever happened to files or cache. */
class HeaderCacheTest {
    @TempDir
    Path root;

    @TempDir
    Path cacheDir;

    private Path versions() throws IOException {
        return Files.createDirectories(root.resolve("migrations/versions"));
    }

    private void history() throws IOException {
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Path v = versions();
        Files.writeString(
                v.resolve("0001_a.py"),
                "\"\"\"first\n\nRevision ID: 0001\n\"\"\"\nrevision = '0001'\n"
                        + "down_revision = None\nbranch_labels = ('core',)\n");
        Files.writeString(v.resolve("0002_b.py"), "revision = '0002'\ndown_revision = '0001'\n");
        Files.writeString(v.resolve("0003_c.py"), "revision = '0003'\ndown_revision = '0002'\n");
    }

    private Workspace workspace(HeaderCache cache, boolean headersOnly) {
        Workspace w = new Workspace(root, new ConfigLoader(), cache);
        return headersOnly ? w.headersOnly() : w;
    }

    private static Map<Path, RevisionHeader> headers(WorkspaceSnapshot s) {
        Map<Path, RevisionHeader> out = new TreeMap<>();
        s.alembicFiles().forEach((p, d) -> out.put(p, d.revisionHeader()));
        return out;
    }

    private static List<String> heads(WorkspaceSnapshot s) {
        return s.revisionGraph().heads().stream()
                .map(RevisionGraph.Node::revision)
                .sorted()
                .toList();
    }

    /** Files written in this test are racily clean at first; their times are moved back as if written long ago. */
    private void age(Path file, int seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - seconds * 1000L));
    }

    /**
     * As if the cache had been written 10 s later: files written by the test are no longer racily clean (their
     * status-change time, which the stat check compares, cannot be moved back).
     */
    private void settle() throws IOException {
        Files.setLastModifiedTime(cacheFile(), FileTime.fromMillis(System.currentTimeMillis() + 10_000));
    }

    private Path cacheFile() {
        return HeaderCache.in(cacheDir).fileFor(root).orElseThrow();
    }

    @Test
    void aWarmRunGivesTheHeadersOfAFreshScanWithoutReadingUnchangedFiles() throws IOException {
        Path dir = root.resolve("gen");
        HistoryGenerator.writeProject(
                HistoryGenerator.generate(7, 120, HistoryGenerator.Shape.DIFFERENTIAL),
                dir,
                HistoryGenerator.Shape.DIFFERENTIAL);
        root = dir;
        Map<Path, RevisionHeader> scanned =
                headers(workspace(HeaderCache.disabled(), false).load(Map.of()));
        assertThat(scanned).hasSizeGreaterThan(100);
        HeaderCache cache = HeaderCache.in(cacheDir);
        WorkspaceSnapshot cold = workspace(cache, true).load(Map.of());
        assertThat(headers(cold)).isEqualTo(scanned);
        assertThat(Files.exists(cacheFile())).isTrue();

        settle();

        WorkspaceSnapshot warm = workspace(cache, true).load(Map.of());
        assertThat(headers(warm)).isEqualTo(scanned);
        assertThat(warm.alembicFiles().values()).noneMatch(Document::textRead);
        assertThat(heads(warm))
                .isEqualTo(heads(workspace(HeaderCache.disabled(), false).load(Map.of())));
        // the text is still there for whoever asks
        Document any = warm.alembicFiles().firstEntry().getValue();
        assertThat(any.text().text()).isEqualTo(Files.readString(any.path(), StandardCharsets.UTF_8));

        // check's path reads every file, and takes the header from the cache for the same content
        WorkspaceSnapshot full = workspace(cache, false).load(Map.of());
        assertThat(headers(full)).isEqualTo(scanned);
        assertThat(full.alembicFiles().values()).allMatch(Document::textRead);
    }

    @Test
    void anEditedFileIsReadAgain() throws IOException {
        history();
        HeaderCache cache = HeaderCache.in(cacheDir);
        assertThat(heads(workspace(cache, true).load(Map.of()))).containsExactly("0003");
        Path third = root.resolve("migrations/versions/0003_c.py");
        Files.writeString(third, "revision = '0003'\ndown_revision = '0001'\n");
        for (boolean headersOnly : new boolean[] {true, false}) {
            assertThat(heads(workspace(cache, headersOnly).load(Map.of())))
                    .as("headersOnly=%s", headersOnly)
                    .containsExactly("0002", "0003");
        }
    }

    @Test
    void sameSizeAndModificationTimeButNewContentIsReadAgain() throws IOException {
        history();
        Path third = root.resolve("migrations/versions/0003_c.py");
        age(third, 60);
        FileTime before = Files.getLastModifiedTime(third);
        long size = Files.size(third);
        HeaderCache cache = HeaderCache.in(cacheDir);
        assertThat(heads(workspace(cache, true).load(Map.of()))).containsExactly("0003");
        // same length, modification time put back (as `cp -p` or an mtime-preserving tool leaves it), in the same
        // second the cache was written: racily clean
        Files.writeString(third, "revision = '0003'\ndown_revision = '0001'\n");
        Files.setLastModifiedTime(third, before);
        assertThat(Files.size(third)).isEqualTo(size);
        assertThat(heads(workspace(cache, true).load(Map.of()))).containsExactly("0002", "0003");
        assertThat(heads(workspace(cache, false).load(Map.of()))).containsExactly("0002", "0003");
    }

    @Test
    void racilyCleanEntriesAreNotTrustedByTheirStat() throws IOException {
        history();
        Path first = root.resolve("migrations/versions/0001_a.py");
        HeaderCache cache = HeaderCache.in(cacheDir);
        RevisionHeader scanned = workspace(HeaderCache.disabled(), false)
                .load(Map.of())
                .document(first)
                .orElseThrow()
                .revisionHeader();
        HeaderCache.Stamp now = FileStamps.stamp(first);
        byte[] bytes = Files.readAllBytes(first);
        HeaderCache.Index index = cache.open(root);
        long hash = index.hash(bytes);
        index.save(List.of(new HeaderCache.Entry(first.toString(), now, hash, bytes.length, scanned)));
        // the file changed within the racy window before the cache's own write: its stat proves nothing
        assertThat(cache.open(root).byStamp(first.toString(), now)).isNull();
        // its content still finds the header
        assertThat(cache.open(root).byContent(hash, bytes.length)).isEqualTo(scanned);
        assertThat(cache.open(root).byContent(hash + 1, bytes.length)).isNull();

        settle();
        assertThat(cache.open(root).byStamp(first.toString(), now).header()).isEqualTo(scanned);
        HeaderCache.Stamp other = new HeaderCache.Stamp(
                now.size(), now.modifiedNanos() + 1, now.changedNanos(), now.device(), now.inode());
        assertThat(cache.open(root).byStamp(first.toString(), other)).isNull();
        assertThat(cache.open(root).byStamp(root.resolve("elsewhere.py").toString(), now))
                .isNull();
    }

    @Test
    void aCorruptTruncatedOrForeignCacheFileIsIgnoredAndRebuilt() throws IOException {
        history();
        HeaderCache cache = HeaderCache.in(cacheDir);
        Map<Path, RevisionHeader> scanned =
                headers(workspace(HeaderCache.disabled(), false).load(Map.of()));
        workspace(cache, true).load(Map.of());
        byte[] good = Files.readAllBytes(cacheFile());
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x5a;
        // another workspace's valid cache under this one's name
        Path elsewhere = cacheDir.resolve("elsewhere");
        Path mine = root;
        root = Files.createDirectories(elsewhere);
        history();
        workspace(cache, true).load(Map.of());
        byte[] foreign = Files.readAllBytes(cacheFile());
        root = mine;
        for (byte[] bad : List.of(
                new byte[0],
                "not a cache".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(good, good.length - 9),
                java.util.Arrays.copyOf(good, 20),
                flipped,
                foreign)) {
            Files.write(cacheFile(), bad);
            for (boolean headersOnly : new boolean[] {true, false}) {
                assertThat(headers(workspace(cache, headersOnly).load(Map.of())))
                        .isEqualTo(scanned);
            }
            assertThat(Files.readAllBytes(cacheFile())).as("rebuilt").isNotEqualTo(bad);
            assertThat(headers(workspace(cache, true).load(Map.of()))).isEqualTo(scanned);
        }
    }

    @Test
    void anUnwritableCacheDirectoryIsNoCache() throws IOException {
        history();
        Path notADirectory = Files.writeString(cacheDir.resolve("plain-file"), "x");
        HeaderCache cache = HeaderCache.in(notADirectory.resolve("headers"));
        Map<Path, RevisionHeader> scanned =
                headers(workspace(HeaderCache.disabled(), false).load(Map.of()));
        for (int i = 0; i < 2; i++) {
            assertThat(headers(workspace(cache, true).load(Map.of()))).isEqualTo(scanned);
            assertThat(headers(workspace(cache, false).load(Map.of()))).isEqualTo(scanned);
        }
        assertThat(Files.readString(notADirectory)).isEqualTo("x");
    }

    @Test
    void concurrentRunsWithOneCacheAllSeeTheTruth() throws Exception {
        history();
        HeaderCache cache = HeaderCache.in(cacheDir);
        Map<Path, RevisionHeader> scanned =
                headers(workspace(HeaderCache.disabled(), false).load(Map.of()));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Map<Path, RevisionHeader>>> runs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                boolean headersOnly = i % 2 == 0;
                Callable<Map<Path, RevisionHeader>> run =
                        () -> headers(workspace(cache, headersOnly).load(Map.of()));
                runs.add(pool.submit(run));
            }
            for (Future<Map<Path, RevisionHeader>> f : runs) {
                assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(scanned);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.list(cacheDir).map(p -> p.getFileName().toString()))
                .as("no temporary file left behind")
                .allMatch(n -> n.endsWith(".bin"));
    }

    @Test
    void commandLineCacheFollowsTheEnvironment() {
        assertThat(HeaderCache.forCommandLine(Map.of("MIGRATION_LSP_NO_CACHE", "1", "HOME", "/h"))
                        .enabled())
                .isFalse();
        assertThat(HeaderCache.forCommandLine(Map.of("MIGRATION_LSP_CACHE", "/c", "XDG_CACHE_HOME", "/x"))
                        .fileFor(Path.of("/w/repo"))
                        .orElseThrow())
                .hasParentRaw(Path.of("/c/headers"));
        assertThat(HeaderCache.forCommandLine(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h"))
                        .fileFor(Path.of("/w/repo"))
                        .orElseThrow())
                .hasParentRaw(Path.of("/x/migration-lsp/headers"));
        assertThat(HeaderCache.forCommandLine(Map.of("HOME", "/h"))
                        .fileFor(Path.of("/w/repo"))
                        .orElseThrow())
                .hasParentRaw(Path.of("/h/.cache/migration-lsp/headers"));
        assertThat(HeaderCache.forCommandLine(Map.of()).enabled()).isFalse();
        assertThat(HeaderCache.in(Path.of("/c")).fileFor(Path.of("/w/repo")))
                .isNotEqualTo(HeaderCache.in(Path.of("/c")).fileFor(Path.of("/v/repo")));
    }

    @Test
    void sipHashMatchesTheReferenceVector() {
        // SipHash-2-4 paper, appendix A: key 00..0f, message 00..0e
        byte[] message = new byte[15];
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) i;
        }
        long k0 = 0x0706050403020100L;
        long k1 = 0x0f0e0d0c0b0a0908L;
        assertThat(HeaderCache.SipHash.hash(k0, k1, message)).isEqualTo(0xa129ca6149be45e5L);
        // the reference implementation's vectors.h, first entries (empty and one-byte messages)
        assertThat(HeaderCache.SipHash.hash(k0, k1, new byte[0])).isEqualTo(0x726fdb47dd0e0e31L);
        assertThat(HeaderCache.SipHash.hash(k0, k1, new byte[] {0})).isEqualTo(0x74f839c593dc67fdL);
    }
}

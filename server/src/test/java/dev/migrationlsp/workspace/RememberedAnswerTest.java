package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.RevisionGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-history answer kept beside the header cache ({@link Workspace#rememberedAnswer}) is given back only while
 * nothing it depends on changed: every edit, addition, removal or rename of a revision file and every configuration
 * change makes the next run compute it again, and a computed answer always equals a fresh scan's.
 */
class RememberedAnswerTest {
    @TempDir
    Path root;

    @TempDir
    Path cacheDir;

    private HeaderCache cache;

    private Path versions;

    @BeforeEach
    void history() throws IOException {
        cache = HeaderCache.in(cacheDir);
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        versions = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(versions.resolve("0001_a.py"), "revision = '0001'\ndown_revision = None\n");
        Files.writeString(versions.resolve("0002_b.py"), "revision = '0002'\ndown_revision = '0001'\n");
        Files.writeString(versions.resolve("0003_c.py"), "revision = '0003'\ndown_revision = '0002'\n");
    }

    /** What {@code heads} does: the remembered answer, else the heads of the read workspace, then remembered. */
    private Answer ask(String question) {
        Workspace w = new Workspace(root, new ConfigLoader(), cache).headersOnly();
        w.loadConfiguration(Map.of());
        Optional<byte[]> remembered = w.rememberedAnswer("heads", question, List.of());
        if (remembered.isPresent()) {
            return new Answer(true, new String(remembered.get(), StandardCharsets.UTF_8));
        }
        String computed = heads(w.readListed());
        w.rememberAnswer(computed.getBytes(StandardCharsets.UTF_8));
        return new Answer(false, computed);
    }

    private record Answer(boolean remembered, String text) {}

    private static String heads(WorkspaceSnapshot s) {
        return String.join(
                " ",
                s.revisionGraph().heads().stream()
                        .map(RevisionGraph.Node::revision)
                        .sorted()
                        .toList());
    }

    /** A fresh scan without any cache: the truth. */
    private String truth() {
        return heads(new Workspace(root, new ConfigLoader()).load(Map.of()));
    }

    private Path answerFile() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.toString().endsWith(".answer"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * As if the answers (each command's) had been remembered 10 s later: files the test wrote are then no longer racily
     * clean (their status-change time cannot be moved back).
     */
    private void settle() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".answer")).toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
            }
        }
    }

    /** After a change: computed again and right; then, settled, remembered and still right. */
    private void assertRecomputedThenRemembered(String expectedHeads) throws IOException {
        assertThat(truth()).isEqualTo(expectedHeads);
        Answer next = ask("heads");
        assertThat(next.remembered()).as("computed again after the change").isFalse();
        assertThat(next.text()).isEqualTo(expectedHeads);
        settle();
        Answer again = ask("heads");
        assertThat(again.remembered()).as("remembered while nothing changed").isTrue();
        assertThat(again.text()).isEqualTo(expectedHeads);
    }

    @Test
    void everyChangeToARevisionFileIsSeen() throws IOException {
        assertRecomputedThenRemembered("0003");

        // edited in place: another parent, so two heads
        Files.writeString(versions.resolve("0003_c.py"), "revision = '0003'\ndown_revision = '0001'\n");
        assertRecomputedThenRemembered("0002 0003");

        // added
        Files.writeString(versions.resolve("0004_d.py"), "revision = '0004'\ndown_revision = ('0002', '0003')\n");
        assertRecomputedThenRemembered("0004");

        // renamed: same content under another name
        Files.move(versions.resolve("0004_d.py"), versions.resolve("0004_merge.py"));
        assertRecomputedThenRemembered("0004");

        // removed
        Files.delete(versions.resolve("0004_merge.py"));
        assertRecomputedThenRemembered("0002 0003");

        // same size, modification time put back: its status-change time moved
        Path third = versions.resolve("0003_c.py");
        FileTime before = Files.getLastModifiedTime(third);
        Files.writeString(third, "revision = '0003'\ndown_revision = '0002'\n");
        Files.setLastModifiedTime(third, before);
        assertRecomputedThenRemembered("0003");

        // a file that is not a revision (Alembic skips __init__.py) changes nothing
        Files.writeString(versions.resolve("__init__.py"), "revision = 'zzzz'\ndown_revision = None\n");
        Answer unaffected = ask("heads");
        assertThat(unaffected.remembered()).isTrue();
        assertThat(unaffected.text()).isEqualTo(truth());
    }

    /**
     * A folder large enough to be stat'ed on two threads, the key compared file by file: a change to its first, a
     * middle or its last file (in listing order) is seen, and so is one more or one less file.
     */
    @Test
    void everyFileOfALargeFolderCounts() throws IOException {
        int count = 1_500; // above Workspace's parallel-stat threshold
        for (int i = 4; i <= count; i++) {
            Files.writeString(
                    versions.resolve(String.format("%04d_r.py", i)),
                    String.format("revision = '%04d'%ndown_revision = '%04d'%n", i, i - 1));
        }
        String last = String.format("%04d", count);
        assertRecomputedThenRemembered(last);
        List<Path> listed;
        try (var files = Files.newDirectoryStream(versions)) {
            listed = new java.util.ArrayList<>();
            files.forEach(listed::add); // the listing order the key follows
        }
        for (Path changed : List.of(listed.get(0), listed.get(listed.size() / 2), listed.get(listed.size() - 1))) {
            FileTime before = Files.getLastModifiedTime(changed);
            String text = Files.readString(changed);
            Files.writeString(
                    changed, text.replace("revision = '", "revision = 'x").substring(0, text.length()));
            Files.setLastModifiedTime(changed, before); // same size and modification time: the status change counts
            String heads = truth();
            Answer next = ask("heads");
            assertThat(next.remembered()).as("%s changed", changed).isFalse();
            assertThat(next.text()).isEqualTo(heads);
            Files.writeString(changed, text);
            assertRecomputedThenRemembered(last);
        }
        Path extra = Files.writeString(versions.resolve("9999_z.py"), "revision = 'zz'\ndown_revision = None\n");
        assertRecomputedThenRemembered(last + " zz");
        Files.delete(extra);
        assertRecomputedThenRemembered(last);
    }

    @Test
    void aConfigurationChangeIsSeen() throws IOException {
        assertRecomputedThenRemembered("0003");
        // a second version location with its own root revision
        Path more = Files.createDirectories(root.resolve("migrations/more"));
        Files.writeString(more.resolve("0100_x.py"), "revision = '0100'\ndown_revision = None\n");
        // not configured yet, so not a revision folder of this history: the answer stands
        Answer unaffected = ask("heads");
        assertThat(unaffected.remembered()).isTrue();
        assertThat(unaffected.text()).isEqualTo(truth()).isEqualTo("0003");
        Files.writeString(
                root.resolve("alembic.ini"),
                "[alembic]\nscript_location = migrations\n"
                        + "version_locations = %(here)s/migrations/versions %(here)s/migrations/more\n");
        assertRecomputedThenRemembered("0003 0100");
    }

    @Test
    void anotherQuestionIsNotAnsweredByTheRememberedOne() throws IOException {
        ask("heads text");
        settle();
        assertThat(ask("heads text").remembered()).isTrue();
        assertThat(ask("heads json").remembered()).isFalse();
        settle();
        assertThat(ask("heads json").remembered()).isTrue();
        assertThat(ask("heads text").remembered())
                .as("one answer kept per workspace")
                .isFalse();
    }

    @Test
    void filesChangedJustBeforeTheAnswerWasRememberedAreNotTrusted() throws IOException {
        // the files were written within the racy window before the run that remembers: their stat proves nothing
        assertThat(ask("heads").remembered()).isFalse();
        assertThat(ask("heads").remembered()).isFalse();
        settle();
        assertThat(ask("heads").remembered()).isTrue();
    }

    @Test
    void aDamagedForeignOrUnwritableAnswerIsNeverUsed() throws IOException {
        ask("heads");
        settle();
        Path file = answerFile();
        byte[] good = Files.readAllBytes(file);
        byte[] flipped = good.clone();
        flipped[good.length - 12] ^= 0x01; // inside the answer itself
        for (byte[] bad : List.of(
                new byte[0],
                java.util.Arrays.copyOf(good, good.length - 1),
                java.util.Arrays.copyOf(good, 30),
                flipped)) {
            Files.write(file, bad);
            settle();
            Answer a = ask("heads");
            assertThat(a.remembered()).isFalse();
            assertThat(a.text()).isEqualTo(truth());
        }
        // no cache folder can be made: nothing remembered, nothing broken
        Path plain = Files.writeString(root.resolve("plain-file"), "x");
        cache = HeaderCache.in(plain.resolve("headers"));
        for (int i = 0; i < 2; i++) {
            Answer a = ask("heads");
            assertThat(a.remembered()).isFalse();
            assertThat(a.text()).isEqualTo("0003");
        }
        assertThat(Files.readString(plain)).isEqualTo("x");
    }

    @Test
    void withoutACacheOrForACommandThatReadsEverythingNothingIsRemembered() {
        cache = HeaderCache.disabled();
        assertThat(ask("heads").remembered()).isFalse();
        Workspace full = new Workspace(root, new ConfigLoader(), HeaderCache.in(cacheDir));
        full.loadConfiguration(Map.of());
        assertThat(full.rememberedAnswer("heads", "", List.of())).isEmpty();
        full.rememberAnswer(new byte[] {1});
        assertThat(cacheDir.toFile().list()).noneMatch(n -> n.endsWith(".answer"));
    }

    /** What {@code check} does: every file read and the whole configuration count, and a baseline file beside them. */
    private Answer askWhole(String question, Path baseline) {
        Workspace w = new Workspace(root, new ConfigLoader(), cache).remembersAnswers();
        w.loadConfiguration(Map.of());
        Optional<byte[]> remembered = w.rememberedAnswer("check", question, List.of(baseline));
        if (remembered.isPresent()) {
            return new Answer(true, new String(remembered.get(), StandardCharsets.UTF_8));
        }
        String computed = everything(w.readListed(), baseline);
        w.rememberAnswer(computed.getBytes(StandardCharsets.UTF_8));
        return new Answer(false, computed);
    }

    /** An answer that depends on every input: each file's text, the configured severities and the baseline's text. */
    private static String everything(WorkspaceSnapshot s, Path baseline) {
        StringBuilder out = new StringBuilder();
        s.alembicFiles()
                .forEach((p, d) ->
                        out.append(p.getFileName()).append('=').append(d.text().text()));
        s.clickhouseFiles()
                .forEach((p, d) ->
                        out.append(p.getFileName()).append('=').append(d.text().text()));
        out.append(new java.util.TreeMap<>(s.config().severities()));
        try {
            out.append(Files.exists(baseline) ? Files.readString(baseline) : "no baseline");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private void assertWholeRecomputedThenRemembered(Path baseline) throws IOException {
        String truth = everything(new Workspace(root, new ConfigLoader()).load(Map.of()), baseline);
        Answer next = askWhole("check", baseline);
        assertThat(next.remembered()).as("computed again after the change").isFalse();
        assertThat(next.text()).isEqualTo(truth);
        settle();
        Answer again = askWhole("check", baseline);
        assertThat(again.remembered()).as("remembered while nothing changed").isTrue();
        assertThat(again.text()).isEqualTo(truth);
    }

    @Test
    void aWholeWorkspaceAnswerSeesClickHouseFilesTheConfigurationAndTheBaseline() throws IOException {
        Path clickhouse = Files.createDirectories(root.resolve("migrations/clickhouse"));
        Files.writeString(clickhouse.resolve("001_a.sql"), "CREATE TABLE a (x UInt8) ENGINE = Log;\n");
        Path baseline = root.resolve(".migration-lsp/baseline.json");
        assertWholeRecomputedThenRemembered(baseline);

        // a ClickHouse file edited, added, removed
        Files.writeString(clickhouse.resolve("001_a.sql"), "CREATE TABLE a (x UInt16) ENGINE = Log;\n");
        assertWholeRecomputedThenRemembered(baseline);
        Path second = Files.writeString(clickhouse.resolve("002_b.sql"), "SELECT 1;\n");
        assertWholeRecomputedThenRemembered(baseline);
        Files.delete(second);
        assertWholeRecomputedThenRemembered(baseline);

        // the configuration: a rule's severity, in a file the histories do not depend on
        Files.writeString(root.resolve(".migration-lsp.toml"), "[rules]\nmissing-org-id = \"off\"\n");
        assertWholeRecomputedThenRemembered(baseline);
        Files.writeString(root.resolve(".migration-lsp.toml"), "[rules]\nmissing-org-id = \"info\"\n");
        assertWholeRecomputedThenRemembered(baseline);

        // the baseline: created, then changed
        Files.createDirectories(baseline.getParent());
        Files.writeString(baseline, "{\"findings\": []}");
        assertWholeRecomputedThenRemembered(baseline);
        Files.writeString(baseline, "{\"findings\": [ ]}");
        assertWholeRecomputedThenRemembered(baseline);

        // and a revision file, as for heads
        Files.writeString(versions.resolve("0003_c.py"), "revision = '0003'\ndown_revision = '0001'\n");
        assertWholeRecomputedThenRemembered(baseline);

        // each command keeps its own answer
        assertThat(ask("heads").remembered()).isFalse();
        settle();
        assertThat(askWhole("check", baseline).remembered()).isTrue();
    }

    @Test
    void aWholeWorkspaceKeyIsTheSameInEveryRun() {
        // Set.copyOf and Map.copyOf iterate in an order that changes between JVM runs: the key writes them sorted
        WorkspaceConfig config = new ConfigLoader().load(root, Map.of());
        java.util.Set<String> tables = new java.util.LinkedHashSet<>(List.of("b", "a", "c"));
        java.util.Set<String> reversed = new java.util.LinkedHashSet<>(List.of("c", "a", "b"));
        StringBuilder one = new StringBuilder();
        CanonicalText.append(one, tables);
        StringBuilder two = new StringBuilder();
        CanonicalText.append(two, reversed);
        assertThat(one).hasToString(two.toString());
        StringBuilder whole = new StringBuilder();
        CanonicalText.append(whole, config);
        // every component of the configuration is written, by name
        for (var c : WorkspaceConfig.class.getRecordComponents()) {
            assertThat(whole.toString()).contains(c.getName() + "=");
        }
        StringBuilder changed = new StringBuilder();
        CanonicalText.append(changed, new ConfigLoader().load(root, Map.of("postgres-version", 16)));
        assertThat(changed.toString()).isNotEqualTo(whole.toString());
    }
}

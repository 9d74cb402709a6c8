package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.migrationlsp.alembic.HistoryGenerator.History;
import dev.migrationlsp.alembic.HistoryGenerator.Revision;
import dev.migrationlsp.alembic.HistoryGenerator.Shape;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against real Alembic (Debian's python3-alembic): for many seeded random histories, the heads and
 * each head's branch labels from our static {@link RevisionGraph} (built through {@link Workspace} exactly as the
 * {@code heads} command builds it) must equal what Alembic computes by importing the files.
 *
 * <p>Reproduce a failure with {@code -Dmigrationlsp.differential.seeds=N} / {@code -Dmigrationlsp.differential.firstSeed=S}
 * and {@code HistoryGenerator.writeProject(HistoryGenerator.generate(S, size, Shape.DIFFERENTIAL), dir, ...)}; the
 * failure message names the seed and size. Alembic's Python is {@code /usr/bin/python3} unless
 * {@code MIGRATIONLSP_ALEMBIC_PYTHON} says otherwise. With the env var {@code CI} set, a missing Alembic fails the test.
 */
class AlembicDifferentialTest {
    static final int SEEDS = Integer.getInteger("migrationlsp.differential.seeds", 200);
    static final long FIRST_SEED = Long.getLong("migrationlsp.differential.firstSeed", 1L);
    static final int MAX_SIZE = 60;
    static final String PYTHON = System.getenv().getOrDefault("MIGRATIONLSP_ALEMBIC_PYTHON", "/usr/bin/python3");
    private static final long PROCESS_DEADLINE_SECONDS = 120;

    static int sizeFor(long seed) {
        return 1 + new Random(seed ^ 0x5DEECE66DL).nextInt(MAX_SIZE);
    }

    static History history(long seed) {
        return HistoryGenerator.generate(seed, sizeFor(seed), Shape.DIFFERENTIAL);
    }

    @BeforeAll
    static void requireAlembic() {
        String problem = alembicProblem();
        if (problem != null && System.getenv("CI") != null) {
            fail("CI is set but Alembic is not usable: " + problem
                    + " (install Debian's python3-alembic, or point MIGRATIONLSP_ALEMBIC_PYTHON at a Python with alembic)");
        }
        assumeTrue(problem == null, () -> "Alembic not available, differential test skipped: " + problem);
    }

    /** Null when {@code PYTHON -c "import alembic"} works, otherwise what went wrong. */
    private static String alembicProblem() {
        try {
            Result r = run(List.of(PYTHON, "-c", "import alembic, sys; sys.stdout.write(alembic.__version__)"), null);
            return r.exit == 0 ? null : PYTHON + " cannot import alembic: " + r.err.strip();
        } catch (IOException e) {
            return "cannot run " + PYTHON + ": " + e.getMessage();
        }
    }

    @Test
    void headsAndBranchLabelsAgreeWithAlembic(@TempDir Path tmp) throws IOException {
        Map<Path, History> byDir = new LinkedHashMap<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            History h = history(seed);
            byDir.put(HistoryGenerator.writeProject(h, tmp.resolve("seed-" + seed), Shape.DIFFERENTIAL), h);
        }
        Map<Path, JsonObject> alembic = alembicHeads(new ArrayList<>(byDir.keySet()));

        List<String> mismatches = new ArrayList<>();
        int multiHead = 0;
        int labeledHeads = 0;
        int withDepends = 0;
        int merges = 0;
        for (Map.Entry<Path, History> e : byDir.entrySet()) {
            History h = e.getValue();
            String where = "seed " + h.seed() + " (size " + h.revisions().size() + ", " + h.scheme() + " ids, " + e.getKey() + ")";
            JsonObject result = alembic.get(e.getKey());
            if (result == null || result.has("error")) {
                mismatches.add(where + ": Alembic rejected the generated history: "
                        + (result == null ? "no output" : result.get("error").getAsString()));
                continue;
            }
            Map<String, List<String>> theirs = new TreeMap<>();
            for (Map.Entry<String, JsonElement> head : result.getAsJsonObject("heads").entrySet()) {
                List<String> labels = new ArrayList<>();
                head.getValue().getAsJsonArray().forEach(l -> labels.add(l.getAsString()));
                theirs.put(head.getKey(), labels);
            }
            Map<String, List<String>> ours = ourHeads(e.getKey());
            if (!ours.equals(theirs)) {
                mismatches.add(where + ":\n    alembic: " + theirs + "\n    ours:    " + ours);
            }
            if (!theirs.keySet().equals(h.modelHeads())) {
                mismatches.add(where + ": the generator's model heads " + h.modelHeads() + " differ from Alembic's "
                        + theirs.keySet());
            }
            multiHead += theirs.size() > 1 ? 1 : 0;
            labeledHeads += theirs.values().stream().anyMatch(l -> !l.isEmpty()) ? 1 : 0;
            withDepends += h.revisions().stream().anyMatch(r -> !r.dependsOn().isEmpty()) ? 1 : 0;
            merges += h.revisions().stream().anyMatch(r -> r.downRevisions().size() > 1) ? 1 : 0;
        }
        assertThat(mismatches).as("histories where our heads differ from Alembic's").isEmpty();
        // the comparison only means something if the histories exercise the interesting cases
        assertThat(multiHead).as("histories with several heads").isGreaterThanOrEqualTo(SEEDS / 4);
        assertThat(labeledHeads).as("histories with labeled heads").isGreaterThanOrEqualTo(SEEDS / 4);
        assertThat(withDepends).as("histories with depends_on").isGreaterThanOrEqualTo(SEEDS / 4);
        assertThat(merges).as("histories with merges").isGreaterThanOrEqualTo(SEEDS / 4);
    }

    /**
     * The batch driver reads Alembic's {@code ScriptDirectory} directly; this checks that it reports what the real
     * {@code alembic heads} command prints, on histories with several heads, labels and {@code depends_on}.
     */
    @Test
    void driverAgreesWithTheAlembicHeadsCommand(@TempDir Path tmp) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (long seed = FIRST_SEED; dirs.size() < 4 && seed < FIRST_SEED + 500; seed++) {
            History h = history(seed);
            boolean interesting = h.modelHeads().size() > 1
                    && h.revisions().stream().anyMatch(r -> !r.branchLabels().isEmpty())
                    && h.revisions().stream().anyMatch(r -> !r.dependsOn().isEmpty());
            if (interesting) {
                dirs.add(HistoryGenerator.writeProject(h, tmp.resolve("seed-" + seed), Shape.DIFFERENTIAL));
            }
        }
        assertThat(dirs).hasSize(4);
        Map<Path, JsonObject> driver = alembicHeads(dirs);
        for (Path dir : dirs) {
            Result cli = run(List.of(PYTHON, "-m", "alembic", "-c", dir.resolve("alembic.ini").toString(), "heads"), null);
            assertThat(cli.exit).as("alembic heads in %s: %s", dir, cli.err).isZero();
            // `alembic heads` prints "<rev> (<label>, <label>) (head)" or "... (effective head)" per head
            Map<String, List<String>> printed = new TreeMap<>();
            for (String line : cli.out.strip().split("\n")) {
                String rev = line.split(" ", 2)[0];
                String rest = line.substring(rev.length()).replace("(effective head)", "").replace("(head)", "").strip();
                List<String> labels = rest.isEmpty() ? List.of()
                        : new ArrayList<>(new TreeSet<>(List.of(rest.substring(1, rest.length() - 1).split(", "))));
                printed.put(rev, labels);
            }
            Map<String, List<String>> fromDriver = new TreeMap<>();
            driver.get(dir).getAsJsonObject("heads").entrySet().forEach(en -> {
                List<String> labels = new ArrayList<>();
                en.getValue().getAsJsonArray().forEach(l -> labels.add(l.getAsString()));
                fromDriver.put(en.getKey(), labels);
            });
            assertThat(fromDriver).as("driver vs `alembic heads` in %s", dir).isEqualTo(printed);
            assertThat(printed.size()).isGreaterThan(1);
        }
    }

    /** The hand-written graph fixtures that Alembic accepts (the others are broken on purpose) give the same heads. */
    @Test
    void validGraphFixturesAgreeWithAlembic() throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (String name : List.of("labeled-branches", "third-head", "two-heads", "merged")) {
            dirs.add(Path.of(AlembicDifferentialTest.class.getResource("/graph/" + name).toURI()));
        }
        Map<Path, JsonObject> alembic = alembicHeads(dirs);
        for (Path dir : dirs) {
            JsonObject result = alembic.get(dir);
            assertThat(result.has("error")).as("Alembic on %s: %s", dir, result).isFalse();
            Map<String, List<String>> theirs = new TreeMap<>();
            result.getAsJsonObject("heads").entrySet().forEach(en -> {
                List<String> labels = new ArrayList<>();
                en.getValue().getAsJsonArray().forEach(l -> labels.add(l.getAsString()));
                theirs.put(en.getKey(), labels);
            });
            assertThat(ourHeads(dir)).as("heads of %s", dir.getFileName()).isEqualTo(theirs);
        }
    }

    /** The graph path uses the fast scanner, open files use tree-sitter: both must read every file identically. */
    @Test
    void scannerAndTreeSitterReadTheSameHeaderFromEveryGeneratedFile() {
        AlembicParser parser = new AlembicParser(new PythonParser());
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            History h = history(seed);
            Map<String, String> rendered = HistoryGenerator.render(h, Shape.DIFFERENTIAL);
            for (Revision r : h.revisions()) {
                String text = rendered.get(r.fileName());
                RevisionHeader scanned = RevisionHeaderScanner.scan(text);
                RevisionHeader parsed = parser.parse(new SourceText(text)).header();
                files++;
                if (!scanned.equals(parsed)) {
                    mismatches.add("seed " + h.seed() + " " + r.fileName() + ":\n  scanner:     " + scanned
                            + "\n  tree-sitter: " + parsed + "\n--- file ---\n" + text);
                } else if (!scanned.revisionId().equals(java.util.Optional.of(r.id()))
                        || !scanned.downRevisions().equals(r.downRevisions())
                        || !scanned.labels().equals(r.branchLabels())
                        || !scanned.dependsOnIds().equals(r.dependsOn())) {
                    mismatches.add("seed " + h.seed() + " " + r.fileName() + ": header " + scanned
                            + " does not match the generated revision " + r + "\n--- file ---\n" + text);
                }
            }
        }
        assertThat(files).isGreaterThan(SEEDS * 10);
        assertThat(mismatches).as("files where the scanner and tree-sitter disagree").isEmpty();
    }

    /** Our heads as the CLI computes them: revision to its (inherited) branch labels, sorted. */
    private static Map<String, List<String>> ourHeads(Path root) {
        WorkspaceSnapshot snapshot = new Workspace(root, new ConfigLoader()).load(Map.of());
        RevisionGraph graph = snapshot.revisionGraph();
        Map<String, List<String>> out = new TreeMap<>();
        for (RevisionGraph.Node head : graph.heads()) {
            out.put(head.revision(), new ArrayList<>(graph.inheritedLabels(head)));
        }
        return out;
    }

    /** Runs the batch driver once for all directories. */
    private static Map<Path, JsonObject> alembicHeads(List<Path> dirs) throws IOException {
        Path driver = Files.createTempFile("heads_driver", ".py");
        try (InputStream in = AlembicDifferentialTest.class.getResourceAsStream("/alembic/heads_driver.py")) {
            assertThat(in).as("heads_driver.py on the test classpath").isNotNull();
            Files.write(driver, in.readAllBytes());
            List<String> cmd = new ArrayList<>(List.of(PYTHON, driver.toString()));
            dirs.forEach(d -> cmd.add(d.toString()));
            Result r = run(cmd, null);
            assertThat(r.exit).as("heads_driver.py failed: %s", r.err).isZero();
            Map<Path, JsonObject> out = new LinkedHashMap<>();
            for (String line : r.out.split("\n")) {
                if (!line.isBlank()) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    out.put(Path.of(o.get("dir").getAsString()), o);
                }
            }
            return out;
        } finally {
            Files.deleteIfExists(driver);
        }
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> cmd, Path cwd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        Process p = pb.start();
        p.getOutputStream().close();
        // drain both streams concurrently so a chatty process cannot block on a full pipe
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try {
            if (!p.waitFor(PROCESS_DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out after " + PROCESS_DEADLINE_SECONDS + " s: " + String.join(" ", cmd.subList(0, Math.min(3, cmd.size()))));
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException(e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

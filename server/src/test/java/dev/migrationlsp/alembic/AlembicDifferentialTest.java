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
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.Rules;
import dev.migrationlsp.rules.WorkspaceRule;
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
            fail(
                    "CI is set but Alembic is not usable: " + problem
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
            String where = "seed " + h.seed() + " (size " + h.revisions().size() + ", " + h.scheme() + " ids, "
                    + e.getKey() + ")";
            JsonObject result = alembic.get(e.getKey());
            if (result == null || result.has("error")) {
                mismatches.add(where + ": Alembic rejected the generated history: "
                        + (result == null ? "no output" : result.get("error").getAsString()));
                continue;
            }
            Map<String, List<String>> theirs = new TreeMap<>();
            for (Map.Entry<String, JsonElement> head :
                    result.getAsJsonObject("heads").entrySet()) {
                List<String> labels = new ArrayList<>();
                head.getValue().getAsJsonArray().forEach(l -> labels.add(l.getAsString()));
                theirs.put(head.getKey(), labels);
            }
            Map<String, List<String>> ours = ourHeads(e.getKey());
            if (!ours.equals(theirs)) {
                mismatches.add(where + ":\n    alembic: " + theirs + "\n    ours:    " + ours);
            }
            // Alembic accepted the history, so the rules that mirror its errors must stay quiet; the generator also
            // writes docstrings and file names that agree with the variables
            List<Finding> unexpected = graphFindings(e.getKey()).stream()
                    .filter(f -> f.code() != RuleCode.MULTIPLE_HEADS)
                    .toList();
            if (!unexpected.isEmpty()) {
                mismatches.add(where + ": findings on a history Alembic accepts: "
                        + unexpected.stream()
                                .map(f -> f.code().id() + " " + f.file().getFileName() + " " + f.message())
                                .toList());
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
        assertThat(mismatches)
                .as("histories where our heads differ from Alembic's")
                .isEmpty();
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
            Result cli = run(
                    List.of(
                            PYTHON,
                            "-m",
                            "alembic",
                            "-c",
                            dir.resolve("alembic.ini").toString(),
                            "heads"),
                    null);
            assertThat(cli.exit).as("alembic heads in %s: %s", dir, cli.err).isZero();
            // `alembic heads` prints "<rev> (<label>, <label>) (head)" or "... (effective head)" per head
            Map<String, List<String>> printed = new TreeMap<>();
            for (String line : cli.out.strip().split("\n")) {
                String rev = line.split(" ", 2)[0];
                String rest = line.substring(rev.length())
                        .replace("(effective head)", "")
                        .replace("(head)", "")
                        .strip();
                List<String> labels = rest.isEmpty()
                        ? List.of()
                        : new ArrayList<>(new TreeSet<>(
                                List.of(rest.substring(1, rest.length() - 1).split(", "))));
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
        for (String name :
                List.of("labeled-branches", "labeled-branches-with-merges", "third-head", "two-heads", "merged")) {
            dirs.add(Path.of(
                    AlembicDifferentialTest.class.getResource("/graph/" + name).toURI()));
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

    enum Defect {
        MISSING_PARENT,
        DUPLICATE_REVISION,
        CYCLE,
        UNKNOWN_DEPENDENCY
    }

    /**
     * Histories with one defect each: Alembic must refuse them (the driver turns its warnings into errors; cycles
     * through a merge are the exception, see below), and the graph rule for that defect must report it.
     */
    @Test
    void brokenHistoriesAreRefusedByAlembicAndReportedByTheMatchingRule(@TempDir Path tmp) throws IOException {
        Map<Path, Defect> defects = new LinkedHashMap<>();
        Map<Path, Long> seeds = new LinkedHashMap<>();
        int perDefect = Math.max(5, SEEDS / 10);
        long seed = FIRST_SEED + 100_000;
        for (Defect d : Defect.values()) {
            int made = 0;
            while (made < perDefect) {
                seed++;
                History broken = breakHistory(
                        HistoryGenerator.generate(seed, 2 + sizeFor(seed), Shape.DIFFERENTIAL), d, new Random(seed));
                if (broken == null) {
                    continue; // this history has no place for the defect
                }
                Path dir = HistoryGenerator.writeProject(broken, tmp.resolve(d + "-" + seed), Shape.DIFFERENTIAL);
                defects.put(dir, d);
                seeds.put(dir, seed);
                made++;
            }
        }
        Map<Path, JsonObject> alembic = alembicHeads(new ArrayList<>(defects.keySet()));
        RuleCode[] expected = {
            RuleCode.UNKNOWN_DOWN_REVISION,
            RuleCode.DUPLICATE_REVISION,
            RuleCode.REVISION_CYCLE,
            RuleCode.UNKNOWN_DOWN_REVISION
        };
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<Path, Defect> e : defects.entrySet()) {
            String where = e.getValue() + " seed " + seeds.get(e.getKey()) + " (" + e.getKey() + ")";
            // Alembic 1.8.1 misses a cycle that runs through a merge revision with a parent outside the cycle (its
            // check only looks for revisions unreachable from the heads or the bases); we report those too
            if (!alembic.get(e.getKey()).has("error") && e.getValue() != Defect.CYCLE) {
                mismatches.add(where + ": Alembic accepted it: " + alembic.get(e.getKey()));
            }
            RuleCode want = expected[e.getValue().ordinal()];
            List<RuleCode> got = graphFindings(e.getKey()).stream()
                    .map(Finding::code)
                    .distinct()
                    .toList();
            if (!got.contains(want)) {
                mismatches.add(where + ": expected " + want.id() + ", our rules reported " + got);
            }
        }
        assertThat(mismatches).as("broken histories").isEmpty();
    }

    /** A copy of {@code h} with one defect of kind {@code d}, or null when {@code h} has no place for it. */
    static History breakHistory(History h, Defect d, Random rnd) {
        List<Revision> revs = new ArrayList<>(h.revisions());
        String unknown = h.scheme() == HistoryGenerator.IdScheme.SEQUENTIAL ? "9999" : "deadbeef0000";
        switch (d) {
            case MISSING_PARENT -> {
                List<Integer> withParent = new ArrayList<>();
                for (int i = 0; i < revs.size(); i++) {
                    if (!revs.get(i).downRevisions().isEmpty()) {
                        withParent.add(i);
                    }
                }
                if (withParent.isEmpty()) {
                    return null;
                }
                int i = withParent.get(rnd.nextInt(withParent.size()));
                Revision r = revs.get(i);
                List<String> downs = new ArrayList<>(r.downRevisions());
                downs.set(rnd.nextInt(downs.size()), unknown);
                revs.set(i, new Revision(r.id(), downs, r.branchLabels(), r.dependsOn(), r.slug()));
            }
            case DUPLICATE_REVISION -> {
                // the copy goes on a revision nothing refers to, so the duplicate is the only defect
                java.util.Set<String> referenced = new java.util.HashSet<>();
                revs.forEach(r -> {
                    referenced.addAll(r.downRevisions());
                    referenced.addAll(r.dependsOn());
                });
                List<Integer> free = new ArrayList<>();
                for (int i = 1; i < revs.size(); i++) {
                    if (!referenced.contains(revs.get(i).id())
                            && revs.get(i).branchLabels().isEmpty()) {
                        free.add(i);
                    }
                }
                if (free.isEmpty()) {
                    return null;
                }
                int i = free.get(rnd.nextInt(free.size()));
                Revision r = revs.get(i);
                String copied = revs.get(rnd.nextInt(i)).id();
                revs.set(
                        i, new Revision(copied, r.downRevisions(), r.branchLabels(), r.dependsOn(), r.slug() + "_dup"));
            }
            case CYCLE -> {
                // point an ancestor's down_revision at one of its descendants
                for (int attempt = 0; attempt < 20; attempt++) {
                    int i = rnd.nextInt(revs.size());
                    List<Integer> descendants = new ArrayList<>();
                    java.util.Set<String> reach =
                            new java.util.HashSet<>(List.of(revs.get(i).id()));
                    for (int j = i + 1; j < revs.size(); j++) { // revisions come in creation (topological) order
                        if (revs.get(j).downRevisions().stream().anyMatch(reach::contains)) {
                            reach.add(revs.get(j).id());
                            descendants.add(j);
                        }
                    }
                    if (!descendants.isEmpty()) {
                        Revision r = revs.get(i);
                        String target = revs.get(descendants.get(rnd.nextInt(descendants.size())))
                                .id();
                        revs.set(i, new Revision(r.id(), List.of(target), r.branchLabels(), r.dependsOn(), r.slug()));
                        return new History(h.seed(), h.scheme(), revs);
                    }
                }
                return null;
            }
            case UNKNOWN_DEPENDENCY -> {
                int i = rnd.nextInt(revs.size());
                Revision r = revs.get(i);
                List<String> depends = new ArrayList<>(r.dependsOn());
                depends.add("no_such_branch");
                revs.set(i, new Revision(r.id(), r.downRevisions(), r.branchLabels(), depends, r.slug()));
            }
            default -> throw new IllegalArgumentException(d.toString());
        }
        return new History(h.seed(), h.scheme(), revs);
    }

    private static final List<WorkspaceRule> GRAPH_RULES = Rules.revisionGraph().workspaceRules();

    /** Every revision-graph rule's findings on the workspace at {@code root}. */
    private static List<Finding> graphFindings(Path root) {
        WorkspaceSnapshot snapshot = new Workspace(root, new ConfigLoader()).load(Map.of());
        List<Finding> out = new ArrayList<>();
        GRAPH_RULES.forEach(r -> out.addAll(r.check(snapshot, CancelChecker.NEVER)));
        return out;
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
        Map<Path, JsonObject> out = new LinkedHashMap<>();
        alembicHeadsOf(dirs.stream().map(Path::toString).toList()).forEach((k, v) -> out.put(Path.of(k), v));
        return out;
    }

    /** Runs the batch driver once for all arguments (directories or JSON specs, see heads_driver.py), by id. */
    static Map<String, JsonObject> alembicHeadsOf(List<String> args) throws IOException {
        Path driver = Files.createTempFile("heads_driver", ".py");
        try (InputStream in = AlembicDifferentialTest.class.getResourceAsStream("/alembic/heads_driver.py")) {
            assertThat(in).as("heads_driver.py on the test classpath").isNotNull();
            Files.write(driver, in.readAllBytes());
            List<String> cmd = new ArrayList<>(List.of(PYTHON, driver.toString()));
            cmd.addAll(args);
            Result r = run(cmd, null);
            assertThat(r.exit).as("heads_driver.py failed: %s", r.err).isZero();
            Map<String, JsonObject> out = new LinkedHashMap<>();
            for (String line : r.out.split("\n")) {
                if (!line.isBlank()) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    out.put(o.get("dir").getAsString(), o);
                }
            }
            return out;
        } finally {
            Files.deleteIfExists(driver);
        }
    }

    record Result(int exit, String out, String err) {}

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
                fail("timed out after " + PROCESS_DEADLINE_SECONDS + " s: "
                        + String.join(" ", cmd.subList(0, Math.min(3, cmd.size()))));
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

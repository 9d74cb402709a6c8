package dev.migrationlsp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.testing.Deadlines;
import dev.migrationlsp.testing.Examples;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of the whole analysis pipeline (every bound rule) over the example migrations: truncation,
 * deleted, inserted and duplicated tokens, unbalanced brackets and quotes, replacement characters from invalid UTF-8,
 * very long lines, deep nesting, and one multi-megabyte file. No rule may throw, every range lies inside its document,
 * every file is analysed within a bound, and every offered fix applies cleanly and can be analysed again.
 */
class AnalysisFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 400);
    private static final String[] TOKENS = {
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "\"",
        "'",
        "\"\"\"",
        ",",
        ":",
        "=",
        "\n",
        "    ",
        "#",
        "--",
        ";",
        "/*",
        "*/",
        "op.create_table(",
        "sa.Column(",
        "sa.String(",
        "primary_key=True",
        "None",
        "def ",
        "revision = ",
        "down_revision = (",
        "ENGINE = ",
        "CREATE TABLE ",
        "ORDER BY (",
        "\\",
        "\uFFFD",
        "😀",
        "\t",
        "\r\n"
    };

    @TempDir
    Path root;

    private final Analyzer analyzer = new CoreWiring().analyzer();

    private List<Path> copyExamples() {
        List<Path> files = new ArrayList<>();
        for (Path t : Examples.copyInto(root)) {
            String name = t.toString();
            if ((name.contains("versions") || name.contains("clickhouse"))
                    && (name.endsWith(".py") || name.endsWith(".sql"))
                    && !name.endsWith("env.py")) {
                files.add(t);
            }
        }
        return files;
    }

    @Test
    void mutatedMigrationsNeverBreakTheAnalysis() throws Exception {
        List<Path> files = copyExamples();
        assertThat(files).hasSizeGreaterThan(5);
        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        Random rnd = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Path file = files.get(rnd.nextInt(files.size()));
            String original = Files.readString(file);
            String mutated = mutate(original, rnd);
            WorkspaceSnapshot snap = ws.change(file, round + 1, mutated);
            checkFile(snap, file, "seed " + SEED + " round " + round);
            ws.close(file);
        }
        assertThat(analyzer.ruleFailures())
                .as("rules that threw (see the log for the stack traces)")
                .isZero();
    }

    @Test
    void aMultiMegabyteFileIsAnalysedWithinABound() throws Exception {
        List<Path> files = copyExamples();
        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        for (Path file : List.of(
                files.stream()
                        .filter(p ->
                                p.toString().endsWith(".py") && p.toString().contains("versions"))
                        .findFirst()
                        .orElseThrow(),
                files.stream()
                        .filter(p -> p.toString().endsWith(".sql"))
                        .findFirst()
                        .orElseThrow())) {
            String original = Files.readString(file);
            StringBuilder big = new StringBuilder(original);
            while (big.length() < 5_000_000) {
                big.append(original, original.length() / 2, original.length());
            }
            big.append("(".repeat(2000)).append("\"x".repeat(1000));
            // CPU time of this thread, which the machine's load does not inflate (analysis runs on the caller)
            long cpu = Deadlines.cpuMillis(
                    () -> checkFile(ws.change(file, 1, big.toString()), file, "5 MB " + file.getFileName()));
            assertThat(cpu).as("CPU ms to analyse 5 MB").isLessThan(30_000);
            ws.close(file);
        }
        assertThat(analyzer.ruleFailures()).isZero();
    }

    private void checkFile(WorkspaceSnapshot snap, Path file, String context) {
        List<List<Finding>> result = new ArrayList<>(1);
        long cpu = Deadlines.cpuMillis(() -> result.add(analyzer.analyze(snap, file, CancelChecker.NEVER)));
        assertThat(cpu).as(context + ": analysis CPU time (ms)").isLessThan(10_000);
        List<Finding> findings = result.get(0);
        Document d = snap.document(file).orElseThrow();
        int len = d.text().length();
        for (Finding f : findings) {
            assertThat(f.span().startOffset()).as(context + " " + f).isBetween(0, len);
            assertThat(f.span().endOffset())
                    .as(context + " " + f)
                    .isBetween(f.span().startOffset(), len);
            for (Fix fix : f.fixes()) {
                String applied = apply(d, fix, context + " " + f.code().id() + " fix '" + fix.title() + "'");
                if (applied != null) {
                    // the fixed text must be analysable too
                    Workspace scratch = new Workspace(root, new ConfigLoader());
                    scratch.load(Map.of());
                    analyzer.analyze(scratch.change(file, 1, applied), file, CancelChecker.NEVER);
                }
            }
        }
    }

    /** Applies the fix's text edits to this document; checks they are in range and do not overlap. */
    private static String apply(Document d, Fix fix, String context) {
        List<Edit.Replace> reps = new ArrayList<>();
        for (Edit e : fix.edits()) {
            if (e instanceof Edit.Replace r && r.file().equals(d.path())) {
                assertThat(r.startOffset()).as(context).isBetween(0, d.text().length());
                assertThat(r.endOffset())
                        .as(context)
                        .isBetween(r.startOffset(), d.text().length());
                reps.add(r);
            }
        }
        reps.sort(Comparator.comparingInt(Edit.Replace::startOffset));
        for (int i = 1; i < reps.size(); i++) {
            assertThat(reps.get(i).startOffset())
                    .as(context + ": overlapping edits")
                    .isGreaterThanOrEqualTo(reps.get(i - 1).endOffset());
        }
        if (reps.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(d.text().text());
        for (int i = reps.size() - 1; i >= 0; i--) {
            sb.replace(
                    reps.get(i).startOffset(),
                    reps.get(i).endOffset(),
                    reps.get(i).newText());
        }
        return sb.toString();
    }

    static String mutate(String s, Random rnd) {
        String out = s;
        int steps = 1 + rnd.nextInt(4);
        for (int i = 0; i < steps && !out.isEmpty(); i++) {
            int at = rnd.nextInt(out.length() + 1);
            switch (rnd.nextInt(8)) {
                case 0 -> out = out.substring(0, at); // truncation
                case 1 -> { // delete a run
                    int end = Math.min(out.length(), at + 1 + rnd.nextInt(20));
                    out = out.substring(0, at) + out.substring(end);
                }
                case 2 -> out = out.substring(0, at) + TOKENS[rnd.nextInt(TOKENS.length)] + out.substring(at); // insert
                case 3 -> { // duplicate a run
                    int end = Math.min(out.length(), at + 1 + rnd.nextInt(60));
                    out = out.substring(0, end) + out.substring(at, end) + out.substring(end);
                }
                case 4 -> out = out.substring(0, at) + "x".repeat(20_000) + out.substring(at); // very long line
                case 5 ->
                    out = out.substring(0, at) + "(".repeat(500) + "[".repeat(300) + out.substring(at); // deep nesting
                case 6 ->
                    out = out.substring(0, at) + "\uFFFD\uFFFD" + out.substring(at); // what invalid UTF-8 decodes to
                default ->
                    out = out.replace(rnd.nextBoolean() ? "\"" : ")", ""); // unbalance quotes or brackets everywhere
            }
        }
        return out;
    }
}

package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.analysis.IgnoreComments;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.testing.ChdbReplay;
import dev.migrationlsp.workspace.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real ClickHouse runs what the quick fixes write: every fix of every rule case ({@code clickhouse/rules/cases.sql}),
 * the "ignore this rule here" edit of every finding, and the migration-numbering renames are applied to a history that
 * real ClickHouse (chdb) runs cleanly; the fixed history, replayed in the runner's order, must run cleanly too.
 */
class ClickHouseFixesChdbTest {
    private static final String FILE = "001_case.sql";

    @TempDir
    Path tmp;

    private record Probe(String label, RuleCode code, List<String> before, List<String> after) {}

    private int workspaces;

    private ClickHouseWorkspace caseWorkspace(ClickHouseRuleCasesTest.RuleCase c) {
        ClickHouseRuleCasesTest cases = new ClickHouseRuleCasesTest();
        cases.tmp = tmp.resolve("case" + workspaces++);
        return cases.workspace().file(FILE, c.text());
    }

    @Test
    void everyFixAppliedToACleanHistoryStillRunsInRealClickHouse() throws IOException {
        List<Probe> probes = new ArrayList<>();
        Set<RuleCode> withFixes = EnumSet.noneOf(RuleCode.class);
        for (ClickHouseRuleCasesTest.RuleCase c :
                ClickHouseRuleCasesTest.cases().toList()) {
            ClickHouseWorkspace ws = caseWorkspace(c);
            Path file = ws.path(FILE);
            List<String> before = ChdbReplay.runnerStatements(ws.migrations);
            for (Finding f : ws.findings(FILE)) {
                for (Fix fix : f.fixes()) {
                    withFixes.add(f.code());
                    ws.file(FILE, ClickHouseWorkspace.apply(c.text(), fix, file));
                    probes.add(new Probe(
                            c + " / " + fix.title(), f.code(), before, ChdbReplay.runnerStatements(ws.migrations)));
                    ws.file(FILE, c.text());
                }
                Document doc = ws.snapshot().document(file).orElseThrow();
                var ignore =
                        IgnoreComments.forLine(doc, f.code(), f.span().start().line());
                if (ignore.isPresent()) {
                    Fix asFix = new Fix(
                            ignore.get().title(), true, List.of(ignore.get().edit()));
                    ws.file(FILE, ClickHouseWorkspace.apply(c.text(), asFix, file));
                    probes.add(new Probe(
                            c + " / " + asFix.title(), null, before, ChdbReplay.runnerStatements(ws.migrations)));
                    ws.file(FILE, c.text());
                }
            }
        }
        probes.addAll(numberingRenames());
        withFixes.add(RuleCode.MIGRATION_NUMBERING);

        List<List<String>> histories = new ArrayList<>();
        probes.forEach(p -> {
            histories.add(p.before());
            histories.add(p.after());
        });
        List<ChdbReplay.Replayed> replayed = ChdbReplay.replay(histories);

        Set<RuleCode> exercised = EnumSet.noneOf(RuleCode.class);
        int ignoreEdits = 0;
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            if (!replayed.get(2 * i).failures().isEmpty()) {
                if (System.getenv("CHDB_DEBUG") != null) {
                    System.err.println(
                            "SKIP " + p.label() + ":\n" + replayed.get(2 * i).failures());
                }
                continue; // the case itself is SQL that ClickHouse refuses (a syntax-error or unknown-table case)
            }
            assertThat(replayed.get(2 * i + 1).failures()).as(p.label()).isEmpty();
            if (p.code() == null) {
                ignoreEdits++;
            } else {
                exercised.add(p.code());
            }
        }
        assertThat(exercised)
                .as("every rule with a fix is exercised on a history ClickHouse runs")
                .isEqualTo(withFixes);
        assertThat(withFixes)
                .contains(
                        RuleCode.MUTABLE_TABLE_ENGINE,
                        RuleCode.ROLLUP_ENGINE,
                        RuleCode.ROLLUP_PARTITION,
                        RuleCode.ROLLUP_COUNTER_TYPE,
                        RuleCode.MISSING_IF_NOT_EXISTS,
                        RuleCode.HEADER_COMMENT);
        assertThat(ignoreEdits).isGreaterThan(10);
    }

    /** A collision and a gap, each renamed by its fix: the runner then applies the files in the new name order. */
    private List<Probe> numberingRenames() throws IOException {
        List<Probe> out = new ArrayList<>();
        String create =
                "-- 000_a.sql\nCREATE TABLE IF NOT EXISTS t (org_id String, a UInt8) ENGINE = MergeTree ORDER BY org_id;\n";
        String[][] layouts = {
            {
                "001_b.sql",
                "ALTER TABLE t ADD COLUMN IF NOT EXISTS b UInt8;\n",
                "001_c.sql",
                "ALTER TABLE t ADD COLUMN IF NOT EXISTS c UInt8 AFTER a;\n"
            },
            {"002_b.sql", "ALTER TABLE t ADD COLUMN IF NOT EXISTS b UInt8;\n"},
        };
        for (String[] layout : layouts) {
            ClickHouseWorkspace ws =
                    new ClickHouseWorkspace(tmp.resolve("numbering" + workspaces++)).file("000_a.sql", create);
            for (int i = 0; i < layout.length; i += 2) {
                ws.file(layout[i], "-- " + layout[i] + "\n" + layout[i + 1]);
            }
            List<String> before = ChdbReplay.runnerStatements(ws.migrations);
            List<Finding> numbering = ws.all().stream()
                    .filter(f -> f.code() == RuleCode.MIGRATION_NUMBERING)
                    .toList();
            assertThat(numbering).isNotEmpty();
            for (Finding f : numbering) {
                for (Fix fix : f.fixes()) {
                    Path scratch = tmp.resolve("renamed" + workspaces++);
                    Files.createDirectories(scratch);
                    try (var files = Files.list(ws.migrations)) {
                        for (Path p : files.toList()) {
                            Files.copy(p, scratch.resolve(p.getFileName()));
                        }
                    }
                    for (Edit e : fix.edits()) {
                        if (e instanceof Edit.Replace r) {
                            Path copy = scratch.resolve(r.file().getFileName());
                            Files.writeString(
                                    copy,
                                    ClickHouseWorkspace.apply(
                                            Files.readString(r.file()),
                                            new Fix(fix.title(), fix.safe(), List.of(r)),
                                            r.file()));
                        }
                    }
                    for (Edit e : fix.edits()) {
                        if (e instanceof Edit.Rename r) {
                            Files.move(
                                    scratch.resolve(r.file().getFileName()),
                                    scratch.resolve(r.newFile().getFileName()));
                        }
                    }
                    out.add(new Probe(
                            f.file().getFileName() + " / " + fix.title(),
                            RuleCode.MIGRATION_NUMBERING,
                            before,
                            ChdbReplay.runnerStatements(scratch)));
                }
            }
        }
        return out;
    }
}

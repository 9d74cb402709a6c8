package dev.migrationlsp.rules.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Span;
import dev.migrationlsp.rules.Rules;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The revision-graph rules on the fixture workspaces under {@code src/test/resources/graph/}, run as the analysis runs
 * them: the rule set listed by {@link Rules#revisionGraph()}, over a {@link Workspace} loaded from disk. Every fixture
 * file uses the same layout, so the ranges below are: line 2 {@code Revision ID: }, line 3 {@code Revises: }, line 11
 * {@code revision: str = "…"} (value from column 16), line 12 {@code down_revision: … = } (value from column 49), line
 * 14 {@code depends_on: … = } (value from column 46).
 */
class GraphRulesTest {
    private final List<WorkspaceRule> rules = Rules.revisionGraph().workspaceRules();

    private static WorkspaceSnapshot fixture(String name) {
        try {
            Path root =
                    Path.of(GraphRulesTest.class.getResource("/graph/" + name).toURI());
            return new Workspace(root, new ConfigLoader()).load(Map.of());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every graph rule's findings, ordered by file name, then position. */
    private List<Finding> check(String name) {
        WorkspaceSnapshot ws = fixture(name);
        List<Finding> out = new ArrayList<>();
        for (WorkspaceRule r : rules) {
            out.addAll(r.check(ws, CancelChecker.NEVER));
        }
        out.sort(Comparator.comparing((Finding f) -> f.file().getFileName().toString())
                .thenComparing(f -> f.span().start()));
        return out;
    }

    private static String file(Finding f) {
        return f.file().getFileName().toString();
    }

    private static String range(Span s) {
        return s.start().line() + ":" + s.start().character() + "-" + s.end().line() + ":"
                + s.end().character();
    }

    private static List<String> related(Finding f) {
        return f.related().stream()
                .map(r -> r.location().file().getFileName().toString() + "@"
                        + range(r.location().span()))
                .toList();
    }

    @Test
    void theRuleSetHoldsEveryGraphRule() {
        assertThat(rules)
                .extracting(WorkspaceRule::code)
                .containsExactlyInAnyOrder(
                        RuleCode.MULTIPLE_HEADS,
                        RuleCode.UNKNOWN_DOWN_REVISION,
                        RuleCode.DUPLICATE_REVISION,
                        RuleCode.REVISION_CYCLE,
                        RuleCode.REVISION_MISMATCH);
    }

    /** application_schema and river_cutover give two heads by design (docs/rules.md, multiple-heads); nothing to report. */
    @Test
    void deliberateLabeledBranchesAreClean() {
        assertThat(fixture("labeled-branches").revisionGraph().heads()).hasSize(2);
        assertThat(check("labeled-branches")).isEmpty();
    }

    /** Regression: forks merged again inside each labeled branch hid the labels, and both heads were reported. */
    @Test
    void labeledBranchesWithMergedForksAreClean() {
        assertThat(fixture("labeled-branches-with-merges").revisionGraph().heads())
                .hasSize(2);
        assertThat(check("labeled-branches-with-merges")).isEmpty();
    }

    @Test
    void mergedHistoryWithDependsOnIsClean() {
        assertThat(check("merged")).isEmpty();
    }

    @Test
    void aThirdHeadOnALabeledBranchIsReportedOnBothHeadsOfThatBranch() {
        List<Finding> findings = check("third-head");

        assertThat(findings).extracting(Finding::code).containsOnly(RuleCode.MULTIPLE_HEADS);
        assertThat(findings)
                .extracting(GraphRulesTest::file)
                .containsExactly("0003_app_users.py", "0006_app_orders.py");
        assertThat(findings).extracting(f -> range(f.span())).containsOnly("11:16-11:22");
        assertThat(related(findings.get(0))).containsExactly("0006_app_orders.py@11:16-11:22");
        assertThat(related(findings.get(1))).containsExactly("0003_app_users.py@11:16-11:22");
    }

    @Test
    void twoUnlabeledHeadsAreReported() {
        List<Finding> findings = check("two-heads");

        assertThat(findings).extracting(Finding::code).containsOnly(RuleCode.MULTIPLE_HEADS);
        assertThat(findings).extracting(GraphRulesTest::file).containsExactly("0002_users.py", "0003_orders.py");
        assertThat(findings).extracting(f -> range(f.span())).containsOnly("11:16-11:22");
    }

    @Test
    void unknownParentsAndDependenciesAreReportedOnTheLiteral() {
        List<Finding> findings = check("unknown-down-revision");

        assertThat(findings).extracting(Finding::code).containsOnly(RuleCode.UNKNOWN_DOWN_REVISION);
        // 0002: down_revision = "0099"; 0003: depends_on = ("0001", "nope", "core") where "core" is a label, which
        // depends_on may name; 0004: down_revision = ("0003", "core"), which may not
        assertThat(findings)
                .extracting(f -> file(f) + "@" + range(f.span()))
                .containsExactly(
                        "0002_users.py@12:49-12:55", "0003_orders.py@14:55-14:61", "0004_label_parent.py@12:58-12:64");
    }

    @Test
    void duplicateRevisionIsReportedOnEveryFileWithTheOthersRelated() {
        List<Finding> findings = check("duplicate-revision");

        assertThat(findings).extracting(Finding::code).containsOnly(RuleCode.DUPLICATE_REVISION);
        assertThat(findings)
                .extracting(f -> file(f) + "@" + range(f.span()))
                .containsExactly("0002_orders.py@11:16-11:22", "0002_users.py@11:16-11:22");
        assertThat(related(findings.get(0))).containsExactly("0002_users.py@11:16-11:22");
        assertThat(related(findings.get(1))).containsExactly("0002_orders.py@11:16-11:22");
    }

    @Test
    void everyRevisionOnACycleIsReportedOnItsDownRevision() {
        List<Finding> findings = check("revision-cycle");

        assertThat(findings).extracting(Finding::code).containsOnly(RuleCode.REVISION_CYCLE);
        assertThat(findings)
                .extracting(f -> file(f) + "@" + range(f.span()))
                .containsExactly("0001_a.py@12:49-12:55", "0002_b.py@12:49-12:55", "0003_c.py@12:49-12:55");
        assertThat(related(findings.get(0)))
                .containsExactlyInAnyOrder("0002_b.py@11:16-11:22", "0003_c.py@11:16-11:22");
    }

    @Test
    void docstringAndFileNameDisagreementsAreReported() {
        List<Finding> findings = check("revision-mismatch");

        assertThat(findings).extracting(Finding::code).containsOnly(RuleCode.REVISION_MISMATCH);
        // 0002: "Revision ID: 0020"; 0003: "Revises: 0001" but down_revision "0002"; 0005_…: revision "0004";
        // 0006 lists its two parents in the other order, which is the same set: fine
        assertThat(findings)
                .extracting(f -> file(f) + "@" + range(f.span()))
                .containsExactly(
                        "0002_doc_id.py@2:13-2:17", "0003_doc_revises.py@3:9-3:13", "0005_file_prefix.py@11:16-11:22");
        Finding docId = findings.get(0);
        assertThat(docId.fixes()).hasSize(1);
        assertThat(docId.fixes().get(0).edits())
                .singleElement()
                .isInstanceOfSatisfying(
                        Edit.Replace.class, e -> assertThat(e.newText()).isEqualTo("0002"));
        assertThat(findings.get(1).fixes().get(0).edits())
                .singleElement()
                .isInstanceOfSatisfying(
                        Edit.Replace.class, e -> assertThat(e.newText()).isEqualTo("0002"));
    }
}

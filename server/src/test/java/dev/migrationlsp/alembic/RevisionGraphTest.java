package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.RevisionGraph.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    /** {@code rev("b", "a")}, {@code rev("m", "a,b")}, labels and depends_on as comma-separated lists ("" for none). */
    private static RevisionGraph.Entry rev(String id, String down, String labels, String depends) {
        String src = "revision = '" + id + "'\n"
                + "down_revision = " + tuple(down) + "\n"
                + "branch_labels = " + tuple(labels) + "\n"
                + "depends_on = " + tuple(depends) + "\n";
        return new RevisionGraph.Entry(Path.of("/ws/versions/" + id + "_x.py"), RevisionHeaderScanner.scan(src));
    }

    private static RevisionGraph.Entry rev(String id, String down) {
        return rev(id, down, "", "");
    }

    private static String tuple(String csv) {
        if (csv == null || csv.isEmpty()) {
            return "None";
        }
        List<String> quoted = new ArrayList<>();
        for (String v : csv.split(",")) {
            quoted.add("'" + v + "'");
        }
        return "(" + String.join(", ", quoted) + ",)";
    }

    private static List<String> ids(List<Node> nodes) {
        return nodes.stream().map(Node::revision).toList();
    }

    private static List<List<String>> groups(RevisionGraph g) {
        return g.conflictingHeads().stream().map(RevisionGraphTest::ids).toList();
    }

    @Test
    void linearHistoryHasOneHeadAndOneBase() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("c", "b"), rev("a", ""), rev("b", "a")));

        assertThat(ids(g.heads())).containsExactly("c");
        assertThat(ids(g.bases())).containsExactly("a");
        assertThat(ids(g.children("a"))).containsExactly("b");
        assertThat(g.conflictingHeads()).isEmpty();
        assertThat(g.cycles()).isEmpty();
    }

    @Test
    void forkMakesTwoHeadsAndMergeJoinsThem() {
        RevisionGraph forked = RevisionGraph.build(List.of(rev("a", ""), rev("b", "a"), rev("c", "a")));
        assertThat(ids(forked.heads())).containsExactly("b", "c");
        assertThat(groups(forked)).containsExactly(List.of("b", "c"));

        RevisionGraph merged =
                RevisionGraph.build(List.of(rev("a", ""), rev("b", "a"), rev("c", "a"), rev("m", "b,c")));
        assertThat(ids(merged.heads())).containsExactly("m");
        assertThat(merged.isMerge(merged.node("m").orElseThrow())).isTrue();
        assertThat(merged.conflictingHeads()).isEmpty();
    }

    @Test
    void dependsOnDoesNotConsumeAHead() {
        RevisionGraph g =
                RevisionGraph.build(List.of(rev("a", ""), rev("b", "a"), rev("x", ""), rev("c", "b", "", "x")));

        assertThat(ids(g.heads())).containsExactly("c", "x");
        assertThat(ids(g.bases())).containsExactly("a", "x");
    }

    @Test
    void independentBasesAreSeparateHeads() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("a", ""), rev("b", "")));

        assertThat(ids(g.heads())).containsExactly("a", "b");
        assertThat(groups(g)).containsExactly(List.of("a", "b"));
    }

    /** application_schema and river_cutover are two heads by design (docs/rules.md, multiple-heads). */
    @Test
    void deliberateLabeledBranchesDoNotConflict() {
        RevisionGraph g = RevisionGraph.build(List.of(
                rev("base", ""),
                rev("app1", "base", "application_schema", ""),
                rev("app2", "app1"),
                rev("river1", "base", "river_cutover", ""),
                rev("river2", "river1")));

        assertThat(ids(g.heads())).containsExactly("app2", "river2");
        assertThat(g.conflictingHeads()).isEmpty();
        assertThat(g.distinguishingLabels(g.node("app2").orElseThrow())).containsExactly("application_schema");
        assertThat(g.inheritedLabels(g.node("river2").orElseThrow())).containsExactly("river_cutover");
        assertThat(ids(g.headsOfBranch("river_cutover"))).containsExactly("river2");
    }

    @Test
    void aThirdHeadOnALabeledBranchConflictsWithThatBranchOnly() {
        RevisionGraph g = RevisionGraph.build(List.of(
                rev("base", ""),
                rev("app1", "base", "application_schema", ""),
                rev("app2", "app1"),
                rev("river1", "base", "river_cutover", ""),
                rev("river2", "river1"),
                rev("app3", "app1")));

        assertThat(groups(g)).containsExactly(List.of("app2", "app3"));
    }

    /** A river line forked off the application_schema line inherits both labels but is its own branch. */
    @Test
    void labeledLineForkedFromAnotherLabeledLineIsNotAConflict() {
        RevisionGraph g = RevisionGraph.build(List.of(
                rev("app1", "", "application_schema", ""),
                rev("app2", "app1"),
                rev("river1", "app1", "river_cutover", ""),
                rev("river2", "river1")));

        assertThat(g.conflictingHeads()).isEmpty();
        assertThat(g.inheritedLabels(g.node("river2").orElseThrow()))
                .containsExactly("application_schema", "river_cutover");
        assertThat(ids(g.headsOfBranch("application_schema"))).containsExactly("app2");
    }

    /**
     * Regression: a fork merged again inside a labeled branch cut the head's line short, so its label was not seen,
     * and two deliberate labeled branches with such merges were reported as multiple heads.
     */
    @Test
    void mergedForksInsideLabeledBranchesKeepTheirLabels() {
        RevisionGraph g = RevisionGraph.build(List.of(
                rev("base", ""),
                rev("app1", "base", "application_schema", ""),
                rev("app2", "app1"),
                rev("app3", "app1"),
                rev("appm", "app2,app3"),
                rev("river1", "base", "river_cutover", ""),
                rev("river2", "river1"),
                rev("river3", "river1"),
                rev("riverm", "river2,river3")));

        assertThat(ids(g.heads())).containsExactly("appm", "riverm");
        assertThat(g.distinguishingLabels(g.node("appm").orElseThrow())).containsExactly("application_schema");
        assertThat(g.distinguishingLabels(g.node("riverm").orElseThrow())).containsExactly("river_cutover");
        assertThat(g.conflictingHeads()).isEmpty();
    }

    /** A label declared below the fork is shared by both lines and sets neither apart. */
    @Test
    void labelBelowTheForkDoesNotSeparateHeads() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("a", "", "core", ""), rev("b", "a"), rev("c", "a")));

        assertThat(groups(g)).containsExactly(List.of("b", "c"));
        assertThat(g.distinguishingLabels(g.node("b").orElseThrow())).isEmpty();
    }

    @Test
    void unlabeledDefaultBranchAndALabeledSideBranchDoNotConflict() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("a", ""), rev("b", "a"), rev("side", "a", "experiment", "")));

        assertThat(ids(g.heads())).containsExactly("b", "side");
        assertThat(g.conflictingHeads()).isEmpty();
    }

    @Test
    void dependsOnMayNameALabel() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("a", "", "core", ""), rev("b", "", "", "core")));

        assertThat(g.resolves("core")).isTrue();
        assertThat(g.labelOwner("core").map(Node::revision)).contains("a");
        assertThat(g.resolves("nope")).isFalse();
    }

    @Test
    void duplicatesKeepTheFirstFileAndListAll() {
        RevisionGraph g = RevisionGraph.build(List.of(
                rev("a", ""),
                new RevisionGraph.Entry(
                        Path.of("/ws/versions/z.py"),
                        RevisionHeaderScanner.scan("revision = 'a'\ndown_revision = None\n"))));

        assertThat(g.duplicates()).containsOnlyKeys("a");
        assertThat(g.duplicates().get("a"))
                .extracting(n -> n.file().getFileName().toString())
                .containsExactly("a_x.py", "z.py");
        assertThat(ids(g.heads())).containsExactly("a");
    }

    @Test
    void cyclesAreFoundThroughDownRevisionAndDependsOn() {
        RevisionGraph down = RevisionGraph.build(List.of(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("x", "")));
        assertThat(down.cycles()).hasSize(1);
        assertThat(ids(down.cycles().get(0))).containsExactlyInAnyOrder("a", "b", "c");

        RevisionGraph viaDepends = RevisionGraph.build(List.of(rev("a", "", "", "b"), rev("b", "a")));
        assertThat(viaDepends.cycles()).hasSize(1);
        assertThat(ids(viaDepends.cycles().get(0))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void filesWithoutARevisionAreNotNodes() {
        RevisionGraph g = RevisionGraph.build(List.of(
                rev("a", ""),
                new RevisionGraph.Entry(Path.of("/ws/versions/half.py"), RevisionHeaderScanner.scan("revision = \n"))));

        assertThat(ids(g.nodes())).containsExactly("a");
    }
}

package dev.migrationlsp.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionHeaderScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryGraphTest {
    private static RevisionGraph.Entry rev(String id, String down, String labels, String dep) {
        String text = "\"\"\"Revision " + id + "\"\"\"\nrevision = \"" + id + "\"\ndown_revision = " + down
                + "\nbranch_labels = " + (labels == null ? "None" : "(\"" + labels + "\",)") + "\ndepends_on = "
                + (dep == null ? "None" : "\"" + dep + "\"") + "\n";
        return new RevisionGraph.Entry(Path.of("/w/versions/" + id + ".py"), RevisionHeaderScanner.scan(text));
    }

    /** A fork with a labeled side branch, a merge, then two heads on one branch and a depends_on. */
    private static RevisionGraph history() {
        List<RevisionGraph.Entry> e = new ArrayList<>();
        e.add(rev("a1", "None", "app", null));
        e.add(rev("a2", "\"a1\"", null, null));
        e.add(rev("r1", "\"a1\"", "river", null));
        e.add(rev("a3", "\"a2\"", null, null));
        e.add(rev("b3", "\"a2\"", null, null));
        e.add(rev("m4", "(\"a3\", \"b3\")", null, null));
        e.add(rev("h5", "\"m4\"", null, "r1"));
        e.add(rev("k5", "\"m4\"", null, null));
        return RevisionGraph.build(e);
    }

    @Test
    void svgReusesLanesAndMarksHeads() {
        String svg = new HistoryGraph(history(), 0).render(HistoryGraph.Format.SVG);
        // two lines of development at most at any moment -> two lanes of 220 px plus margins
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\"");
        assertThat(svg).contains(">h5 (head)<", ">k5 (head)<", ">r1 [river] (head)<", "stroke-dasharray");
        // the two heads on the app branch conflict: red outline
        assertThat(svg.split("#d32f2f", -1)).hasSize(3);
    }

    @Test
    void mermaidAndDotHaveEveryEdge() {
        String mermaid = new HistoryGraph(history(), 0).render(HistoryGraph.Format.MERMAID);
        assertThat(mermaid)
                .contains(
                        "r_m4 --> r_a3",
                        "r_m4 --> r_b3",
                        "r_h5 -.-> r_r1",
                        "class r_h5 conflict",
                        "class r_k5 conflict",
                        "class r_r1 head");
        String dot = new HistoryGraph(history(), 0).render(HistoryGraph.Format.DOT);
        assertThat(dot)
                .contains(
                        "\"m4\" -> \"a3\";",
                        "\"h5\" -> \"r1\" [style=dashed];",
                        "\"k5\" [label=\"k5 (head)\\nRevision k5\", color=red");
    }

    @Test
    void limitKeepsTheNewestGenerations() {
        String mermaid = new HistoryGraph(history(), 2).render(HistoryGraph.Format.MERMAID);
        assertThat(mermaid).contains("r_h5", "r_k5", "r_m4").doesNotContain("r_a1[", "r_a2[");
    }
}

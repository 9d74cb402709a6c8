package dev.migrationlsp.rules.graph;

import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.List;

/** {@code revision-cycle}: following down_revision/depends_on comes back to the start; reported on every member. */
public final class RevisionCycleRule implements WorkspaceRule {
    @Override
    public RuleCode code() {
        return RuleCode.REVISION_CYCLE;
    }

    @Override
    public List<Finding> check(WorkspaceSnapshot ws, CancelChecker cancel) {
        List<Finding> out = new ArrayList<>();
        for (AlembicHistory history : ws.histories()) {
            cycles(ws, history, out);
        }
        return out;
    }

    private void cycles(WorkspaceSnapshot ws, AlembicHistory history, List<Finding> out) {
        for (List<Node> cycle : ws.revisionGraph(history).cycles()) {
            String chain =
                    String.join(" -> ", cycle.stream().map(Node::revision).toList()) + " -> "
                            + cycle.get(0).revision();
            for (Node n : cycle) {
                SourceText t = GraphFindings.text(ws, n);
                var span = n.header()
                        .downRevision()
                        .map(a -> t.span(a.valueStart(), a.valueEnd()))
                        .orElse(GraphFindings.revisionSpan(ws, n));
                out.add(Finding.of(code(), n.file(), span, "Revision cycle: " + chain)
                        .related(GraphFindings.relatedAll(ws, cycle, n, "cycle continues at"))
                        .fingerprint("cycle " + n.revision())
                        .build());
            }
        }
    }
}

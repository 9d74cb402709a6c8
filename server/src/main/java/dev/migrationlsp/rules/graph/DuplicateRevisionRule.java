package dev.migrationlsp.rules.graph;

import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code duplicate-revision}: two files declare the same revision id; reported on each of them. */
public final class DuplicateRevisionRule implements WorkspaceRule {
    @Override
    public RuleCode code() {
        return RuleCode.DUPLICATE_REVISION;
    }

    @Override
    public List<Finding> check(WorkspaceSnapshot ws, CancelChecker cancel) {
        List<Finding> out = new ArrayList<>();
        // the same id in two histories is two revisions: each history is checked on its own
        for (AlembicHistory history : ws.histories()) {
            duplicates(ws, history, out);
        }
        return out;
    }

    private void duplicates(WorkspaceSnapshot ws, AlembicHistory history, List<Finding> out) {
        for (Map.Entry<String, List<Node>> e :
                ws.revisionGraph(history).duplicates().entrySet()) {
            for (Node n : e.getValue()) {
                out.add(Finding.of(
                                code(),
                                n.file(),
                                GraphFindings.revisionSpan(ws, n),
                                "Revision '" + e.getKey() + "' is declared by "
                                        + e.getValue().size() + " files")
                        .related(GraphFindings.relatedAll(ws, e.getValue(), n, "also declares"))
                        .fingerprint("duplicate " + e.getKey())
                        .build());
            }
        }
    }
}

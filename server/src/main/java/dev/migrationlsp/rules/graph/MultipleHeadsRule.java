package dev.migrationlsp.rules.graph;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code multiple-heads}: several heads on one branch. Heads whose distinguishing branch labels differ are deliberate
 * independent branches and are fine (docs/rules.md, multiple-heads).
 */
public final class MultipleHeadsRule implements WorkspaceRule {
    @Override
    public RuleCode code() {
        return RuleCode.MULTIPLE_HEADS;
    }

    @Override
    public List<Finding> check(WorkspaceSnapshot ws, CancelChecker cancel) {
        List<Finding> out = new ArrayList<>();
        for (AlembicHistory history : ws.histories()) {
            heads(ws, ws.revisionGraph(history), out);
        }
        return out;
    }

    private void heads(WorkspaceSnapshot ws, RevisionGraph g, List<Finding> out) {
        for (List<Node> group : g.conflictingHeads()) {
            for (Node head : group) {
                // name the branch as the heads report does: its own labels, else the ones it inherits
                Set<String> labels = g.distinguishingLabels(head);
                if (labels.isEmpty()) {
                    labels = g.inheritedLabels(head);
                }
                String branch = labels.isEmpty() ? "the unlabeled branch" : "branch " + String.join(", ", labels);
                String others = String.join(
                        ", ",
                        group.stream()
                                .filter(o -> o != head)
                                .map(Node::revision)
                                .toList());
                out.add(Finding.of(
                                code(),
                                head.file(),
                                GraphFindings.revisionSpan(ws, head),
                                "Revision " + head.revision() + " is one of " + group.size() + " heads on " + branch
                                        + " (also " + others + "); add a merge revision or chain it on the other head")
                        .related(GraphFindings.relatedAll(ws, group, head, "other head"))
                        .fingerprint("head " + head.revision())
                        .build());
            }
        }
    }
}

package dev.migrationlsp.insight;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The Alembic heads with their labels and conflicts: `heads --format json`, {@code migration-lsp.heads} and {@code migration-lsp/headsChanged}. */
public record HeadsReport(List<Head> heads, boolean conflict) {

    public record Head(String revision, List<String> labels, String path, String description, boolean conflict) {
    }

    public static HeadsReport of(WorkspaceSnapshot ws) {
        RevisionGraph g = ws.revisionGraph();
        Set<RevisionGraph.Node> conflicting = new HashSet<>();
        g.conflictingHeads().forEach(conflicting::addAll);
        List<Head> heads = new ArrayList<>();
        for (RevisionGraph.Node h : g.heads()) {
            heads.add(new Head(h.revision(), List.copyOf(g.inheritedLabels(h)), ws.relative(h.file()), h.description(),
                    conflicting.contains(h)));
        }
        return new HeadsReport(List.copyOf(heads), !conflicting.isEmpty());
    }
}

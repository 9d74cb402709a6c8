package dev.migrationlsp.insight;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Alembic heads with their labels and conflicts: `heads --format json`, {@code migration-lsp.heads} and
 * {@code migration-lsp/headsChanged}. With several histories each head names its history ({@code history} is null, and
 * left out of JSON, when the workspace has one, so that output stays as it was).
 */
public record HeadsReport(List<Head> heads, boolean conflict) {

    public record Head(String revision, List<String> labels, String path, String description, boolean conflict,
            String history) {
    }

    /** Every history's heads, in the histories' order. */
    public static HeadsReport of(WorkspaceSnapshot ws) {
        return of(ws, ws.histories());
    }

    /** The heads of {@code histories} (a single history reports no history names). */
    public static HeadsReport of(WorkspaceSnapshot ws, List<AlembicHistory> histories) {
        List<Head> heads = new ArrayList<>();
        boolean conflict = false;
        boolean named = ws.histories().size() > 1 && histories.size() > 1;
        for (AlembicHistory history : histories) {
            RevisionGraph g = ws.revisionGraph(history);
            Set<RevisionGraph.Node> conflicting = new HashSet<>();
            g.conflictingHeads().forEach(conflicting::addAll);
            conflict |= !conflicting.isEmpty();
            for (RevisionGraph.Node h : g.heads()) {
                heads.add(new Head(h.revision(), List.copyOf(g.inheritedLabels(h)), ws.relative(h.file()), h.description(),
                        conflicting.contains(h), named ? history.name() : null));
            }
        }
        return new HeadsReport(List.copyOf(heads), conflict);
    }
}

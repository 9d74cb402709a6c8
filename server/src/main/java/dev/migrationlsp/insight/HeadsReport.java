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
 * {@code migration-lsp/headsChanged}. With several histories each head names its history and that history's folder
 * ({@code history}, {@code historyFolder}: null, and left out of JSON, when the workspace has one, so that output stays
 * as it was). {@code root} is the workspace folder (a URI) the language server reports for, so that a client of a
 * multi-root workspace knows which folder's heads changed; null (left out) on the command line.
 */
public record HeadsReport(List<Head> heads, boolean conflict, String root) {

    public HeadsReport(List<Head> heads, boolean conflict) {
        this(heads, conflict, null);
    }

    /** The same report, naming the workspace folder it is about. */
    public HeadsReport withRoot(String folderUri) {
        return new HeadsReport(heads, conflict, folderUri);
    }

    /**
     * One head. {@code labelsUnknown} is true when the head or an ancestor assigns {@code branch_labels} something that
     * cannot be read statically, so {@code labels} may be incomplete; it is null otherwise (and left out of JSON, so
     * that output stays as it was). {@code history} names the head's history when the workspace has several, and
     * {@code historyFolder} its environment's folder ({@code script_location}, relative to the workspace root,
     * {@code /}-separated), since two histories may share a name across workspaces or be known by their folder.
     */
    public record Head(
            String revision,
            List<String> labels,
            String path,
            String description,
            boolean conflict,
            Boolean labelsUnknown,
            String history,
            String historyFolder) {
        public Head {
            labelsUnknown = Boolean.TRUE.equals(labelsUnknown) ? Boolean.TRUE : null;
        }

        public Head(String revision, List<String> labels, String path, String description, boolean conflict) {
            this(revision, labels, path, description, conflict, null, null, null);
        }

        /** The labels as the {@code heads} command prints them: {@code (a, b)}, {@code (labels unknown)}, or "". */
        public String labelsText() {
            if (Boolean.TRUE.equals(labelsUnknown)) {
                return labels.isEmpty()
                        ? " (labels unknown)"
                        : " (" + String.join(", ", labels) + "; more labels unknown)";
            }
            return labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")";
        }
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
                heads.add(new Head(
                        h.revision(),
                        List.copyOf(g.inheritedLabels(h)),
                        ws.relative(h.file()),
                        h.description(),
                        conflicting.contains(h),
                        g.labelsUnknown(h),
                        named ? history.name() : null,
                        named ? folderOf(ws, history) : null));
            }
        }
        return new HeadsReport(List.copyOf(heads), conflict);
    }

    private static String folderOf(WorkspaceSnapshot ws, AlembicHistory history) {
        String folder = ws.relative(history.scriptLocation());
        return folder.isEmpty() ? "." : folder;
    }
}

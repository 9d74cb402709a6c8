package dev.migrationlsp.rules;

import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.workspace.WorkspaceSnapshot;

/**
 * Workspace-wide facts a {@link DocumentRule} may read besides its own file and the configuration. The analyzer keeps a
 * file's rule results while its text, the configuration and the {@link #version} of every fact its rules read stay
 * equal, so typing in one file does not re-run the rules of the others.
 */
public enum WorkspaceFact {
    /** {@link WorkspaceSnapshot#revisionGraph()}: kept (same instance) while no revision header changes. */
    REVISION_GRAPH {
        @Override
        public Object version(WorkspaceSnapshot ws) {
            return ws.revisionGraph();
        }
    },
    /** {@link ClickHouseSchema#of}: compared by its fingerprint (statement texts), so edits in comments keep it. */
    CLICKHOUSE_SCHEMA {
        @Override
        public Object version(WorkspaceSnapshot ws) {
            return ClickHouseSchema.of(ws).fingerprint();
        }
    };

    /** A value that is equal in two snapshots whenever the fact answers alike in both. */
    public abstract Object version(WorkspaceSnapshot ws);
}

package dev.migrationlsp.rules;

import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.function.Function;

/**
 * Workspace-wide facts a {@link DocumentRule} may read besides its own file and the configuration. The analyzer keeps a
 * file's rule results while its text, the configuration and the {@link #version} of every fact its rules read stay
 * equal, so typing in one file does not re-run the rules of the others.
 */
public enum WorkspaceFact {
    /** Every history's {@link WorkspaceSnapshot#revisionGraph}: kept (same instances) while no revision header changes. */
    REVISION_GRAPH {
        @Override
        Object compute(WorkspaceSnapshot ws) {
            java.util.List<Object> graphs = new java.util.ArrayList<>();
            for (var history : ws.histories()) {
                graphs.add(ws.revisionGraph(history));
            }
            return java.util.Collections.unmodifiableList(graphs);
        }
    },
    /**
     * What every Alembic revision does, which the replayed PostgreSQL schema is made of: per file, the source text of
     * each {@code upgrade()} operation (with its batch table, and the SQL an {@code execute} resolves to) and of each
     * module-level assignment
     * (constants the operations use). Offsets are left out, so typing elsewhere in a migration keeps the fact.
     */
    ALEMBIC_OPERATIONS {
        @Override
        Object compute(WorkspaceSnapshot ws) {
            // Read every revision in parallel first (both results are cached on the document): this is the first pass
            // over the whole history, and the schema replay that follows reads the same changes. Assembled in order.
            ws.alembicFiles().values().parallelStream().forEach(READ_REVISION);
            java.util.List<Object> out = new java.util.ArrayList<>();
            for (var d : ws.alembicFiles().values()) {
                out.add(d.path());
                out.add(d.derived(OPERATIONS_TEXT, OPERATIONS_TEXT_OF));
            }
            return out;
        }
    },
    /** {@link ClickHouseSchema#of}: compared by its fingerprint (statement texts), so edits in comments keep it. */
    CLICKHOUSE_SCHEMA {
        @Override
        Object compute(WorkspaceSnapshot ws) {
            return ClickHouseSchema.of(ws).fingerprint();
        }
    };

    private final dev.migrationlsp.workspace.Document.Key<Object> key = new dev.migrationlsp.workspace.Document.Key<>(
            "workspace-fact-" + name().toLowerCase(java.util.Locale.ROOT));

    /**
     * A value that is equal in two snapshots whenever the fact answers alike in both; computed once per snapshot (every
     * file's cache lookup asks for it, and some facts cost a pass over the whole history).
     */
    public final Object version(WorkspaceSnapshot ws) {
        return ws.derived(key, computation);
    }

    /** {@link #compute}, made once per constant. */
    private final Function<WorkspaceSnapshot, Object> computation = new Function<>() {
        @Override
        public Object apply(WorkspaceSnapshot ws) {
            return compute(ws);
        }
    };

    abstract Object compute(WorkspaceSnapshot ws);

    private static final dev.migrationlsp.workspace.Document.Key<java.util.List<String>> OPERATIONS_TEXT =
            new dev.migrationlsp.workspace.Document.Key<>("operations-text");

    /*
     * Named classes, not lambdas or method references, on `check`'s path: on JDK 17 each one's first use costs a short
     * command ~0.2 ms. (Static fields of an enum are initialised after its constants, so fields, not constants, hold
     * them.)
     */
    private static final Function<Document, java.util.List<String>> OPERATIONS_TEXT_OF = new Function<>() {
        @Override
        public java.util.List<String> apply(Document d) {
            return operationsText(d);
        }
    };

    private static final java.util.function.Consumer<Document> READ_REVISION = new java.util.function.Consumer<>() {
        @Override
        public void accept(Document d) {
            d.derived(OPERATIONS_TEXT, OPERATIONS_TEXT_OF);
            dev.migrationlsp.postgres.AlembicChanges.of(d);
        }
    };

    private static java.util.List<String> operationsText(dev.migrationlsp.workspace.Document d) {
        var model = d.migrationModel();
        var text = d.text();
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var s : model.module().statements()) {
            if (s instanceof dev.migrationlsp.alembic.PyAst.Assign a) {
                out.add(text.slice(a.start(), a.end()));
            }
        }
        for (var op : model.upgradeOps()) {
            out.add(op.name() + "\u0000"
                    + text.slice(op.call().start(), op.call().end()) + "\u0000"
                    + op.sqlText().orElse("") + "\u0000"
                    + (op.batchTable() == null
                            ? ""
                            : text.slice(
                                    op.batchTable().start(), op.batchTable().end())));
        }
        return java.util.List.copyOf(out);
    }
}

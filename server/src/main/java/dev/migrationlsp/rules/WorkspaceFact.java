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
            // Read every revision not read yet in parallel first (both results are cached on the document): on the
            // first pass over the whole history that is all of them, and the schema replay that follows reads the same
            // changes. While typing it is the one edited file: read on this thread, not handed to a pool worker that
            // has to wake up and get a core. Assembled in order.
            java.util.List<Document> unread = new java.util.ArrayList<>();
            for (var d : ws.alembicFiles().values()) {
                if (!d.hasDerived(OPERATIONS_TEXT)) {
                    unread.add(d);
                }
            }
            if (unread.size() > 1) {
                unread.parallelStream().forEach(READ_REVISION);
            } else {
                for (var d : unread) {
                    READ_REVISION.accept(d);
                }
            }
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

    private static final dev.migrationlsp.workspace.Document.Key<java.util.List<Object>> OPERATIONS_TEXT =
            new dev.migrationlsp.workspace.Document.Key<>("operations-text");

    /*
     * Named classes, not lambdas or method references, on `check`'s path: on JDK 17 each one's first use costs a short
     * command ~0.2 ms. (Static fields of an enum are initialised after its constants, so fields, not constants, hold
     * them.)
     */
    private static final Function<Document, java.util.List<Object>> OPERATIONS_TEXT_OF = new Function<>() {
        @Override
        public java.util.List<Object> apply(Document d) {
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

    private static java.util.List<Object> operationsText(dev.migrationlsp.workspace.Document d) {
        var model = d.migrationModel();
        String text = d.text().text();
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (var s : model.module().statements()) {
            if (s instanceof dev.migrationlsp.alembic.PyAst.Assign a) {
                out.add(new Slice(text, a.start(), a.end()));
            }
        }
        for (var op : model.upgradeOps()) {
            out.add(java.util.List.of(
                    op.name(),
                    new Slice(text, op.call().start(), op.call().end()),
                    op.sqlText().orElse(""),
                    op.batchTable() == null
                            ? ""
                            : new Slice(
                                    text,
                                    op.batchTable().start(),
                                    op.batchTable().end())));
        }
        return java.util.List.copyOf(out);
    }

    /**
     * A range of a document's text, equal to another with the same characters: what the fact compares, without a copy
     * of each operation's text per keystroke (a 2,000-line {@code create_table} is one operation).
     */
    private static final class Slice {
        private final String text;
        private final int start;
        private final int end;
        private int hash;

        Slice(String text, int start, int end) {
            this.text = text;
            this.start = Math.max(0, Math.min(start, text.length()));
            this.end = Math.max(this.start, Math.min(end, text.length()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Slice s
                    && s.end - s.start == end - start
                    && text.regionMatches(start, s.text, s.start, end - start);
        }

        @Override
        public int hashCode() {
            int h = hash;
            if (h == 0) {
                for (int i = start; i < end; i++) {
                    h = 31 * h + text.charAt(i);
                }
                hash = h;
            }
            return h;
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}

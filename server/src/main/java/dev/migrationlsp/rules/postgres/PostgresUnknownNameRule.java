package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgChange.CreateTable;
import dev.migrationlsp.postgres.PgChange.DropColumn;
import dev.migrationlsp.postgres.PgChange.NameRef;
import dev.migrationlsp.postgres.PgSchema;
import dev.migrationlsp.rules.DocumentContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code unknown-table} and {@code unknown-column} on Alembic operations: an operation names a table that no earlier
 * revision (nor this one) creates, or a column its table does not have at that point of the replayed history. Silent
 * whenever the history is not fully known there (an application helper, dynamic SQL, a table whose shape is unknown),
 * and, for a table no revision ever creates, when the history starts from tables Alembic did not create
 * ({@link ExternalBaseline}).
 * Findings sit on the name as written.
 */
public abstract class PostgresUnknownNameRule extends AlembicRule {
    /** Reads the tables and columns earlier revisions create, not only its own file. */
    @Override
    public java.util.Set<dev.migrationlsp.rules.WorkspaceFact> reads() {
        return HISTORY;
    }

    PostgresUnknownNameRule() {
        super();
    }

    @Override
    final List<Finding> check(DocumentContext ctx, dev.migrationlsp.alembic.MigrationModel model) {
        SafetyRule.Revision r = new SafetyRule.Revision(ctx, model);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < r.changes.size(); i++) {
            PgChange c = r.changes.get(i);
            NameRef t = c.table();
            if (t == null || !t.located() || c instanceof CreateTable || c instanceof PgChange.Unknown) {
                continue;
            }
            check(r, i, c, t, out);
        }
        return out;
    }

    abstract void check(SafetyRule.Revision r, int index, PgChange c, NameRef table, List<Finding> out);

    static Finding finding(RuleCode code, SafetyRule.Revision r, NameRef n, String message) {
        return Finding.of(code, r.ctx.document().path(), r.model.text().span(n.start(), n.end()), message)
                .fingerprint(r.model.text().slice(n.start(), n.end()))
                .build();
    }

    /** {@code unknown-table}. */
    public static final class Tables extends PostgresUnknownNameRule {

        @Override
        public RuleCode code() {
            return RuleCode.UNKNOWN_TABLE;
        }

        @Override
        void check(SafetyRule.Revision r, int index, PgChange c, NameRef table, List<Finding> out) {
            if (r.createdHere(table.name(), index)) {
                return; // created earlier in this migration: known without replaying the history
            }
            if (r.tableStatusBefore(index, table.name()) == PgSchema.Status.ABSENT) {
                boolean everCreated = r.everCreated(table.name());
                if (!everCreated
                        && ExternalBaseline.of(
                                r.ctx.workspace(), r.ctx.document().path())) {
                    return; // the history starts from a database Alembic did not create: presumed part of it
                }
                String later = everCreated ? " (it is dropped, renamed or created later)" : "";
                out.add(finding(
                        code(), r, table, "Table " + table.name() + " is not created by any earlier revision" + later));
            }
        }
    }

    /** {@code unknown-column}. */
    public static final class Columns extends PostgresUnknownNameRule {

        @Override
        public RuleCode code() {
            return RuleCode.UNKNOWN_COLUMN;
        }

        @Override
        void check(SafetyRule.Revision r, int index, PgChange c, NameRef table, List<Finding> out) {
            NameRef col = c instanceof AlterColumn alt ? alt.column() : c instanceof DropColumn dc ? dc.column() : null;
            if (col == null || !col.located()) {
                return;
            }
            PgSchema.Lookup l = r.tableBefore(index, table.name());
            if (!l.exists() || !l.table().shapeKnown() || l.table().columns().containsKey(col.name())) {
                return;
            }
            out.add(finding(code(), r, col, "Table " + table.name() + " has no column " + col.name() + " here"));
        }
    }
}

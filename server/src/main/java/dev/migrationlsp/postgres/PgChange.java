package dev.migrationlsp.postgres;

import dev.migrationlsp.alembic.MigrationModel.OpCall;
import java.util.List;

/**
 * One effect of a migration on the PostgreSQL schema, read from an {@code op.*} call or from the DDL inside
 * {@code op.execute(...)}. Every change knows where it is written ({@link Site}); names carry their ranges when they are
 * written as Python string arguments ({@link NameRef}).
 */
public sealed interface PgChange {
    Site site();

    /** This change written at {@code site} instead (a change read from SQL text once, placed where the text is now). */
    PgChange withSite(Site site);

    /** The table the change acts on, or null when it is not known. */
    NameRef table();

    /**
     * Where a change is written: the {@code op.*} call (or the {@code op.execute} call holding the SQL), {@code sql}
     * when it came from SQL text, {@code sqlStart} the offset in the file of the SQL statement's first character when it
     * can be mapped (-1 otherwise).
     */
    record Site(int start, int end, OpCall op, boolean sql, int sqlStart) {
        public boolean inBatch() {
            return op != null && op.inBatch();
        }
    }

    /** A name and where it is written in the file; start is -1 for names that come from SQL text. */
    record NameRef(String name, int start, int end) {
        public boolean located() {
            return start >= 0;
        }
    }

    /** A column as a change defines it. {@code serverDefault} is the SQL default text, null for none. */
    record Column(
            NameRef name,
            PgType type,
            boolean nullable,
            String serverDefault,
            boolean defaultKnown,
            boolean primaryKey) {}

    enum ConstraintKind {
        PRIMARY_KEY,
        UNIQUE,
        FOREIGN_KEY,
        CHECK,
        EXCLUDE,
        UNKNOWN
    }

    record CreateTable(Site site, NameRef table, List<Column> columns, boolean columnsKnown) implements PgChange {
        @Override
        public CreateTable withSite(Site site) {
            return new CreateTable(site, table, columns, columnsKnown);
        }
    }

    record DropTable(Site site, NameRef table) implements PgChange {
        @Override
        public DropTable withSite(Site site) {
            return new DropTable(site, table);
        }
    }

    record RenameTable(Site site, NameRef table, NameRef newName) implements PgChange {
        @Override
        public RenameTable withSite(Site site) {
            return new RenameTable(site, table, newName);
        }
    }

    record AddColumn(Site site, NameRef table, Column column) implements PgChange {
        @Override
        public AddColumn withSite(Site site) {
            return new AddColumn(site, table, column);
        }
    }

    record DropColumn(Site site, NameRef table, NameRef column) implements PgChange {
        @Override
        public DropColumn withSite(Site site) {
            return new DropColumn(site, table, column);
        }
    }

    /**
     * {@code alter_column} / {@code ALTER COLUMN}. Null fields are left unchanged: {@code type}, {@code nullable},
     * {@code newName}; {@code defaultChanged} says whether {@code serverDefault} (null: dropped) applies.
     */
    record AlterColumn(
            Site site,
            NameRef table,
            NameRef column,
            NameRef newName,
            PgType type,
            PgType existingType,
            Boolean nullable,
            boolean defaultChanged,
            String serverDefault)
            implements PgChange {
        @Override
        public AlterColumn withSite(Site site) {
            return new AlterColumn(
                    site, table, column, newName, type, existingType, nullable, defaultChanged, serverDefault);
        }
    }

    record CreateIndex(
            Site site,
            NameRef table,
            NameRef name,
            List<String> columns,
            boolean unique,
            boolean concurrently,
            boolean partial)
            implements PgChange {
        @Override
        public CreateIndex withSite(Site site) {
            return new CreateIndex(site, table, name, columns, unique, concurrently, partial);
        }
    }

    record DropIndex(Site site, NameRef table, NameRef name, boolean concurrently) implements PgChange {
        @Override
        public DropIndex withSite(Site site) {
            return new DropIndex(site, table, name, concurrently);
        }
    }

    /**
     * A constraint added to an existing table. {@code check} is the condition's SQL for CHECK constraints;
     * {@code usingIndex} names the index a UNIQUE / PRIMARY KEY constraint is built from; {@code referred} is a foreign
     * key's target table.
     */
    record AddConstraint(
            Site site,
            NameRef table,
            NameRef name,
            ConstraintKind kind,
            List<String> columns,
            String check,
            boolean notValid,
            String usingIndex,
            NameRef referred)
            implements PgChange {
        @Override
        public AddConstraint withSite(Site site) {
            return new AddConstraint(site, table, name, kind, columns, check, notValid, usingIndex, referred);
        }
    }

    record DropConstraint(Site site, NameRef table, NameRef name) implements PgChange {
        @Override
        public DropConstraint withSite(Site site) {
            return new DropConstraint(site, table, name);
        }
    }

    record ValidateConstraint(Site site, NameRef table, String name) implements PgChange {
        @Override
        public ValidateConstraint withSite(Site site) {
            return new ValidateConstraint(site, table, name);
        }
    }

    /** {@code SET [LOCAL] lock_timeout ...}. */
    record SetLockTimeout(Site site) implements PgChange {
        @Override
        public SetLockTimeout withSite(Site site) {
            return new SetLockTimeout(site);
        }

        @Override
        public NameRef table() {
            return null;
        }
    }

    /**
     * Something whose effect is not known: an application helper, dynamic SQL, SQL that does not parse. With a
     * {@code table}, that table's shape is unknown from here on; without one, any table may have changed.
     */
    record Unknown(Site site, NameRef table, String why) implements PgChange {
        @Override
        public Unknown withSite(Site site) {
            return new Unknown(site, table, why);
        }
    }
}

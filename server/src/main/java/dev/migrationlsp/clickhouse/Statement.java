package dev.migrationlsp.clickhouse;

import dev.migrationlsp.clickhouse.Ast.AlterAction;
import dev.migrationlsp.clickhouse.Ast.Column;
import dev.migrationlsp.clickhouse.Ast.Engine;
import dev.migrationlsp.clickhouse.Ast.Expr;
import dev.migrationlsp.clickhouse.Ast.Index;
import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.Ast.Select;
import java.util.List;
import java.util.Optional;

/** One statement of a ClickHouse script. {@code range} runs from its first token to its last (without the {@code ;}). */
public sealed interface Statement {
    TextRange range();

    /**
     * {@code CREATE TABLE}. {@code head} is {@code CREATE ... TABLE}; {@code ifNotExistsAt} is where {@code IF NOT EXISTS}
     * goes. Optional clauses are null when absent.
     */
    record CreateTable(
            TextRange range,
            TextRange head,
            int ifNotExistsAt,
            boolean ifNotExists,
            boolean orReplace,
            QualifiedName name,
            List<Column> columns,
            List<Index> indexes,
            TextRange columnsRange,
            Engine engine,
            Expr partitionBy,
            TextRange partitionClause,
            Expr orderBy,
            TextRange orderByClause,
            Expr primaryKey,
            QualifiedName asTable,
            Select asSelect)
            implements Statement {

        public Optional<Column> column(String name) {
            for (Column c : columns) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
                if (c.name().equals(name)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code CREATE [MATERIALIZED] VIEW}; {@code to} and {@code engine} may be null. */
    record CreateView(
            TextRange range,
            TextRange head,
            int ifNotExistsAt,
            boolean ifNotExists,
            boolean orReplace,
            boolean materialized,
            QualifiedName name,
            QualifiedName to,
            Engine engine,
            Select select)
            implements Statement {}

    record CreateDictionary(TextRange range, boolean ifNotExists, QualifiedName name, List<Column> attributes)
            implements Statement {}

    record CreateDatabase(TextRange range, boolean ifNotExists, QualifiedName name, Engine engine)
            implements Statement {}

    record AlterTable(TextRange range, QualifiedName table, List<AlterAction> actions) implements Statement {}

    /** {@code DROP TABLE|VIEW|DICTIONARY|DATABASE}; {@code what} is the object kind in upper case. */
    record Drop(TextRange range, String what, boolean ifExists, QualifiedName name) implements Statement {}

    /** {@code RENAME TABLE a TO b, c TO d}: pairs of (from, to). */
    record Rename(TextRange range, String what, List<QualifiedName[]> pairs) implements Statement {}

    record Exchange(TextRange range, QualifiedName first, QualifiedName second) implements Statement {}

    record Truncate(TextRange range, boolean ifExists, QualifiedName table) implements Statement {}

    /** {@code INSERT INTO t [(cols)] VALUES ... | SELECT ... | FORMAT ...}; {@code select} is null for VALUES/FORMAT. */
    record Insert(
            TextRange range, QualifiedName table, List<String> columns, Select select, List<Ast.Identifier> columnRefs)
            implements Statement {
        public Insert(TextRange range, QualifiedName table, List<String> columns, Select select) {
            this(range, table, columns, select, List.of());
        }
    }

    record Optimize(TextRange range, QualifiedName table) implements Statement {}

    /** A top-level {@code SELECT} / {@code WITH ... SELECT}. */
    record Query(TextRange range, Select select) implements Statement {}

    /** {@code DELETE FROM t WHERE ...} (a lightweight delete). */
    record Delete(TextRange range, QualifiedName table) implements Statement {}

    /**
     * A statement that is parsed and checked but does not change the tables and columns the analysis models: {@code SET},
     * {@code SYSTEM}, {@code GRANT}, {@code CREATE USER}, {@code CREATE FUNCTION}, {@code ATTACH}, {@code SHOW}, ...
     * {@code kind} is its leading words in upper case ("SYSTEM", "CREATE USER"); {@code kindRange} covers its first word.
     */
    record Command(TextRange range, String kind, TextRange kindRange) implements Statement {}

    /**
     * A statement with a syntax error. {@code kind} is what it started as ("CREATE TABLE"); {@code name} is the object it
     * names when the error came after the name, so the replayed schema still knows the table.
     */
    record Broken(TextRange range, String kind, QualifiedName name, SyntaxError error) implements Statement {}
}

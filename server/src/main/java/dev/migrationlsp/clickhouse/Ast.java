package dev.migrationlsp.clickhouse;

import java.util.List;

/** Syntax-tree pieces shared by statements. Every node carries its exact range in the script text. */
public final class Ast {
    private Ast() {}

    /** {@code [database.]name}. */
    public record QualifiedName(String database, String name, TextRange range) {
        public String qualified() {
            return database == null ? name : database + "." + name;
        }
    }

    /** An expression, kept shallow: what it is, its range, a name for identifiers and functions, and its parts. */
    public record Expr(Kind kind, String name, TextRange range, List<Expr> children) {
        public enum Kind {
            IDENTIFIER,
            LITERAL,
            FUNCTION,
            TUPLE,
            ARRAY,
            OPERATOR,
            SUBQUERY,
            OTHER
        }

        /** Top-level elements: the items of a tuple ({@code (a, b)} or {@code tuple(a, b)}), else the expression itself. */
        public List<Expr> elements() {
            if (kind == Kind.TUPLE || kind == Kind.FUNCTION && "tuple".equalsIgnoreCase(name)) {
                return children;
            }
            return List.of(this);
        }

        /** True if the identifier {@code column} occurs anywhere in this expression. */
        public boolean mentions(String column) {
            if (kind == Kind.IDENTIFIER && column.equals(name)) {
                return true;
            }
            for (Expr c : children) {
                if (c.mentions(column)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A data type: {@code name} with optional parameters. Parameters are types, literals ({@code literal} set; enum
     * values {@code 'a' = 1} are one literal) or named fields of {@code Tuple}/{@code Nested} ({@code field} set).
     */
    public record DataType(
            String name, TextRange nameRange, List<DataType> params, TextRange range, boolean literal, String field) {
        /** The type without {@code Nullable}/{@code LowCardinality} wrappers. */
        public DataType unwrapped() {
            if (!literal
                    && params.size() == 1
                    && ("Nullable".equalsIgnoreCase(name) || "LowCardinality".equalsIgnoreCase(name))) {
                return params.get(0).unwrapped();
            }
            return this;
        }
    }

    /** A column of a table (or dictionary attribute, or an ALTER's column). {@code type} may be null (type from default). */
    public record Column(
            String name, TextRange nameRange, DataType type, String defaultKind, Expr defaultExpr, TextRange range) {}

    /** {@code ENGINE [=] Name[(args)]}: {@code range} covers the name and arguments, {@code clause} the whole clause. */
    public record Engine(String name, TextRange nameRange, List<Expr> args, TextRange range, TextRange clause) {
        public boolean isReplacing() {
            return name.endsWith("ReplacingMergeTree");
        }

        public boolean isAggregating() {
            return name.endsWith("AggregatingMergeTree");
        }
    }

    /** {@code INDEX name expr TYPE type GRANULARITY n} (table element or ALTER ... ADD INDEX). */
    public record Index(String name, TextRange nameRange, Expr expr, DataType type, TextRange range) {}

    /** A SELECT query (a view's body, {@code INSERT ... SELECT}, {@code CREATE TABLE ... AS SELECT}). */
    public record Select(TextRange range, SelectFacts facts) {}

    /**
     * One action of {@code ALTER TABLE}: {@code kind} like "ADD COLUMN", "UPDATE", "DROP PARTITION". {@code ifExists}:
     * the action said {@code IF EXISTS}; {@code newName}: the new name of {@code RENAME COLUMN}; {@code key}: the
     * expression of {@code MODIFY ORDER BY}; {@code columnRefs}: other columns it names ({@code UPDATE c = ...},
     * {@code AFTER c}).
     */
    public record AlterAction(
            String kind,
            TextRange range,
            String target,
            TextRange targetRange,
            Column column,
            boolean ifExists,
            String newName,
            Expr key,
            List<Identifier> columnRefs) {
        public AlterAction(String kind, TextRange range, String target, TextRange targetRange, Column column) {
            this(kind, range, target, targetRange, column, false, null, null, List.of());
        }
    }

    /** A plain name with its range (a column an INSERT or ALTER names). */
    public record Identifier(String name, TextRange range) {}
}

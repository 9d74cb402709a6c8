package dev.migrationlsp.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable rule codes (DESIGN.md section 4). Codes are API: tests, configuration, ignore comments, baselines and the
 * CLI's JSON use the {@link #id()}.
 */
public enum RuleCode {
    // Revision graph (Alembic)
    MULTIPLE_HEADS("multiple-heads", Severity.ERROR, Area.REVISION_GRAPH, "Two or more heads on the same branch"),
    UNKNOWN_DOWN_REVISION("unknown-down-revision", Severity.ERROR, Area.REVISION_GRAPH, "down_revision or depends_on names a revision no file declares"),
    DUPLICATE_REVISION("duplicate-revision", Severity.ERROR, Area.REVISION_GRAPH, "Two files declare the same revision"),
    REVISION_CYCLE("revision-cycle", Severity.ERROR, Area.REVISION_GRAPH, "The revision graph has a cycle"),
    REVISION_MISMATCH("revision-mismatch", Severity.WARNING, Area.REVISION_GRAPH, "Docstring or file name disagrees with revision/down_revision"),

    // PostgreSQL conventions
    MISSING_ORG_ID("missing-org-id", Severity.WARNING, Area.POSTGRES_AND_CLICKHOUSE, "A created table has no org_id column"),
    ORG_ID_TYPE("org-id-type", Severity.WARNING, Area.POSTGRES, "org_id is not sa.Text() with default \"default\""),
    MISSING_TIMESTAMPS("missing-timestamps", Severity.WARNING, Area.POSTGRES, "A created table lacks created_at and/or updated_at"),
    NAIVE_TIMESTAMP("naive-timestamp", Severity.WARNING, Area.POSTGRES, "sa.DateTime without timezone=True"),
    STRING_COLUMN("string-column", Severity.WARNING, Area.POSTGRES, "sa.String / sa.VARCHAR used for text"),
    NON_UUID_PRIMARY_KEY("non-uuid-primary-key", Severity.WARNING, Area.POSTGRES, "Primary key is not UUID(as_uuid=True)"),
    EMPTY_DOWNGRADE("empty-downgrade", Severity.WARNING, Area.POSTGRES, "downgrade() is empty while upgrade() changes the schema"),

    // PostgreSQL migration safety (locks, rewrites and breaking changes on existing tables)
    NON_CONCURRENT_INDEX("non-concurrent-index", Severity.WARNING, Area.POSTGRES, "An index on an existing table is built without CONCURRENTLY (blocks writes)"),
    REQUIRED_COLUMN_WITHOUT_DEFAULT("required-column-without-default", Severity.WARNING, Area.POSTGRES, "A NOT NULL column without a server default is added to an existing table"),
    VOLATILE_DEFAULT("volatile-default", Severity.WARNING, Area.POSTGRES, "A column added with a default that rewrites the table"),
    TABLE_REWRITE_TYPE_CHANGE("table-rewrite-type-change", Severity.WARNING, Area.POSTGRES, "A column type change that rewrites the table"),
    SET_NOT_NULL("set-not-null", Severity.WARNING, Area.POSTGRES, "SET NOT NULL on an existing column without a validated CHECK first"),
    CONSTRAINT_NOT_VALID("constraint-not-valid", Severity.WARNING, Area.POSTGRES, "A foreign key or check constraint is added without NOT VALID"),
    UNIQUE_CONSTRAINT_WITHOUT_INDEX("unique-constraint-without-index", Severity.WARNING, Area.POSTGRES, "A unique or primary key constraint is not built from a concurrently created index"),
    RENAME_BREAKS_CODE("rename-breaks-code", Severity.INFO, Area.POSTGRES, "A table or column rename breaks code that still uses the old name"),
    DROP_LOSES_DATA("drop-loses-data", Severity.INFO, Area.POSTGRES, "A dropped table or column loses its data and breaks code that uses it"),
    MISSING_LOCK_TIMEOUT("missing-lock-timeout", Severity.WARNING, Area.POSTGRES, "A blocking lock on an existing table without SET lock_timeout first"),
    UNKNOWN_COLUMN("unknown-column", Severity.WARNING, Area.POSTGRES_AND_CLICKHOUSE, "An operation names a column its table does not have at that point"),

    // ClickHouse conventions
    SYNTAX_ERROR("syntax-error", Severity.ERROR, Area.CLICKHOUSE, "A statement does not parse"),
    STATEMENT_SPLIT("statement-split", Severity.ERROR, Area.CLICKHOUSE, "The migration runner would split a statement wrongly"),
    MUTABLE_TABLE_ENGINE("mutable-table-engine", Severity.WARNING, Area.CLICKHOUSE, "A mutable entity table is not ReplacingMergeTree"),
    ROLLUP_ENGINE("rollup-engine", Severity.WARNING, Area.CLICKHOUSE, "A daily rollup is not AggregatingMergeTree"),
    ROLLUP_PARTITION("rollup-partition", Severity.WARNING, Area.CLICKHOUSE, "A rollup lacks PARTITION BY toYYYYMM(day)"),
    ROLLUP_COUNTER_TYPE("rollup-counter-type", Severity.WARNING, Area.CLICKHOUSE, "A rollup counter is not SimpleAggregateFunction(sum, UInt64)"),
    MISSING_IF_NOT_EXISTS("missing-if-not-exists", Severity.WARNING, Area.CLICKHOUSE, "CREATE without IF NOT EXISTS"),
    ORG_ID_NOT_IN_SORTING_KEY("org-id-not-in-sorting-key", Severity.WARNING, Area.CLICKHOUSE, "ReplacingMergeTree ORDER BY lacks org_id"),
    MUTABLE_SOURCE_IN_VIEW("mutable-source-in-view", Severity.WARNING, Area.CLICKHOUSE, "A materialized view reads a mutable table"),
    MIGRATION_NUMBERING("migration-numbering", Severity.WARNING, Area.CLICKHOUSE, "Bad, taken or gapped migration number"),
    HEADER_COMMENT("header-comment", Severity.INFO, Area.CLICKHOUSE, "Missing or wrong header comment"),
    UNKNOWN_TABLE("unknown-table", Severity.WARNING, Area.POSTGRES_AND_CLICKHOUSE, "A statement names a table no earlier migration creates"),

    // The tool's own configuration
    INVALID_CONFIGURATION("invalid-configuration", Severity.ERROR, Area.CONFIGURATION, "The migration-lsp configuration is invalid");

    /** Which family of files a rule concerns; used for docs and the {@code rules} command. */
    public enum Area { REVISION_GRAPH, POSTGRES, CLICKHOUSE, POSTGRES_AND_CLICKHOUSE, CONFIGURATION }

    private final String id;
    private final Severity defaultSeverity;
    private final Area area;
    private final String summary;

    RuleCode(String id, Severity defaultSeverity, Area area, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.area = area;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public Area area() {
        return area;
    }

    public String summary() {
        return summary;
    }

    /** Where the rule reference lives; each rule is a section whose heading is its code. */
    public static final String DOCS_BASE = "https://github.com/migration-lsp/migration-lsp/blob/main/docs/rules.md";

    /** Anchor of this rule's section in docs/rules.md (GitHub's heading slug of the code). */
    public String docAnchor() {
        return id;
    }

    public String docUrl() {
        return DOCS_BASE + "#" + docAnchor();
    }

    public static Optional<RuleCode> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}

package dev.migrationlsp.core;

import static dev.migrationlsp.core.RuleCode.Area.CLICKHOUSE;
import static dev.migrationlsp.core.RuleCode.Area.CONFIGURATION;
import static dev.migrationlsp.core.RuleCode.Area.POSTGRES;
import static dev.migrationlsp.core.RuleCode.Area.POSTGRES_AND_CLICKHOUSE;
import static dev.migrationlsp.core.RuleCode.Area.POSTGRES_SAFETY;
import static dev.migrationlsp.core.RuleCode.Area.REVISION_GRAPH;
import static dev.migrationlsp.core.RuleCode.FixSafety.NONE;
import static dev.migrationlsp.core.RuleCode.FixSafety.SAFE;
import static dev.migrationlsp.core.RuleCode.FixSafety.UNSAFE;
import static dev.migrationlsp.core.Severity.ERROR;
import static dev.migrationlsp.core.Severity.INFO;
import static dev.migrationlsp.core.Severity.WARNING;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rule catalog: the one place a rule's metadata lives. Codes are API: tests, configuration, ignore comments,
 * baselines and the CLI's JSON use the {@link #id()}.
 *
 * <p>Each entry holds the code, default severity, area, {@link FixSafety fix safety} and a one-line summary. The
 * documentation paragraph is the {@code ### <code>} section of {@code docs/rules.md} ({@link #docAnchor()}), which is
 * packed into the jar for hovers. Generated from this enum, and checked by {@code RuleCatalogTest}: the {@code rules}
 * command, the catalog table at the top of {@code docs/rules.md} and the {@code migrationLsp.rules} settings of
 * {@code clients/vscode/package.json}. After adding or changing an entry run
 * {@code ./mvnw -q -o test -Dtest=RuleCatalogTest -Dmigrationlsp.regenerate=true} (see CONTRIBUTING.md).
 *
 * <p>New entries go at the end of their area's group.
 */
public enum RuleCode {
    // Revision graph (Alembic)
    MULTIPLE_HEADS("multiple-heads", ERROR, REVISION_GRAPH, NONE, "Two or more heads on the same branch"),
    UNKNOWN_DOWN_REVISION(
            "unknown-down-revision",
            ERROR,
            REVISION_GRAPH,
            NONE,
            "down_revision or depends_on names a revision no file declares"),
    DUPLICATE_REVISION("duplicate-revision", ERROR, REVISION_GRAPH, NONE, "Two files declare the same revision"),
    REVISION_CYCLE("revision-cycle", ERROR, REVISION_GRAPH, NONE, "The revision graph has a cycle"),
    REVISION_MISMATCH(
            "revision-mismatch",
            WARNING,
            REVISION_GRAPH,
            SAFE,
            "Docstring or file name disagrees with revision/down_revision"),
    INVALID_REVISION(
            "invalid-revision",
            ERROR,
            REVISION_GRAPH,
            NONE,
            "A revision file assigns no revision string, so Alembic cannot load the history"),

    // PostgreSQL conventions
    MISSING_ORG_ID("missing-org-id", WARNING, POSTGRES_AND_CLICKHOUSE, SAFE, "A created table has no org_id column"),
    ORG_ID_TYPE("org-id-type", WARNING, POSTGRES, UNSAFE, "org_id is not sa.Text() with default \"default\""),
    MISSING_TIMESTAMPS(
            "missing-timestamps", WARNING, POSTGRES, SAFE, "A created table lacks created_at and/or updated_at"),
    NAIVE_TIMESTAMP("naive-timestamp", WARNING, POSTGRES, SAFE, "sa.DateTime without timezone=True"),
    STRING_COLUMN("string-column", WARNING, POSTGRES, SAFE, "sa.String / sa.VARCHAR used for text"),
    NON_UUID_PRIMARY_KEY("non-uuid-primary-key", WARNING, POSTGRES, UNSAFE, "Primary key is not UUID(as_uuid=True)"),
    EMPTY_DOWNGRADE(
            "empty-downgrade", WARNING, POSTGRES, SAFE, "downgrade() is empty while upgrade() changes the schema"),
    INVALID_SOURCE(
            "invalid-source",
            ERROR,
            POSTGRES,
            NONE,
            "Python would refuse to compile the revision file (invalid UTF-8, null byte)"),

    // PostgreSQL migration safety (locks, rewrites and breaking changes on existing tables)
    NON_CONCURRENT_INDEX(
            "non-concurrent-index",
            WARNING,
            POSTGRES_SAFETY,
            UNSAFE,
            "An index on an existing table is built without CONCURRENTLY (blocks writes)"),
    REQUIRED_COLUMN_WITHOUT_DEFAULT(
            "required-column-without-default",
            WARNING,
            POSTGRES_SAFETY,
            UNSAFE,
            "A NOT NULL column without a server default is added to an existing table"),
    VOLATILE_DEFAULT(
            "volatile-default",
            WARNING,
            POSTGRES_SAFETY,
            UNSAFE,
            "A column added with a default that rewrites the table"),
    TABLE_REWRITE_TYPE_CHANGE(
            "table-rewrite-type-change",
            WARNING,
            POSTGRES_SAFETY,
            NONE,
            "A column type change that rewrites the table"),
    SET_NOT_NULL(
            "set-not-null",
            WARNING,
            POSTGRES_SAFETY,
            UNSAFE,
            "SET NOT NULL on an existing column without a validated CHECK first"),
    CONSTRAINT_NOT_VALID(
            "constraint-not-valid",
            WARNING,
            POSTGRES_SAFETY,
            UNSAFE,
            "A foreign key or check constraint is added without NOT VALID"),
    UNIQUE_CONSTRAINT_WITHOUT_INDEX(
            "unique-constraint-without-index",
            WARNING,
            POSTGRES_SAFETY,
            UNSAFE,
            "A unique or primary key constraint is not built from a concurrently created index"),
    RENAME_BREAKS_CODE(
            "rename-breaks-code",
            INFO,
            POSTGRES_SAFETY,
            UNSAFE,
            "A table or column rename breaks code that still uses the old name"),
    DROP_LOSES_DATA(
            "drop-loses-data",
            INFO,
            POSTGRES_SAFETY,
            NONE,
            "A dropped table or column loses its data and breaks code that uses it"),
    MISSING_LOCK_TIMEOUT(
            "missing-lock-timeout",
            WARNING,
            POSTGRES_SAFETY,
            UNSAFE,
            "A blocking lock on an existing table without SET lock_timeout first"),

    // ClickHouse conventions
    SYNTAX_ERROR("syntax-error", ERROR, CLICKHOUSE, NONE, "A statement does not parse"),
    STATEMENT_SPLIT("statement-split", ERROR, CLICKHOUSE, NONE, "The migration runner would split a statement wrongly"),
    MUTABLE_TABLE_ENGINE(
            "mutable-table-engine", WARNING, CLICKHOUSE, UNSAFE, "A mutable entity table is not ReplacingMergeTree"),
    ROLLUP_ENGINE("rollup-engine", WARNING, CLICKHOUSE, UNSAFE, "A daily rollup is not AggregatingMergeTree"),
    ROLLUP_PARTITION("rollup-partition", WARNING, CLICKHOUSE, SAFE, "A rollup lacks PARTITION BY toYYYYMM(day)"),
    ROLLUP_COUNTER_TYPE(
            "rollup-counter-type",
            WARNING,
            CLICKHOUSE,
            UNSAFE,
            "A rollup counter is not SimpleAggregateFunction(sum, UInt64)"),
    MISSING_IF_NOT_EXISTS("missing-if-not-exists", WARNING, CLICKHOUSE, SAFE, "CREATE without IF NOT EXISTS"),
    ORG_ID_NOT_IN_SORTING_KEY(
            "org-id-not-in-sorting-key", WARNING, CLICKHOUSE, NONE, "ReplacingMergeTree ORDER BY lacks org_id"),
    MUTABLE_SOURCE_IN_VIEW(
            "mutable-source-in-view", WARNING, CLICKHOUSE, NONE, "A materialized view reads a mutable table"),
    MIGRATION_NUMBERING("migration-numbering", WARNING, CLICKHOUSE, UNSAFE, "Bad, taken or gapped migration number"),
    HEADER_COMMENT("header-comment", INFO, CLICKHOUSE, SAFE, "Missing or wrong header comment"),
    UNKNOWN_TABLE(
            "unknown-table",
            WARNING,
            POSTGRES_AND_CLICKHOUSE,
            NONE,
            "A statement names a table no earlier migration creates"),
    UNKNOWN_COLUMN(
            "unknown-column",
            WARNING,
            POSTGRES_AND_CLICKHOUSE,
            NONE,
            "A statement or operation names a column its table does not have at that point"),

    // The tool's own configuration
    INVALID_CONFIGURATION(
            "invalid-configuration", ERROR, CONFIGURATION, NONE, "The migration-lsp configuration is invalid");

    /** Which family of files a rule concerns; the catalog groups rules by it. */
    public enum Area {
        REVISION_GRAPH("Revision graph (Alembic)"),
        POSTGRES("PostgreSQL (Alembic)"),
        POSTGRES_SAFETY("PostgreSQL migration safety (Alembic)"),
        CLICKHOUSE("ClickHouse"),
        POSTGRES_AND_CLICKHOUSE("PostgreSQL and ClickHouse"),
        CONFIGURATION("Configuration");

        private final String title;

        Area(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What the rule's quick fixes do to a file; {@code source.fixAll} applies only safe fixes. */
    public enum FixSafety {
        /** Some or all findings get a fix that keeps what the author clearly meant; fix-all applies it. */
        SAFE("safe"),
        /** The fixes change behaviour or data (a type, an engine, a file name): offered, never applied by fix-all. */
        UNSAFE("unsafe"),
        /** No automatic fix: the documentation says what to do. */
        NONE("none");

        private final String id;

        FixSafety(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final String id;
    private final Severity defaultSeverity;
    private final Area area;
    private final FixSafety fixSafety;
    private final String summary;

    RuleCode(String id, Severity defaultSeverity, Area area, FixSafety fixSafety, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.area = area;
        this.fixSafety = fixSafety;
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

    public FixSafety fixSafety() {
        return fixSafety;
    }

    /** One line, no final period: the {@code rules} command, the catalog table, the VS Code setting's description. */
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

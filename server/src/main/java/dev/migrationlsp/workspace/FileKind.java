package dev.migrationlsp.workspace;

/** What a workspace file is to this tool. */
public enum FileKind {
    /** A revision file in the Alembic versions directory. */
    ALEMBIC,
    /** A numbered {@code .sql} file in the ClickHouse migrations directory. */
    CLICKHOUSE_SQL,
    /** A numbered {@code .py} data migration in the ClickHouse migrations directory. */
    CLICKHOUSE_PY,
    /** The configuration file ({@code .migration-lsp.toml} or {@code pyproject.toml}). */
    CONFIG,
    OTHER
}

package dev.migrationlsp.create;

import java.util.Optional;

/**
 * What a client asked for. Every string is untrusted: {@link Names} validates it before it reaches a file name or a
 * template. Blank optional values count as absent.
 *
 * @param kind    ClickHouse: {@code table|rollup|alter|data}; PostgreSQL: {@code revision} (default) or {@code table}
 * @param table   the table to create or alter
 * @param branch  PostgreSQL: the branch label to extend when there are several heads
 * @param head    PostgreSQL: the exact head revision to extend
 * @param source  ClickHouse rollups: the table the materialized view reads (default: the rollup name without {@code _daily})
 * @param history PostgreSQL: the Alembic history to extend when the workspace has several
 */
public record CreateRequest(
        Target target,
        String description,
        Optional<String> kind,
        Optional<String> table,
        Optional<String> branch,
        Optional<String> head,
        Optional<String> source,
        Optional<String> history)
        implements MigrationRequest {

    public CreateRequest(
            Target target,
            String description,
            Optional<String> kind,
            Optional<String> table,
            Optional<String> branch,
            Optional<String> head,
            Optional<String> source) {
        this(target, description, kind, table, branch, head, source, Optional.empty());
    }

    public CreateRequest {
        history = clean(history);
        kind = clean(kind);
        table = clean(table);
        branch = clean(branch);
        head = clean(head);
        source = clean(source);
    }

    public static CreateRequest postgres(String description) {
        return new CreateRequest(
                Target.POSTGRES,
                description,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public static CreateRequest clickhouse(String description, ClickHouseKind kind, String table) {
        return new CreateRequest(
                Target.CLICKHOUSE,
                description,
                Optional.of(kind.id()),
                Optional.ofNullable(table),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public CreateRequest withTable(String t) {
        return new CreateRequest(target, description, kind, Optional.ofNullable(t), branch, head, source, history);
    }

    public CreateRequest withBranch(String b) {
        return new CreateRequest(target, description, kind, table, Optional.ofNullable(b), head, source, history);
    }

    public CreateRequest withHead(String h) {
        return new CreateRequest(target, description, kind, table, branch, Optional.ofNullable(h), source, history);
    }

    public CreateRequest withSource(String s) {
        return new CreateRequest(target, description, kind, table, branch, head, Optional.ofNullable(s), history);
    }

    public CreateRequest withHistory(String h) {
        return new CreateRequest(target, description, kind, table, branch, head, source, Optional.ofNullable(h));
    }

    private static Optional<String> clean(Optional<String> v) {
        return v == null ? Optional.empty() : v.map(String::strip).filter(s -> !s.isEmpty());
    }
}

package dev.migrationlsp.create;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a new ClickHouse migration does; each kind has its own template. */
public enum ClickHouseKind {
    /** A mutable entity table: ReplacingMergeTree on a version column, org_id first in the sorting key. */
    TABLE("table", "clickhouse/table.sql.ftl", ".sql"),
    /** A daily rollup (AggregatingMergeTree) and the materialized view that feeds it. */
    ROLLUP("rollup", "clickhouse/rollup.sql.ftl", ".sql"),
    /** A column added to an existing table. */
    ALTER("alter", "clickhouse/alter.sql.ftl", ".sql"),
    /** A data migration that needs logic: {@code upgrade(client)} in Python. */
    DATA("data", "clickhouse/data.py.ftl", ".py");

    private final String id;
    private final String template;
    private final String extension;

    ClickHouseKind(String id, String template, String extension) {
        this.id = id;
        this.template = template;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String template() {
        return template;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ClickHouseKind> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String k = s.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(k)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(ClickHouseKind::id).collect(Collectors.joining(", "));
    }
}

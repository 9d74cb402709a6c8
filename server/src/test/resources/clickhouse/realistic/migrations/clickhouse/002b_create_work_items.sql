-- 002b_create_work_items.sql
-- Work items from the issue tracker (a number collision inherited from history: 002 and 002b).
--
-- Tables affected:
--   - work_items: created

CREATE TABLE IF NOT EXISTS work_items (
    org_id LowCardinality(String),
    id String,
    kind Enum8('bug' = 1, 'story' = 2, 'task' = 3, 'epic' = 4),
    status LowCardinality(String),
    points Nullable(Decimal(6, 2)),
    custom_fields Map(String, Nullable(String)),
    computed_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(computed_at)
PARTITION BY toYYYYMM(computed_at)
ORDER BY (org_id, id)
TTL toDateTime(computed_at) + INTERVAL 90 DAY DELETE;

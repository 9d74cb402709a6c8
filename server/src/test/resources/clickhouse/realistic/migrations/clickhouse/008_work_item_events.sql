-- 008_work_item_events.sql
-- Work item status changes, append-only. A string with '--' inside would break the runner, so the separator is '|'.
--
-- Tables affected:
--   - work_item_events: created
--   - work_item_status_daily: created (rollup)
--   - work_item_status_daily_mv: created (feeds work_item_status_daily)

CREATE TABLE IF NOT EXISTS work_item_events (
    org_id LowCardinality(String),
    work_item_id String,
    from_status LowCardinality(Nullable(String)),
    to_status LowCardinality(String),
    changed_at DateTime64(3, 'UTC'),
    path String DEFAULT concat(org_id, '|', work_item_id)
) ENGINE = MergeTree
PARTITION BY toYYYYMM(changed_at)
ORDER BY (org_id, work_item_id, changed_at);

CREATE TABLE IF NOT EXISTS work_item_status_daily (
    org_id LowCardinality(String),
    day Date,
    to_status LowCardinality(String),
    transitions SimpleAggregateFunction(sum, UInt64)
) ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (org_id, day, to_status);

CREATE MATERIALIZED VIEW IF NOT EXISTS work_item_status_daily_mv TO work_item_status_daily AS
SELECT org_id, toDate(changed_at) AS day, to_status, count() AS transitions
FROM work_item_events
WHERE to_status != ''
GROUP BY org_id, day, to_status;

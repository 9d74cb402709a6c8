-- 007_pr_metrics.sql
-- Per-day pull request metrics computed by the metrics job (it inserts snapshots, nothing is materialized).
--
-- Tables affected:
--   - pr_metrics_daily: created

CREATE TABLE IF NOT EXISTS pr_metrics_daily (
    org_id LowCardinality(String),
    repo_id UUID,
    day Date,
    median_cycle_hours Float64,
    p90_cycle_hours Float64,
    merged_count UInt32,
    computed_at DateTime DEFAULT now()
) ENGINE = ReplacingMergeTree(computed_at)
PARTITION BY toYYYYMM(day)
ORDER BY (org_id, repo_id, day)
TTL day + INTERVAL 365 DAY
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1;

ALTER TABLE pr_metrics_daily MODIFY TTL day + INTERVAL 730 DAY;

-- 002_create_pull_requests.sql
-- Pull requests change state, so rows are re-inserted on every sync (mutable: never materialize from it).
--
-- Tables affected:
--   - pull_requests: created

CREATE TABLE IF NOT EXISTS pull_requests (
    org_id LowCardinality(String) DEFAULT 'default',
    repo_id UUID,
    number UInt32,
    title String,
    state Enum8('open' = 1, 'merged' = 2, 'closed' = 3),
    author Nullable(String),
    labels Array(LowCardinality(String)),
    created_at DateTime64(3, 'UTC'),
    merged_at Nullable(DateTime64(3, 'UTC')),
    updated_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (org_id, repo_id, number);

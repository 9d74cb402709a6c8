-- 001_create_commits.sql
-- Raw commits: immutable, safe to materialize from.
--
-- Tables affected:
--   - commits: created

CREATE TABLE IF NOT EXISTS commits
(
    `org_id` LowCardinality(String),
    `repo_id` UUID,
    `sha` FixedString(40),
    `author_email` String CODEC(ZSTD(3)),
    `message` String,
    `committed_at` DateTime64(3, 'UTC'),
    `additions` UInt32,
    `deletions` UInt32,
    `files` Array(Tuple(path String, additions UInt32, deletions UInt32)),
    INDEX author_idx author_email TYPE bloom_filter GRANULARITY 4
)
ENGINE MergeTree
PARTITION BY toYYYYMM(committed_at)
ORDER BY (org_id, repo_id, committed_at, sha)
TTL toDateTime(committed_at) + INTERVAL 730 DAY DELETE
SETTINGS index_granularity = 8192;

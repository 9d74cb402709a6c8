-- 000_create_commits.sql
-- Raw commits, one row per commit. Commits never change once written, so this table is
-- immutable and safe to materialize from.
--
-- Tables affected:
--   - commits: created

CREATE TABLE IF NOT EXISTS commits (
    org_id LowCardinality(String) DEFAULT 'default',
    repo_id UUID,
    sha FixedString(40),
    author_email String,
    committed_at DateTime64(3, 'UTC'),
    additions UInt32,
    deletions UInt32
) ENGINE = MergeTree()
PARTITION BY toYYYYMM(committed_at)
ORDER BY (org_id, repo_id, committed_at, sha)
SETTINGS index_granularity = 8192;

-- 000_create_repos.sql
-- Repositories. Re-synced from the git host, deduplicated on last_synced.
--
-- Tables affected:
--   - repos: created

CREATE TABLE IF NOT EXISTS repos (
    org_id LowCardinality(String) DEFAULT 'default',
    id UUID,
    full_name String,
    default_branch LowCardinality(String) DEFAULT 'main',
    topics Array(String),
    settings Map(String, String),
    archived Bool DEFAULT false,
    last_synced DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(last_synced)
ORDER BY (org_id, id)
SETTINGS index_granularity = 8192;

-- 003_commits_daily.sql
-- Daily commit counts per repository, built from immutable commits.
--
-- Tables affected:
--   - commits_daily: created (rollup)
--   - commits_daily_mv: created (feeds commits_daily)

CREATE TABLE IF NOT EXISTS commits_daily (
    org_id LowCardinality(String),
    repo_id UUID,
    day Date,
    commits SimpleAggregateFunction(sum, UInt64),
    additions SimpleAggregateFunction(sum, UInt64),
    authors AggregateFunction(uniq, String)
) ENGINE = AggregatingMergeTree()
PARTITION BY toYYYYMM(day)
ORDER BY (org_id, repo_id, day);

CREATE MATERIALIZED VIEW IF NOT EXISTS commits_daily_mv TO commits_daily AS
SELECT
    org_id,
    repo_id,
    toDate(committed_at) AS day,
    count() AS commits,
    sum(additions) AS additions,
    uniqState(author_email) AS authors
FROM commits
GROUP BY org_id, repo_id, day;

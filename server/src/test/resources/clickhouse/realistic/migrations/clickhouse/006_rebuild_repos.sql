-- 006_rebuild_repos.sql
-- Rebuild repos with a new sorting key: build a copy, swap it in, drop the old one.
--
-- Tables affected:
--   - repos_new: created, exchanged with repos, dropped

CREATE TABLE IF NOT EXISTS repos_new (
    org_id LowCardinality(String) DEFAULT 'default',
    id UUID,
    full_name String,
    default_branch LowCardinality(String) DEFAULT 'main',
    topics Array(String),
    settings Map(String, String),
    archived Bool DEFAULT false,
    last_synced DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(last_synced)
ORDER BY (org_id, full_name, id);

INSERT INTO repos_new SELECT * FROM repos FINAL;

EXCHANGE TABLES repos AND repos_new;

DROP TABLE IF EXISTS repos_new;

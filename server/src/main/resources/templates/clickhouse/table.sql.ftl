<#-- A mutable entity table (guide: ReplacingMergeTree for PRs, work items). Model: fileName, description, table,
     versionColumn. Comments must not contain ';' (the runner splits on every ';'). -->
-- ${fileName}
-- ${description}
-- Mutable entity table: rows are re-inserted on every sync and deduplicated by ReplacingMergeTree on
-- ${versionColumn}, org_id first in the sorting key so tenants never merge. Mutable: do not materialize from it.
--
-- Tables affected:
--   - ${table}: created

CREATE TABLE IF NOT EXISTS ${table} (
    org_id LowCardinality(String) DEFAULT 'default',
    id UUID,
    created_at DateTime64(3, 'UTC'),
    ${versionColumn} DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(${versionColumn})
ORDER BY (org_id, id);

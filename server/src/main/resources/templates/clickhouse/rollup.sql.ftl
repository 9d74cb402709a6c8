<#-- A daily rollup and the materialized view that feeds it (guide: AggregatingMergeTree, PARTITION BY toYYYYMM(day),
     SimpleAggregateFunction(sum, UInt64) counters). Model: fileName, description, table, view, source, timeColumn,
     counter. -->
-- ${fileName}
-- ${description}
-- Daily rollup of ${source}, which is immutable (rows are never rewritten), so it is safe to materialize.
--
-- Tables affected:
--   - ${table}: created (rollup)
--   - ${view}: created (feeds ${table})

CREATE TABLE IF NOT EXISTS ${table} (
    org_id LowCardinality(String),
    day Date,
    ${counter} SimpleAggregateFunction(sum, UInt64)
) ENGINE = AggregatingMergeTree()
PARTITION BY toYYYYMM(day)
ORDER BY (org_id, day);

CREATE MATERIALIZED VIEW IF NOT EXISTS ${view} TO ${table} AS
SELECT
    org_id,
    toDate(${timeColumn}) AS day,
    count() AS ${counter}
FROM ${source}
GROUP BY org_id, day;

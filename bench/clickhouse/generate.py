#!/usr/bin/env python3
"""Generate a workspace of N numbered ClickHouse migrations of the shapes real repositories have (see docs/benchmarks.md).

Usage: generate.py N OUTDIR   -> OUTDIR/.migration-lsp.toml and OUTDIR/migrations/clickhouse/NNNN_*.sql|py
The history is consistent (every ALTER/INSERT/view names a table an earlier file created), so `check` should report
nothing: the benchmark measures the cost of a clean run over a long history.
"""
import os
import sys

ENTITY = """-- {name}
-- Entity {t}: re-synced from the source system, deduplicated on updated_at.
--
-- Tables affected:
--   - {t}: created

CREATE TABLE IF NOT EXISTS {t} (
    org_id LowCardinality(String) DEFAULT 'default',
    id UUID,
    title String,
    state Enum8('open' = 1, 'merged' = 2, 'closed' = 3),
    author Nullable(String),
    labels Array(LowCardinality(String)),
    attributes Map(String, String),
    created_at DateTime64(3, 'UTC'),
    closed_at Nullable(DateTime64(3, 'UTC')),
    updated_at DateTime64(3, 'UTC'),
    INDEX title_idx lower(title) TYPE ngrambf_v1(3, 256, 2, 0) GRANULARITY 1
) ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (org_id, id)
SETTINGS index_granularity = 8192;
"""

EVENTS = """-- {name}
-- Append-only events for {t}: immutable, safe to materialize from.
--
-- Tables affected:
--   - {t}: created

CREATE TABLE IF NOT EXISTS {t} (
    org_id LowCardinality(String),
    entity_id UUID,
    kind LowCardinality(String),
    amount UInt32,
    happened_at DateTime64(3, 'UTC'),
    payload String CODEC(ZSTD(3))
) ENGINE MergeTree
PARTITION BY toYYYYMM(happened_at)
ORDER BY (org_id, entity_id, happened_at)
TTL toDateTime(happened_at) + INTERVAL 90 DAY DELETE
SETTINGS index_granularity = 8192;
"""

ROLLUP = """-- {name}
-- Daily rollup of {src}.
--
-- Tables affected:
--   - {t}: created (rollup)
--   - {t}_mv: created (feeds {t})

CREATE TABLE IF NOT EXISTS {t} (
    org_id LowCardinality(String),
    kind LowCardinality(String),
    day Date,
    events SimpleAggregateFunction(sum, UInt64),
    amount SimpleAggregateFunction(sum, UInt64),
    entities AggregateFunction(uniq, UUID)
) ENGINE = AggregatingMergeTree()
PARTITION BY toYYYYMM(day)
ORDER BY (org_id, kind, day);

CREATE MATERIALIZED VIEW IF NOT EXISTS {t}_mv TO {t} AS
SELECT
    org_id,
    kind,
    toDate(happened_at) AS day,
    count() AS events,
    sum(amount) AS amount,
    uniqState(entity_id) AS entities
FROM {src}
GROUP BY org_id, kind, day;
"""

ALTER = """-- {name}
-- New columns on {t}.
--
-- Tables affected:
--   - {t}: new columns c{i}_flag, c{i}_score

ALTER TABLE {t} ADD COLUMN IF NOT EXISTS c{i}_flag UInt8 DEFAULT 0 AFTER title;
ALTER TABLE {t}
    ADD COLUMN IF NOT EXISTS c{i}_score Nullable(Float64) AFTER c{i}_flag,
    MODIFY COLUMN IF EXISTS author LowCardinality(Nullable(String));
"""

REBUILD = """-- {name}
-- Rebuild {t} with a new sorting key: copy, swap, drop.
--
-- Tables affected:
--   - {t}_next: created, exchanged with {t}, dropped

CREATE TABLE IF NOT EXISTS {t}_next AS {t}
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (org_id, created_at, id);

INSERT INTO {t}_next SELECT * FROM {t} FINAL;

EXCHANGE TABLES {t} AND {t}_next;

DROP TABLE IF EXISTS {t}_next;
"""

PYTHON = '''"""{name}: backfill {t}.c{j}_flag (needs logic, so Python)."""


def upgrade(client):
    rows = client.query("SELECT org_id, id FROM {t} FINAL WHERE state = 'open'").result_rows
    for org_id, entity_id in rows:
        client.command(
            "ALTER TABLE {t} UPDATE c{j}_flag = 1 WHERE org_id = %(o)s AND id = %(i)s",
            parameters={{"o": org_id, "i": entity_id}},
        )
'''


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    mig = os.path.join(out, "migrations", "clickhouse")
    os.makedirs(mig, exist_ok=True)
    with open(os.path.join(out, ".migration-lsp.toml"), "w") as f:
        f.write('clickhouse-migrations = "migrations/clickhouse"\n')
    entities, events, altered = [], [], []
    width = max(3, len(str(n - 1)))
    for i in range(n):
        num = str(i).zfill(width)
        shape = i % 8
        if not entities or shape == 0:
            t = "entity_%d" % i
            name = "%s_create_%s.sql" % (num, t)
            text = ENTITY.format(name=name, t=t)
            entities.append(t)
        elif not events or shape == 1:
            t = "events_%d" % i
            name = "%s_create_%s.sql" % (num, t)
            text = EVENTS.format(name=name, t=t)
            events.append(t)
        elif shape == 2:
            t = "rollup_%d" % i
            name = "%s_create_%s.sql" % (num, t)
            text = ROLLUP.format(name=name, t=t, src=events[-1])
        elif shape in (3, 4, 6):
            t = entities[(i // 8) % len(entities)]
            name = "%s_alter_%s_%d.sql" % (num, t, i)
            text = ALTER.format(name=name, t=t, i=i)
            altered.append((t, i))
        elif shape == 5:
            t = entities[-1]
            name = "%s_rebuild_%s.sql" % (num, t)
            text = REBUILD.format(name=name, t=t)
        else:
            if altered:
                t, j = altered[-1]
                name = "%s_backfill_%s_%d.py" % (num, t, j)
                text = PYTHON.format(name=name, t=t, j=j)
            else:
                t = "entity_%d" % i
                name = "%s_create_%s.sql" % (num, t)
                text = ENTITY.format(name=name, t=t)
                entities.append(t)
        with open(os.path.join(mig, name), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()

-- History cases for the table-level conventions: "==== rule-code: label" starts a case, "---- NNN_name.sql" starts a
-- file of it (written as migrations/clickhouse/NNN_name.sql, in that order); «...» marks each range where that rule must
-- report, in any file (none: it must stay quiet). Configuration: mutable-tables = ["work_items"].
==== missing-org-id: never fixed
---- 000_create.sql
CREATE TABLE IF NOT EXISTS «repos» (id UUID) ENGINE = MergeTree ORDER BY id;
---- 001_alter.sql
ALTER TABLE repos ADD COLUMN IF NOT EXISTS name String;
==== missing-org-id: a later migration adds org_id
---- 000_create.sql
CREATE TABLE IF NOT EXISTS repos (id UUID) ENGINE = MergeTree ORDER BY id;
---- 001_add_org_id.sql
ALTER TABLE repos ADD COLUMN IF NOT EXISTS org_id LowCardinality(String) DEFAULT 'default';
==== missing-org-id: added, then renamed away
---- 000_create.sql
CREATE TABLE IF NOT EXISTS «repos» (id UUID) ENGINE = MergeTree ORDER BY id;
---- 001_add_org_id.sql
ALTER TABLE repos ADD COLUMN IF NOT EXISTS org_id String;
---- 002_rename.sql
ALTER TABLE repos RENAME COLUMN org_id TO tenant;
==== missing-org-id: the table is renamed, then fixed under its new name
---- 000_create.sql
CREATE TABLE IF NOT EXISTS repos (id UUID) ENGINE = MergeTree ORDER BY id;
---- 001_rename.sql
RENAME TABLE repos TO repositories;
---- 002_add_org_id.sql
ALTER TABLE repositories ADD COLUMN IF NOT EXISTS org_id String;
==== missing-org-id: dropped and recreated: only the table in effect is judged
---- 000_create.sql
CREATE TABLE IF NOT EXISTS repos (id UUID) ENGINE = MergeTree ORDER BY id;
---- 001_rebuild.sql
DROP TABLE IF EXISTS repos;
CREATE TABLE IF NOT EXISTS «repos» (id UUID, name String) ENGINE = MergeTree ORDER BY id;
==== missing-org-id: rebuilt with EXCHANGE, the copy dropped
---- 000_create.sql
CREATE TABLE IF NOT EXISTS repos (id UUID) ENGINE = MergeTree ORDER BY id;
---- 001_rebuild.sql
CREATE TABLE IF NOT EXISTS repos_new (org_id String, id UUID) ENGINE = MergeTree ORDER BY (org_id, id);
EXCHANGE TABLES repos AND repos_new;
DROP TABLE IF EXISTS repos_new;
==== missing-org-id: a data migration alters the table: judged as written
---- 000_create.sql
CREATE TABLE IF NOT EXISTS «repos» (id UUID) ENGINE = MergeTree ORDER BY id;
---- 001_backfill.py
def upgrade(client):
    client.command("ALTER TABLE repos ADD COLUMN IF NOT EXISTS org_id String")
==== org-id-not-in-sorting-key: never fixed
---- 000_create.sql
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY «id»;
==== org-id-not-in-sorting-key: a later MODIFY ORDER BY does not add org_id
---- 000_create.sql
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY «id»;
---- 001_key.sql
ALTER TABLE issues ADD COLUMN IF NOT EXISTS v UInt8, MODIFY ORDER BY (id, v);
==== org-id-not-in-sorting-key: rebuilt with org_id leading the key
---- 000_create.sql
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY id;
---- 001_rebuild.sql
CREATE TABLE IF NOT EXISTS issues_new (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY (org_id, id);
EXCHANGE TABLES issues AND issues_new;
DROP TABLE issues_new;
==== mutable-table-engine: an ALTER cannot change the engine
---- 000_create.sql
CREATE TABLE IF NOT EXISTS work_items (org_id String, id String) ENGINE = «MergeTree» ORDER BY (org_id, id);
---- 001_alter.sql
ALTER TABLE work_items ADD COLUMN IF NOT EXISTS updated_at DateTime;
==== mutable-table-engine: rebuilt as ReplacingMergeTree
---- 000_create.sql
CREATE TABLE IF NOT EXISTS work_items (org_id String, id String) ENGINE = MergeTree ORDER BY (org_id, id);
---- 001_rebuild.sql
CREATE TABLE IF NOT EXISTS work_items_new (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY (org_id, id);
EXCHANGE TABLES work_items AND work_items_new;
DROP TABLE work_items_new;
==== mutable-table-engine: dropped for good
---- 000_create.sql
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = MergeTree() ORDER BY (org_id, id);
---- 001_drop.sql
DROP TABLE IF EXISTS issues;
==== rollup-counter-type: a later MODIFY COLUMN fixes one counter of two
---- 000_create.sql
CREATE TABLE IF NOT EXISTS daily (org_id String, day Date, n UInt64, m «UInt64») ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
CREATE TABLE IF NOT EXISTS events (org_id String, ts DateTime) ENGINE = MergeTree ORDER BY (org_id, ts);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n, count() AS m FROM events GROUP BY org_id, day;
---- 001_counter.sql
ALTER TABLE daily MODIFY COLUMN n SimpleAggregateFunction(sum, UInt64);
==== rollup-engine: rebuilt as AggregatingMergeTree
---- 000_create.sql
CREATE TABLE IF NOT EXISTS events (org_id String, ts DateTime) ENGINE = MergeTree ORDER BY (org_id, ts);
CREATE TABLE IF NOT EXISTS daily (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = SummingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day;
---- 001_rebuild.sql
DROP TABLE IF EXISTS daily;
CREATE TABLE IF NOT EXISTS daily (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
==== rollup-partition: not fixable by ALTER
---- 000_create.sql
CREATE TABLE IF NOT EXISTS events (org_id String, ts DateTime) ENGINE = MergeTree ORDER BY (org_id, ts);
CREATE TABLE IF NOT EXISTS «daily» (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree() ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day;
---- 001_alter.sql
ALTER TABLE daily MODIFY TTL day + INTERVAL 1 YEAR;
==== unknown-table: golang-migrate up/down pairs: a rollback is not a step of the history (Langfuse, Highlight)
---- 0001_events.down.sql
DROP TABLE IF EXISTS events;
---- 0001_events.up.sql
CREATE TABLE IF NOT EXISTS events (org_id String, ts DateTime) ENGINE = MergeTree ORDER BY (org_id, ts);
---- 0002_drop_events.down.sql
CREATE TABLE IF NOT EXISTS events (org_id String, ts DateTime) ENGINE = MergeTree ORDER BY (org_id, ts);
INSERT INTO events SELECT org_id, ts FROM events_archive;
---- 0002_drop_events.up.sql
RENAME TABLE events TO events_archive;
---- 0003_use.up.sql
ALTER TABLE «events» ADD COLUMN IF NOT EXISTS n UInt8;
ALTER TABLE events_archive ADD COLUMN IF NOT EXISTS n UInt8;
==== unknown-column: a down file drops what its up file added, and its description may differ (Highlight)
---- 000001_logs.up.sql
CREATE TABLE IF NOT EXISTS logs (org_id String, ts DateTime) ENGINE = MergeTree ORDER BY (org_id, ts);
---- 000002_add_source.up.sql
ALTER TABLE logs ADD COLUMN Source String;
---- 000002_add-source.down.sql
ALTER TABLE logs DROP COLUMN Source;
---- 000003_use.up.sql
ALTER TABLE logs MODIFY COLUMN Source LowCardinality(String), DROP COLUMN «Missing»;
==== unknown-table: goose down sections are rollbacks (Trigger.dev)
---- 001_create.sql
-- +goose Up
CREATE TABLE IF NOT EXISTS task_runs (org_id String, id String) ENGINE = MergeTree ORDER BY (org_id, id);
-- +goose Down
DROP TABLE IF EXISTS task_runs;
---- 002_alter.sql
-- +goose up
-- +goose StatementBegin
ALTER TABLE task_runs ADD COLUMN IF NOT EXISTS queue String;
-- +goose StatementEnd
-- +goose down
ALTER TABLE task_runs DROP COLUMN IF EXISTS queue;
---- 003_use.sql
-- migrate:up
INSERT INTO task_runs (org_id, id) SELECT org_id, id FROM «task_runs_old»;
-- migrate:down
CREATE TABLE IF NOT EXISTS task_runs_old (org_id String, id String) ENGINE = MergeTree ORDER BY (org_id, id);
---- 004_later.sql
-- +migrate Up
ALTER TABLE task_runs ADD COLUMN IF NOT EXISTS n UInt8;
ALTER TABLE «task_runs_old» ADD COLUMN IF NOT EXISTS n UInt8;
-- +migrate Down
ALTER TABLE task_runs DROP COLUMN IF EXISTS n;
==== migration-numbering: up/down pairs, hyphenated descriptions and timestamp versions are not collisions or gaps
---- 20240101120000_init.up.sql
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
---- 20240101120000_init.down.sql
DROP TABLE IF EXISTS t;
---- 20240305093000_add-n.up.sql
ALTER TABLE t ADD COLUMN IF NOT EXISTS n UInt8;
---- 20240305093000_add-n.down.sql
ALTER TABLE t DROP COLUMN IF EXISTS n;
==== migration-numbering: two up files under one number collide; their down files do too
---- 001_init.up.sql
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
---- 002_a.up.sql
«ALTER TABLE t ADD COLUMN IF NOT EXISTS a UInt8;»
---- 002_a.down.sql
«ALTER TABLE t DROP COLUMN IF EXISTS a;»
---- 002_b.up.sql
«ALTER TABLE t ADD COLUMN IF NOT EXISTS b UInt8;»
---- 002_b.down.sql
«ALTER TABLE t DROP COLUMN IF EXISTS b;»
==== migration-numbering: YYMMDD_HHMMSS versions leave gaps by design (db-migrator.go)
---- 200905_192800_create.up.sql
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
---- 200922_210000_add_column.up.sql
ALTER TABLE t ADD COLUMN IF NOT EXISTS n UInt8;
---- 210327_230201_add_other.up.sql
ALTER TABLE t ADD COLUMN IF NOT EXISTS m UInt8;
==== migration-numbering: six-digit sequential versions still report a gap (golang-migrate -seq -digits 6)
---- 000001_create.up.sql
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
---- 000002_add.up.sql
ALTER TABLE t ADD COLUMN IF NOT EXISTS n UInt8;
---- 000003_add.up.sql
ALTER TABLE t ADD COLUMN IF NOT EXISTS m UInt8;
---- 000005_add.up.sql
«ALTER TABLE t ADD COLUMN IF NOT EXISTS k UInt8;»

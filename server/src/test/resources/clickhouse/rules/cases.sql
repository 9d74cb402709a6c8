-- Rule cases. "==== rule-code: label" starts a case; «...» marks each range where that rule must report (none: it
-- must stay quiet). Each case is written as migrations/clickhouse/001_case.sql (header added unless the case tests the
-- header) after 000_base.sql, the "==== base" section. Configuration: mutable-tables = ["work_items"],
-- rollup-tables = ["configured_rollup"].
==== base
-- 000_base.sql
--
-- Tables affected:
--   - commits, pull_requests, events: created
CREATE TABLE IF NOT EXISTS commits (org_id String, repo_id UUID, sha String, committed_at DateTime, additions UInt32) ENGINE = MergeTree ORDER BY (org_id, sha);
CREATE TABLE IF NOT EXISTS pull_requests (org_id String, number UInt32, state String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY (org_id, number);
CREATE TABLE IF NOT EXISTS events (org_id String, ts DateTime, kind String) ENGINE = MergeTree ORDER BY (org_id, ts);

==== syntax-error: good
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
==== syntax-error: one typo, one diagnostic, later statements still checked
CREATE TABLE IF NOT EXISTS t «(»org_id String ENIGNE = MergeTree ORDER BY org_id;
ALTER TABLE t ADD COLUMN x UInt8;
ALTER TABLE t ADD COLUMN y UInt8 «DEFUALT» 0;
==== syntax-error: half-typed column list (ClickHouse reports the bracket left open)
CREATE TABLE IF NOT EXISTS t «(»org_id String, name
==== syntax-error: SYSTEM and SET are checked like every other statement
SYSTEM RELOAD DICTIONARIES;
SET max_threads = 1;
SYSTEM «RELAOD» DICTIONARIES;
==== statement-split: good
INSERT INTO events VALUES ('default', now(), 'a|b');
==== statement-split: semicolon in a string
INSERT INTO events VALUES ('default', now(), 'a«;»b');
==== statement-split: semicolon in a block comment and a line comment
/* first«;» second */
ALTER TABLE events ADD COLUMN IF NOT EXISTS x UInt8; -- adds x«;» harmless but banned
==== statement-split: dashes in a string
ALTER TABLE events ADD COLUMN IF NOT EXISTS sep String DEFAULT '«--»';
==== mutable-table-engine: good, replacing with version
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY (org_id, id);
==== mutable-table-engine: detected by updated_at
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = «MergeTree()» ORDER BY (org_id, id);
==== mutable-table-engine: configured table without version column
CREATE TABLE IF NOT EXISTS work_items (org_id String, id String) ENGINE «MergeTree» ORDER BY (org_id, id);
==== mutable-table-engine: edge, detected table with a non-MergeTree engine or a collapsing engine
CREATE TABLE IF NOT EXISTS issues_queue (org_id String, id String, updated_at DateTime) ENGINE = Null;
CREATE TABLE IF NOT EXISTS issues_c (org_id String, id String, updated_at DateTime, sign Int8) ENGINE = CollapsingMergeTree(sign) ORDER BY (org_id, id);
==== rollup-engine: good
CREATE TABLE IF NOT EXISTS daily (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day;
==== rollup-engine: target of a grouping view is a SummingMergeTree
CREATE TABLE IF NOT EXISTS daily (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = «SummingMergeTree()» PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day;
==== rollup-engine: configured rollup
CREATE TABLE IF NOT EXISTS configured_rollup (org_id String, day Date) ENGINE = «MergeTree» PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
==== rollup-engine: edge, a view without GROUP BY does not make a rollup
CREATE TABLE IF NOT EXISTS copy (org_id String, ts DateTime, kind String) ENGINE = MergeTree ORDER BY (org_id, ts);
CREATE MATERIALIZED VIEW IF NOT EXISTS copy_mv TO copy AS SELECT org_id, ts, kind FROM events;
==== rollup-partition: missing
CREATE TABLE IF NOT EXISTS «daily» (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree() ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day;
==== rollup-partition: not monthly
CREATE TABLE IF NOT EXISTS daily (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree() «PARTITION BY day» ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day;
==== rollup-counter-type: plain integers and a narrow sum
CREATE TABLE IF NOT EXISTS daily (org_id String, repo_id UUID, day Date, n «UInt64», m «Nullable(UInt32)», s «SimpleAggregateFunction(sum, UInt32)», u AggregateFunction(uniq, String), avg_len Float64) ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, repo_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toUUID('00000000-0000-0000-0000-000000000000') AS repo_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day;
==== rollup-counter-type: plain integer counters in a rollup that real ClickHouse creates
CREATE TABLE IF NOT EXISTS daily (org_id String, day Date, n «UInt64», m «Nullable(UInt32)») ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n, count() AS m FROM events GROUP BY org_id, day;
==== rollup-counter-type: edge, integer keys are not counters
CREATE TABLE IF NOT EXISTS daily (org_id String, bucket UInt32, team_id UInt64, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, bucket, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, 1 AS bucket, 2 AS team_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day;
==== missing-if-not-exists: table, view and materialized view
«CREATE TABLE t» (org_id String) ENGINE = MergeTree ORDER BY org_id;
«CREATE VIEW v» AS SELECT org_id FROM t;
«CREATE MATERIALIZED VIEW db.mv» TO t AS SELECT org_id FROM events;
==== missing-if-not-exists: table and materialized view in the current database
«CREATE TABLE t» (org_id String) ENGINE = MergeTree ORDER BY org_id;
«CREATE MATERIALIZED VIEW mv» TO t AS SELECT org_id FROM events;
==== missing-if-not-exists: edge, or replace and dictionaries
CREATE OR REPLACE VIEW v AS SELECT 1;
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
==== missing-org-id: missing
CREATE TABLE IF NOT EXISTS «repos» (id UUID, name String) ENGINE = MergeTree ORDER BY id;
==== missing-org-id: edge, AS another table copies its columns
CREATE TABLE IF NOT EXISTS commits_copy AS commits;
==== org-id-not-in-sorting-key: missing
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY «(id, updated_at)»;
==== org-id-not-in-sorting-key: single column key
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY «id»;
==== org-id-not-in-sorting-key: good, and MergeTree is not checked
CREATE TABLE IF NOT EXISTS issues (org_id String, id String, updated_at DateTime) ENGINE = ReplacingMergeTree(updated_at) ORDER BY tuple(org_id, id);
CREATE TABLE IF NOT EXISTS logs (org_id String, ts DateTime) ENGINE = MergeTree ORDER BY ts;
==== mutable-source-in-view: reads a ReplacingMergeTree table
CREATE TABLE IF NOT EXISTS pr_daily (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS pr_daily_mv TO pr_daily AS SELECT org_id, toDate(updated_at) AS day, count() AS n FROM «pull_requests» GROUP BY org_id, day;
==== mutable-source-in-view: join with a configured mutable table and a CTE
CREATE TABLE IF NOT EXISTS work_items (org_id String, id String) ENGINE = ReplacingMergeTree ORDER BY (org_id, id);
CREATE TABLE IF NOT EXISTS joined (org_id String, sha String, id String) ENGINE = MergeTree ORDER BY (org_id, sha);
CREATE MATERIALIZED VIEW IF NOT EXISTS joined_mv TO joined AS WITH recent AS (SELECT * FROM commits) SELECT c.org_id, c.sha, w.id FROM recent AS c LEFT JOIN «work_items» AS w ON w.id = c.sha;
==== mutable-source-in-view: good, immutable source and a plain view
CREATE VIEW IF NOT EXISTS open_prs AS SELECT * FROM pull_requests FINAL WHERE state = 'open';
CREATE TABLE IF NOT EXISTS c_daily (org_id String, day Date, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, day);
CREATE MATERIALIZED VIEW IF NOT EXISTS c_daily_mv TO c_daily AS SELECT org_id, toDate(committed_at) AS day, count() AS n FROM commits GROUP BY org_id, day;
==== unknown-table: alter, insert, view target and source
ALTER TABLE «comits» ADD COLUMN IF NOT EXISTS x UInt8;
INSERT INTO «nope» SELECT * FROM «nothing»;
CREATE MATERIALIZED VIEW IF NOT EXISTS mv TO «missing_target» AS SELECT org_id FROM events;
==== unknown-table: created earlier in the same file, system tables, table functions, subqueries
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
ALTER TABLE t ADD COLUMN IF NOT EXISTS x UInt8;
INSERT INTO t SELECT org_id FROM (SELECT org_id FROM events) WHERE org_id IN (SELECT org_id FROM system.one);
INSERT INTO t SELECT toString(number) FROM numbers(10);
INSERT INTO t SELECT name FROM system.tables;
==== unknown-table: used before it is created, and after it is dropped
ALTER TABLE «later» ADD COLUMN IF NOT EXISTS x UInt8;
CREATE TABLE IF NOT EXISTS later (org_id String) ENGINE = MergeTree ORDER BY org_id;
DROP TABLE IF EXISTS events;
ALTER TABLE «events» ADD COLUMN IF NOT EXISTS x UInt8;
==== unknown-table: rename and exchange
RENAME TABLE commits TO commits_old;
ALTER TABLE commits_old ADD COLUMN IF NOT EXISTS x UInt8;
ALTER TABLE «commits» ADD COLUMN IF NOT EXISTS y UInt8;
EXCHANGE TABLES events AND «events_new»;
==== header-comment: missing
«CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;»
==== header-comment: names another file
«-- 000_old_name.sql»
--
-- Tables affected:
--   - t: created
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
==== header-comment: no tables affected block
«-- 001_case.sql»
-- Creates t.
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
==== header-comment: good
-- 001_case.sql
-- Creates t.
--
-- Tables affected:
--   - t: created
CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;
==== unknown-column: alter targets, key columns and insert columns
ALTER TABLE commits DROP COLUMN «shaa»;
ALTER TABLE commits DROP COLUMN IF EXISTS shaa;
ALTER TABLE commits RENAME COLUMN additions TO added;
ALTER TABLE commits MODIFY COLUMN «additions» UInt64;
ALTER TABLE commits COMMENT COLUMN added 'lines added';
ALTER TABLE events UPDATE «kindd» = 'x' WHERE 1;
ALTER TABLE events ADD COLUMN IF NOT EXISTS y UInt8 AFTER «tss»;
INSERT INTO events (org_id, «tz») VALUES ('o', now());
CREATE TABLE IF NOT EXISTS t (org_id String, day Date) ENGINE = MergeTree PARTITION BY toYYYYMM(«dya») ORDER BY (org_id, «dy»);
==== unknown-column: edge, a column an earlier action adds, Nested fields and copied columns
ALTER TABLE events ADD COLUMN IF NOT EXISTS m UInt8, MODIFY ORDER BY (org_id, ts, m);
CREATE TABLE IF NOT EXISTS t (org_id String, n Nested(x UInt8, y String)) ENGINE = MergeTree ORDER BY org_id;
ALTER TABLE t DROP COLUMN n.x;
INSERT INTO t (org_id, n.y) VALUES ('o', ['a']);
CREATE TABLE IF NOT EXISTS c2 AS commits;
ALTER TABLE c2 DROP COLUMN sha;
CREATE TABLE IF NOT EXISTS s AS SELECT * FROM events;
ALTER TABLE s DROP COLUMN anything;
==== unknown-table: rename pairs apply in order
RENAME TABLE events TO events_old, events_old TO events_archive;
RENAME TABLE commits TO c1, c1 TO c2, «c1» TO c3;

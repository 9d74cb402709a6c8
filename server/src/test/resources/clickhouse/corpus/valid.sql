-- Valid statements, one case per "==== Kind: label" header, written from the ClickHouse SQL reference.
-- Each case must parse into exactly the named statement kinds (comma-separated when a case has several), with no error.
==== CreateTable: minimal
CREATE TABLE t (a UInt8) ENGINE = Memory
==== CreateTable: engine without '=' and without parentheses
CREATE TABLE t (a UInt8) ENGINE MergeTree ORDER BY a
==== CreateTable: if not exists, database, on cluster, uuid
CREATE TABLE IF NOT EXISTS db.t UUID '123e4567-e89b-12d3-a456-426614174000' ON CLUSTER '{cluster}' (a UInt8) ENGINE = MergeTree ORDER BY a
==== CreateTable: or replace, temporary
CREATE OR REPLACE TEMPORARY TABLE t (a UInt8) ENGINE = Memory
==== CreateTable: parametrised and nested types
CREATE TABLE t (
    a Nullable(String),
    b LowCardinality(String),
    c LowCardinality(Nullable(String)),
    d DateTime64(3, 'UTC'),
    e DateTime('Europe/Berlin'),
    f Array(Array(UInt32)),
    g Map(String, Array(Nullable(Float64))),
    h Tuple(UInt8, String),
    i Tuple(x UInt8, y Nullable(String)),
    j Nested(k String, v UInt64),
    k Enum8('open' = 1, 'merged' = 2, 'closed' = 3),
    l Enum16('a' = -1000, 'b' = 1000),
    m Decimal(18, 4),
    n Decimal64(4),
    o FixedString(40),
    p SimpleAggregateFunction(sum, UInt64),
    q AggregateFunction(uniq, UUID),
    r AggregateFunction(quantiles(0.5, 0.9), Float64),
    s AggregateFunction(sumIf, UInt64, UInt8),
    t UUID,
    u IPv4,
    v JSON,
    w Variant(String, UInt64),
    x Bool,
    y Date32,
    z Object('json')
) ENGINE = MergeTree ORDER BY tuple()
==== CreateTable: defaults, materialized, alias, ephemeral, codec, ttl, comment
CREATE TABLE t (
    id UInt64,
    name String DEFAULT '' COMMENT 'display name',
    created DateTime DEFAULT now(),
    day Date MATERIALIZED toDate(created),
    name_len UInt32 ALIAS length(name),
    raw String EPHEMERAL,
    raw2 String EPHEMERAL 'x',
    payload String CODEC(ZSTD(3)),
    metric Float64 CODEC(Delta, LZ4) TTL created + INTERVAL 1 MONTH,
    note Nullable(String) NULL,
    must String NOT NULL,
    untyped DEFAULT 42
) ENGINE = MergeTree ORDER BY id
==== CreateTable: index, projection, constraint
CREATE TABLE t (
    id UInt64,
    email String,
    INDEX email_idx email TYPE bloom_filter GRANULARITY 4,
    INDEX lower_idx lower(email) TYPE ngrambf_v1(3, 256, 2, 0) GRANULARITY 1,
    INDEX s_idx id TYPE set(100) GRANULARITY 2,
    PROJECTION by_email (SELECT * ORDER BY email),
    CONSTRAINT id_positive CHECK id > 0,
    CONSTRAINT email_assumed ASSUME length(email) > 0
) ENGINE = MergeTree ORDER BY id
==== CreateTable: columns named like keywords
CREATE TABLE t (index UInt32, type String, end DateTime, key String, source String, value Float64, first UInt8, date Date) ENGINE = MergeTree ORDER BY (type, end)
==== CreateTable: columns named like clause keywords
CREATE TABLE t (order UInt32, partition String, engine String, select UInt8, settings String, ttl UInt32, comment String, alias String) ENGINE = MergeTree ORDER BY (partition, order)
==== CreateTable: newer types with settings parameters and lambdas in defaults
CREATE TABLE t (
    doc JSON(max_dynamic_paths = 16, a.b UInt32),
    tags Array(String) DEFAULT [],
    lowered Array(String) DEFAULT arrayMap(x -> lower(x), tags),
    first_tag String DEFAULT tags[1],
    ts DateTime64(3) DEFAULT now64(3),
    id UUID DEFAULT generateUUIDv4(),
    m Map(LowCardinality(String), UInt64) DEFAULT map(),
    e Enum('a', 'b'),
    s SimpleAggregateFunction(anyLast, Nullable(String)),
    g AggregateFunction(argMax, String, DateTime)
) ENGINE = MergeTree ORDER BY (id, toStartOfDay(ts)) PARTITION BY (toYYYYMM(ts), e)
==== CreateTable: distributed over another table
CREATE TABLE IF NOT EXISTS db.t_all ON CLUSTER '{cluster}' AS db.t ENGINE = Distributed('{cluster}', db, t, rand())
==== CreateTable: all table clauses
CREATE TABLE t (org_id String, d DateTime, id UInt64, v UInt64)
ENGINE = ReplacingMergeTree(v)
PARTITION BY toYYYYMM(d)
PRIMARY KEY (org_id, id)
ORDER BY (org_id, id, intHash32(id))
SAMPLE BY intHash32(id)
TTL d + INTERVAL 90 DAY DELETE, d + INTERVAL 30 DAY TO VOLUME 'cold', d + INTERVAL 7 DAY TO DISK 'slow'
SETTINGS index_granularity = 8192, storage_policy = 'tiered'
COMMENT 'table comment'
==== CreateTable: ttl with where and group by
CREATE TABLE t (k UInt64, d Date, x UInt64) ENGINE = MergeTree ORDER BY (k, d)
TTL d + INTERVAL 1 MONTH DELETE WHERE x = 0, d + INTERVAL 1 YEAR GROUP BY k SET x = sum(x)
==== CreateTable: replicated engine with arguments
CREATE TABLE t ON CLUSTER c (a UInt8) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/t', '{replica}', a) ORDER BY a
==== CreateTable: as other table
CREATE TABLE t2 AS t
==== CreateTable: as other table with engine
CREATE TABLE t2 AS db.t ENGINE = MergeTree ORDER BY a
==== CreateTable: as table function
CREATE TABLE t2 AS remote('host', db, t)
==== CreateTable: as select
CREATE TABLE t2 ENGINE = MergeTree ORDER BY a AS SELECT a, count() AS c FROM t GROUP BY a
==== CreateTable: empty as select
CREATE TABLE t2 (a UInt8) ENGINE = MergeTree ORDER BY a EMPTY AS SELECT a FROM t
==== CreateTable: primary key inside the column list
CREATE TABLE t (a UInt8, b String, PRIMARY KEY (a)) ENGINE = MergeTree
==== CreateTable: column-level primary key
CREATE TABLE t (a UInt8 PRIMARY KEY, b String) ENGINE = MergeTree
==== CreateTable: expressions
CREATE TABLE t (
    a UInt8 DEFAULT if(1 > 0, 1, 0),
    b String DEFAULT concat('x', toString(a)) || '-' || 'y',
    c Array(UInt8) DEFAULT [1, 2, 3],
    d UInt8 DEFAULT CASE WHEN a = 1 THEN 2 ELSE 3 END,
    e Float64 DEFAULT -1.5e3,
    f DateTime DEFAULT toDateTime('2020-01-01 00:00:00', 'UTC'),
    g UInt8 DEFAULT a IN (1, 2) AND NOT b LIKE '%x%' OR a BETWEEN 1 AND 3,
    h String DEFAULT CAST(a AS String),
    i UInt8 DEFAULT a::UInt8,
    j UInt64 DEFAULT arraySum(x -> x * 2, c),
    k Nullable(UInt8) DEFAULT NULL,
    l UInt8 DEFAULT b IS NOT NULL ? 1 : 0,
    m UInt8 DEFAULT tupleElement((1, 2), 1),
    n UInt8 DEFAULT c[1],
    o Date DEFAULT today() - INTERVAL 1 DAY,
    p UInt8 DEFAULT 0x1F,
    q UInt8 DEFAULT extract(DAY FROM f)
) ENGINE = MergeTree ORDER BY a
==== CreateView: view
CREATE VIEW v AS SELECT 1
==== CreateView: or replace view with if not exists, db and cluster
CREATE OR REPLACE VIEW db.v ON CLUSTER c AS SELECT a FROM t WHERE a > 1
==== CreateView: materialized view to table
CREATE MATERIALIZED VIEW IF NOT EXISTS mv TO daily AS SELECT org_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day
==== CreateView: materialized view with engine and populate
CREATE MATERIALIZED VIEW mv ENGINE = AggregatingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (org_id, day) POPULATE AS SELECT org_id, toDate(ts) AS day, sumState(x) AS s FROM events GROUP BY org_id, day
==== CreateView: materialized view with column list on the target
CREATE MATERIALIZED VIEW mv TO db.daily (org_id String, day Date, n UInt64) AS SELECT org_id, toDate(ts) AS day, count() AS n FROM events GROUP BY org_id, day
==== CreateView: refreshable materialized view
CREATE MATERIALIZED VIEW IF NOT EXISTS mv REFRESH EVERY 1 HOUR TO t AS SELECT org_id, count() AS n FROM events GROUP BY org_id
==== CreateView: view with a column list, window function and union
CREATE VIEW IF NOT EXISTS v (a UInt8, r UInt64) AS SELECT a, row_number() OVER (PARTITION BY a ORDER BY b) AS r FROM t UNION ALL SELECT 1, 2
==== CreateView: ClickHouse-only SELECT syntax
CREATE MATERIALIZED VIEW mv TO t AS SELECT org_id, arrayJoin(labels) AS label, uniqExact(id) AS n, quantile(0.9)(d) AS p90 FROM prs FINAL ARRAY JOIN labels AS l WHERE has(labels, 'x') GROUP BY org_id, label WITH TOTALS SETTINGS max_threads = 2
==== CreateDictionary: full
CREATE DICTIONARY IF NOT EXISTS db.d ON CLUSTER c (
    id UInt64,
    name String DEFAULT '',
    parent UInt64 HIERARCHICAL,
    code String EXPRESSION upper(name) INJECTIVE
)
PRIMARY KEY id
SOURCE(CLICKHOUSE(HOST 'localhost' PORT 9000 USER 'default' TABLE 'src' DB 'db'))
LAYOUT(HASHED())
LIFETIME(MIN 0 MAX 1000)
COMMENT 'dictionary'
==== CreateDictionary: range hashed
CREATE DICTIONARY d (id UInt64, start Date, stop Date, v Float64) PRIMARY KEY id SOURCE(CLICKHOUSE(TABLE 'x')) LIFETIME(300) LAYOUT(RANGE_HASHED()) RANGE(MIN start MAX stop)
==== CreateDatabase: plain
CREATE DATABASE analytics
==== CreateDatabase: if not exists with engine and comment
CREATE DATABASE IF NOT EXISTS analytics ON CLUSTER c ENGINE = Replicated('/clickhouse/db', '{shard}', '{replica}') COMMENT 'x'
==== AlterTable: add column if not exists after
ALTER TABLE pull_requests ADD COLUMN IF NOT EXISTS is_draft UInt8 DEFAULT 0 AFTER title
==== AlterTable: column actions
ALTER TABLE db.t ON CLUSTER c
    ADD COLUMN c1 String FIRST,
    DROP COLUMN IF EXISTS c2,
    MODIFY COLUMN IF EXISTS c3 LowCardinality(String) DEFAULT 'x' COMMENT 'y',
    MODIFY COLUMN c4 REMOVE TTL,
    MODIFY COLUMN c5 CODEC(ZSTD),
    RENAME COLUMN IF EXISTS c6 TO c7,
    COMMENT COLUMN c8 'a comment',
    CLEAR COLUMN IF EXISTS c9 IN PARTITION 202401,
    MATERIALIZE COLUMN c10
==== AlterTable: index and projection actions
ALTER TABLE t ADD INDEX IF NOT EXISTS idx lower(email) TYPE bloom_filter(0.01) GRANULARITY 4 AFTER other_idx, MATERIALIZE INDEX idx IN PARTITION 202401, DROP INDEX IF EXISTS old_idx, CLEAR INDEX idx2, ADD PROJECTION p (SELECT a, count() GROUP BY a), MATERIALIZE PROJECTION p, DROP PROJECTION IF EXISTS p0
==== AlterTable: constraint actions
ALTER TABLE t ADD CONSTRAINT IF NOT EXISTS c CHECK a > 0, DROP CONSTRAINT IF EXISTS c0
==== AlterTable: modify order by, ttl, setting, comment
ALTER TABLE t MODIFY ORDER BY (org_id, id, ts), MODIFY TTL ts + INTERVAL 1 YEAR, MODIFY SETTING ttl_only_drop_parts = 1, max_part_loading_threads = 8, MODIFY COMMENT 'new', REMOVE TTL, RESET SETTING max_part_loading_threads
==== AlterTable: update and delete mutations
ALTER TABLE pull_requests UPDATE is_draft = 1, state = 'open' WHERE startsWith(title, 'Draft:')
==== AlterTable: delete in partition
ALTER TABLE t DELETE IN PARTITION 202401 WHERE org_id = 'x'
==== AlterTable: partition actions
ALTER TABLE t ATTACH PARTITION 202401 FROM t_tmp, DETACH PARTITION ID '202402', DROP PARTITION tuple(), REPLACE PARTITION 202403 FROM t_tmp, DROP DETACHED PARTITION ALL, MOVE PARTITION 202404 TO TABLE t_old, FREEZE PARTITION 202405, ATTACH PART 'all_1_1_0'
==== AlterTable: modify query of a view
ALTER TABLE mv MODIFY QUERY SELECT a, count() FROM t GROUP BY a
==== Drop: table
DROP TABLE t
==== Drop: temporary table if exists on cluster sync
DROP TEMPORARY TABLE IF EXISTS db.t ON CLUSTER c SYNC
==== Drop: view, dictionary, database
DROP VIEW IF EXISTS v
==== Drop: dictionary
DROP DICTIONARY db.d
==== Drop: database
DROP DATABASE IF EXISTS analytics
==== Rename: several tables
RENAME TABLE a TO a_old, b_new TO b ON CLUSTER c
==== Rename: dictionary
RENAME DICTIONARY d1 TO d2
==== Exchange: tables
EXCHANGE TABLES t AND t_new
==== Exchange: qualified on cluster
EXCHANGE TABLES db.t AND db.t_new ON CLUSTER c
==== Truncate: plain
TRUNCATE TABLE t
==== Truncate: if exists, without TABLE
TRUNCATE IF EXISTS db.t ON CLUSTER c
==== Insert: values
INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y;z'), (-3, NULL)
==== Insert: select
INSERT INTO TABLE db.t SELECT a, b FROM src WHERE a IN (SELECT a FROM other)
==== Insert: with select
INSERT INTO t WITH x AS (SELECT 1 AS a) SELECT a FROM x
==== Insert: settings and format
INSERT INTO t SETTINGS async_insert = 1 FORMAT JSONEachRow
==== Optimize: final
OPTIMIZE TABLE t FINAL
==== Optimize: partition, deduplicate by
OPTIMIZE TABLE db.t ON CLUSTER c PARTITION 202401 FINAL DEDUPLICATE BY a, b
==== Query: select
SELECT count() FROM system.tables WHERE database = currentDatabase()
==== Command: set and system
SET allow_experimental_object_type = 1
==== Command: system
SYSTEM RELOAD DICTIONARY d
==== Command: grant
GRANT SELECT ON db.* TO analyst
==== Command: create function
CREATE FUNCTION linear AS (x, k, b) -> k * x + b
==== CreateTable, CreateView, AlterTable: several statements
CREATE TABLE a (x UInt8) ENGINE = Memory;
CREATE VIEW v AS SELECT x FROM a;
ALTER TABLE a ADD COLUMN y UInt8;
==== CreateTable: trailing comma in a column list (ClickHouse's parser accepts it)
CREATE TABLE t (a UInt8, ) ENGINE = Memory
==== CreateTable: empty type parameters (ClickHouse's parser accepts them; the type check happens at execution)
CREATE TABLE t (a Nullable()) ENGINE = Memory
==== CreateTable: enum value given as a string (ClickHouse's parser accepts it)
CREATE TABLE t (s Enum8('a' = 'x')) ENGINE = Memory
==== CreateTable: a setting without a value (ClickHouse's parser accepts it)
CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER BY a SETTINGS index_granularity
==== AlterTable: MATERIALIZE INDEX IF EXISTS with a SETTINGS tail (issue 12, accepted by ClickHouse 26.7)
ALTER TABLE t MATERIALIZE INDEX IF EXISTS i SETTINGS mutations_sync = 2
==== Optimize: FINAL DEDUPLICATE BY * EXCEPT and a SETTINGS tail (issue 12, accepted by ClickHouse 26.7)
OPTIMIZE TABLE t FINAL DEDUPLICATE BY * EXCEPT c SETTINGS optimize_throw_if_noop = 1
==== CreateTable: trailing comma, bloom_filter(), AUTO_INCREMENT, dotted Nested names, JSON parameters, Tuple() (issue 12, accepted by ClickHouse 26.7)
CREATE TABLE t (id UInt64 AUTO_INCREMENT, `n.a` Array(UInt8), j JSON(max_dynamic_paths = 3, SKIP a.b, SKIP REGEXP 'x.*'), e Tuple(), INDEX i id TYPE bloom_filter() GRANULARITY 1,) ENGINE = MergeTree ORDER BY id
==== Rename: IF EXISTS and several pairs (issue 12, accepted by ClickHouse 26.7)
RENAME TABLE IF EXISTS a TO b, b TO c
==== Insert: VALUES without commas between rows (issue 12, accepted by ClickHouse 26.7)
INSERT INTO t VALUES ('a')('b')
==== CreateDatabase: a name starting with digits (issue 12, accepted by ClickHouse 26.7)
CREATE DATABASE 01720_dictionary_db
==== AlterTable: ALTER TEMPORARY TABLE and ALTER COLUMN c TYPE T (issue 12, accepted by ClickHouse 26.7)
ALTER TEMPORARY TABLE t ALTER COLUMN c TYPE UInt64
==== CreateTable, CreateTable: AS a table function, and ENGINE then AS another table, without a column list (issue 12, accepted by ClickHouse 26.7)
CREATE TABLE t AS numbers(10);
CREATE TABLE t2 ENGINE = MergeTree ORDER BY tuple() AS t
==== CreateTable: TTL ... TO DISK IF EXISTS and TTL GROUP BY ... SET (issue 12, accepted by ClickHouse 26.7)
CREATE TABLE t (d Date, k UInt8, v UInt64, w UInt64) ENGINE = MergeTree ORDER BY (k, d) TTL d + INTERVAL 1 MONTH TO DISK IF EXISTS 'cold', d + INTERVAL 1 YEAR GROUP BY k SET v = sum(v), w = max(w)
==== CreateTable: COMMENT before AS SELECT (issue 12, accepted by ClickHouse 26.7)
CREATE TABLE t ENGINE = MergeTree ORDER BY x COMMENT 'c' AS SELECT 1 AS x
==== Drop: SYNC (issue 12, accepted by ClickHouse 26.7)
DROP TABLE IF EXISTS t SYNC
==== Query: SEMI LEFT JOIN a table named join, USING without parentheses (issue 12, accepted by ClickHouse 26.7)
SELECT loyalty, count() FROM hits SEMI LEFT JOIN join USING UserID GROUP BY loyalty
==== Query: window function, lambda, WITH FILL and a query parameter (issue 12, accepted by ClickHouse 26.7)
SELECT sum(x) OVER (PARTITION BY k ORDER BY d ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), arrayMap(y -> y + 1, arr) FROM t WHERE d > {since:Date} ORDER BY d WITH FILL STEP 1
==== Command, Command, Command, Command, Command, Command: GRANT, CREATE USER, CREATE ROLE, SETTINGS PROFILE, ROW POLICY, QUOTA (issue 12, accepted by ClickHouse 26.7)
GRANT SELECT(a, b) ON db.t, INSERT ON db.* TO analyst WITH GRANT OPTION;
CREATE USER IF NOT EXISTS u IDENTIFIED WITH sha256_password BY 'x' HOST IP '10.0.0.0/8' DEFAULT ROLE r SETTINGS max_memory_usage = 1000 READONLY;
CREATE ROLE IF NOT EXISTS r;
CREATE SETTINGS PROFILE p SETTINGS max_threads = 4 MIN 1 MAX 8 TO r;
CREATE ROW POLICY pol ON db.t FOR SELECT USING org_id = 'a' AS RESTRICTIVE TO r;
CREATE QUOTA q KEYED BY user_name FOR INTERVAL 1 HOUR MAX queries = 100 TO r
==== Command, Command, Command, Truncate, Exchange, CreateTable, Command, Command: CREATE FUNCTION, SYSTEM, SET, TRUNCATE, EXCHANGE, REPLACE TABLE, ATTACH/DETACH (issue 12, accepted by ClickHouse 26.7)
CREATE FUNCTION linear AS (x, k, b) -> k * x + b;
SYSTEM SYNC REPLICA db.t LIGHTWEIGHT;
SET allow_experimental_json_type = 1;
TRUNCATE TABLE IF EXISTS t;
EXCHANGE TABLES a AND b;
REPLACE TABLE t ENGINE = MergeTree ORDER BY x AS SELECT 1 AS x;
DETACH TABLE t PERMANENTLY;
ATTACH TABLE t

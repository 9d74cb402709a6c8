==== aftership/basic/format/beautify/interval_expr.sql#1
SELECT INTERVAL 4 DAY
==== aftership/basic/format/beautify/interval_expr.sql#2
SELECT INTERVAL a + b DAY
==== aftership/basic/format/beautify/interval_expr.sql#3
SELECT INTERVAL toUInt8(1) DAY
==== aftership/basic/format/beautify/interval_expr.sql#4
SELECT INTERVAL asc DAY
==== aftership/basic/format/beautify/interval_expr.sql#5
SELECT
  INTERVAL 4 DAY
==== aftership/basic/format/beautify/interval_expr.sql#6
SELECT
  INTERVAL a + b DAY
==== aftership/basic/format/beautify/interval_expr.sql#7
SELECT
  INTERVAL toUInt8(1) DAY
==== aftership/basic/format/beautify/interval_expr.sql#8
SELECT
  INTERVAL asc DAY
==== aftership/basic/format/beautify/quantile_functions.sql#1
SELECT quantile(0.9)(x), quantiles(0.5, 0.9)(x)
==== aftership/basic/format/beautify/quantile_functions.sql#2
SELECT
  quantile(0.9)(x),
  quantiles(0.5, 0.9)(x)
==== aftership/basic/format/beautify/set_statement.sql#1
SET allow_suspicious_low_cardinality_types = true
==== aftership/basic/format/beautify/set_statement.sql#10
SET allow_experimental_analyzer=true
==== aftership/basic/format/beautify/set_statement.sql#2
SET max_block_size = 65536
==== aftership/basic/format/beautify/set_statement.sql#3
SET output_format_json_quote_64bit_integers = 'true'
==== aftership/basic/format/beautify/set_statement.sql#4
SET max_threads = 8, max_memory_usage = 10000000000, enable_optimize_predicate_expression = false
==== aftership/basic/format/beautify/set_statement.sql#5
SET allow_experimental_analyzer = true
==== aftership/basic/format/beautify/set_statement.sql#6
SET allow_suspicious_low_cardinality_types=true
==== aftership/basic/format/beautify/set_statement.sql#7
SET max_block_size=65536
==== aftership/basic/format/beautify/set_statement.sql#8
SET output_format_json_quote_64bit_integers='true'
==== aftership/basic/format/beautify/set_statement.sql#9
SET max_threads=8, max_memory_usage=10000000000, enable_optimize_predicate_expression=false
==== aftership/basic/format/beautify/settings_statement.sql#1
SETTINGS allow_suspicious_low_cardinality_types = true
==== aftership/basic/format/beautify/settings_statement.sql#2
SETTINGS max_block_size = 65536
==== aftership/basic/format/beautify/settings_statement.sql#3
SETTINGS output_format_json_quote_64bit_integers = 'true'
==== aftership/basic/format/beautify/settings_statement.sql#4
SETTINGS max_threads = 8, max_memory_usage = 10000000000, enable_optimize_predicate_expression = false
==== aftership/basic/format/beautify/settings_statement.sql#5
SETTINGS allow_experimental_analyzer = true
==== aftership/basic/format/beautify/use_database.sql#1
USE test
==== aftership/ddl/alter_role.sql#1
ALTER ROLE r1_01293
==== aftership/ddl/alter_role.sql#10
ALTER ROLE r7_01293 SETTINGS max_memory_usage WRITABLE
==== aftership/ddl/alter_role.sql#11
ALTER ROLE r8_01293 SETTINGS max_memory_usage=5000000 MIN 4000000 MAX 6000000 CONST
==== aftership/ddl/alter_role.sql#12
ALTER ROLE r9_01293 SETTINGS PROFILE 'default', max_memory_usage=5000000 WRITABLE
==== aftership/ddl/alter_role.sql#13
ALTER ROLE r1_01293, r2_01293
==== aftership/ddl/alter_role.sql#16
ALTER ROLE r3_01293 SETTINGS max_memory_usage=5000000 MIN 4000000 MAX 6000000 WRITABLE
==== aftership/ddl/alter_role.sql#17
ALTER ROLE r4_01293 SETTINGS PROFILE 'default', max_memory_usage=5000000, readonly=1
==== aftership/ddl/alter_role.sql#18
ALTER ROLE r5_01293 SETTINGS NONE
==== aftership/ddl/alter_role.sql#19
ALTER ROLE r1_01293@'%'
==== aftership/ddl/alter_role.sql#2
ALTER ROLE r1_01293 ON CLUSTER cluster_1 RENAME TO r2_01293
==== aftership/ddl/alter_role.sql#20
ALTER ROLE r2_01293@'%.myhost.com'
==== aftership/ddl/alter_role.sql#3
ALTER ROLE r1_01293 RENAME TO r2_01293, r3_01293 RENAME TO r4_01293
==== aftership/ddl/alter_role.sql#4
ALTER ROLE r1_01293 SETTINGS NONE
==== aftership/ddl/alter_role.sql#5
ALTER ROLE r2_01293 SETTINGS PROFILE 'default'
==== aftership/ddl/alter_role.sql#6
ALTER ROLE r3_01293 SETTINGS max_memory_usage=5000000
==== aftership/ddl/alter_role.sql#7
ALTER ROLE r4_01293 SETTINGS max_memory_usage MIN=5000000
==== aftership/ddl/alter_role.sql#8
ALTER ROLE r5_01293 SETTINGS max_memory_usage MAX=5000000
==== aftership/ddl/alter_role.sql#9
ALTER ROLE r6_01293 SETTINGS max_memory_usage CONST
==== aftership/ddl/alter_table_add_column.sql#1
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD COLUMN f1 String AFTER f0 SETTINGS alter_sync = 2
==== aftership/ddl/alter_table_add_index.sql#1
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD INDEX my_index(f0) TYPE minmax GRANULARITY 1024
==== aftership/ddl/alter_table_add_index.sql#2
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD INDEX api_id_idx api_id TYPE set(100) GRANULARITY 2
==== aftership/ddl/alter_table_add_index.sql#3
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD INDEX arr_idx arr TYPE bloom_filter(0.01) GRANULARITY 3
==== aftership/ddl/alter_table_add_index.sql#4
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD INDEX content_idx content TYPE tokenbf_v1(30720, 2, 0) GRANULARITY 1
==== aftership/ddl/alter_table_add_index.sql#5
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD INDEX output_idx output TYPE ngrambf_v1(3, 10000, 2, 1) GRANULARITY 2
==== aftership/ddl/alter_table_add_projection.sql#1
ALTER TABLE visits_order
ADD PROJECTION  IF NOT EXISTS user_name_projection
(SELECT * GROUP BY user_name ORDER BY user_name) AFTER a.user_id
==== aftership/ddl/alter_table_add_projection_group_by_only.sql#1
ALTER TABLE events
ADD PROJECTION IF NOT EXISTS hourly_stats
(SELECT toStartOfHour(event_time) AS hour, event_type, count() AS count, uniq(user_id) AS users GROUP BY hour, event_type)
==== aftership/ddl/alter_table_attach_partition.sql#1
ALTER TABLE test ATTACH PARTITION '20210114'
==== aftership/ddl/alter_table_attach_partition.sql#2
ALTER TABLE test ATTACH PARTITION '20210114' FROM test1
==== aftership/ddl/alter_table_attach_partition.sql#3
ALTER TABLE test ATTACH PARTITION ID '20210114'
==== aftership/ddl/alter_table_clear_column.sql#1
ALTER TABLE my_table CLEAR COLUMN my_column_name IN PARTITION partition_name
==== aftership/ddl/alter_table_clear_index.sql#1
ALTER TABLE my_table CLEAR INDEX my_index_name IN PARTITION partition_name
==== aftership/ddl/alter_table_clear_projection.sql#1
ALTER TABLE my_table CLEAR PROJECTION hello IN PARTITION partition_name
==== aftership/ddl/alter_table_delete.sql#1
ALTER TABLE test.events DELETE WHERE created_at < '2023-01-01'
==== aftership/ddl/alter_table_delete_with_cluster.sql#1
ALTER TABLE test.events ON CLUSTER 'default_cluster' DELETE WHERE id = 123 AND status = 'deleted'
==== aftership/ddl/alter_table_detach_partition.sql#1
ALTER TABLE db.test DETACH PARTITION '2021-10-01'
==== aftership/ddl/alter_table_drop_column.sql#1
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' DROP COLUMN IF EXISTS f1
==== aftership/ddl/alter_table_drop_detach_partition.sql#1
ALTER TABLE app_utc_00.app_message_as_notification_organization_sent_stats_i_d_local DROP DETACHED PARTITION '2022-05-24' SETTINGS allow_drop_detached = 1
==== aftership/ddl/alter_table_drop_index.sql#1
ALTER TABLE test.event_local ON CLUSTER 'default_cluster' DROP INDEX f1
==== aftership/ddl/alter_table_drop_partition.sql#1
ALTER TABLE test.events ON CLUSTER 'default_cluster' drop partition '2023-07-18'
==== aftership/ddl/alter_table_drop_projection.sql#1
ALTER TABLE test.event_local ON CLUSTER 'default_cluster' DROP PROJECTION f1
==== aftership/ddl/alter_table_freeze_no_specify_partition.sql#1
ALTER TABLE test.events ON CLUSTER 'default_cluster' freeze
==== aftership/ddl/alter_table_freeze_partition.sql#1
ALTER TABLE test.events ON CLUSTER 'default_cluster' freeze partition '2023-07-18'
==== aftership/ddl/alter_table_materialize_index.sql#1
ALTER TABLE visits_order MATERIALIZE INDEX IF EXISTS user_name_index IN PARTITION '20240403'
==== aftership/ddl/alter_table_materialize_projection.sql#1
ALTER TABLE visits_order MATERIALIZE PROJECTION IF EXISTS user_name_projection IN PARTITION '20240403'
==== aftership/ddl/alter_table_modify_column.sql#1
ALTER TABLE t1 MODIFY COLUMN f1 String COMMENT 'test'
==== aftership/ddl/alter_table_modify_column_remove.sql#1
ALTER TABLE t1 MODIFY COLUMN f1 REMOVE COMMENT
==== aftership/ddl/alter_table_modify_order_by.sql#1
ALTER TABLE flows MODIFY ORDER BY (TimeReceived, ExporterAddress)
==== aftership/ddl/alter_table_modify_order_by.sql#2
ALTER TABLE flows MODIFY ORDER BY TimeReceived
==== aftership/ddl/alter_table_modify_order_by.sql#3
ALTER TABLE db.flows ON CLUSTER c MODIFY ORDER BY (TimeReceived, toStartOfHour(TimeReceived))
==== aftership/ddl/alter_table_modify_order_by.sql#4
ALTER TABLE flows ADD COLUMN ExporterAddress String, MODIFY ORDER BY (TimeReceived, ExporterAddress)
==== aftership/ddl/alter_table_modify_setting.sql#1
ALTER TABLE example_table MODIFY SETTING max_part_loading_threads=8, max_parts_in_total=50000
==== aftership/ddl/alter_table_remove_ttl.sql#1
ALTER TABLE test.events ON CLUSTER 'default_cluster' REMOVE TTL
==== aftership/ddl/alter_table_rename_column.sql#1
ALTER TABLE my_table RENAME COLUMN old_column_name TO new_column_name
==== aftership/ddl/alter_table_replace_partition.sql#1
ALTER TABLE t2 REPLACE PARTITION 'partition' FROM t1
==== aftership/ddl/alter_table_reset_multiple_settings.sql#1
ALTER TABLE example_table RESET SETTING max_part_loading_threads, max_parts_in_total, another_setting
==== aftership/ddl/alter_table_reset_setting.sql#1
ALTER TABLE example_table RESET SETTING max_part_loading_threads
==== aftership/ddl/alter_table_update.sql#1
ALTER TABLE test.users UPDATE status = 'active', updated_at = now() WHERE status = 'pending'
==== aftership/ddl/alter_table_update_in_partition.sql#1
ALTER TABLE test.users UPDATE status = 'inactive' IN PARTITION '2024-01-01' WHERE status = 'active'
==== aftership/ddl/alter_table_update_with_cluster.sql#1
ALTER TABLE db.table ON CLUSTER cluster1 UPDATE column1 = column1 + 1 WHERE id > 100
==== aftership/ddl/attach_table_basic.sql#1
ATTACH TABLE IF NOT EXISTS test.events_local ON CLUSTER 'default_cluster' (
    f0 String,
    f1 String,
    f2 String,
    f3 Datetime,
    f4 Datetime,
    f5 Map(String,String),
    f6 String,
    f7 Datetime DEFAULT now()
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}/test/events_local', '{replica}')
TTL f3 + INTERVAL 6 MONTH
PARTITION BY toYYYYMMDD(f3)
ORDER BY (f0,f1,f2)
==== aftership/ddl/bug_001.sql#1
CREATE MATERIALIZED VIEW IF NOT EXISTS db.table
            ON CLUSTER 'default_cluster' TO db.table_mv
AS
SELECT
    event_ts,
    org_id,
    visitParamExtractString(properties, 'x') AS x,
    visitParamExtractString(properties, 'y') AS y,
    visitParamExtractString(properties, 'z') AS z,
    visitParamExtractString(properties, 'a') AS a,
    visitParamExtractString(properties, 'b') AS b,
    visitParamExtractString(properties, 'c') AS c,
    visitParamExtractString(properties, 'd') AS d,
    visitParamExtractInt(properties, 'e') AS e,
    visitParamExtractInt(properties, 'f') AS f
FROM db.table
WHERE db.table.event = 'hello'
==== aftership/ddl/check.sql#1
CHECK TABLE test_table
==== aftership/ddl/check.sql#2
CHECK TABLE test_table PARTITION 'col'
==== aftership/ddl/create_database.sql#1
CREATE DATABASE IF NOT EXISTS `test`
==== aftership/ddl/create_database_replicated.sql#1
CREATE DATABASE IF NOT EXISTS `test` ENGINE=Replicated('/root/test_local', 'shard', 'replica')
==== aftership/ddl/create_dictionary_basic.sql#1
CREATE DICTIONARY test.my_dict (
    id UInt64,
    name String DEFAULT '',
    value Float64 EXPRESSION toFloat64OrZero(name),
    parent_id UInt64 HIERARCHICAL,
    is_active UInt8 INJECTIVE,
    object_id UInt64 IS_OBJECT_ID
)
PRIMARY KEY id
SOURCE(MYSQL(
    host 'localhost'
    port 3306
    user 'default'
    password ''
    db 'test'
    table 'dict_table'
))
LIFETIME(MIN 1000 MAX 2000)
LAYOUT(HASHED())
SETTINGS(max_block_size = 8192)
==== aftership/ddl/create_dictionary_comprehensive.sql#1
CREATE OR REPLACE DICTIONARY test.comprehensive_dict 
UUID '12345678-1234-1234-1234-123456789012'
ON CLUSTER production_cluster
(
    id UInt64,
    name String DEFAULT '',
    value Float64 EXPRESSION toFloat64OrZero(name),
    parent_id UInt64 HIERARCHICAL,
    is_active UInt8 INJECTIVE,
    object_id UInt64 IS_OBJECT_ID
)
PRIMARY KEY id
SOURCE(MYSQL(
    host 'localhost'
    port 3306
    user 'root'
    password 'secret'
    db 'test_db'
    table 'dictionary_table'
))
LIFETIME(MIN 1000 MAX 2000)
LAYOUT(HASHED())
SETTINGS(max_block_size = 8192, max_insert_block_size = 1048576)
==== aftership/ddl/create_dictionary_http_source.sql#1
CREATE DICTIONARY asns (asn UInt32, name String)
PRIMARY KEY asn
SOURCE(HTTP(URL 'http://o/asns.csv' FORMAT 'CSVWithNames'))
LIFETIME(MIN 0 MAX 3600)
LAYOUT(HASHED())
==== aftership/ddl/create_dictionary_http_source.sql#2
CREATE DICTIONARY os (id UInt32, name String)
PRIMARY KEY id
SOURCE(HTTP(
    url 'http://[::1]/os.tsv'
    format 'TabSeparated'
    credentials(user 'user' password 'password')
    headers(header(name 'API-KEY' value 'key'))
))
LIFETIME(MIN 0 MAX 3600)
LAYOUT(HASHED())
==== aftership/ddl/create_dictionary_with_comment.sql#1
CREATE DICTIONARY test.my_dict (
    id UInt64,
    name String DEFAULT '',
    value Float64 EXPRESSION toFloat64OrZero(name),
    parent_id UInt64 HIERARCHICAL,
    is_active UInt8 INJECTIVE,
    object_id UInt64 IS_OBJECT_ID
)
PRIMARY KEY id
SOURCE(MYSQL(
    host 'localhost'
    port 3306
    user 'default'
    password ''
    db 'test'
    table 'dict_table'
))
LIFETIME(MIN 1000 MAX 2000)
LAYOUT(HASHED())
SETTINGS(max_block_size = 8192)
COMMENT 'This is a test dictionary with comment'
==== aftership/ddl/create_distributed_table.sql#1
create table test.event_all
ON CLUSTER 'default_cluster'
AS test.evnets_local
ENGINE = Distributed(
    default_cluster,
    test,
    events_local,
    rand()
) SETTINGS fsync_after_insert=0
==== aftership/ddl/create_function_simple.sql#1
CREATE FUNCTION linear_equation AS (x, k, b) -> k*x + b
==== aftership/ddl/create_live_view_basic.sql#1
CREATE LIVE VIEW my_live_view
WITH TIMEOUT 10 TO my_destination(id String)
AS SELECT id FROM my_table
==== aftership/ddl/create_materialized_view_basic.sql#1
CREATE
MATERIALIZED VIEW infra_bm.view_name 
    ON CLUSTER 'default_cluster' TO infra_bm.table_name
(
  `f1` DateTime64(3), 
  `f2` String, 
  `f3` String, 
  `f4` String, 
  `f5` String, 
  `f6` Int64
) AS
SELECT f1,
       f2,
       visitParamExtractString(properties, 'f3')   AS f3,
       visitParamExtractString(properties, 'f4')      AS f4,
       visitParamExtractString(properties, 'f5')    AS f5,
    visitParamExtractInt(properties, 'f6') AS f6
FROM
    infra_bm.table_name1
WHERE
    infra_bm.table_name1.event = 'test-event'
COMMENT 'Comment for table'
==== aftership/ddl/create_materialized_view_rmv_depends_on_multi.sql#1
CREATE MATERIALIZED VIEW db1.attrs_rollup_v0
REFRESH EVERY 5 MINUTE
DEPENDS ON db1.metadata_mv_v0, db1.metadata_mv_v1
ENGINE = Memory
AS SELECT DISTINCT
    service_name,
    attr_key,
    'profiles' AS dataset,
    'string' AS attr_type
FROM db1.metadata_v0
==== aftership/ddl/create_materialized_view_rmv_engine_with_columns.sql#1
CREATE MATERIALIZED VIEW db1.config_memory_v0
REFRESH EVERY 1 SECOND
(
    `schedule_id` String,
    `sample_rate` Int8,
    `start_at` DateTime64(9),
    `end_at` DateTime64(9),
    `created_at` DateTime64(9),
    `created_by` String,
    `properties` Map(String, String),
    `cluster_percentage` Float64,
    `schedule_filters` String
)
ENGINE = Memory
SETTINGS min_rows_to_keep = 250000, max_rows_to_keep = 500000
DEFINER = default SQL SECURITY DEFINER
COMMENT 'test comment'
AS SELECT
    schedule_id,
    sample_rate,
    start_at,
    end_at,
    created_at,
    created_by,
    properties,
    cluster_percentage,
    schedule_filters
FROM
(
    SELECT
        *,
        row_number() OVER (PARTITION BY schedule_filters ORDER BY created_at DESC) AS rn
    FROM db1.config_v0
    WHERE schedule_filters != '{}'
)
WHERE rn = 1
==== aftership/ddl/create_materialized_view_with_comment_before_as.sql#1
CREATE MATERIALIZED VIEW db.mv_with_comment TO db.dst_table
(
    `shop_id` UInt64,
    `event_type` LowCardinality(String),
    `created_at` DateTime64(9)
)
COMMENT '{"blueprint_hash":"abc123","timestamp":"2026-04-08T12:00:00Z"}'
AS SELECT
    shop_id,
    event_type,
    created_at
FROM db.src_table
==== aftership/ddl/create_materialized_view_with_definer.sql#1
CREATE MATERIALIZED VIEW fresh_mv
REFRESH EVERY 1 HOUR OFFSET 10 MINUTE APPEND TO events_export
(
    `timestamp` DateTime64(9),
    `field_1` String,
    `field_2` String,
)
DEFINER = default SQL SECURITY DEFINER
AS (SELECT
    timestamp,
    field_1,
    field_2,
FROM event_table
WHERE toStartOfHour(timestamp) = toStartOfHour(now() - toIntervalHour(1)))
COMMENT 'Test comment'
==== aftership/ddl/create_materialized_view_with_empty_table_schema.sql#1
CREATE MATERIALIZED VIEW test.t0 on cluster default_cluster
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/{layer}-{shard}/test/t0', '{replica}')
PARTITION BY toYYYYMM(f0)
ORDER BY (f0)
POPULATE AS
select f0,f1,f2,coalesce(f0,f1) as f333
from
    (select
         f0,f1,f2,
         ROW_NUMBER() over(partition by f0 order by coalesce(f1,f2)) as rn
     from test.t
     where f3 in ('foo', 'bar', 'test')
       and env ='test'
    ) as tmp
where rn = 1
==== aftership/ddl/create_materialized_view_with_gcs.sql#1
CREATE MATERIALIZED VIEW database_name.view_name
        REFRESH EVERY 5 MINUTE TO database_name.table_name AS
        SELECT * FROM gcs(gcs_creds,url='https://storage.googleapis.com/some-bucket/some-path/')
==== aftership/ddl/create_materialized_view_with_refresh.sql#1
CREATE MATERIALIZED VIEW fresh_mv
REFRESH EVERY 1 HOUR OFFSET 10 MINUTE
RANDOMIZE FOR 1 SECOND
DEPENDS ON  table_v5
SETTINGS
    randomize_for = 1,
    randomize_offset = 10,
    randomize_period = 1
APPEND TO target_table_name
EMPTY
AS SELECT
    `field_1`,
    `field_2`,
    `field_3`,
FROM table_v5
==== aftership/ddl/create_mv_with_not_op.sql#1
CREATE MATERIALIZED VIEW infra_bm.view_name
    ON CLUSTER 'default_cluster' TO infra_bm.table_name
(
  `f1` DateTime64(3),
  `f2` String,
  `f3` String,
  `f4` String,
  `f5` String,
  `f6` Int64
) AS
SELECT f1,
       f2,
       visitParamExtractString(properties, 'f3') AS f3,
       visitParamExtractString(properties, 'f4') AS f4,
       visitParamExtractString(properties, 'f5') AS f5,
       visitParamExtractInt(properties, 'f6') AS f6
FROM infra_bm.table_name1
WHERE infra_bm.table_name1.event = 'test-event' AND
    NOT isZeroOrNull(f2) AND f6-2 > 0
==== aftership/ddl/create_mv_with_order_by.sql#1
CREATE MATERIALIZED VIEW IF NOT EXISTS test_mv
ENGINE = ReplacingMergeTree()
PRIMARY KEY (id)
ORDER BY (id)
AS
SELECT * FROM test_table
==== aftership/ddl/create_mv_with_order_by.sql#2
CREATE MATERIALIZED VIEW IF NOT EXISTS test_mv
ENGINE = ReplacingMergeTree()
PRIMARY KEY (id)
AS
SELECT * FROM test_table
==== aftership/ddl/create_named_collection_basic.sql#1
CREATE NAMED COLLECTION IF NOT EXISTS servercore_s3_config
AS url = 'http://local-minio:9000/*',
access_key_id = 'minioadmin',
secret_access_key = 'minioadmin'
==== aftership/ddl/create_named_collection_simple.sql#1
CREATE NAMED COLLECTION my_collection
AS key1 = 'value1',
key2 = 'value2'
==== aftership/ddl/create_named_collection_with_cluster.sql#1
CREATE NAMED COLLECTION IF NOT EXISTS my_collection ON CLUSTER my_cluster
AS key1 = 'value1' OVERRIDABLE,
key2 = 'value2' NOT OVERRIDABLE,
key3 = 'value3'
==== aftership/ddl/create_named_collection_with_overridable.sql#1
CREATE NAMED COLLECTION test_collection
AS url = 'http://example.com' OVERRIDABLE,
access_key = 'key123' NOT OVERRIDABLE,
secret_key = 'secret456'
==== aftership/ddl/create_or_replace.sql#1
CREATE OR REPLACE TABLE IF NOT EXISTS test.events_local (
    f0 String,
    f1 String CODEC(ZSTD(1)),
    f2 VARCHAR(255),
) ENGINE = MergeTree
PRIMARY KEY (f0, f1, f2)
PARTITION BY toYYYYMMDD(f1)
TTL f1 + INTERVAL 6 MONTH
ORDER BY (f1,f2)
COMMENT 'Comment for table'
==== aftership/ddl/create_or_replace.sql#2
CREATE OR REPLACE VIEW IF NOT EXISTS my_view(col1 String, col2 String)
AS
SELECT
    id,
    name
FROM
    my_table
==== aftership/ddl/create_or_replace.sql#3
CREATE OR REPLACE FUNCTION IF NOT EXISTS my_function AS (x, y) -> x + y
==== aftership/ddl/create_role.sql#2
CREATE ROLE r1_01293 ON CLUSTER cluster_1
==== aftership/ddl/create_role.sql#4
CREATE ROLE r1_01293 ON CLUSTER cluster_1, r2_01293
==== aftership/ddl/create_role.sql#5
CREATE ROLE r1_01293 ON CLUSTER cluster_1, r2_01293 ON CLUSTER cluster_2
==== aftership/ddl/create_table_as_remote_function.sql#1
CREATE TABLE test_remote
(
    id UInt64,
    name String,
    value Int32
)
AS remoteSecure('host.example.com', 'source_db', 'source_table', 'user', 'password')
==== aftership/ddl/create_table_as_remote_function.sql#2
CREATE TABLE test_table (id UInt64, name String) AS remote('localhost', 'db', 'source_table')
==== aftership/ddl/create_table_basic.sql#1
CREATE TABLE IF NOT EXISTS test.events_local (
    f0 String,
    f1 String CODEC(ZSTD(1)),
    f2 VARCHAR(255),
    f3 Datetime,
    f4 Datetime,
    f5 Map(String,String),
    f6 String,
    f7 Nested (
        f70 UInt32,
        f71 UInt32,
        f72 DateTime,
        f73 Int64,
        f74 Int64,
        f75 String
    ),
    f8 Datetime DEFAULT now(),
    f9 String MATERIALIZED toString(f7['f70']),
    f10 String ALIAS f11,
    f12 JSON(max_dynamic_types=10, max_dynamic_paths=3, SKIP a, SKIP a.b.c, SKIP REGEXP 'hello'),
) ENGINE = MergeTree
PRIMARY KEY (f0, f1, f2)
PARTITION BY toYYYYMMDD(f3)
TTL f3 + INTERVAL 6 MONTH
ORDER BY (f1,f2,f3)
COMMENT 'Comment for table'
==== aftership/ddl/create_table_codec_no_args.sql#1
CREATE TABLE shark_attacks (
    timestamp DateTime CODEC(DoubleDelta),
)
==== aftership/ddl/create_table_json_typehints.sql#1
CREATE TABLE t (
    j JSON(message String, a.b UInt64, max_dynamic_paths=0, SKIP x, SKIP REGEXP 're')
) ENGINE = MergeTree
ORDER BY tuple()
==== aftership/ddl/create_table_with_codec_delta.sql#1
CREATE TABLE IF NOT EXISTS test_local
(
 `id` UInt64 CODEC(Delta, ZSTD(1)),
 `api_id` UInt64 CODEC(ZSTD(1)),
 `app_id` UInt64 CODEC(Delta(9), ZSTD(1)),
 `device_id` UInt64 CODEC(DoubleDelta, ZSTD(1)),
 `guage` Float64 CODEC(Gorilla, LZ4),
 `value` UInt64 CODEC(T64, LZ4),
 `timestamp` DateTime64(9) CODEC(ZSTD(1)),
 INDEX timestamp_index(timestamp) TYPE minmax GRANULARITY 4
)
ENGINE = ReplicatedMergeTree('/root/test_local', '{replica}')
PARTITION BY toStartOfHour(`timestamp`)
ORDER BY (toUnixTimestamp64Nano(`timestamp`), `api_id`)
TTL toStartOfHour(`timestamp`) + INTERVAL 7 DAY,toStartOfHour(`timestamp`) + INTERVAL 2 DAY
SETTINGS execute_merges_on_single_replica_time_threshold=1200, index_granularity=16384, max_bytes_to_merge_at_max_space_in_pool=64424509440, storage_policy='main', ttl_only_drop_parts=1
==== aftership/ddl/create_table_with_codec_gcd.sql#1
CREATE TABLE test_local
(
 `foo` Nullable(Decimal(38, 4)) CODEC(GCD, ZSTD(1)),
 `bar` UInt64 CODEC(GCD),
 `baz` Decimal(38, 4) CODEC(GCD(), ZSTD(1))
)
ENGINE = MergeTree
ORDER BY `bar`
==== aftership/ddl/create_table_with_enum_fields.sql#1
CREATE TABLE t0 on cluster default_cluster
(
    `method` Enum8('GET'=1 , 'POST'=2, 'HEAD'=3, 'PUT'=4,'PATCH'=5, 'DELETE'=6, 'CONNECT'=7, 'OPTIONS'=8, 'TRACE'=9) CODEC(ZSTD(1)),
    `timestamp` DateTime64(3) CODEC(DoubleDelta, ZSTD)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}', '{replica}')
PARTITION BY toDate(timestamp)
ORDER BY (method,timestamp)
TTL toDate(timestamp) + toIntervalDay(3)
SETTINGS index_granularity = 8192
==== aftership/ddl/create_table_with_index.sql#1
CREATE TABLE IF NOT EXISTS test_local
(
 `common.id` String CODEC(ZSTD(1)),
 `id` UInt64 CODEC(Delta, ZSTD(1)),
 `idx` UInt64 CODEC(Delta, ZSTD(1)),
 `api_id` UInt64 CODEC(ZSTD(1)),
 `arr` Array(Int64),
 `content` String CODEC(ZSTD(1)),
 `output` String,
 INDEX id_common_id_bloom_filter common.id TYPE bloom_filter(0.001) GRANULARITY 1,
 INDEX id_idx id TYPE minmax GRANULARITY 10,
 INDEX idx_id idx TYPE bloom_filter() GRANULARITY 1,
 INDEX api_id_idx api_id TYPE set(100) GRANULARITY 2,
 INDEX arr_idx arr TYPE bloom_filter(0.01) GRANULARITY 3,
 INDEX content_idx content TYPE tokenbf_v1(30720, 2, 0) GRANULARITY 1,
 INDEX output_idx output TYPE ngrambf_v1(3, 10000, 2, 1) GRANULARITY 2
)
ENGINE = ReplicatedMergeTree('/root/test_local', '{replica}')
PARTITION BY toStartOfHour(`timestamp`)
ORDER BY (toUnixTimestamp64Nano(`timestamp`), `api_id`)
TTL toStartOfHour(`timestamp`) + INTERVAL 7 DAY,toStartOfHour(`timestamp`) + INTERVAL 2 DAY
SETTINGS execute_merges_on_single_replica_time_threshold=1200, index_granularity=16384, max_bytes_to_merge_at_max_space_in_pool=64424509440, storage_policy='main', ttl_only_drop_parts=1
==== aftership/ddl/create_table_with_keyword_partition_by.sql#1
CREATE TABLE test.events_local UUID 'dad17568-b070-49d0-9ad1-7568b07029d0' (
    `date` Date,
    `f1` String,
    `f2` String,
    `f3` UInt64
    ) ENGINE = ReplacingMergeTree
    PARTITION BY date
    ORDER BY (f1, f2)
    SETTINGS index_granularity = 8192
==== aftership/ddl/create_table_with_null_engine.sql#1
CREATE TABLE logs.t0 on cluster default
(
    `trace_id` String CODEC(ZSTD(1)),
    INDEX trace_id_bloom_idx trace_id TYPE bloom_filter(0.01) GRANULARITY 64
) ENGINE = Null()
==== aftership/ddl/create_table_with_nullable.sql#1
CREATE TABLE test.`.inner.752391fb-44cc-4dd5-b523-91fb44cc9dd5`
    UUID '27673372-7973-44f5-a767-33727973c4f5' (
    `f0` String,
    `f1` String,
    `f2` LowCardinality(String),
    `f3` LowCardinality(String),
    `f4` DateTime64(3),
    `f5` Nullable(DateTime64(3)),
    `succeed_at` Nullable(DateTime64(3))
) ENGINE = MergeTree
PARTITION BY xxHash32(tag_id) % 20
ORDER BY label_id
SETTINGS index_granularity = 8192
==== aftership/ddl/create_table_with_on_clsuter.sql#1
CREATE TABLE IF NOT EXISTS test.events_local ON CLUSTER 'default_cluster' (
    f0 String,
    f1 String,
    f2 String,
    f3 Datetime,
    f4 Datetime,
    f5 Map(String,String),
    f6 String,
    f7 Datetime DEFAULT now()
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}/test/events_local', '{replica}')
TTL f3 + INTERVAL 6 MONTH
PARTITION BY toYYYYMMDD(f3)
ORDER BY (f0,f1,f2)
==== aftership/ddl/create_table_with_projection.sql#1
CREATE TABLE events
(
    `event_time` DateTime,
    `event_id` UInt64,
    `user_id` UInt64,
    `huge_string` String,
    PROJECTION order_by_user_id
    (
        SELECT
            _part_offset
        ORDER BY user_id
    )
)
ENGINE = MergeTree()
ORDER BY (event_id)
==== aftership/ddl/create_table_with_projection_group_by_only.sql#1
CREATE TABLE events
(
    `event_time` DateTime,
    `event_type` String,
    `user_id` UInt64,
    `value` Float64,
    PROJECTION hourly_aggregates
    (
        SELECT
            toStartOfHour(event_time) AS hour,
            event_type,
            count() AS event_count,
            sum(value) AS total_value
        GROUP BY hour, event_type
    )
)
ENGINE = MergeTree()
ORDER BY (event_time, event_type)
==== aftership/ddl/create_table_with_qbit.sql#1
CREATE TABLE test.qbit_example (
    id UInt32,
    vec QBit(Float32, 8)
) ENGINE = Memory
==== aftership/ddl/create_table_with_sample_by.sql#1
CREATE TABLE default.test UUID '87887901-e33c-497e-8788-7901e33c997e'
(
    `f0` DateTime,
    `f1` UInt32,
    `f3` UInt32
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}/{shard}/default/test', '{replica}')
PARTITION BY toYYYYMM(timestamp)
ORDER BY (contractid, toDate(timestamp), userid)
SAMPLE BY userid
SETTINGS index_granularity = 8192
==== aftership/ddl/create_table_with_ttl_policy.sql#1
CREATE TABLE tab
(
    d DateTime,
    a Int
)
    ENGINE = MergeTree
PARTITION BY toYYYYMM(d)
ORDER BY d
TTL d + INTERVAL 1 MONTH DELETE,
    d + INTERVAL 1 WEEK TO VOLUME 'aaa',
    d + INTERVAL 2 WEEK TO DISK 'bbb'
==== aftership/ddl/create_table_with_ttl_policy.sql#2
CREATE TABLE table_with_where
(
    d DateTime,
    a Int
)
    ENGINE = MergeTree
PARTITION BY toYYYYMM(d)
ORDER BY d
TTL d + INTERVAL 1 MONTH DELETE WHERE toDayOfWeek(d) = 1
==== aftership/ddl/create_table_with_ttl_policy.sql#3
CREATE TABLE table_for_recompression
(
    d DateTime,
    key UInt64,
    value String
) ENGINE MergeTree()
ORDER BY tuple()
PARTITION BY key
TTL d + INTERVAL 1 MONTH RECOMPRESS CODEC(ZSTD(17)), d + INTERVAL 1 YEAR RECOMPRESS CODEC(LZ4HC(10))
SETTINGS min_rows_for_wide_part = 0, min_bytes_for_wide_part = 0, allow_experimental_replacing_merge_with_cleanup = true
==== aftership/ddl/create_table_with_tuple_fields.sql#1
CREATE TABLE t0 on cluster default_cluster
(
    `tup0` Tuple(),
    `tup1` Tuple(String, Int64),
    `tup2` Tuple(String, Tuple(String, String)),
    `tup3` Tuple(a String, cd Tuple(c String, d String))
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}', '{replica}')
ORDER BY (tup1, tup2, tup3)
SETTINGS index_granularity = 8192
==== aftership/ddl/create_table_with_uuid.sql#1
CREATE TABLE IF NOT EXISTS test.events_local UUID '1234' ON CLUSTER 'default_cluster' (
    f0 String,
    f1 String,
    f2 String,
    f3 Datetime,
    f4 Datetime,
    f5 Map(String,String),
    f6 String,
    f7 Datetime DEFAULT now()
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}/test/events_local', '{replica}')
TTL f3 + INTERVAL 6 MONTH
PARTITION BY toYYYYMMDD(f3)
ORDER BY (f0,f1,f2)
==== aftership/ddl/create_user.sql#1
CREATE USER user1
==== aftership/ddl/create_user.sql#10
CREATE USER user11 IDENTIFIED WITH kerberos REALM 'EXAMPLE.COM'
==== aftership/ddl/create_user.sql#11
CREATE USER user33 VALID UNTIL '2026-12-12 00:00:00'
==== aftership/ddl/create_user.sql#12
CREATE USER user34 IDENTIFIED WITH plaintext_password BY 'password123' VALID UNTIL '2026-06-15'
==== aftership/ddl/create_user.sql#13
CREATE USER user35 VALID UNTIL 'infinity'
==== aftership/ddl/create_user.sql#14
CREATE USER user12 HOST LOCAL
==== aftership/ddl/create_user.sql#15
CREATE USER user13 HOST ANY
==== aftership/ddl/create_user.sql#16
CREATE USER user14 HOST NONE
==== aftership/ddl/create_user.sql#17
CREATE USER user15 HOST NAME 'localhost'
==== aftership/ddl/create_user.sql#18
CREATE USER user16 HOST REGEXP '.*\.example\.com'
==== aftership/ddl/create_user.sql#19
CREATE USER user17 HOST IP '192.168.1.1'
==== aftership/ddl/create_user.sql#2
CREATE USER IF NOT EXISTS user2
==== aftership/ddl/create_user.sql#20
CREATE USER user18 HOST LIKE 'test%'
==== aftership/ddl/create_user.sql#21
CREATE USER user19 DEFAULT ROLE role1
==== aftership/ddl/create_user.sql#22
CREATE USER user20 DEFAULT ROLE role1, role2
==== aftership/ddl/create_user.sql#23
CREATE USER user21 DEFAULT ROLE NONE
==== aftership/ddl/create_user.sql#24
CREATE USER user22 DEFAULT DATABASE test_db
==== aftership/ddl/create_user.sql#25
CREATE USER user23 DEFAULT DATABASE NONE
==== aftership/ddl/create_user.sql#26
CREATE USER user24 GRANTEES user1
==== aftership/ddl/create_user.sql#27
CREATE USER user25 GRANTEES user1, user2
==== aftership/ddl/create_user.sql#28
CREATE USER user26 GRANTEES ANY
==== aftership/ddl/create_user.sql#29
CREATE USER user27 GRANTEES NONE
==== aftership/ddl/create_user.sql#3
CREATE USER OR REPLACE user3
==== aftership/ddl/create_user.sql#30
CREATE USER user28 GRANTEES user1, user2 EXCEPT user3
==== aftership/ddl/create_user.sql#31
CREATE USER user29 SETTINGS max_memory_usage=5000000
==== aftership/ddl/create_user.sql#32
CREATE USER user30 SETTINGS PROFILE 'default'
==== aftership/ddl/create_user.sql#33
CREATE USER user31 SETTINGS readonly=1, max_memory_usage=5000000
==== aftership/ddl/create_user.sql#34
CREATE USER user32
    IDENTIFIED WITH plaintext_password BY 'password'
    VALID UNTIL '2025-12-31'
    HOST NAME 'localhost'
    DEFAULT ROLE role1, role2
    DEFAULT DATABASE test_db
    GRANTEES user1, user2 EXCEPT user3
    SETTINGS max_memory_usage=5000000, readonly=1
==== aftership/ddl/create_user.sql#4
CREATE USER user4, user5
==== aftership/ddl/create_user.sql#5
CREATE USER user6 NOT IDENTIFIED
==== aftership/ddl/create_user.sql#6
CREATE USER user7 IDENTIFIED WITH plaintext_password BY 'password123'
==== aftership/ddl/create_user.sql#7
CREATE USER user8 IDENTIFIED WITH sha256_password BY 'hash123'
==== aftership/ddl/create_user.sql#8
CREATE USER user9 IDENTIFIED WITH ldap SERVER 'ldap_server'
==== aftership/ddl/create_user.sql#9
CREATE USER user10 IDENTIFIED WITH kerberos
==== aftership/ddl/create_view_basic.sql#1
CREATE VIEW IF NOT EXISTS my_view(col1 String, col2 String)
AS
SELECT
    id,
    name
FROM
    my_table
==== aftership/ddl/create_view_on_cluster_with_uuid.sql#1
CREATE VIEW IF NOT EXISTS cluster_name.my_view
        UUID '3493e374-e2bb-481b-b493-e374e2bb981b'
        ON CLUSTER 'my_cluster'
AS (
    SELECT
    column1,
    column2
    FROM
    my_other_table
)
==== aftership/ddl/create_view_with_comment.sql#1
CREATE VIEW IF NOT EXISTS db.my_view
(
    `id` Int64,
    `name` String
)
COMMENT '{"blueprint_hash":"abc123"}'
AS SELECT
    id,
    name
FROM db.my_table
==== aftership/ddl/create_with_time_zone.sql#1
CREATE TABLE IF NOT EXISTS test.db ON CLUSTER default_cluster
(
    `f0` Array(Tuple(
        f00 DateTime64(9, 'UTC'),
        f01 String,
        f02 Map(String, String),
        f03 Map(String, Float64),
        f04 Map(String, BOOL))) CODEC(ZSTD(1)
    ),
    `f1` UInt64 CODEC(Delta(8), LZ4),
    `f2` FixedString(16) CODEC(LZ4),
    `f3` FixedString(8) CODEC(LZ4),
    `f4` FixedString(8) CODEC(LZ4),
    `f6` DateTime64(9, 'UTC') CODEC(Delta(8), LZ4),
    `f6` UInt64 CODEC(Delta(8), LZ4),
    `f7` LowCardinality(String) CODEC(ZSTD(1)),
    `f8` String CODEC(ZSTD(1)),
    `f9` LowCardinality(String) CODEC(ZSTD(1)),
    `f10` String CODEC(ZSTD(1)),
    `f11` LowCardinality(String) CODEC(ZSTD(1)),
    `f12` LowCardinality(String) CODEC(ZSTD(1)),
    `f13` String CODEC(ZSTD(1)),
    `f14` Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    `f15` Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    `f16` Map(LowCardinality(String), Float64) CODEC(ZSTD(1)),
    `f17` Map(LowCardinality(String), BOOL) CODEC(ZSTD(1)),
    `f18` Array(Tuple(
        f180 FixedString(16),
        f181 FixedString(8),
        f182 String,
        f183 Map(String, String))) CODEC(ZSTD(1)),
        `f184` String CODEC(ZSTD(1)),
        `f185` String CODEC(ZSTD(1)),
        `f186` String CODEC(ZSTD(1)),
        `f187` UInt32 CODEC(ZSTD(1)),
        `f188` DATETIME DEFAULT now(),
        INDEX idx_0 f0 TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_f1 f1 TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_f2 f2 TYPE minmax GRANULARITY 1,
        INDEX idx_f3 f3 TYPE set(0) GRANULARITY 4,
        INDEX idx_f4 mapValues(f4) TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_f5 name TYPE tokenbf_v1(4096, 3, 0) GRANULARITY 4
    )
    ENGINE = MergeTree
    PARTITION BY toDate(timestamp)
    ORDER BY (ts_bucket, service_name, name, toUnixTimestamp64Nano(timestamp))
    TTL toDate(timestamp) + toIntervalDay(15)
    SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1
==== aftership/ddl/desc_table_with_table_keyword.sql#1
DESC TABLE mytable
==== aftership/ddl/desc_table_without_table_keyword.sql#1
DESC mytable
==== aftership/ddl/describe_table_with_table_keyword.sql#1
DESCRIBE TABLE mytable
==== aftership/ddl/describe_table_without_table_keyword.sql#1
DESCRIBE mytable
==== aftership/ddl/drop_database.sql#1
DROP DATABASE IF EXISTS datbase_name
==== aftership/ddl/drop_database.sql#2
DROP DATABASE IF EXISTS test_db SYNC
==== aftership/ddl/drop_database.sql#3
DROP DATABASE IF EXISTS test_db ON CLUSTER akvorado SYNC
==== aftership/ddl/drop_database.sql#4
DROP DATABASE test_db ON CLUSTER akvorado NO DELAY
==== aftership/ddl/drop_table_basic.sql#1
DROP TABLE IF EXISTS test.table_name
==== aftership/ddl/drop_table_with_no_delay.sql#1
DROP TABLE IF EXISTS test.table_name ON CLUSTER 'default_cluster' NO DELAY
==== aftership/ddl/drop_table_with_on_clsuter.sql#1
DROP TABLE IF EXISTS test.table_name ON CLUSTER 'default_cluster'
==== aftership/ddl/format/alter_table_add_column.sql#2
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD COLUMN f1 String AFTER f0 SETTINGS alter_sync=2
==== aftership/ddl/format/alter_table_add_projection.sql#2
ALTER TABLE visits_order ADD PROJECTION IF NOT EXISTS user_name_projection (SELECT * GROUP BY user_name ORDER BY user_name) AFTER a.user_id
==== aftership/ddl/format/alter_table_add_projection_group_by_only.sql#2
ALTER TABLE events ADD PROJECTION IF NOT EXISTS hourly_stats (SELECT toStartOfHour(event_time) AS hour, event_type, count() AS count, uniq(user_id) AS users GROUP BY hour, event_type)
==== aftership/ddl/format/alter_table_drop_detach_partition.sql#2
ALTER TABLE app_utc_00.app_message_as_notification_organization_sent_stats_i_d_local DROP DETACHED PARTITION '2022-05-24' SETTINGS allow_drop_detached=1
==== aftership/ddl/format/alter_table_drop_partition.sql#2
ALTER TABLE test.events ON CLUSTER 'default_cluster' DROP PARTITION '2023-07-18'
==== aftership/ddl/format/alter_table_freeze_no_specify_partition.sql#2
ALTER TABLE test.events ON CLUSTER 'default_cluster' FREEZE
==== aftership/ddl/format/alter_table_freeze_partition.sql#2
ALTER TABLE test.events ON CLUSTER 'default_cluster' FREEZE PARTITION '2023-07-18'
==== aftership/ddl/format/attach_table_basic.sql#2
CREATE TABLE IF NOT EXISTS test.events_local ON CLUSTER 'default_cluster' (f0 String, f1 String, f2 String, f3 Datetime, f4 Datetime, f5 Map(String, String), f6 String, f7 Datetime DEFAULT now()) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}/test/events_local', '{replica}') ORDER BY (f0, f1, f2) PARTITION BY toYYYYMMDD(f3) TTL f3 + INTERVAL 6 MONTH
==== aftership/ddl/format/beautify/alter_role.sql#24
ALTER ROLE r1_01293
SETTINGS
  NONE
==== aftership/ddl/format/beautify/alter_role.sql#25
ALTER ROLE r2_01293
SETTINGS
  PROFILE 'default'
==== aftership/ddl/format/beautify/alter_role.sql#26
ALTER ROLE r3_01293
SETTINGS
  max_memory_usage=5000000
==== aftership/ddl/format/beautify/alter_role.sql#27
ALTER ROLE r4_01293
SETTINGS
  max_memory_usage
  MIN=5000000
==== aftership/ddl/format/beautify/alter_role.sql#28
ALTER ROLE r5_01293
SETTINGS
  max_memory_usage
  MAX=5000000
==== aftership/ddl/format/beautify/alter_role.sql#29
ALTER ROLE r6_01293
SETTINGS
  max_memory_usage
  CONST
==== aftership/ddl/format/beautify/alter_role.sql#30
ALTER ROLE r7_01293
SETTINGS
  max_memory_usage
  WRITABLE
==== aftership/ddl/format/beautify/alter_role.sql#31
ALTER ROLE r8_01293
SETTINGS
  max_memory_usage=5000000
  MIN 4000000
  MAX 6000000
  CONST
==== aftership/ddl/format/beautify/alter_role.sql#32
ALTER ROLE r9_01293
SETTINGS
  PROFILE 'default',
  max_memory_usage=5000000
  WRITABLE
==== aftership/ddl/format/beautify/alter_role.sql#34
ALTER ROLE r1_01293
SETTINGS
  readonly=1
==== aftership/ddl/format/beautify/alter_role.sql#36
ALTER ROLE r3_01293
SETTINGS
  max_memory_usage=5000000
  MIN 4000000
  MAX 6000000
  WRITABLE
==== aftership/ddl/format/beautify/alter_role.sql#37
ALTER ROLE r4_01293
SETTINGS
  PROFILE 'default',
  max_memory_usage=5000000,
  readonly=1
==== aftership/ddl/format/beautify/alter_role.sql#38
ALTER ROLE r5_01293
SETTINGS
  NONE
==== aftership/ddl/format/beautify/alter_table_add_column.sql#2
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
ADD COLUMN f1 String AFTER f0
SETTINGS
  alter_sync=2
==== aftership/ddl/format/beautify/alter_table_add_index.sql#10
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
ADD INDEX output_idx output TYPE ngrambf_v1(3, 10000, 2, 1) GRANULARITY 2
==== aftership/ddl/format/beautify/alter_table_add_index.sql#6
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
ADD INDEX my_index(f0) TYPE minmax GRANULARITY 1024
==== aftership/ddl/format/beautify/alter_table_add_index.sql#7
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
ADD INDEX api_id_idx api_id TYPE set(100) GRANULARITY 2
==== aftership/ddl/format/beautify/alter_table_add_index.sql#8
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
ADD INDEX arr_idx arr TYPE bloom_filter(0.01) GRANULARITY 3
==== aftership/ddl/format/beautify/alter_table_add_index.sql#9
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
ADD INDEX content_idx content TYPE tokenbf_v1(30720, 2, 0) GRANULARITY 1
==== aftership/ddl/format/beautify/alter_table_add_projection.sql#2
ALTER TABLE visits_order
ADD PROJECTION IF NOT EXISTS user_name_projection (SELECT * GROUP BY
  user_name ORDER BY user_name) AFTER a.user_id
==== aftership/ddl/format/beautify/alter_table_add_projection_group_by_only.sql#2
ALTER TABLE events
ADD PROJECTION IF NOT EXISTS hourly_stats (SELECT toStartOfHour(event_time) AS hour, event_type, count() AS count, uniq(user_id) AS users GROUP BY
  hour, event_type)
==== aftership/ddl/format/beautify/alter_table_attach_partition.sql#4
ALTER TABLE test
ATTACH PARTITION '20210114'
==== aftership/ddl/format/beautify/alter_table_attach_partition.sql#5
ALTER TABLE test
ATTACH PARTITION '20210114' FROM test1
==== aftership/ddl/format/beautify/alter_table_clear_column.sql#2
ALTER TABLE my_table
CLEAR COLUMN my_column_name
IN PARTITION partition_name
==== aftership/ddl/format/beautify/alter_table_clear_index.sql#2
ALTER TABLE my_table
CLEAR INDEX my_index_name
IN PARTITION partition_name
==== aftership/ddl/format/beautify/alter_table_clear_projection.sql#2
ALTER TABLE my_table
CLEAR PROJECTION hello
IN PARTITION partition_name
==== aftership/ddl/format/beautify/alter_table_delete.sql#2
ALTER TABLE test.events
DELETE
WHERE created_at < '2023-01-01'
==== aftership/ddl/format/beautify/alter_table_delete_with_cluster.sql#2
ALTER TABLE test.events
ON CLUSTER 'default_cluster'
DELETE
WHERE id = 123
AND
  status = 'deleted'
==== aftership/ddl/format/beautify/alter_table_detach_partition.sql#2
ALTER TABLE db.test
DETACH PARTITION '2021-10-01'
==== aftership/ddl/format/beautify/alter_table_drop_column.sql#2
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
DROP COLUMN IF EXISTS f1
==== aftership/ddl/format/beautify/alter_table_drop_detach_partition.sql#2
ALTER TABLE app_utc_00.app_message_as_notification_organization_sent_stats_i_d_local
DROP DETACHED PARTITION '2022-05-24'
SETTINGS
  allow_drop_detached=1
==== aftership/ddl/format/beautify/alter_table_drop_index.sql#2
ALTER TABLE test.event_local
ON CLUSTER 'default_cluster'
DROP INDEX f1
==== aftership/ddl/format/beautify/alter_table_drop_partition.sql#2
ALTER TABLE test.events
ON CLUSTER 'default_cluster'
DROP PARTITION '2023-07-18'
==== aftership/ddl/format/beautify/alter_table_drop_projection.sql#2
ALTER TABLE test.event_local
ON CLUSTER 'default_cluster'
DROP PROJECTION f1
==== aftership/ddl/format/beautify/alter_table_freeze_no_specify_partition.sql#2
ALTER TABLE test.events
ON CLUSTER 'default_cluster'
FREEZE
==== aftership/ddl/format/beautify/alter_table_freeze_partition.sql#2
ALTER TABLE test.events
ON CLUSTER 'default_cluster'
FREEZE PARTITION '2023-07-18'
==== aftership/ddl/format/beautify/alter_table_materialize_index.sql#2
ALTER TABLE visits_order
MATERIALIZE INDEX IF EXISTS user_name_index
IN PARTITION '20240403'
==== aftership/ddl/format/beautify/alter_table_materialize_projection.sql#2
ALTER TABLE visits_order
MATERIALIZE PROJECTION IF EXISTS user_name_projection
IN PARTITION '20240403'
==== aftership/ddl/format/beautify/alter_table_modify_column.sql#2
ALTER TABLE t1
MODIFY COLUMN f1 String COMMENT 'test'
==== aftership/ddl/format/beautify/alter_table_modify_column_remove.sql#2
ALTER TABLE t1
MODIFY COLUMN f1 REMOVE COMMENT
==== aftership/ddl/format/beautify/alter_table_modify_order_by.sql#5
ALTER TABLE flows
MODIFY ORDER BY (TimeReceived, ExporterAddress)
==== aftership/ddl/format/beautify/alter_table_modify_order_by.sql#6
ALTER TABLE flows
MODIFY ORDER BY TimeReceived
==== aftership/ddl/format/beautify/alter_table_modify_order_by.sql#7
ALTER TABLE db.flows
ON CLUSTER c
MODIFY ORDER BY (TimeReceived, toStartOfHour(TimeReceived))
==== aftership/ddl/format/beautify/alter_table_modify_order_by.sql#8
ALTER TABLE flows
ADD COLUMN ExporterAddress String,
MODIFY ORDER BY (TimeReceived, ExporterAddress)
==== aftership/ddl/format/beautify/alter_table_modify_setting.sql#2
ALTER TABLE example_table
MODIFY SETTING
  max_part_loading_threads=8,
  max_parts_in_total=50000
==== aftership/ddl/format/beautify/alter_table_remove_ttl.sql#2
ALTER TABLE test.events
ON CLUSTER 'default_cluster'
REMOVE TTL
==== aftership/ddl/format/beautify/alter_table_rename_column.sql#2
ALTER TABLE my_table
RENAME COLUMN old_column_name TO new_column_name
==== aftership/ddl/format/beautify/alter_table_replace_partition.sql#2
ALTER TABLE t2
REPLACE PARTITION 'partition' FROM t1
==== aftership/ddl/format/beautify/alter_table_reset_multiple_settings.sql#2
ALTER TABLE example_table
RESET SETTING
  max_part_loading_threads,
  max_parts_in_total,
  another_setting
==== aftership/ddl/format/beautify/alter_table_reset_setting.sql#2
ALTER TABLE example_table
RESET SETTING
  max_part_loading_threads
==== aftership/ddl/format/beautify/alter_table_update.sql#2
ALTER TABLE test.users
UPDATE
  status = 'active',
  updated_at = now()
WHERE status = 'pending'
==== aftership/ddl/format/beautify/alter_table_update_in_partition.sql#2
ALTER TABLE test.users
UPDATE
  status = 'inactive'
IN PARTITION '2024-01-01'
WHERE status = 'active'
==== aftership/ddl/format/beautify/alter_table_update_with_cluster.sql#2
ALTER TABLE db.table
ON CLUSTER cluster1
UPDATE
  column1 = column1 + 1
WHERE id > 100
==== aftership/ddl/format/beautify/attach_table_basic.sql#2
CREATE TABLE IF NOT EXISTS test.events_local ON CLUSTER 'default_cluster'
(
  f0 String,
  f1 String,
  f2 String,
  f3 Datetime,
  f4 Datetime,
  f5 Map(String, String),
  f6 String,
  f7 Datetime DEFAULT now()
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}/test/events_local', '{replica}')
ORDER BY
  (f0, f1, f2)
PARTITION BY toYYYYMMDD(f3)
TTL f3 + INTERVAL 6 MONTH
==== aftership/ddl/format/beautify/bug_001.sql#2
CREATE MATERIALIZED VIEW IF NOT EXISTS db.table
ON CLUSTER 'default_cluster'
TO db.table_mv
AS
  SELECT
    event_ts,
    org_id,
    visitParamExtractString(properties, 'x') AS x,
    visitParamExtractString(properties, 'y') AS y,
    visitParamExtractString(properties, 'z') AS z,
    visitParamExtractString(properties, 'a') AS a,
    visitParamExtractString(properties, 'b') AS b,
    visitParamExtractString(properties, 'c') AS c,
    visitParamExtractString(properties, 'd') AS d,
    visitParamExtractInt(properties, 'e') AS e,
    visitParamExtractInt(properties, 'f') AS f
  FROM
    db.table
  WHERE
    db.table.event = 'hello'
==== aftership/ddl/format/beautify/create_database.sql#1
CREATE DATABASE IF NOT EXISTS `test`

-- Beautify SQL:
CREATE DATABASE IF NOT EXISTS `test`
==== aftership/ddl/format/beautify/create_database_replicated.sql#2
CREATE DATABASE IF NOT EXISTS `test`
ENGINE = Replicated('/root/test_local', 'shard', 'replica')
==== aftership/ddl/format/beautify/create_dictionary_basic.sql#2
CREATE DICTIONARY test.my_dict
(
  id UInt64,
  name String DEFAULT '',
  value Float64 EXPRESSION toFloat64OrZero(name),
  parent_id UInt64 HIERARCHICAL,
  is_active UInt8 INJECTIVE,
  object_id UInt64 IS_OBJECT_ID
)
PRIMARY KEY id
SOURCE(MYSQL(host 'localhost' port 3306 user 'default' password '' db 'test' table 'dict_table'))
LIFETIME(MIN 1000 MAX 2000)
LAYOUT(HASHED())
SETTINGS(max_block_size=8192)
==== aftership/ddl/format/beautify/create_dictionary_comprehensive.sql#2
CREATE OR REPLACE DICTIONARY test.comprehensive_dict
UUID '12345678-1234-1234-1234-123456789012'
ON CLUSTER production_cluster
(
  id UInt64,
  name String DEFAULT '',
  value Float64 EXPRESSION toFloat64OrZero(name),
  parent_id UInt64 HIERARCHICAL,
  is_active UInt8 INJECTIVE,
  object_id UInt64 IS_OBJECT_ID
)
PRIMARY KEY id
SOURCE(MYSQL(host 'localhost' port 3306 user 'root' password 'secret' db 'test_db' table 'dictionary_table'))
LIFETIME(MIN 1000 MAX 2000)
LAYOUT(HASHED())
SETTINGS(max_block_size=8192, max_insert_block_size=1048576)
==== aftership/ddl/format/beautify/create_dictionary_http_source.sql#3
CREATE DICTIONARY asns
(
  asn UInt32,
  name String
)
PRIMARY KEY asn
SOURCE(HTTP(URL 'http://o/asns.csv' FORMAT 'CSVWithNames'))
LIFETIME(MIN 0 MAX 3600)
LAYOUT(HASHED())
==== aftership/ddl/format/beautify/create_dictionary_http_source.sql#4
CREATE DICTIONARY os
(
  id UInt32,
  name String
)
PRIMARY KEY id
SOURCE(HTTP(url 'http://[::1]/os.tsv' format 'TabSeparated' credentials(user 'user' password 'password') headers(header(name 'API-KEY' value 'key'))))
LIFETIME(MIN 0 MAX 3600)
LAYOUT(HASHED())
==== aftership/ddl/format/beautify/create_dictionary_with_comment.sql#2
CREATE DICTIONARY test.my_dict
(
  id UInt64,
  name String DEFAULT '',
  value Float64 EXPRESSION toFloat64OrZero(name),
  parent_id UInt64 HIERARCHICAL,
  is_active UInt8 INJECTIVE,
  object_id UInt64 IS_OBJECT_ID
)
PRIMARY KEY id
SOURCE(MYSQL(host 'localhost' port 3306 user 'default' password '' db 'test' table 'dict_table'))
LIFETIME(MIN 1000 MAX 2000)
LAYOUT(HASHED())
SETTINGS(max_block_size=8192)
COMMENT 'This is a test dictionary with comment'
==== aftership/ddl/format/beautify/create_distributed_table.sql#2
CREATE TABLE test.event_all ON CLUSTER 'default_cluster'
 AS test.evnets_local
ENGINE = Distributed(default_cluster, test, events_local, rand())
SETTINGS
  fsync_after_insert=0
==== aftership/ddl/format/beautify/create_function_simple.sql#2
CREATE FUNCTION linear_equation AS (x, k, b) -> k * x + b
==== aftership/ddl/format/beautify/create_live_view_basic.sql#2
CREATE LIVE VIEW my_live_view
WITH TIMEOUT 10
TO my_destination
(
  id String
)
AS SELECT
  id
FROM
  my_table
==== aftership/ddl/format/beautify/create_materialized_view_basic.sql#2
CREATE MATERIALIZED VIEW infra_bm.view_name
ON CLUSTER 'default_cluster'
TO infra_bm.table_name
(
  `f1` DateTime64(3),
  `f2` String,
  `f3` String,
  `f4` String,
  `f5` String,
  `f6` Int64
)
AS
  SELECT
    f1,
    f2,
    visitParamExtractString(properties, 'f3') AS f3,
    visitParamExtractString(properties, 'f4') AS f4,
    visitParamExtractString(properties, 'f5') AS f5,
    visitParamExtractInt(properties, 'f6') AS f6
  FROM
    infra_bm.table_name1
  WHERE
    infra_bm.table_name1.event = 'test-event'
COMMENT 'Comment for table'
==== aftership/ddl/format/beautify/create_materialized_view_rmv_depends_on_multi.sql#1
CREATE MATERIALIZED VIEW db1.attrs_rollup_v0
REFRESH EVERY 5 MINUTE
DEPENDS ON db1.metadata_mv_v0, db1.metadata_mv_v1
ENGINE = Memory
AS SELECT DISTINCT
    service_name,
    attr_key,
    'profiles' AS dataset,
    'string' AS attr_type
FROM db1.metadata_v0


-- Beautify SQL:
CREATE MATERIALIZED VIEW db1.attrs_rollup_v0
REFRESH EVERY 5 MINUTE
DEPENDS ON db1.metadata_mv_v0, db1.metadata_mv_v1
ENGINE = Memory
AS
  SELECT DISTINCT
    service_name,
    attr_key,
    'profiles' AS dataset,
    'string' AS attr_type
  FROM
    db1.metadata_v0
==== aftership/ddl/format/beautify/create_materialized_view_rmv_engine_with_columns.sql#1
CREATE MATERIALIZED VIEW db1.config_memory_v0
REFRESH EVERY 1 SECOND
(
    `schedule_id` String,
    `sample_rate` Int8,
    `start_at` DateTime64(9),
    `end_at` DateTime64(9),
    `created_at` DateTime64(9),
    `created_by` String,
    `properties` Map(String, String),
    `cluster_percentage` Float64,
    `schedule_filters` String
)
ENGINE = Memory
SETTINGS min_rows_to_keep = 250000, max_rows_to_keep = 500000
DEFINER = default SQL SECURITY DEFINER
COMMENT 'test comment'
AS SELECT
    schedule_id,
    sample_rate,
    start_at,
    end_at,
    created_at,
    created_by,
    properties,
    cluster_percentage,
    schedule_filters
FROM
(
    SELECT
        *,
        row_number() OVER (PARTITION BY schedule_filters ORDER BY created_at DESC) AS rn
    FROM db1.config_v0
    WHERE schedule_filters != '{}'
)
WHERE rn = 1


-- Beautify SQL:
CREATE MATERIALIZED VIEW db1.config_memory_v0
REFRESH EVERY 1 SECOND
(
  `schedule_id` String,
  `sample_rate` Int8,
  `start_at` DateTime64(9),
  `end_at` DateTime64(9),
  `created_at` DateTime64(9),
  `created_by` String,
  `properties` Map(String, String),
  `cluster_percentage` Float64,
  `schedule_filters` String
)
ENGINE = Memory
SETTINGS
  min_rows_to_keep=250000,
  max_rows_to_keep=500000
DEFINER = default
SQL SECURITY DEFINER
AS
  SELECT
    schedule_id,
    sample_rate,
    start_at,
    end_at,
    created_at,
    created_by,
    properties,
    cluster_percentage,
    schedule_filters
  FROM
    (SELECT
      *,
      row_number() OVER (PARTITION BY schedule_filters ORDER BY
        created_at DESC) AS rn
    FROM
      db1.config_v0
    WHERE
      schedule_filters != '{}')
  WHERE
    rn = 1
COMMENT 'test comment'
==== aftership/ddl/format/beautify/create_materialized_view_with_comment_before_as.sql#2
CREATE MATERIALIZED VIEW db.mv_with_comment
TO db.dst_table
(
  `shop_id` UInt64,
  `event_type` LowCardinality(String),
  `created_at` DateTime64(9)
)
AS
  SELECT
    shop_id,
    event_type,
    created_at
  FROM
    db.src_table
COMMENT '{"blueprint_hash":"abc123","timestamp":"2026-04-08T12:00:00Z"}'
==== aftership/ddl/format/beautify/create_materialized_view_with_definer.sql#1
CREATE MATERIALIZED VIEW fresh_mv
REFRESH EVERY 1 HOUR OFFSET 10 MINUTE APPEND TO events_export
(
    `timestamp` DateTime64(9),
    `field_1` String,
    `field_2` String,
)
DEFINER = default SQL SECURITY DEFINER
AS (SELECT
    timestamp,
    field_1,
    field_2,
FROM event_table
WHERE toStartOfHour(timestamp) = toStartOfHour(now() - toIntervalHour(1)))
COMMENT 'Test comment'


-- Beautify SQL:
CREATE MATERIALIZED VIEW fresh_mv
REFRESH EVERY 1 HOUR OFFSET 10 MINUTE
APPEND
TO events_export
(
  `timestamp` DateTime64(9),
  `field_1` String,
  `field_2` String
)
DEFINER = default
SQL SECURITY DEFINER
AS
  (SELECT
    timestamp,
    field_1,
    field_2
  FROM
    event_table
  WHERE
    toStartOfHour(timestamp) = toStartOfHour(now() - toIntervalHour(1)))
COMMENT 'Test comment'
==== aftership/ddl/format/beautify/create_materialized_view_with_empty_table_schema.sql#2
CREATE MATERIALIZED VIEW test.t0
ON CLUSTER default_cluster
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/{layer}-{shard}/test/t0', '{replica}')
ORDER BY
  (f0)
PARTITION BY toYYYYMM(f0)
POPULATE
AS
  SELECT
    f0,
    f1,
    f2,
    coalesce(f0, f1) AS f333
  FROM
    (SELECT
      f0,
      f1,
      f2,
      ROW_NUMBER() OVER (PARTITION BY f0 ORDER BY
        coalesce(f1, f2)) AS rn
    FROM
      test.t
    WHERE
      f3 IN ('foo', 'bar', 'test')
    AND
      env = 'test') AS tmp
  WHERE
    rn = 1
==== aftership/ddl/format/beautify/create_materialized_view_with_gcs.sql#2
CREATE MATERIALIZED VIEW database_name.view_name
REFRESH EVERY 5 MINUTE
TO database_name.table_name
AS
  SELECT
    *
  FROM
    gcs(gcs_creds, url='https://storage.googleapis.com/some-bucket/some-path/')
==== aftership/ddl/format/beautify/create_materialized_view_with_refresh.sql#1
CREATE MATERIALIZED VIEW fresh_mv
REFRESH EVERY 1 HOUR OFFSET 10 MINUTE
RANDOMIZE FOR 1 SECOND
DEPENDS ON  table_v5
SETTINGS
    randomize_for = 1,
    randomize_offset = 10,
    randomize_period = 1
APPEND TO target_table_name
EMPTY
AS SELECT
    `field_1`,
    `field_2`,
    `field_3`,
FROM table_v5

-- Beautify SQL:
CREATE MATERIALIZED VIEW fresh_mv
REFRESH EVERY 1 HOUR OFFSET 10 MINUTE
RANDOMIZE FOR 1 SECOND
DEPENDS ON table_v5
SETTINGS
  randomize_for=1,
  randomize_offset=10,
  randomize_period=1
APPEND
TO target_table_name
EMPTY
AS
  SELECT
    `field_1`,
    `field_2`,
    `field_3`
  FROM
    table_v5
==== aftership/ddl/format/beautify/create_mv_with_not_op.sql#1
CREATE MATERIALIZED VIEW infra_bm.view_name
    ON CLUSTER 'default_cluster' TO infra_bm.table_name
(
  `f1` DateTime64(3),
  `f2` String,
  `f3` String,
  `f4` String,
  `f5` String,
  `f6` Int64
) AS
SELECT f1,
       f2,
       visitParamExtractString(properties, 'f3') AS f3,
       visitParamExtractString(properties, 'f4') AS f4,
       visitParamExtractString(properties, 'f5') AS f5,
       visitParamExtractInt(properties, 'f6') AS f6
FROM infra_bm.table_name1
WHERE infra_bm.table_name1.event = 'test-event' AND
    NOT isZeroOrNull(f2) AND f6-2 > 0

-- Beautify SQL:
CREATE MATERIALIZED VIEW infra_bm.view_name
ON CLUSTER 'default_cluster'
TO infra_bm.table_name
(
  `f1` DateTime64(3),
  `f2` String,
  `f3` String,
  `f4` String,
  `f5` String,
  `f6` Int64
)
AS
  SELECT
    f1,
    f2,
    visitParamExtractString(properties, 'f3') AS f3,
    visitParamExtractString(properties, 'f4') AS f4,
    visitParamExtractString(properties, 'f5') AS f5,
    visitParamExtractInt(properties, 'f6') AS f6
  FROM
    infra_bm.table_name1
  WHERE
    infra_bm.table_name1.event = 'test-event'
  AND
    NOT isZeroOrNull(f2)
  AND
    f6 - 2 > 0
==== aftership/ddl/format/beautify/create_mv_with_order_by.sql#3
CREATE MATERIALIZED VIEW IF NOT EXISTS test_mv
ENGINE = ReplacingMergeTree()
ORDER BY
  (id)
PRIMARY KEY (id)
AS
  SELECT
    *
  FROM
    test_table
==== aftership/ddl/format/beautify/create_mv_with_order_by.sql#4
CREATE MATERIALIZED VIEW IF NOT EXISTS test_mv
ENGINE = ReplacingMergeTree()
PRIMARY KEY (id)
AS
  SELECT
    *
  FROM
    test_table
==== aftership/ddl/format/beautify/create_named_collection_basic.sql#2
CREATE NAMED COLLECTION IF NOT EXISTS servercore_s3_config AS url = 'http://local-minio:9000/*', access_key_id = 'minioadmin', secret_access_key = 'minioadmin'
==== aftership/ddl/format/beautify/create_named_collection_simple.sql#2
CREATE NAMED COLLECTION my_collection AS key1 = 'value1', key2 = 'value2'
==== aftership/ddl/format/beautify/create_named_collection_with_cluster.sql#2
CREATE NAMED COLLECTION IF NOT EXISTS my_collection ON CLUSTER my_cluster AS key1 = 'value1' OVERRIDABLE, key2 = 'value2' NOT OVERRIDABLE, key3 = 'value3'
==== aftership/ddl/format/beautify/create_named_collection_with_overridable.sql#2
CREATE NAMED COLLECTION test_collection AS url = 'http://example.com' OVERRIDABLE, access_key = 'key123' NOT OVERRIDABLE, secret_key = 'secret456'
==== aftership/ddl/format/beautify/create_or_replace.sql#4
CREATE OR REPLACE TABLE IF NOT EXISTS test.events_local
(
  f0 String,
  f1 String CODEC(ZSTD(1)),
  f2 VARCHAR(255)
)
ENGINE = MergeTree
ORDER BY
  (f1, f2)
PARTITION BY toYYYYMMDD(f1)
PRIMARY KEY (f0, f1, f2)
TTL f1 + INTERVAL 6 MONTH
COMMENT 'Comment for table'
==== aftership/ddl/format/beautify/create_or_replace.sql#5
CREATE OR REPLACE VIEW IF NOT EXISTS my_view (
  col1 String,
  col2 String
) AS SELECT
  id,
  name
FROM
  my_table
==== aftership/ddl/format/beautify/create_role.sql#28
CREATE ROLE r1_01293
SETTINGS
  NONE
==== aftership/ddl/format/beautify/create_role.sql#29
CREATE ROLE r2_01293
SETTINGS
  PROFILE 'default'
==== aftership/ddl/format/beautify/create_role.sql#30
CREATE ROLE r3_01293
SETTINGS
  max_memory_usage=5000000
==== aftership/ddl/format/beautify/create_role.sql#31
CREATE ROLE r4_01293
SETTINGS
  max_memory_usage
  MIN=5000000
==== aftership/ddl/format/beautify/create_role.sql#32
CREATE ROLE r5_01293
SETTINGS
  max_memory_usage
  MAX=5000000
==== aftership/ddl/format/beautify/create_role.sql#33
CREATE ROLE r6_01293
SETTINGS
  max_memory_usage
  CONST
==== aftership/ddl/format/beautify/create_role.sql#34
CREATE ROLE r7_01293
SETTINGS
  max_memory_usage
  WRITABLE
==== aftership/ddl/format/beautify/create_role.sql#35
CREATE ROLE r8_01293
SETTINGS
  max_memory_usage=5000000
  MIN 4000000
  MAX 6000000
  CONST
==== aftership/ddl/format/beautify/create_role.sql#36
CREATE ROLE r9_01293
SETTINGS
  PROFILE 'default',
  max_memory_usage=5000000
  WRITABLE
==== aftership/ddl/format/beautify/create_role.sql#38
CREATE ROLE r1_01293
SETTINGS
  readonly=1
==== aftership/ddl/format/beautify/create_role.sql#40
CREATE ROLE r3_01293
SETTINGS
  max_memory_usage=5000000
  MIN 4000000
  MAX 6000000
  WRITABLE
==== aftership/ddl/format/beautify/create_role.sql#41
CREATE ROLE r4_01293
SETTINGS
  PROFILE 'default',
  max_memory_usage=5000000,
  readonly=1
==== aftership/ddl/format/beautify/create_role.sql#42
CREATE ROLE r5_01293
SETTINGS
  NONE
==== aftership/ddl/format/beautify/create_table_as_remote_function.sql#3
CREATE TABLE test_remote
(
  id UInt64,
  name String,
  value Int32
)
AS remoteSecure('host.example.com', 'source_db', 'source_table', 'user', 'password')
==== aftership/ddl/format/beautify/create_table_as_remote_function.sql#4
CREATE TABLE test_table
(
  id UInt64,
  name String
)
AS remote('localhost', 'db', 'source_table')
==== aftership/ddl/format/beautify/create_table_basic.sql#2
CREATE TABLE IF NOT EXISTS test.events_local
(
  f0 String,
  f1 String CODEC(ZSTD(1)),
  f2 VARCHAR(255),
  f3 Datetime,
  f4 Datetime,
  f5 Map(String, String),
  f6 String,
  f7 Nested(f70 UInt32, f71 UInt32, f72 DateTime, f73 Int64, f74 Int64, f75 String),
  f8 Datetime DEFAULT now(),
  f9 String MATERIALIZED toString(f7['f70']),
  f10 String ALIAS f11,
  f12 JSON(max_dynamic_types=10, max_dynamic_paths=3, SKIP a, SKIP a.b.c,  SKIP REGEXP 'hello')
)
ENGINE = MergeTree
ORDER BY
  (f1, f2, f3)
PARTITION BY toYYYYMMDD(f3)
PRIMARY KEY (f0, f1, f2)
TTL f3 + INTERVAL 6 MONTH
COMMENT 'Comment for table'
==== aftership/ddl/format/beautify/create_table_codec_no_args.sql#2
CREATE TABLE shark_attacks
(
  timestamp DateTime CODEC(DoubleDelta)
)
==== aftership/ddl/format/beautify/create_table_json_typehints.sql#2
CREATE TABLE t
(
  j JSON(max_dynamic_paths=0, message String, a.b UInt64, SKIP x,  SKIP REGEXP 're')
)
ENGINE = MergeTree
ORDER BY
  tuple()
==== aftership/ddl/format/beautify/create_table_with_codec_delta.sql#2
CREATE TABLE IF NOT EXISTS test_local
(
  `id` UInt64 CODEC(Delta, ZSTD(1)),
  `api_id` UInt64 CODEC(ZSTD(1)),
  `app_id` UInt64 CODEC(Delta(9), ZSTD(1)),
  `device_id` UInt64 CODEC(DoubleDelta, ZSTD(1)),
  `guage` Float64 CODEC(Gorilla, LZ4),
  `value` UInt64 CODEC(T64, LZ4),
  `timestamp` DateTime64(9) CODEC(ZSTD(1)),
  INDEX timestamp_index(timestamp) TYPE minmax GRANULARITY 4
)
ENGINE = ReplicatedMergeTree('/root/test_local', '{replica}')
ORDER BY
  (toUnixTimestamp64Nano(`timestamp`), `api_id`)
PARTITION BY toStartOfHour(`timestamp`)
TTL toStartOfHour(`timestamp`) + INTERVAL 7 DAY, toStartOfHour(`timestamp`) + INTERVAL 2 DAY
SETTINGS
  execute_merges_on_single_replica_time_threshold=1200,
  index_granularity=16384,
  max_bytes_to_merge_at_max_space_in_pool=64424509440,
  storage_policy='main',
  ttl_only_drop_parts=1
==== aftership/ddl/format/beautify/create_table_with_codec_gcd.sql#2
CREATE TABLE test_local
(
  `foo` Nullable(Decimal(38, 4)) CODEC(GCD, ZSTD(1)),
  `bar` UInt64 CODEC(GCD),
  `baz` Decimal(38, 4) CODEC(GCD, ZSTD(1))
)
ENGINE = MergeTree
ORDER BY
  `bar`
==== aftership/ddl/format/beautify/create_table_with_enum_fields.sql#2
CREATE TABLE t0 ON CLUSTER default_cluster
(
  `method` Enum8('GET'=1, 'POST'=2, 'HEAD'=3, 'PUT'=4, 'PATCH'=5, 'DELETE'=6, 'CONNECT'=7, 'OPTIONS'=8, 'TRACE'=9) CODEC(ZSTD(1)),
  `timestamp` DateTime64(3) CODEC(DoubleDelta, ZSTD)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}', '{replica}')
ORDER BY
  (method, timestamp)
PARTITION BY toDate(timestamp)
TTL toDate(timestamp) + toIntervalDay(3)
SETTINGS
  index_granularity=8192
==== aftership/ddl/format/beautify/create_table_with_index.sql#2
CREATE TABLE IF NOT EXISTS test_local
(
  `common.id` String CODEC(ZSTD(1)),
  `id` UInt64 CODEC(Delta, ZSTD(1)),
  `idx` UInt64 CODEC(Delta, ZSTD(1)),
  `api_id` UInt64 CODEC(ZSTD(1)),
  `arr` Array(Int64),
  `content` String CODEC(ZSTD(1)),
  `output` String,
  INDEX id_common_id_bloom_filter common.id TYPE bloom_filter(0.001) GRANULARITY 1,
  INDEX id_idx id TYPE minmax GRANULARITY 10,
  INDEX idx_id idx TYPE bloom_filter() GRANULARITY 1,
  INDEX api_id_idx api_id TYPE set(100) GRANULARITY 2,
  INDEX arr_idx arr TYPE bloom_filter(0.01) GRANULARITY 3,
  INDEX content_idx content TYPE tokenbf_v1(30720, 2, 0) GRANULARITY 1,
  INDEX output_idx output TYPE ngrambf_v1(3, 10000, 2, 1) GRANULARITY 2
)
ENGINE = ReplicatedMergeTree('/root/test_local', '{replica}')
ORDER BY
  (toUnixTimestamp64Nano(`timestamp`), `api_id`)
PARTITION BY toStartOfHour(`timestamp`)
TTL toStartOfHour(`timestamp`) + INTERVAL 7 DAY, toStartOfHour(`timestamp`) + INTERVAL 2 DAY
SETTINGS
  execute_merges_on_single_replica_time_threshold=1200,
  index_granularity=16384,
  max_bytes_to_merge_at_max_space_in_pool=64424509440,
  storage_policy='main',
  ttl_only_drop_parts=1
==== aftership/ddl/format/beautify/create_table_with_keyword_partition_by.sql#2
CREATE TABLE test.events_local UUID 'dad17568-b070-49d0-9ad1-7568b07029d0'
(
  `date` Date,
  `f1` String,
  `f2` String,
  `f3` UInt64
)
ENGINE = ReplacingMergeTree
ORDER BY
  (f1, f2)
PARTITION BY date
SETTINGS
  index_granularity=8192
==== aftership/ddl/format/beautify/create_table_with_null_engine.sql#2
CREATE TABLE logs.t0 ON CLUSTER default
(
  `trace_id` String CODEC(ZSTD(1)),
  INDEX trace_id_bloom_idx trace_id TYPE bloom_filter(0.01) GRANULARITY 64
)
ENGINE = Null()
==== aftership/ddl/format/beautify/create_table_with_nullable.sql#2
CREATE TABLE test.`.inner.752391fb-44cc-4dd5-b523-91fb44cc9dd5` UUID '27673372-7973-44f5-a767-33727973c4f5'
(
  `f0` String,
  `f1` String,
  `f2` LowCardinality(String),
  `f3` LowCardinality(String),
  `f4` DateTime64(3),
  `f5` Nullable(DateTime64(3)),
  `succeed_at` Nullable(DateTime64(3))
)
ENGINE = MergeTree
ORDER BY
  label_id
PARTITION BY xxHash32(tag_id) % 20
SETTINGS
  index_granularity=8192
==== aftership/ddl/format/beautify/create_table_with_projection.sql#2
CREATE TABLE events
(
  `event_time` DateTime,
  `event_id` UInt64,
  `user_id` UInt64,
  `huge_string` String,
  PROJECTION order_by_user_id (SELECT _part_offset ORDER BY user_id)
)
ENGINE = MergeTree()
ORDER BY
  (event_id)
==== aftership/ddl/format/beautify/create_table_with_projection_group_by_only.sql#2
CREATE TABLE events
(
  `event_time` DateTime,
  `event_type` String,
  `user_id` UInt64,
  `value` Float64,
  PROJECTION hourly_aggregates (SELECT toStartOfHour(event_time) AS hour, event_type, count() AS event_count, sum(value) AS total_value GROUP BY
    hour, event_type)
)
ENGINE = MergeTree()
ORDER BY
  (event_time, event_type)
==== aftership/ddl/format/beautify/create_table_with_qbit.sql#2
CREATE TABLE test.qbit_example
(
  id UInt32,
  vec QBit(Float32, 8)
)
ENGINE = Memory
==== aftership/ddl/format/beautify/create_table_with_sample_by.sql#2
CREATE TABLE default.test UUID '87887901-e33c-497e-8788-7901e33c997e'
(
  `f0` DateTime,
  `f1` UInt32,
  `f3` UInt32
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}/{shard}/default/test', '{replica}')
ORDER BY
  (contractid, toDate(timestamp), userid)
PARTITION BY toYYYYMM(timestamp)
SAMPLE BY userid
SETTINGS
  index_granularity=8192
==== aftership/ddl/format/beautify/create_table_with_ttl_policy.sql#4
CREATE TABLE tab
(
  d DateTime,
  a Int
)
ENGINE = MergeTree
ORDER BY
  d
PARTITION BY toYYYYMM(d)
TTL d + INTERVAL 1 MONTH DELETE, d + INTERVAL 1 WEEK TO VOLUME 'aaa', d + INTERVAL 2 WEEK TO DISK 'bbb'
==== aftership/ddl/format/beautify/create_table_with_ttl_policy.sql#5
CREATE TABLE table_with_where
(
  d DateTime,
  a Int
)
ENGINE = MergeTree
ORDER BY
  d
PARTITION BY toYYYYMM(d)
TTL d + INTERVAL 1 MONTH DELETE WHERE
  toDayOfWeek(d) = 1
==== aftership/ddl/format/beautify/create_table_with_ttl_policy.sql#6
CREATE TABLE table_for_recompression
(
  d DateTime,
  key UInt64,
  value String
)
ENGINE = MergeTree()
ORDER BY
  tuple()
PARTITION BY key
TTL d + INTERVAL 1 MONTH RECOMPRESS CODEC(ZSTD(17)), d + INTERVAL 1 YEAR RECOMPRESS CODEC(LZ4HC(10))
SETTINGS
  min_rows_for_wide_part=0,
  min_bytes_for_wide_part=0,
  allow_experimental_replacing_merge_with_cleanup=true
==== aftership/ddl/format/beautify/create_table_with_tuple_fields.sql#2
CREATE TABLE t0 ON CLUSTER default_cluster
(
  `tup0` Tuple(),
  `tup1` Tuple(String, Int64),
  `tup2` Tuple(String, Tuple(String, String)),
  `tup3` Tuple(a String, cd Tuple(c String, d String))
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}', '{replica}')
ORDER BY
  (tup1, tup2, tup3)
SETTINGS
  index_granularity=8192
==== aftership/ddl/format/beautify/create_table_with_uuid.sql#2
CREATE TABLE IF NOT EXISTS test.events_local UUID '1234' ON CLUSTER 'default_cluster'
(
  f0 String,
  f1 String,
  f2 String,
  f3 Datetime,
  f4 Datetime,
  f5 Map(String, String),
  f6 String,
  f7 Datetime DEFAULT now()
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}/test/events_local', '{replica}')
ORDER BY
  (f0, f1, f2)
PARTITION BY toYYYYMMDD(f3)
TTL f3 + INTERVAL 6 MONTH
==== aftership/ddl/format/beautify/create_user.sql#39
CREATE USER user6
NOT IDENTIFIED
==== aftership/ddl/format/beautify/create_user.sql#40
CREATE USER user7
IDENTIFIED WITH plaintext_password BY 'password123'
==== aftership/ddl/format/beautify/create_user.sql#41
CREATE USER user8
IDENTIFIED WITH sha256_password BY 'hash123'
==== aftership/ddl/format/beautify/create_user.sql#42
CREATE USER user9
IDENTIFIED
WITH ldap SERVER 'ldap_server'
==== aftership/ddl/format/beautify/create_user.sql#43
CREATE USER user10
IDENTIFIED
WITH kerberos
==== aftership/ddl/format/beautify/create_user.sql#44
CREATE USER user11
IDENTIFIED
WITH kerberos REALM 'EXAMPLE.COM'
==== aftership/ddl/format/beautify/create_user.sql#45
CREATE USER user33
VALID UNTIL '2026-12-12 00:00:00'
==== aftership/ddl/format/beautify/create_user.sql#46
CREATE USER user34
IDENTIFIED WITH plaintext_password BY 'password123'
VALID UNTIL '2026-06-15'
==== aftership/ddl/format/beautify/create_user.sql#47
CREATE USER user35
VALID UNTIL 'infinity'
==== aftership/ddl/format/beautify/create_user.sql#48
CREATE USER user12
HOST LOCAL
==== aftership/ddl/format/beautify/create_user.sql#49
CREATE USER user13
HOST ANY
==== aftership/ddl/format/beautify/create_user.sql#50
CREATE USER user14
HOST NONE
==== aftership/ddl/format/beautify/create_user.sql#51
CREATE USER user15
HOST NAME 'localhost'
==== aftership/ddl/format/beautify/create_user.sql#52
CREATE USER user16
HOST REGEXP '.*\.example\.com'
==== aftership/ddl/format/beautify/create_user.sql#53
CREATE USER user17
HOST IP '192.168.1.1'
==== aftership/ddl/format/beautify/create_user.sql#54
CREATE USER user18
HOST LIKE 'test%'
==== aftership/ddl/format/beautify/create_user.sql#55
CREATE USER user19
DEFAULT ROLE role1
==== aftership/ddl/format/beautify/create_user.sql#56
CREATE USER user20
DEFAULT ROLE role1, role2
==== aftership/ddl/format/beautify/create_user.sql#57
CREATE USER user21
DEFAULT ROLE NONE
==== aftership/ddl/format/beautify/create_user.sql#58
CREATE USER user22
DEFAULT DATABASE test_db
==== aftership/ddl/format/beautify/create_user.sql#59
CREATE USER user23
DEFAULT DATABASE NONE
==== aftership/ddl/format/beautify/create_user.sql#60
CREATE USER user24
GRANTEES user1
==== aftership/ddl/format/beautify/create_user.sql#61
CREATE USER user25
GRANTEES user1, user2
==== aftership/ddl/format/beautify/create_user.sql#62
CREATE USER user26
GRANTEES ANY
==== aftership/ddl/format/beautify/create_user.sql#63
CREATE USER user27
GRANTEES NONE
==== aftership/ddl/format/beautify/create_user.sql#64
CREATE USER user28
GRANTEES user1, user2
EXCEPT user3
==== aftership/ddl/format/beautify/create_user.sql#65
CREATE USER user29
SETTINGS
  max_memory_usage=5000000
==== aftership/ddl/format/beautify/create_user.sql#66
CREATE USER user30
SETTINGS
  PROFILE 'default'
==== aftership/ddl/format/beautify/create_user.sql#67
CREATE USER user31
SETTINGS
  readonly=1,
  max_memory_usage=5000000
==== aftership/ddl/format/beautify/create_user.sql#68
CREATE USER user32
IDENTIFIED WITH plaintext_password BY 'password'
VALID UNTIL '2025-12-31'
HOST NAME 'localhost'
DEFAULT ROLE role1, role2
DEFAULT DATABASE test_db
GRANTEES user1, user2
EXCEPT user3
SETTINGS
  max_memory_usage=5000000,
  readonly=1
==== aftership/ddl/format/beautify/create_view_basic.sql#2
CREATE VIEW IF NOT EXISTS my_view (
  col1 String,
  col2 String
) AS SELECT
  id,
  name
FROM
  my_table
==== aftership/ddl/format/beautify/create_view_on_cluster_with_uuid.sql#2
CREATE VIEW IF NOT EXISTS cluster_name.my_view UUID '3493e374-e2bb-481b-b493-e374e2bb981b' ON CLUSTER 'my_cluster' AS (SELECT
  column1,
  column2
FROM
  my_other_table)
==== aftership/ddl/format/beautify/create_view_with_comment.sql#2
CREATE VIEW IF NOT EXISTS db.my_view (
  `id` Int64,
  `name` String
) COMMENT '{"blueprint_hash":"abc123"}' AS SELECT
  id,
  name
FROM
  db.my_table
==== aftership/ddl/format/beautify/desc_table_with_table_keyword.sql#1
DESC TABLE mytable

-- Beautify SQL:
DESCRIBE TABLE mytable
==== aftership/ddl/format/beautify/desc_table_without_table_keyword.sql#1
DESC mytable

-- Beautify SQL:
DESCRIBE mytable
==== aftership/ddl/format/beautify/describe_table_with_table_keyword.sql#1
DESCRIBE TABLE mytable

-- Beautify SQL:
DESCRIBE TABLE mytable
==== aftership/ddl/format/beautify/describe_table_without_table_keyword.sql#1
DESCRIBE mytable

-- Beautify SQL:
DESCRIBE mytable
==== aftership/ddl/format/beautify/grant_privilege.sql#1
GRANT SELECT(x,y) ON db.table TO john
==== aftership/ddl/format/beautify/grant_privilege.sql#10
GRANT SELECT(x, y, z),INSERT ON database.table_1 TO table_1_select_role
==== aftership/ddl/format/beautify/grant_privilege.sql#11
GRANT SELECT, dictGet ON *.*  TO select_all_role
==== aftership/ddl/format/beautify/grant_privilege.sql#12
GRANT ADMIN OPTION ON *.*  TO select_all_role
==== aftership/ddl/format/beautify/grant_privilege.sql#13
GRANT SELECT(x, y) ON db.table TO john
==== aftership/ddl/format/beautify/grant_privilege.sql#14
GRANT SELECT(x, y) ON db.table TO john WITH GRANT OPTION WITH ADMIN OPTION
==== aftership/ddl/format/beautify/grant_privilege.sql#15
GRANT SELECT(x, y) ON db.* TO john
==== aftership/ddl/format/beautify/grant_privilege.sql#16
GRANT SELECT(x, y) ON *.table TO john
==== aftership/ddl/format/beautify/grant_privilege.sql#17
GRANT SELECT(x, y) ON *.* TO john
==== aftership/ddl/format/beautify/grant_privilege.sql#18
GRANT SELECT(x, y) ON *.table TO CURRENT_USER
==== aftership/ddl/format/beautify/grant_privilege.sql#19
GRANT SELECT(x, y) ON *.table TO CURRENT_USER, john, mary
==== aftership/ddl/format/beautify/grant_privilege.sql#2
GRANT SELECT(x,y) ON db.table TO john WITH GRANT OPTION WITH ADMIN OPTION
==== aftership/ddl/format/beautify/grant_privilege.sql#21
GRANT SELECT, INSERT ON database.table_1 TO table_1_select_role
==== aftership/ddl/format/beautify/grant_privilege.sql#22
GRANT SELECT(x, y, z), INSERT ON database.table_1 TO table_1_select_role
==== aftership/ddl/format/beautify/grant_privilege.sql#23
GRANT SELECT, dictGet ON *.* TO select_all_role
==== aftership/ddl/format/beautify/grant_privilege.sql#24
GRANT ADMIN OPTION ON *.* TO select_all_role
==== aftership/ddl/format/beautify/grant_privilege.sql#3
GRANT SELECT(x,y) ON db.* TO john
==== aftership/ddl/format/beautify/grant_privilege.sql#4
GRANT SELECT(x,y) ON *.table TO john
==== aftership/ddl/format/beautify/grant_privilege.sql#5
GRANT SELECT(x,y) ON *.* TO john
==== aftership/ddl/format/beautify/grant_privilege.sql#6
GRANT SELECT(x,y) ON *.table TO CURRENT_USER
==== aftership/ddl/format/beautify/grant_privilege.sql#7
GRANT SELECT(x,y) ON *.table TO CURRENT_USER,john,mary
==== aftership/ddl/format/beautify/grant_privilege.sql#8
GRANT ALL ON *.* TO admin_role WITH GRANT OPTION
==== aftership/ddl/format/beautify/grant_privilege.sql#9
GRANT SELECT,INSERT ON database.table_1 TO table_1_select_role
==== aftership/ddl/format/beautify/optimize.sql#1
OPTIMIZE TABLE table DEDUPLICATE
==== aftership/ddl/format/beautify/optimize.sql#11
OPTIMIZE TABLE table DEDUPLICATE BY colX, colY, colZ
==== aftership/ddl/format/beautify/optimize.sql#2
OPTIMIZE TABLE table DEDUPLICATE BY *
==== aftership/ddl/format/beautify/optimize.sql#3
OPTIMIZE TABLE table DEDUPLICATE BY colX,colY,colZ
==== aftership/ddl/format/beautify/optimize.sql#4
OPTIMIZE TABLE table DEDUPLICATE BY * EXCEPT colX
==== aftership/ddl/format/beautify/optimize.sql#5
OPTIMIZE TABLE table DEDUPLICATE BY * EXCEPT (colX, colY)
==== aftership/ddl/format/beautify/optimize.sql#6
OPTIMIZE TABLE table DEDUPLICATE BY COLUMNS('column-matched-by-regex')
==== aftership/ddl/format/beautify/optimize.sql#7
OPTIMIZE TABLE table DEDUPLICATE BY COLUMNS('column-matched-by-regex') EXCEPT colX
==== aftership/ddl/format/beautify/optimize.sql#8
OPTIMIZE TABLE table DEDUPLICATE BY COLUMNS('column-matched-by-regex') EXCEPT (colX, colY)
==== aftership/ddl/format/beautify/rename.sql#1
RENAME TABLE t1 TO t11
==== aftership/ddl/format/beautify/rename.sql#10
RENAME DATABASE t1 TO t11 ON CLUSTER 'default_cluster'
==== aftership/ddl/format/beautify/rename.sql#11
RENAME DATABASE t1 TO t11, t2 TO t22
==== aftership/ddl/format/beautify/rename.sql#12
RENAME DATABASE t1 TO t11, t2 TO t22 ON CLUSTER 'default_cluster'
==== aftership/ddl/format/beautify/rename.sql#2
RENAME TABLE t1 TO t11 ON CLUSTER 'default_cluster'
==== aftership/ddl/format/beautify/rename.sql#3
RENAME TABLE t1 TO t11, t2 TO t22
==== aftership/ddl/format/beautify/rename.sql#4
RENAME TABLE t1 TO t11, t2 TO t22 ON CLUSTER 'default_cluster'
==== aftership/ddl/format/beautify/rename.sql#5
RENAME DICTIONARY t1 TO t11
==== aftership/ddl/format/beautify/rename.sql#6
RENAME DICTIONARY t1 TO t11 ON CLUSTER 'default_cluster'
==== aftership/ddl/format/beautify/rename.sql#7
RENAME DICTIONARY t1 TO t11, t2 TO t22
==== aftership/ddl/format/beautify/rename.sql#8
RENAME DICTIONARY t1 TO t11, t2 TO t22 ON CLUSTER 'default_cluster'
==== aftership/ddl/format/beautify/rename.sql#9
RENAME DATABASE t1 TO t11
==== aftership/ddl/format/beautify/show_create_table.sql#1
SHOW CREATE TABLE mytable

-- Beautify SQL:
SHOW CREATE TABLE mytable
==== aftership/ddl/format/beautify/show_databases.sql#1
SHOW DATABASES

-- Beautify SQL:
SHOW DATABASES
==== aftership/ddl/format/beautify/show_databases_comprehensive.sql#1
SHOW DATABASES LIKE 'prod%' LIMIT 5 INTO OUTFILE '/tmp/prod_dbs.txt' FORMAT JSON

-- Beautify SQL:
SHOW DATABASES LIKE 'prod%' LIMIT 5 INTO OUTFILE '/tmp/prod_dbs.txt' FORMAT 'JSON'
==== aftership/ddl/format/beautify/show_databases_format.sql#1
SHOW DATABASES FORMAT JSON

-- Beautify SQL:
SHOW DATABASES FORMAT 'JSON'
==== aftership/ddl/format/beautify/show_databases_format_string.sql#1
SHOW DATABASES FORMAT 'TabSeparated'

-- Beautify SQL:
SHOW DATABASES FORMAT 'TabSeparated'
==== aftership/ddl/format/beautify/show_databases_ilike.sql#1
SHOW DATABASES ILIKE 'Test%'

-- Beautify SQL:
SHOW DATABASES ILIKE 'Test%'
==== aftership/ddl/format/beautify/show_databases_like.sql#1
SHOW DATABASES LIKE 'test%'

-- Beautify SQL:
SHOW DATABASES LIKE 'test%'
==== aftership/ddl/format/beautify/show_databases_limit.sql#1
SHOW DATABASES LIMIT 10

-- Beautify SQL:
SHOW DATABASES LIMIT 10
==== aftership/ddl/format/beautify/show_databases_not_ilike.sql#1
SHOW DATABASES NOT ILIKE 'Temp%'

-- Beautify SQL:
SHOW DATABASES NOT ILIKE 'Temp%'
==== aftership/ddl/format/beautify/show_databases_not_like.sql#1
SHOW DATABASES NOT LIKE 'temp%'

-- Beautify SQL:
SHOW DATABASES NOT LIKE 'temp%'
==== aftership/ddl/format/beautify/show_databases_outfile.sql#1
SHOW DATABASES INTO OUTFILE '/tmp/databases.txt'

-- Beautify SQL:
SHOW DATABASES INTO OUTFILE '/tmp/databases.txt'
==== aftership/ddl/format/beautify/show_tables.sql#1
SHOW TABLES

-- Beautify SQL:
SHOW TABLES
==== aftership/ddl/format/beautify/systems.sql#1
SYSTEM FLUSH LOGS
==== aftership/ddl/format/beautify/systems.sql#2
SYSTEM DROP UNCOMPRESSED CACHE
==== aftership/ddl/format/beautify/systems.sql#3
SYSTEM DROP FILESYSTEM CACHE
==== aftership/ddl/format/beautify/systems.sql#5
SYSTEM RELOAD DICTIONARIES ON CLUSTER akvorado
==== aftership/ddl/format/beautify/systems.sql#6
SYSTEM RELOAD DICTIONARY akvorado.asns
==== aftership/ddl/format/beautify/systems.sql#7
SYSTEM RELOAD DICTIONARY ON CLUSTER akvorado akvorado.asns
==== aftership/ddl/format/beautify/systems.sql#8
SYSTEM RELOAD DICTIONARY akvorado.asns ON CLUSTER akvorado
==== aftership/ddl/format/beautify/systems.sql#9
SYSTEM RELOAD EMBEDDED DICTIONARIES ON CLUSTER akvorado
==== aftership/ddl/format/beautify/truncate_table_basic.sql#1
TRUNCATE TABLE IF EXISTS test.table_name
==== aftership/ddl/format/beautify/truncate_temporary_table_on_clsuter.sql#1
TRUNCATE TEMPORARY TABLE IF EXISTS test.table_name ON CLUSTER 'default_cluster'
==== aftership/ddl/format/bug_001.sql#2
CREATE MATERIALIZED VIEW IF NOT EXISTS db.table ON CLUSTER 'default_cluster' TO db.table_mv AS SELECT event_ts, org_id, visitParamExtractString(properties, 'x') AS x, visitParamExtractString(properties, 'y') AS y, visitParamExtractString(properties, 'z') AS z, visitParamExtractString(properties, 'a') AS a, visitParamExtractString(properties, 'b') AS b, visitParamExtractString(properties, 'c') AS c, visitParamExtractString(properties, 'd') AS d, visitParamExtractInt(properties, 'e') AS e, visitParamExtractInt(properties, 'f') AS f FROM db.table WHERE db.table.event = 'hello'
==== aftership/ddl/format/create_database.sql#1
CREATE DATABASE IF NOT EXISTS `test`

-- Format SQL:
CREATE DATABASE IF NOT EXISTS `test`
==== aftership/ddl/format/create_database_replicated.sql#2
CREATE DATABASE IF NOT EXISTS `test` ENGINE = Replicated('/root/test_local', 'shard', 'replica')
==== aftership/ddl/format/create_dictionary_basic.sql#2
CREATE DICTIONARY test.my_dict (id UInt64, name String DEFAULT '', value Float64 EXPRESSION toFloat64OrZero(name), parent_id UInt64 HIERARCHICAL, is_active UInt8 INJECTIVE, object_id UInt64 IS_OBJECT_ID) PRIMARY KEY id SOURCE(MYSQL(host 'localhost' port 3306 user 'default' password '' db 'test' table 'dict_table')) LIFETIME(MIN 1000 MAX 2000) LAYOUT(HASHED()) SETTINGS(max_block_size=8192)
==== aftership/ddl/format/create_dictionary_comprehensive.sql#2
CREATE OR REPLACE DICTIONARY test.comprehensive_dict UUID '12345678-1234-1234-1234-123456789012' ON CLUSTER production_cluster (id UInt64, name String DEFAULT '', value Float64 EXPRESSION toFloat64OrZero(name), parent_id UInt64 HIERARCHICAL, is_active UInt8 INJECTIVE, object_id UInt64 IS_OBJECT_ID) PRIMARY KEY id SOURCE(MYSQL(host 'localhost' port 3306 user 'root' password 'secret' db 'test_db' table 'dictionary_table')) LIFETIME(MIN 1000 MAX 2000) LAYOUT(HASHED()) SETTINGS(max_block_size=8192, max_insert_block_size=1048576)
==== aftership/ddl/format/create_dictionary_http_source.sql#3
CREATE DICTIONARY asns (asn UInt32, name String) PRIMARY KEY asn SOURCE(HTTP(URL 'http://o/asns.csv' FORMAT 'CSVWithNames')) LIFETIME(MIN 0 MAX 3600) LAYOUT(HASHED())
==== aftership/ddl/format/create_dictionary_http_source.sql#4
CREATE DICTIONARY os (id UInt32, name String) PRIMARY KEY id SOURCE(HTTP(url 'http://[::1]/os.tsv' format 'TabSeparated' credentials(user 'user' password 'password') headers(header(name 'API-KEY' value 'key')))) LIFETIME(MIN 0 MAX 3600) LAYOUT(HASHED())
==== aftership/ddl/format/create_dictionary_with_comment.sql#2
CREATE DICTIONARY test.my_dict (id UInt64, name String DEFAULT '', value Float64 EXPRESSION toFloat64OrZero(name), parent_id UInt64 HIERARCHICAL, is_active UInt8 INJECTIVE, object_id UInt64 IS_OBJECT_ID) PRIMARY KEY id SOURCE(MYSQL(host 'localhost' port 3306 user 'default' password '' db 'test' table 'dict_table')) LIFETIME(MIN 1000 MAX 2000) LAYOUT(HASHED()) SETTINGS(max_block_size=8192) COMMENT 'This is a test dictionary with comment'
==== aftership/ddl/format/create_distributed_table.sql#2
CREATE TABLE test.event_all ON CLUSTER 'default_cluster'  AS test.evnets_local ENGINE = Distributed(default_cluster, test, events_local, rand()) SETTINGS fsync_after_insert=0
==== aftership/ddl/format/create_live_view_basic.sql#2
CREATE LIVE VIEW my_live_view WITH TIMEOUT 10 TO my_destination (id String) AS SELECT id FROM my_table
==== aftership/ddl/format/create_materialized_view_basic.sql#2
CREATE MATERIALIZED VIEW infra_bm.view_name ON CLUSTER 'default_cluster' TO infra_bm.table_name (`f1` DateTime64(3), `f2` String, `f3` String, `f4` String, `f5` String, `f6` Int64) AS SELECT f1, f2, visitParamExtractString(properties, 'f3') AS f3, visitParamExtractString(properties, 'f4') AS f4, visitParamExtractString(properties, 'f5') AS f5, visitParamExtractInt(properties, 'f6') AS f6 FROM infra_bm.table_name1 WHERE infra_bm.table_name1.event = 'test-event' COMMENT 'Comment for table'
==== aftership/ddl/format/create_materialized_view_rmv_depends_on_multi.sql#1
CREATE MATERIALIZED VIEW db1.attrs_rollup_v0
REFRESH EVERY 5 MINUTE
DEPENDS ON db1.metadata_mv_v0, db1.metadata_mv_v1
ENGINE = Memory
AS SELECT DISTINCT
    service_name,
    attr_key,
    'profiles' AS dataset,
    'string' AS attr_type
FROM db1.metadata_v0


-- Format SQL:
CREATE MATERIALIZED VIEW db1.attrs_rollup_v0 REFRESH EVERY 5 MINUTE DEPENDS ON db1.metadata_mv_v0, db1.metadata_mv_v1 ENGINE = Memory AS SELECT DISTINCT service_name, attr_key, 'profiles' AS dataset, 'string' AS attr_type FROM db1.metadata_v0
==== aftership/ddl/format/create_materialized_view_rmv_engine_with_columns.sql#1
CREATE MATERIALIZED VIEW db1.config_memory_v0
REFRESH EVERY 1 SECOND
(
    `schedule_id` String,
    `sample_rate` Int8,
    `start_at` DateTime64(9),
    `end_at` DateTime64(9),
    `created_at` DateTime64(9),
    `created_by` String,
    `properties` Map(String, String),
    `cluster_percentage` Float64,
    `schedule_filters` String
)
ENGINE = Memory
SETTINGS min_rows_to_keep = 250000, max_rows_to_keep = 500000
DEFINER = default SQL SECURITY DEFINER
COMMENT 'test comment'
AS SELECT
    schedule_id,
    sample_rate,
    start_at,
    end_at,
    created_at,
    created_by,
    properties,
    cluster_percentage,
    schedule_filters
FROM
(
    SELECT
        *,
        row_number() OVER (PARTITION BY schedule_filters ORDER BY created_at DESC) AS rn
    FROM db1.config_v0
    WHERE schedule_filters != '{}'
)
WHERE rn = 1


-- Format SQL:
CREATE MATERIALIZED VIEW db1.config_memory_v0 REFRESH EVERY 1 SECOND (`schedule_id` String, `sample_rate` Int8, `start_at` DateTime64(9), `end_at` DateTime64(9), `created_at` DateTime64(9), `created_by` String, `properties` Map(String, String), `cluster_percentage` Float64, `schedule_filters` String) ENGINE = Memory SETTINGS min_rows_to_keep=250000, max_rows_to_keep=500000 DEFINER = default SQL SECURITY DEFINER AS SELECT schedule_id, sample_rate, start_at, end_at, created_at, created_by, properties, cluster_percentage, schedule_filters FROM (SELECT *, row_number() OVER (PARTITION BY schedule_filters ORDER BY created_at DESC) AS rn FROM db1.config_v0 WHERE schedule_filters != '{}') WHERE rn = 1 COMMENT 'test comment'
==== aftership/ddl/format/create_materialized_view_with_comment_before_as.sql#2
CREATE MATERIALIZED VIEW db.mv_with_comment TO db.dst_table (`shop_id` UInt64, `event_type` LowCardinality(String), `created_at` DateTime64(9)) AS SELECT shop_id, event_type, created_at FROM db.src_table COMMENT '{"blueprint_hash":"abc123","timestamp":"2026-04-08T12:00:00Z"}'
==== aftership/ddl/format/create_materialized_view_with_definer.sql#1
CREATE MATERIALIZED VIEW fresh_mv
REFRESH EVERY 1 HOUR OFFSET 10 MINUTE APPEND TO events_export
(
    `timestamp` DateTime64(9),
    `field_1` String,
    `field_2` String,
)
DEFINER = default SQL SECURITY DEFINER
AS (SELECT
    timestamp,
    field_1,
    field_2,
FROM event_table
WHERE toStartOfHour(timestamp) = toStartOfHour(now() - toIntervalHour(1)))
COMMENT 'Test comment'


-- Format SQL:
CREATE MATERIALIZED VIEW fresh_mv REFRESH EVERY 1 HOUR OFFSET 10 MINUTE APPEND TO events_export (`timestamp` DateTime64(9), `field_1` String, `field_2` String) DEFINER = default SQL SECURITY DEFINER AS (SELECT timestamp, field_1, field_2 FROM event_table WHERE toStartOfHour(timestamp) = toStartOfHour(now() - toIntervalHour(1))) COMMENT 'Test comment'
==== aftership/ddl/format/create_materialized_view_with_empty_table_schema.sql#2
CREATE MATERIALIZED VIEW test.t0 ON CLUSTER default_cluster ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/{layer}-{shard}/test/t0', '{replica}') ORDER BY (f0) PARTITION BY toYYYYMM(f0) POPULATE AS SELECT f0, f1, f2, coalesce(f0, f1) AS f333 FROM (SELECT f0, f1, f2, ROW_NUMBER() OVER (PARTITION BY f0 ORDER BY coalesce(f1, f2)) AS rn FROM test.t WHERE f3 IN ('foo', 'bar', 'test') AND env = 'test') AS tmp WHERE rn = 1
==== aftership/ddl/format/create_materialized_view_with_gcs.sql#2
CREATE MATERIALIZED VIEW database_name.view_name REFRESH EVERY 5 MINUTE TO database_name.table_name AS SELECT * FROM gcs(gcs_creds, url='https://storage.googleapis.com/some-bucket/some-path/')
==== aftership/ddl/format/create_materialized_view_with_refresh.sql#1
CREATE MATERIALIZED VIEW fresh_mv
REFRESH EVERY 1 HOUR OFFSET 10 MINUTE
RANDOMIZE FOR 1 SECOND
DEPENDS ON  table_v5
SETTINGS
    randomize_for = 1,
    randomize_offset = 10,
    randomize_period = 1
APPEND TO target_table_name
EMPTY
AS SELECT
    `field_1`,
    `field_2`,
    `field_3`,
FROM table_v5

-- Format SQL:
CREATE MATERIALIZED VIEW fresh_mv REFRESH EVERY 1 HOUR OFFSET 10 MINUTE RANDOMIZE FOR 1 SECOND DEPENDS ON table_v5 SETTINGS randomize_for=1, randomize_offset=10, randomize_period=1 APPEND TO target_table_name EMPTY AS SELECT `field_1`, `field_2`, `field_3` FROM table_v5
==== aftership/ddl/format/create_mv_with_not_op.sql#1
CREATE MATERIALIZED VIEW infra_bm.view_name
    ON CLUSTER 'default_cluster' TO infra_bm.table_name
(
  `f1` DateTime64(3),
  `f2` String,
  `f3` String,
  `f4` String,
  `f5` String,
  `f6` Int64
) AS
SELECT f1,
       f2,
       visitParamExtractString(properties, 'f3') AS f3,
       visitParamExtractString(properties, 'f4') AS f4,
       visitParamExtractString(properties, 'f5') AS f5,
       visitParamExtractInt(properties, 'f6') AS f6
FROM infra_bm.table_name1
WHERE infra_bm.table_name1.event = 'test-event' AND
    NOT isZeroOrNull(f2) AND f6-2 > 0

-- Format SQL:
CREATE MATERIALIZED VIEW infra_bm.view_name ON CLUSTER 'default_cluster' TO infra_bm.table_name (`f1` DateTime64(3), `f2` String, `f3` String, `f4` String, `f5` String, `f6` Int64) AS SELECT f1, f2, visitParamExtractString(properties, 'f3') AS f3, visitParamExtractString(properties, 'f4') AS f4, visitParamExtractString(properties, 'f5') AS f5, visitParamExtractInt(properties, 'f6') AS f6 FROM infra_bm.table_name1 WHERE infra_bm.table_name1.event = 'test-event' AND NOT isZeroOrNull(f2) AND f6 - 2 > 0
==== aftership/ddl/format/create_mv_with_order_by.sql#3
CREATE MATERIALIZED VIEW IF NOT EXISTS test_mv ENGINE = ReplacingMergeTree() ORDER BY (id) PRIMARY KEY (id) AS SELECT * FROM test_table
==== aftership/ddl/format/create_mv_with_order_by.sql#4
CREATE MATERIALIZED VIEW IF NOT EXISTS test_mv ENGINE = ReplacingMergeTree() PRIMARY KEY (id) AS SELECT * FROM test_table
==== aftership/ddl/format/create_or_replace.sql#4
CREATE OR REPLACE TABLE IF NOT EXISTS test.events_local (f0 String, f1 String CODEC(ZSTD(1)), f2 VARCHAR(255)) ENGINE = MergeTree ORDER BY (f1, f2) PARTITION BY toYYYYMMDD(f1) PRIMARY KEY (f0, f1, f2) TTL f1 + INTERVAL 6 MONTH COMMENT 'Comment for table'
==== aftership/ddl/format/create_or_replace.sql#5
CREATE OR REPLACE VIEW IF NOT EXISTS my_view (col1 String, col2 String) AS SELECT id, name FROM my_table
==== aftership/ddl/format/create_table_as_remote_function.sql#3
CREATE TABLE test_remote (id UInt64, name String, value Int32) AS remoteSecure('host.example.com', 'source_db', 'source_table', 'user', 'password')
==== aftership/ddl/format/create_table_basic.sql#2
CREATE TABLE IF NOT EXISTS test.events_local (f0 String, f1 String CODEC(ZSTD(1)), f2 VARCHAR(255), f3 Datetime, f4 Datetime, f5 Map(String, String), f6 String, f7 Nested(f70 UInt32, f71 UInt32, f72 DateTime, f73 Int64, f74 Int64, f75 String), f8 Datetime DEFAULT now(), f9 String MATERIALIZED toString(f7['f70']), f10 String ALIAS f11, f12 JSON(max_dynamic_types=10, max_dynamic_paths=3, SKIP a, SKIP a.b.c,  SKIP REGEXP 'hello')) ENGINE = MergeTree ORDER BY (f1, f2, f3) PARTITION BY toYYYYMMDD(f3) PRIMARY KEY (f0, f1, f2) TTL f3 + INTERVAL 6 MONTH COMMENT 'Comment for table'
==== aftership/ddl/format/create_table_codec_no_args.sql#2
CREATE TABLE shark_attacks (timestamp DateTime CODEC(DoubleDelta))
==== aftership/ddl/format/create_table_json_typehints.sql#2
CREATE TABLE t (j JSON(max_dynamic_paths=0, message String, a.b UInt64, SKIP x,  SKIP REGEXP 're')) ENGINE = MergeTree ORDER BY tuple()
==== aftership/ddl/format/create_table_with_codec_delta.sql#2
CREATE TABLE IF NOT EXISTS test_local (`id` UInt64 CODEC(Delta, ZSTD(1)), `api_id` UInt64 CODEC(ZSTD(1)), `app_id` UInt64 CODEC(Delta(9), ZSTD(1)), `device_id` UInt64 CODEC(DoubleDelta, ZSTD(1)), `guage` Float64 CODEC(Gorilla, LZ4), `value` UInt64 CODEC(T64, LZ4), `timestamp` DateTime64(9) CODEC(ZSTD(1)), INDEX timestamp_index(timestamp) TYPE minmax GRANULARITY 4) ENGINE = ReplicatedMergeTree('/root/test_local', '{replica}') ORDER BY (toUnixTimestamp64Nano(`timestamp`), `api_id`) PARTITION BY toStartOfHour(`timestamp`) TTL toStartOfHour(`timestamp`) + INTERVAL 7 DAY, toStartOfHour(`timestamp`) + INTERVAL 2 DAY SETTINGS execute_merges_on_single_replica_time_threshold=1200, index_granularity=16384, max_bytes_to_merge_at_max_space_in_pool=64424509440, storage_policy='main', ttl_only_drop_parts=1
==== aftership/ddl/format/create_table_with_codec_gcd.sql#2
CREATE TABLE test_local (`foo` Nullable(Decimal(38, 4)) CODEC(GCD, ZSTD(1)), `bar` UInt64 CODEC(GCD), `baz` Decimal(38, 4) CODEC(GCD, ZSTD(1))) ENGINE = MergeTree ORDER BY `bar`
==== aftership/ddl/format/create_table_with_enum_fields.sql#2
CREATE TABLE t0 ON CLUSTER default_cluster (`method` Enum8('GET'=1, 'POST'=2, 'HEAD'=3, 'PUT'=4, 'PATCH'=5, 'DELETE'=6, 'CONNECT'=7, 'OPTIONS'=8, 'TRACE'=9) CODEC(ZSTD(1)), `timestamp` DateTime64(3) CODEC(DoubleDelta, ZSTD)) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}', '{replica}') ORDER BY (method, timestamp) PARTITION BY toDate(timestamp) TTL toDate(timestamp) + toIntervalDay(3) SETTINGS index_granularity=8192
==== aftership/ddl/format/create_table_with_index.sql#2
CREATE TABLE IF NOT EXISTS test_local (`common.id` String CODEC(ZSTD(1)), `id` UInt64 CODEC(Delta, ZSTD(1)), `idx` UInt64 CODEC(Delta, ZSTD(1)), `api_id` UInt64 CODEC(ZSTD(1)), `arr` Array(Int64), `content` String CODEC(ZSTD(1)), `output` String, INDEX id_common_id_bloom_filter common.id TYPE bloom_filter(0.001) GRANULARITY 1, INDEX id_idx id TYPE minmax GRANULARITY 10, INDEX idx_id idx TYPE bloom_filter() GRANULARITY 1, INDEX api_id_idx api_id TYPE set(100) GRANULARITY 2, INDEX arr_idx arr TYPE bloom_filter(0.01) GRANULARITY 3, INDEX content_idx content TYPE tokenbf_v1(30720, 2, 0) GRANULARITY 1, INDEX output_idx output TYPE ngrambf_v1(3, 10000, 2, 1) GRANULARITY 2) ENGINE = ReplicatedMergeTree('/root/test_local', '{replica}') ORDER BY (toUnixTimestamp64Nano(`timestamp`), `api_id`) PARTITION BY toStartOfHour(`timestamp`) TTL toStartOfHour(`timestamp`) + INTERVAL 7 DAY, toStartOfHour(`timestamp`) + INTERVAL 2 DAY SETTINGS execute_merges_on_single_replica_time_threshold=1200, index_granularity=16384, max_bytes_to_merge_at_max_space_in_pool=64424509440, storage_policy='main', ttl_only_drop_parts=1
==== aftership/ddl/format/create_table_with_keyword_partition_by.sql#2
CREATE TABLE test.events_local UUID 'dad17568-b070-49d0-9ad1-7568b07029d0' (`date` Date, `f1` String, `f2` String, `f3` UInt64) ENGINE = ReplacingMergeTree ORDER BY (f1, f2) PARTITION BY date SETTINGS index_granularity=8192
==== aftership/ddl/format/create_table_with_null_engine.sql#2
CREATE TABLE logs.t0 ON CLUSTER default (`trace_id` String CODEC(ZSTD(1)), INDEX trace_id_bloom_idx trace_id TYPE bloom_filter(0.01) GRANULARITY 64) ENGINE = Null()
==== aftership/ddl/format/create_table_with_nullable.sql#2
CREATE TABLE test.`.inner.752391fb-44cc-4dd5-b523-91fb44cc9dd5` UUID '27673372-7973-44f5-a767-33727973c4f5' (`f0` String, `f1` String, `f2` LowCardinality(String), `f3` LowCardinality(String), `f4` DateTime64(3), `f5` Nullable(DateTime64(3)), `succeed_at` Nullable(DateTime64(3))) ENGINE = MergeTree ORDER BY label_id PARTITION BY xxHash32(tag_id) % 20 SETTINGS index_granularity=8192
==== aftership/ddl/format/create_table_with_projection.sql#2
CREATE TABLE events (`event_time` DateTime, `event_id` UInt64, `user_id` UInt64, `huge_string` String, PROJECTION order_by_user_id (SELECT _part_offset ORDER BY user_id)) ENGINE = MergeTree() ORDER BY (event_id)
==== aftership/ddl/format/create_table_with_projection_group_by_only.sql#2
CREATE TABLE events (`event_time` DateTime, `event_type` String, `user_id` UInt64, `value` Float64, PROJECTION hourly_aggregates (SELECT toStartOfHour(event_time) AS hour, event_type, count() AS event_count, sum(value) AS total_value GROUP BY hour, event_type)) ENGINE = MergeTree() ORDER BY (event_time, event_type)
==== aftership/ddl/format/create_table_with_qbit.sql#2
CREATE TABLE test.qbit_example (id UInt32, vec QBit(Float32, 8)) ENGINE = Memory
==== aftership/ddl/format/create_table_with_sample_by.sql#2
CREATE TABLE default.test UUID '87887901-e33c-497e-8788-7901e33c997e' (`f0` DateTime, `f1` UInt32, `f3` UInt32) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}/{shard}/default/test', '{replica}') ORDER BY (contractid, toDate(timestamp), userid) PARTITION BY toYYYYMM(timestamp) SAMPLE BY userid SETTINGS index_granularity=8192
==== aftership/ddl/format/create_table_with_ttl_policy.sql#4
CREATE TABLE tab (d DateTime, a Int) ENGINE = MergeTree ORDER BY d PARTITION BY toYYYYMM(d) TTL d + INTERVAL 1 MONTH DELETE, d + INTERVAL 1 WEEK TO VOLUME 'aaa', d + INTERVAL 2 WEEK TO DISK 'bbb'
==== aftership/ddl/format/create_table_with_ttl_policy.sql#5
CREATE TABLE table_with_where (d DateTime, a Int) ENGINE = MergeTree ORDER BY d PARTITION BY toYYYYMM(d) TTL d + INTERVAL 1 MONTH DELETE WHERE toDayOfWeek(d) = 1
==== aftership/ddl/format/create_table_with_ttl_policy.sql#6
CREATE TABLE table_for_recompression (d DateTime, key UInt64, value String) ENGINE = MergeTree() ORDER BY tuple() PARTITION BY key TTL d + INTERVAL 1 MONTH RECOMPRESS CODEC(ZSTD(17)), d + INTERVAL 1 YEAR RECOMPRESS CODEC(LZ4HC(10)) SETTINGS min_rows_for_wide_part=0, min_bytes_for_wide_part=0, allow_experimental_replacing_merge_with_cleanup=true
==== aftership/ddl/format/create_table_with_tuple_fields.sql#2
CREATE TABLE t0 ON CLUSTER default_cluster (`tup0` Tuple(), `tup1` Tuple(String, Int64), `tup2` Tuple(String, Tuple(String, String)), `tup3` Tuple(a String, cd Tuple(c String, d String))) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}', '{replica}') ORDER BY (tup1, tup2, tup3) SETTINGS index_granularity=8192
==== aftership/ddl/format/create_table_with_uuid.sql#2
CREATE TABLE IF NOT EXISTS test.events_local UUID '1234' ON CLUSTER 'default_cluster' (f0 String, f1 String, f2 String, f3 Datetime, f4 Datetime, f5 Map(String, String), f6 String, f7 Datetime DEFAULT now()) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{layer}-{shard}/test/events_local', '{replica}') ORDER BY (f0, f1, f2) PARTITION BY toYYYYMMDD(f3) TTL f3 + INTERVAL 6 MONTH
==== aftership/ddl/format/create_user.sql#68
CREATE USER user32 IDENTIFIED WITH plaintext_password BY 'password' VALID UNTIL '2025-12-31' HOST NAME 'localhost' DEFAULT ROLE role1, role2 DEFAULT DATABASE test_db GRANTEES user1, user2 EXCEPT user3 SETTINGS max_memory_usage=5000000, readonly=1
==== aftership/ddl/format/create_view_basic.sql#2
CREATE VIEW IF NOT EXISTS my_view (col1 String, col2 String) AS SELECT id, name FROM my_table
==== aftership/ddl/format/create_view_on_cluster_with_uuid.sql#2
CREATE VIEW IF NOT EXISTS cluster_name.my_view UUID '3493e374-e2bb-481b-b493-e374e2bb981b' ON CLUSTER 'my_cluster' AS (SELECT column1, column2 FROM my_other_table)
==== aftership/ddl/format/create_view_with_comment.sql#2
CREATE VIEW IF NOT EXISTS db.my_view (`id` Int64, `name` String) COMMENT '{"blueprint_hash":"abc123"}' AS SELECT id, name FROM db.my_table
==== aftership/ddl/format/desc_table_with_table_keyword.sql#1
DESC TABLE mytable

-- Format SQL:
DESCRIBE TABLE mytable
==== aftership/ddl/format/desc_table_without_table_keyword.sql#1
DESC mytable

-- Format SQL:
DESCRIBE mytable
==== aftership/ddl/format/describe_table_with_table_keyword.sql#1
DESCRIBE TABLE mytable

-- Format SQL:
DESCRIBE TABLE mytable
==== aftership/ddl/format/describe_table_without_table_keyword.sql#1
DESCRIBE mytable

-- Format SQL:
DESCRIBE mytable
==== aftership/ddl/format/show_create_table.sql#1
SHOW CREATE TABLE mytable

-- Format SQL:
SHOW CREATE TABLE mytable
==== aftership/ddl/format/show_databases.sql#1
SHOW DATABASES

-- Format SQL:
SHOW DATABASES
==== aftership/ddl/format/show_databases_comprehensive.sql#1
SHOW DATABASES LIKE 'prod%' LIMIT 5 INTO OUTFILE '/tmp/prod_dbs.txt' FORMAT JSON

-- Format SQL:
SHOW DATABASES LIKE 'prod%' LIMIT 5 INTO OUTFILE '/tmp/prod_dbs.txt' FORMAT 'JSON'
==== aftership/ddl/format/show_databases_format.sql#1
SHOW DATABASES FORMAT JSON

-- Format SQL:
SHOW DATABASES FORMAT 'JSON'
==== aftership/ddl/format/show_databases_format_string.sql#1
SHOW DATABASES FORMAT 'TabSeparated'

-- Format SQL:
SHOW DATABASES FORMAT 'TabSeparated'
==== aftership/ddl/format/show_databases_ilike.sql#1
SHOW DATABASES ILIKE 'Test%'

-- Format SQL:
SHOW DATABASES ILIKE 'Test%'
==== aftership/ddl/format/show_databases_like.sql#1
SHOW DATABASES LIKE 'test%'

-- Format SQL:
SHOW DATABASES LIKE 'test%'
==== aftership/ddl/format/show_databases_limit.sql#1
SHOW DATABASES LIMIT 10

-- Format SQL:
SHOW DATABASES LIMIT 10
==== aftership/ddl/format/show_databases_not_ilike.sql#1
SHOW DATABASES NOT ILIKE 'Temp%'

-- Format SQL:
SHOW DATABASES NOT ILIKE 'Temp%'
==== aftership/ddl/format/show_databases_not_like.sql#1
SHOW DATABASES NOT LIKE 'temp%'

-- Format SQL:
SHOW DATABASES NOT LIKE 'temp%'
==== aftership/ddl/format/show_databases_outfile.sql#1
SHOW DATABASES INTO OUTFILE '/tmp/databases.txt'

-- Format SQL:
SHOW DATABASES INTO OUTFILE '/tmp/databases.txt'
==== aftership/ddl/format/show_tables.sql#1
SHOW TABLES

-- Format SQL:
SHOW TABLES
==== aftership/ddl/show_create_table.sql#1
SHOW CREATE TABLE mytable
==== aftership/ddl/show_databases.sql#1
SHOW DATABASES
==== aftership/ddl/show_databases_comprehensive.sql#1
SHOW DATABASES LIKE 'prod%' LIMIT 5 INTO OUTFILE '/tmp/prod_dbs.txt' FORMAT JSON
==== aftership/ddl/show_databases_format.sql#1
SHOW DATABASES FORMAT JSON
==== aftership/ddl/show_databases_format_string.sql#1
SHOW DATABASES FORMAT 'TabSeparated'
==== aftership/ddl/show_databases_ilike.sql#1
SHOW DATABASES ILIKE 'Test%'
==== aftership/ddl/show_databases_like.sql#1
SHOW DATABASES LIKE 'test%'
==== aftership/ddl/show_databases_limit.sql#1
SHOW DATABASES LIMIT 10
==== aftership/ddl/show_databases_not_ilike.sql#1
SHOW DATABASES NOT ILIKE 'Temp%'
==== aftership/ddl/show_databases_not_like.sql#1
SHOW DATABASES NOT LIKE 'temp%'
==== aftership/ddl/show_databases_outfile.sql#1
SHOW DATABASES INTO OUTFILE '/tmp/databases.txt'
==== aftership/dml/alter_table_modify_query.sql#1
ALTER TABLE test.some_mv ON CLUSTER cluster MODIFY QUERY SELECT field1, field2 FROM test.some_table WHERE count >= 3
==== aftership/dml/alter_table_modify_ttl_multiple.sql#1
ALTER TABLE db.t0 ON CLUSTER default_cluster
MODIFY TTL
    toDateTime(timestamp / 1000000000) + INTERVAL 30 DAY TO DISK 'gcs',
    toDateTime(timestamp / 1000000000) + INTERVAL 60 DAY
==== aftership/dml/alter_table_with_comment.sql#1
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD COLUMN a.f1 String default '' comment 'test'
==== aftership/dml/alter_table_with_comment.sql#2
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD COLUMN hello String default ''
==== aftership/dml/alter_table_with_modify_remove_ttl.sql#1
ALTER TABLE infra.flow_processed_emails_local ON CLUSTER default_cluster REMOVE TTL
==== aftership/dml/alter_table_with_modify_ttl.sql#1
ALTER TABLE infra.flow_processed_emails_local ON CLUSTER default_cluster MODIFY TTL created_at + INTERVAL 3 YEAR
==== aftership/dml/create_column_with_ttl.sql#1
CREATE TABLE example1 (
    timestamp DateTime,
    x UInt32 TTL timestamp + INTERVAL 1 MONTH,
    y UInt32 TTL timestamp + INTERVAL 1 WEEK
)
ENGINE = MergeTree
ORDER BY tuple()
==== aftership/dml/delete_from.sql#1
DELETE FROM hits WHERE Title LIKE '%hello%'
==== aftership/dml/format/alter_table_modify_ttl_multiple.sql#2
ALTER TABLE db.t0 ON CLUSTER default_cluster MODIFY TTL toDateTime(timestamp / 1000000000) + INTERVAL 30 DAY TO DISK 'gcs', toDateTime(timestamp / 1000000000) + INTERVAL 60 DAY
==== aftership/dml/format/alter_table_with_comment.sql#3
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD COLUMN a.f1 String DEFAULT '' COMMENT 'test'
==== aftership/dml/format/alter_table_with_comment.sql#4
ALTER TABLE test.events_local ON CLUSTER 'default_cluster' ADD COLUMN hello String DEFAULT ''
==== aftership/dml/format/beautify/alter_table_modify_query.sql#2
ALTER TABLE test.some_mv
ON CLUSTER cluster
MODIFY QUERY
  SELECT
    field1,
    field2
  FROM
    test.some_table
  WHERE
    count >= 3
==== aftership/dml/format/beautify/alter_table_modify_ttl_multiple.sql#2
ALTER TABLE db.t0
ON CLUSTER default_cluster
MODIFY TTL toDateTime(timestamp / 1000000000) + INTERVAL 30 DAY TO DISK 'gcs', toDateTime(timestamp / 1000000000) + INTERVAL 60 DAY
==== aftership/dml/format/beautify/alter_table_with_comment.sql#3
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
ADD COLUMN a.f1 String DEFAULT '' COMMENT 'test'
==== aftership/dml/format/beautify/alter_table_with_comment.sql#4
ALTER TABLE test.events_local
ON CLUSTER 'default_cluster'
ADD COLUMN hello String DEFAULT ''
==== aftership/dml/format/beautify/alter_table_with_modify_remove_ttl.sql#2
ALTER TABLE infra.flow_processed_emails_local
ON CLUSTER default_cluster
REMOVE TTL
==== aftership/dml/format/beautify/alter_table_with_modify_ttl.sql#2
ALTER TABLE infra.flow_processed_emails_local
ON CLUSTER default_cluster
MODIFY TTL created_at + INTERVAL 3 YEAR
==== aftership/dml/format/beautify/create_column_with_ttl.sql#1
CREATE TABLE example1 (
    timestamp DateTime,
    x UInt32 TTL timestamp + INTERVAL 1 MONTH,
    y UInt32 TTL timestamp + INTERVAL 1 WEEK
)
ENGINE = MergeTree
ORDER BY tuple()

-- Beautify SQL:
CREATE TABLE example1
(
  timestamp DateTime,
  x UInt32 TTL timestamp + INTERVAL 1 MONTH,
  y UInt32 TTL timestamp + INTERVAL 1 WEEK
)
ENGINE = MergeTree
ORDER BY
  tuple()
==== aftership/dml/format/beautify/insert_select_without_from.sql#1
INSERT INTO t (c) SELECT 1 WHERE 1 = 1
==== aftership/dml/format/beautify/insert_select_without_from.sql#2
INSERT INTO t
  (c)
SELECT
  1
WHERE
  1 = 1
==== aftership/dml/format/beautify/insert_values.sql#1
INSERT INTO helloworld.my_first_table (user_id, message, timestamp, metric) VALUES
    (101, 'Hello, ClickHouse!',                                 now(),       -1.0    ),
    (102, 'Insert a lot of rows per batch',                     yesterday(), 1.41421 ),
    (102, 'Sort your data based on your commonly-used queries', today(),     2.718   ),
    (101, 'Granules are the smallest chunks of data read',      now() + 5,   3.14159 )

-- Beautify SQL:
INSERT INTO helloworld.my_first_table
  (user_id, message, timestamp, metric)
VALUES
  (101, 'Hello, ClickHouse!', now(), -1.0),
  (102, 'Insert a lot of rows per batch', yesterday(), 1.41421),
  (102, 'Sort your data based on your commonly-used queries', today(), 2.718),
  (101, 'Granules are the smallest chunks of data read', now() + 5, 3.14159)
==== aftership/dml/format/beautify/insert_with_format.sql#1
INSERT INTO `_test_1345# $.ДБ`.`2. Таблица №2`
==== aftership/dml/format/beautify/insert_with_format.sql#2
INSERT INTO "db"."table_name" (col1, col2) VALUES (1, 2)
==== aftership/dml/format/beautify/insert_with_format.sql#3
INSERT INTO `_test_1345# $.ДБ`.`2. Таблица №2` (col1, col2)
==== aftership/dml/format/beautify/insert_with_format.sql#4
INSERT INTO table_name (col1, col2) VALUES (1, 2) FORMAT Native
==== aftership/dml/format/beautify/insert_with_format.sql#6
INSERT INTO "db"."table_name"
  (col1, col2)
VALUES
  (1, 2)
==== aftership/dml/format/beautify/insert_with_format.sql#7
INSERT INTO `_test_1345# $.ДБ`.`2. Таблица №2`
  (col1, col2)
==== aftership/dml/format/beautify/insert_with_format.sql#8
INSERT INTO table_name
  (col1, col2)
VALUES
  (1, 2)
==== aftership/dml/format/beautify/insert_with_keyword_placeholder.sql#1
INSERT INTO t (c) VALUES ({name :String})
==== aftership/dml/format/beautify/insert_with_keyword_placeholder.sql#2
INSERT INTO t
  (c)
VALUES
  ({name:String})
==== aftership/dml/format/beautify/insert_with_placeholder.sql#1
INSERT INTO t0(user_id, message, timestamp, metric) VALUES
    (?, ?, ?, ?),
    (?, ?, ?, ?),
    (?, ?, ?, ?),
    (?, ?, ?, ?)
==== aftership/dml/format/beautify/insert_with_placeholder.sql#2
INSERT INTO test_with_typed_columns (id, created_at)
VALUES ({id: Int32}, {created_at: DateTime64(6)})
==== aftership/dml/format/beautify/insert_with_placeholder.sql#3
INSERT INTO t0
  (user_id, message, timestamp, metric)
VALUES
  (?, ?, ?, ?),
  (?, ?, ?, ?),
  (?, ?, ?, ?),
  (?, ?, ?, ?)
==== aftership/dml/format/beautify/insert_with_placeholder.sql#4
INSERT INTO test_with_typed_columns
  (id, created_at)
VALUES
  ({id:Int32}, {created_at:DateTime64(6)})
==== aftership/dml/format/beautify/insert_with_select.sql#1
INSERT INTO test.visits_null
SELECT
    CounterID,
    StartDate,
    Sign,
    UserID
FROM test.visits
==== aftership/dml/format/beautify/insert_with_select.sql#2
INSERT INTO test.visits_null
SELECT
  CounterID,
  StartDate,
  Sign,
  UserID
FROM
  test.visits
==== aftership/dml/format/create_column_with_ttl.sql#1
CREATE TABLE example1 (
    timestamp DateTime,
    x UInt32 TTL timestamp + INTERVAL 1 MONTH,
    y UInt32 TTL timestamp + INTERVAL 1 WEEK
)
ENGINE = MergeTree
ORDER BY tuple()

-- Format SQL:
CREATE TABLE example1 (timestamp DateTime, x UInt32 TTL timestamp + INTERVAL 1 MONTH, y UInt32 TTL timestamp + INTERVAL 1 WEEK) ENGINE = MergeTree ORDER BY tuple()
==== aftership/dml/format/insert_values.sql#1
INSERT INTO helloworld.my_first_table (user_id, message, timestamp, metric) VALUES
    (101, 'Hello, ClickHouse!',                                 now(),       -1.0    ),
    (102, 'Insert a lot of rows per batch',                     yesterday(), 1.41421 ),
    (102, 'Sort your data based on your commonly-used queries', today(),     2.718   ),
    (101, 'Granules are the smallest chunks of data read',      now() + 5,   3.14159 )

-- Format SQL:
INSERT INTO helloworld.my_first_table (user_id, message, timestamp, metric) VALUES (101, 'Hello, ClickHouse!', now(), -1.0), (102, 'Insert a lot of rows per batch', yesterday(), 1.41421), (102, 'Sort your data based on your commonly-used queries', today(), 2.718), (101, 'Granules are the smallest chunks of data read', now() + 5, 3.14159)
==== aftership/dml/format/insert_with_format.sql#8
INSERT INTO table_name (col1, col2) VALUES (1, 2)
==== aftership/dml/format/insert_with_keyword_placeholder.sql#2
INSERT INTO t (c) VALUES ({name:String})
==== aftership/dml/format/insert_with_placeholder.sql#3
INSERT INTO t0 (user_id, message, timestamp, metric) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)
==== aftership/dml/format/insert_with_placeholder.sql#4
INSERT INTO test_with_typed_columns (id, created_at) VALUES ({id:Int32}, {created_at:DateTime64(6)})
==== aftership/dml/format/insert_with_select.sql#2
INSERT INTO test.visits_null SELECT CounterID, StartDate, Sign, UserID FROM test.visits
==== aftership/dml/insert_values.sql#1
INSERT INTO helloworld.my_first_table (user_id, message, timestamp, metric) VALUES
    (101, 'Hello, ClickHouse!',                                 now(),       -1.0    ),
    (102, 'Insert a lot of rows per batch',                     yesterday(), 1.41421 ),
    (102, 'Sort your data based on your commonly-used queries', today(),     2.718   ),
    (101, 'Granules are the smallest chunks of data read',      now() + 5,   3.14159 )
==== aftership/query/access_tuple_with_dot.sql#1
SELECT tuple('a','b','c').3, .1234
==== aftership/query/access_tuple_with_dot.sql#2
SELECT toTypeName( tuple('a' as first,'b' as second ,'c' as third)::Tuple(first String,second String,third String)),
       (tuple('a' as first,'b' as second ,'c' as third)::Tuple(first String,second String,third String)).second,
       tuple('a','b','c').3,
       tupleElement(tuple('a','b','c'),1)
==== aftership/query/compatible/1_stateful/00001_count_hits.sql#1
SELECT count() FROM test.hits
==== aftership/query/compatible/1_stateful/00002_count_visits.sql#1
SELECT sum(Sign) FROM test.visits
==== aftership/query/compatible/1_stateful/00004_top_counters.sql#1
SELECT CounterID, count() AS c FROM test.hits GROUP BY CounterID ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00004_top_counters.sql#2
SELECT CounterID, count() AS c FROM test.hits GROUP BY CounterID ORDER BY c DESC LIMIT 10 SETTINGS optimize_aggregation_in_order = 1
==== aftership/query/compatible/1_stateful/00005_filtering.sql#1
SELECT count() FROM test.hits WHERE AdvEngineID != 0
==== aftership/query/compatible/1_stateful/00007_uniq.sql#1
SELECT RegionID, uniq(UserID) AS u FROM test.hits WHERE CounterID = 800784 GROUP BY RegionID ORDER BY u DESC, RegionID LIMIT 10 -- nothing
==== aftership/query/compatible/1_stateful/00008_uniq.sql#1
SELECT uniq(UserID), uniqIf(UserID, CounterID = 800784), uniqIf(FUniqID, RegionID = 213) FROM test.hits
==== aftership/query/compatible/1_stateful/00009_uniq_distributed.sql#1
SELECT uniq(UserID), uniqIf(UserID, CounterID = 800784), uniqIf(FUniqID, RegionID = 213) FROM remote('127.0.0.{1,2}', test, hits)
==== aftership/query/compatible/1_stateful/00010_quantiles_segfault.sql#1
SELECT URL AS `ym:ah:URL`, sum((NOT DontCountHits AND NOT Refresh)), quantilesTimingIf(0.1, 0.5, 0.9)((DOMCompleteTiming + LoadEventEndTiming), DOMCompleteTiming != -1 AND LoadEventEndTiming != -1) as t FROM remote('127.0.0.{1,2}', test, hits) WHERE (CounterID = 800784) AND (((DontCountHits = 0) OR (IsNotBounce = 1)) AND (URL != ''))  GROUP BY `ym:ah:URL` WITH TOTALS   HAVING (sum((NOT DontCountHits AND NOT Refresh)) > 0) AND (count() > 0)  ORDER BY sum((NOT DontCountHits AND NOT Refresh)) DESC, URL  LIMIT 0, 1
==== aftership/query/compatible/1_stateful/00011_sorting.sql#1
SELECT EventTime::DateTime('Asia/Dubai') FROM test.hits ORDER BY EventTime DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00013_sorting_of_nested.sql#1
SELECT ParsedParams.Key1 FROM test.visits FINAL WHERE VisitID != 0 AND notEmpty(ParsedParams.Key1) ORDER BY VisitID LIMIT 10
==== aftership/query/compatible/1_stateful/00014_filtering_arrays.sql#1
SELECT GeneralInterests FROM test.hits WHERE AdvEngineID != 0 ORDER BY GeneralInterests DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00015_totals_and_no_aggregate_functions.sql#1
SELECT AdvEngineID FROM test.hits GROUP BY AdvEngineID WITH TOTALS ORDER BY AdvEngineID
==== aftership/query/compatible/1_stateful/00016_any_if_distributed_cond_always_false.sql#1
SELECT anyIf(SearchPhrase, CounterID = -1) FROM remote('127.0.0.{1,2}:9000', test, hits)
==== aftership/query/compatible/1_stateful/00017_aggregation_uninitialized_memory.sql#1
SELECT DISTINCT (URLHierarchy(URL)[1]) AS q, 'x' AS w FROM test.hits WHERE CounterID = 14917930 ORDER BY URL
==== aftership/query/compatible/1_stateful/00020_distinct_order_by_distributed.sql#2
SELECT count() FROM (SELECT DISTINCT PredLastVisit AS x FROM remote('127.0.0.{1,2}', test, visits) ORDER BY VisitID)
==== aftership/query/compatible/1_stateful/00021_1_select_with_in.sql#1
select sum(Sign) from test.visits where CounterID in (942285)
==== aftership/query/compatible/1_stateful/00021_2_select_with_in.sql#1
select sum(Sign) from test.visits where CounterID in (942285, 577322)
==== aftership/query/compatible/1_stateful/00021_3_select_with_in.sql#1
select 1 IN (1, 2, 3)
==== aftership/query/compatible/1_stateful/00021_3_select_with_in.sql#2
SELECT count() FROM remote('localhost', test, hits) WHERE CounterID IN (598875)
==== aftership/query/compatible/1_stateful/00022_merge_prewhere.sql#1
DROP TABLE IF EXISTS test.merge_hits
==== aftership/query/compatible/1_stateful/00022_merge_prewhere.sql#2
CREATE TABLE IF NOT EXISTS test.merge_hits AS test.hits ENGINE = Merge(test, '^hits$')
==== aftership/query/compatible/1_stateful/00022_merge_prewhere.sql#3
SELECT count() FROM test.merge_hits WHERE AdvEngineID = 2
==== aftership/query/compatible/1_stateful/00022_merge_prewhere.sql#4
SELECT count() FROM test.merge_hits PREWHERE AdvEngineID = 2
==== aftership/query/compatible/1_stateful/00022_merge_prewhere.sql#5
DROP TABLE test.merge_hits
==== aftership/query/compatible/1_stateful/00023_totals_limit.sql#1
SET output_format_write_statistics = 0
==== aftership/query/compatible/1_stateful/00023_totals_limit.sql#2
SELECT goals_alias.ID AS `ym:s:goalDimension`, uniqIf(UserID, (UserID != 0) AND (`_uniq_Goals` = 1))  FROM test.visits ARRAY JOIN Goals AS goals_alias,  arrayEnumerateUniq(Goals.ID)   AS `_uniq_Goals`  WHERE (CounterID = 842440) GROUP BY `ym:s:goalDimension` WITH TOTALS ORDER BY `ym:s:goalDimension` LIMIT 0, 1 FORMAT JSONCompact
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#1
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32152608
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#10
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11878090
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#100
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11484344
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#1000
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14121177
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#1003
SET min_bytes_to_use_direct_io = 1
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#101
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21453219
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#102
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7692388
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#103
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30879805
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#104
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27784549
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#105
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 665663
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#106
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30535786
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#107
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11685143
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#108
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13652647
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#109
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9880318
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#11
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23005927
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#110
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30148588
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#111
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32745436
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#112
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27390924
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#113
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17470663
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#114
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 196859
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#115
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22123478
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#116
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 87021
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#117
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25264218
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#118
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24125574
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#119
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26099981
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#12
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17205778
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#120
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1141558
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#121
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 220829
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#122
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15651875
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#123
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 182483
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#124
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28430678
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#125
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31384642
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#126
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1008241
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#127
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10462834
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#128
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26829659
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#129
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29130002
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#13
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21296650
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#130
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17891770
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#132
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15014338
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#133
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15375411
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#134
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7952204
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#135
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 41859
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#136
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21651593
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#137
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9527676
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#138
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 107394
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#139
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23409492
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#14
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12068702
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#140
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31407407
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#141
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29312961
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#142
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9705505
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#143
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29848510
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#144
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10187274
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#145
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 112606
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#146
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15639744
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#147
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4375349
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#148
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1423039
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#149
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13933371
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#15
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8446208
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#150
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20430236
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#151
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30679961
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#152
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 37094
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#153
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23197674
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#154
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 994587
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#155
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 437496
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#156
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3904733
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#157
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19200606
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#158
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 84668
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#159
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28581029
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#16
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8439835
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#160
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11074306
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#161
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2470089
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#162
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12251899
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#163
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16996077
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#164
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12426411
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#165
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1034934
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#166
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4721601
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#167
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22026000
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#168
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21031300
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#169
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 559124
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#17
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30344780
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#170
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15492463
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#171
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21419604
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#172
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25632271
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#173
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14446476
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#174
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12684903
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#175
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23292922
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#177
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20269131
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#179
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5305320
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#18
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2881921
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#180
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30926629
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#181
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14816057
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#182
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19523905
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#183
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18775058
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#184
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32507411
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#186
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24858652
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#187
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32420158
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#188
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4805894
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#189
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8157258
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#19
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1828473
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#190
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5759745
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#191
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12626987
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#192
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5342591
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#193
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10951832
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#194
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9729032
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#195
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27999107
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#196
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7302193
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#197
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30447727
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#198
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15764416
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#199
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15727130
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#2
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9627212
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#200
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15116605
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#201
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 527313
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#202
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16687935
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#203
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28304381
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#204
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17699739
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#205
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17339596
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#206
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29348067
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#207
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20861945
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#208
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12922065
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#209
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27019489
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#21
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14960013
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#210
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18299445
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#211
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 108465
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#212
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 233447
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#213
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13042904
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#214
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31481509
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#215
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2267268
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#216
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26140306
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#217
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19094364
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#218
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25000943
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#219
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6860549
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#22
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 103918
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#220
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30714288
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#221
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16289139
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#222
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1419182
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#223
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33436573
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#224
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30062358
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#225
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18167743
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#226
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27846382
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#227
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30148240
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#228
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32332238
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#229
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25129158
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#23
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9626742
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#230
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14066924
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#231
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19832770
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#232
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29018190
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#233
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 852275
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#234
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11328399
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#235
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28179212
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#236
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20155907
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#237
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30685297
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#238
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32783957
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#239
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1552720
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#24
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18370244
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#240
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28110991
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#241
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4814424
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#242
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20171153
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#243
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14920591
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#244
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 65690
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#245
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14357916
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#246
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26533001
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#247
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17014738
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#248
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11977336
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#249
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30142464
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#25
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 813903
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#250
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14082365
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#251
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18851419
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#252
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27638649
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#253
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8798932
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#254
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 717825
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#255
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6912378
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#256
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26898048
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#257
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5992218
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#258
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13422462
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#259
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21204372
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#26
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22176733
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#260
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17845298
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#261
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6933004
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#262
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21627605
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#264
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22315068
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#265
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24973444
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#267
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6022884
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#268
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32417601
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#269
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18087198
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#27
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17175454
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#270
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21940806
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#271
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23809389
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#273
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30651933
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#274
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17818815
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#275
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9038457
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#276
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9153497
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#277
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29938964
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#278
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10471118
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#28
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31608140
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#280
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14933629
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#281
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7173707
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#282
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28680585
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#283
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1279785
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#284
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33276693
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#285
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 573557
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#286
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27753414
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#287
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22968595
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#288
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25211823
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#289
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32687774
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#29
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11802602
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#290
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6062762
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#291
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18866703
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#292
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5164840
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#293
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6462629
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#294
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25039797
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#295
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10789598
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#296
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33076990
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#297
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28960547
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#298
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32723171
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#299
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17888313
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#3
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25152951
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#30
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12577104
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#300
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29810654
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#301
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21760643
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#302
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16678170
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#303
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 368520
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#304
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12506284
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#305
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9802670
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#306
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18488016
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#308
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15254606
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#309
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32580177
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#31
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 153437
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#310
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30313645
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#311
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20879524
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#312
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27222776
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#313
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11266528
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#314
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17018146
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#315
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19902143
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#316
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19469853
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#317
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22823497
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#318
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 56768
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#319
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 136798
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#32
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32240558
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#320
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16554922
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#321
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20627728
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#323
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 124145
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#324
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10881152
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#325
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17271030
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#326
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28213281
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#327
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15665842
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#328
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28264219
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#33
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27444870
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#330
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22926441
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#331
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31057728
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#332
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8027311
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#333
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14229492
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#334
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14782220
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#335
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29099258
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#336
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 99953
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#337
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9334015
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#339
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 124031
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#34
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 79306
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#340
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1670442
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#341
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21036594
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#342
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22954047
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#343
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16054043
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#344
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 121765
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#345
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1482385
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#346
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25977258
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#347
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24596247
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#348
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 550092
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#349
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1579438
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#35
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15222279
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#350
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1205
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#352
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 177248
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#353
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27523607
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#354
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15873699
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#355
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11971473
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#356
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18965085
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#357
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19035683
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#359
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11929806
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#36
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11782937
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#360
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9352219
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#361
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18492653
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#362
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7967264
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#363
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11391453
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#364
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4289
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#365
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3567
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#366
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13575826
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#367
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2566437
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#368
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21042675
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#369
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26498330
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#37
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1677
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#370
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23764459
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#371
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32664413
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#372
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10116935
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#373
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24572551
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#374
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26788657
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#375
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12830859
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#377
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6764575
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#378
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25219472
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#379
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10721285
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#38
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9527330
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#380
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26254035
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#381
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15486693
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#382
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10323514
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#383
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23578364
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#385
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13428298
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#386
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17679279
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#387
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27610140
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#388
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15346859
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#389
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 535736
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#39
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23580782
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#390
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 513828
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#391
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20411888
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#392
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13595045
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#393
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33221835
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#394
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 97601
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#395
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12819274
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#396
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18047205
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#397
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19900235
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#398
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27830172
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#4
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22202319
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#40
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33027895
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#400
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29980468
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#401
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27417156
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#402
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17908689
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#403
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24471592
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#404
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32147490
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#405
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22966030
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#406
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21060870
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#407
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 238185
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#408
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10152551
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#409
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11255139
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#41
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 199609
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#410
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 982334
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#411
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15199978
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#412
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15678357
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#413
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18206303
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#414
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10902608
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#415
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22494906
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#416
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22204221
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#417
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13097211
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#418
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30998656
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#419
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26656294
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#42
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29139484
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#420
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 922545
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#421
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9428510
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#422
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15137339
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#423
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15578624
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#424
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31695129
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#425
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15791360
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#426
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29571338
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#427
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5371768
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#428
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15163979
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#429
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16312681
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#43
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1700065
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#430
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6126176
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#431
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16061128
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#432
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8528634
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#433
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 136544
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#434
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3093873
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#435
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3994698
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#436
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8302978
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#437
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16115563
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#438
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21804036
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#439
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9785708
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#44
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30212873
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#440
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10847072
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#442
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15582824
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#443
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19802155
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#444
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20835290
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#445
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 204284
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#446
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25636491
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#447
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30446517
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#448
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16761451
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#449
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 456303
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#45
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6773723
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#450
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17301839
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#451
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27472581
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#452
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24078399
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#453
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26345482
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#454
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 451381
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#456
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19418898
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#457
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10068353
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#459
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 758020
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#46
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21842879
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#460
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13521375
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#461
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25968099
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#462
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26805240
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#463
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13051011
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#464
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 901894
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#465
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33097016
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#466
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12545080
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#467
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29944288
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#468
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8250825
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#469
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12499373
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#47
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9460479
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#470
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22535728
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#471
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11929724
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#472
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3615273
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#474
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 116132
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#476
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23681158
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#477
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3938
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#478
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8468701
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#479
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1295067
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#48
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16451704
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#480
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27469232
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#481
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32708119
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#482
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 122578
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#483
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12139400
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#485
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9262336
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#486
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9269892
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#487
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 122701
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#488
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19589931
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#489
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29539889
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#49
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 51267
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#490
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31115640
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#491
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6283044
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#492
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30642040
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#493
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18065262
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#494
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26714391
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#495
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15351586
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#496
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13090710
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#497
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16201652
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#498
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31960256
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#499
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2658509
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#5
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13848191
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#50
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30489182
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#500
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 467277
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#501
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1274110
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#502
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23640128
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#503
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16197014
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#504
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28228612
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#505
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11659509
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#506
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24981440
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#507
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 52285
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#508
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30583892
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#509
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31467341
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#51
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11947625
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#510
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25512316
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#512
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 422752
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#513
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32718035
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#514
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14213540
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#515
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14951444
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#516
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6819113
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#517
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9532880
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#518
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4102488
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#52
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18776987
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#520
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7078160
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#521
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29521616
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#522
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5045377
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#523
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23131467
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#524
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22383622
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#525
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22079706
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#526
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29466380
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#527
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12045654
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#528
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30178011
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#529
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20821588
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#53
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25762358
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#530
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21966434
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#531
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29390311
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#532
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19370159
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#533
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24857158
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#534
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31982180
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#535
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11990254
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#536
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3841725
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#537
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13993951
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#538
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31252290
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#539
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26398773
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#54
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 74905
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#540
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 891512
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#541
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27087947
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#542
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2097095
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#543
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26252354
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#544
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13928858
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#545
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4331960
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#546
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30552074
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#547
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27905732
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#548
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30049284
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#549
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2118697
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#55
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 877422
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#550
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20849218
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#551
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11338538
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#552
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3348692
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#553
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17693905
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#554
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23502543
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#555
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8905975
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#556
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18343399
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#557
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15235863
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#558
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20356153
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#559
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10552704
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#56
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3465045
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#560
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28875831
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#561
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1488561
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#562
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15012941
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#563
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25726446
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#564
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2601050
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#565
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27426912
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#566
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11269650
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#567
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14880200
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#568
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 362337
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#569
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23533327
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#57
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2084559
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#570
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26381021
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#571
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17522450
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#572
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31868526
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#573
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18276314
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#574
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1841289
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#575
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22234319
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#576
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11463222
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#577
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15251006
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#579
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28755796
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#58
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13828281
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#580
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9087442
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#581
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13734462
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#582
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9285105
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#583
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13289061
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#584
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29890926
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#585
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30509694
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#586
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17698850
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#587
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 46229
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#588
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16541087
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#589
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11305551
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#59
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30299683
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#590
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 429238
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#591
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7583796
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#592
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8604476
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#593
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29759280
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#594
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1388922
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#595
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10884907
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#596
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18220244
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#598
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18069840
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#599
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6707469
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#6
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27855803
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#60
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 132115
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#600
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26818794
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#601
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14770800
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#602
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16652737
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#603
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25497243
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#604
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14747538
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#605
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21371935
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#606
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1681601
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#607
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5343898
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#608
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22040058
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#61
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10919775
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#610
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9377867
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#611
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1848946
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#612
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1449313
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#613
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31332002
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#614
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10829982
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#615
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22431161
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#616
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29172033
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#617
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7631750
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#618
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 898844
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#619
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21460344
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#62
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12329250
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#620
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25387068
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#621
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30980374
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#622
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13021547
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#623
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27715925
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#624
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30292547
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#625
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18666245
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#626
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18954194
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#627
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29070192
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#628
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 914290
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#629
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14807517
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#63
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11525543
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#630
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23062682
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#631
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5132969
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#632
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15094854
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#633
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 622095
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#634
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1244323
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#635
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14804701
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#636
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11656845
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#637
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17167258
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#638
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8959523
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#639
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23121135
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#64
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32395537
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#640
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4339624
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#641
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22679035
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#642
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13127067
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#643
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18362622
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#644
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4189114
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#645
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18776826
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#646
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26792263
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#647
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13409810
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#648
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22183039
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#649
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16132723
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#65
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24537202
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#650
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3925258
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#651
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14248840
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#652
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18135589
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#653
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11234961
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#654
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11179577
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#655
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 178965
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#656
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10138078
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#657
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21048048
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#658
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8001235
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#659
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32833016
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#66
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2270964
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#660
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32275374
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#661
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1430786
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#662
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12969140
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#663
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25529912
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#664
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18395861
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#665
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27380554
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#666
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16653574
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#667
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16372034
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#668
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28050494
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#669
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6886254
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#67
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8518291
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#670
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7472729
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#671
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12646802
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#672
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6589761
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#674
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10261903
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#675
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4389
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#676
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2415202
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#677
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20007939
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#678
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17957094
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#679
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9920354
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#68
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11897183
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#680
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24840314
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#681
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5077718
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#682
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11650674
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#683
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19766470
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#684
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7854638
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#685
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9169290
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#686
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22873394
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#687
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30838169
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#689
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25792494
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#69
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23805647
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#690
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25326672
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#691
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33123311
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#692
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33237554
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#693
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15130284
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#694
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18811870
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#695
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25418177
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#696
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17202302
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#697
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31836505
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#698
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28671820
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#699
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25643858
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#7
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27944638
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#70
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22652078
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#700
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16338596
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#702
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9458517
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#703
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25163573
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#704
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15680967
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#705
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20413991
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#706
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19332304
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#707
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23159444
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#708
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24708786
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#709
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 250297
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#71
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19363661
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#710
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29944728
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#711
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14582542
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#712
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 512441
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#713
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31273184
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#714
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30255145
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#715
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 89813
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#717
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26621829
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#718
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 279206
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#719
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13041403
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#72
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32339088
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#720
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33392742
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#721
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10895948
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#722
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20804625
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#723
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10129067
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#724
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13855355
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#725
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31007051
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#726
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4109301
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#727
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29492024
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#728
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28963180
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#73
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11394550
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#730
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31889101
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#731
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1713672
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#732
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16069992
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#733
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9075873
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#734
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14512529
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#735
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8632591
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#736
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33056094
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#737
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28349520
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#738
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26806792
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#739
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11496875
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#74
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1988179
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#740
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11797321
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#741
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25795940
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#742
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33196708
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#744
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25096876
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#745
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26974949
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#747
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29686454
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#748
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5045092
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#749
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2893170
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#75
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2135273
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#750
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21528033
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#751
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16980819
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#753
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1041468
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#754
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 215125
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#755
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 91347
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#756
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22706469
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#757
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33038294
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#758
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1446406
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#759
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 183702
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#76
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14500371
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#760
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10246325
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#761
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13754526
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#762
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6854006
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#763
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26686232
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#764
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29345198
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#765
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15956574
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#766
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8558022
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#767
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14066782
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#768
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31710428
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#769
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6750831
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#77
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10463153
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#770
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14832055
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#771
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29613113
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#772
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15159107
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#773
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6309003
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#774
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4311581
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#775
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28180829
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#776
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15131841
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#777
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20458889
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#778
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26250664
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#779
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31737265
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#780
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 802571
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#781
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25064649
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#782
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21183784
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#783
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3218637
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#784
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3375471
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#785
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1690000
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#786
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18602620
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#787
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29918973
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#788
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8555235
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#789
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32152623
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#79
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24492652
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#790
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19670163
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#791
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25856874
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#792
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6142197
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#793
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27822106
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#794
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8944163
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#795
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7596672
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#796
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 129436
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#797
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33541084
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#798
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5199217
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#799
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10337246
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#8
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16513894
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#80
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26848923
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#800
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12718765
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#801
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10729131
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#802
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28049397
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#803
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1410155
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#804
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24924437
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#805
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16706889
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#806
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 54647
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#807
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29407271
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#808
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1575071
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#809
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6861225
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#81
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12495799
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#810
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30114382
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#811
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 129970
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#812
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21103497
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#813
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3433579
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#814
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14174715
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#815
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8450741
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#816
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30033987
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#817
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11474175
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#818
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9601520
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#819
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 7377941
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#82
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12028938
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#820
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15646334
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#821
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18305797
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#822
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2057218
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#823
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17121933
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#824
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6870927
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#825
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19743903
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#826
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9019159
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#827
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21251610
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#828
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 239704
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#829
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16170940
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#83
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8934725
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#830
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31857931
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#831
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25174672
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#832
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31546315
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#833
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 811438
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#834
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33135020
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#835
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28325470
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#836
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1196502
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#837
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 117339
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#838
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19198214
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#839
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28046111
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#84
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18602951
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#840
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27663162
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#841
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3651
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#842
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8443242
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#843
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6773651
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#844
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28957858
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#845
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15586212
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#846
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 155469
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#847
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 731800
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#848
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13198917
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#849
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2080118
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#85
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32404741
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#850
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17987407
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#851
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1832110
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#852
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32960999
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#854
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 2800568
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#855
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 381151
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#856
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26724412
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#857
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 238149
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#858
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20458616
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#859
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16847984
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#860
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14870120
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#861
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4729620
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#862
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12886810
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#863
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 109350
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#864
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17512881
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#865
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5250020
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#866
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 184094
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#867
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3071553
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#868
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18940958
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#869
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16166873
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#87
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9831187
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#870
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13648378
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#871
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32750584
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#872
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31167464
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#873
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21597707
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#874
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21992900
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#875
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16695153
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#876
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12272303
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#877
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18958518
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#878
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11827733
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#879
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12495926
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#88
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20047182
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#880
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 21022681
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#881
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32262727
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#882
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12082756
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#883
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15636497
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#884
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20081370
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#885
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26349655
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#886
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32832383
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#887
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18190567
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#888
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 61749
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#889
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28596915
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#89
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26690858
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#890
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28835938
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#891
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32924951
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#892
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15835912
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#893
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22905942
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#894
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12295903
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#895
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12461093
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#896
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27568271
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#897
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33525856
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#898
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10351138
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#899
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16804486
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#9
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 4314057
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#90
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 126413
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#900
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24506501
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#901
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1336365
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#902
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19178381
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#903
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17921720
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#904
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25396786
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#905
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22031463
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#906
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19624501
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#907
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28665905
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#908
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14851585
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#909
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27554706
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#91
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31244775
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#910
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 14188052
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#911
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33301471
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#912
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32896955
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#913
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1134828
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#915
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23641604
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#916
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22935857
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#917
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29805516
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#918
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25890338
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#919
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20710225
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#920
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3925036
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#921
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31404180
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#922
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25888177
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#923
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11074293
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#924
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30922753
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#925
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11403908
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#926
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25615656
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#927
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17652214
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#928
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 16155802
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#929
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5565120
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#93
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 28374997
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#930
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5508217
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#931
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33281735
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#932
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 11619273
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#933
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 67148
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#934
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22687534
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#935
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17887682
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#936
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18506413
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#937
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1443226
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#938
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13761576
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#939
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30941622
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#94
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12717244
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#940
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17681363
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#941
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 187532
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#942
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 95405
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#943
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31073741
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#944
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9706801
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#946
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31779591
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#947
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18781661
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#948
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 18284607
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#949
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 10633383
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#95
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 9152092
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#950
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3249127
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#951
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17567300
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#953
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 30073024
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#954
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26477401
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#955
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32222832
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#956
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 23098807
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#957
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 50708
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#959
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29132588
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#96
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 5397339
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#960
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22947337
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#961
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27778601
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#962
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25325678
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#963
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12822401
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#964
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 8876685
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#965
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31096269
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#966
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17466070
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#967
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26058342
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#968
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 1468384
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#969
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 22665021
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#97
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12452068
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#970
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24895973
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#971
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15423066
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#972
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26091197
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#973
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 12103346
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#974
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15917190
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#975
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 31527060
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#976
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 3944
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#977
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 24572480
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#978
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 229185
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#979
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 17038391
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#98
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13626118
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#980
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 27368675
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#981
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 26899897
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#982
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 13257515
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#983
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19531252
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#985
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 33104049
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#986
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20824535
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#987
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15014380
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#988
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 25235392
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#99
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 46783
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#991
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 32842358
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#993
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29588193
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#994
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 19019850
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#995
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 29580949
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#996
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15335748
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#997
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 15094099
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#998
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 6308405
==== aftership/query/compatible/1_stateful/00024_random_counters.sql#999
SELECT uniq(UserID), sum(Sign) FROM test.visits WHERE CounterID = 20762370
==== aftership/query/compatible/1_stateful/00030_array_enumerate_uniq.sql#1
SELECT max(arrayJoin(arrayEnumerateUniq(arrayMap(x -> intDiv(x, 10), URLCategories)))) FROM test.hits
==== aftership/query/compatible/1_stateful/00031_array_enumerate_uniq.sql#1
SELECT UserID, arrayEnumerateUniq(groupArray(SearchPhrase)) AS arr
FROM
(
    SELECT UserID, SearchPhrase
    FROM test.hits
    WHERE CounterID = 1704509 AND UserID IN
    (
        SELECT UserID
        FROM test.hits
        WHERE notEmpty(SearchPhrase) AND CounterID = 1704509
        GROUP BY UserID
        HAVING count() > 1
    )
    ORDER BY UserID, WatchID
)
WHERE notEmpty(SearchPhrase)
GROUP BY UserID
HAVING length(arr) > 1
ORDER BY UserID
LIMIT 20
==== aftership/query/compatible/1_stateful/00032_aggregate_key64.sql#1
SELECT SearchEngineID AS k1, count() AS c FROM test.hits GROUP BY k1 ORDER BY c DESC, k1 LIMIT 10
==== aftership/query/compatible/1_stateful/00033_aggregate_key_string.sql#1
SELECT SearchPhrase AS k1, count() AS c FROM test.hits GROUP BY k1 ORDER BY c DESC, k1 LIMIT 10
==== aftership/query/compatible/1_stateful/00034_aggregate_key_fixed_string.sql#1
SELECT toFixedString(substring(SearchPhrase, 1, 17), 17) AS k1, count() AS c FROM test.hits GROUP BY k1 ORDER BY c DESC, k1 LIMIT 10
==== aftership/query/compatible/1_stateful/00035_aggregate_keys128.sql#1
SELECT SearchEngineID AS k1, AdvEngineID AS k2, count() AS c FROM test.hits GROUP BY k1, k2 ORDER BY c DESC, k1, k2 LIMIT 10
==== aftership/query/compatible/1_stateful/00036_aggregate_hashed.sql#1
SELECT SearchEngineID AS k1, SearchPhrase AS k2, count() AS c FROM test.hits GROUP BY k1, k2 ORDER BY c DESC, k1, k2 LIMIT 10
==== aftership/query/compatible/1_stateful/00037_uniq_state_merge1.sql#1
SELECT k, any(u) AS u, uniqMerge(us) AS us FROM (SELECT domain(URL) AS k, uniq(UserID) AS u, uniqState(UserID) AS us FROM test.hits GROUP BY k) GROUP BY k ORDER BY u DESC, k ASC LIMIT 100
==== aftership/query/compatible/1_stateful/00038_uniq_state_merge2.sql#1
SELECT topLevelDomain(concat('http://', k)) AS tld, sum(u) AS u, uniqMerge(us) AS us FROM (SELECT domain(URL) AS k, uniq(UserID) AS u, uniqState(UserID) AS us FROM test.hits GROUP BY k) GROUP BY tld ORDER BY u DESC, tld ASC LIMIT 100
==== aftership/query/compatible/1_stateful/00039_primary_key.sql#1
SELECT count() FROM test.hits WHERE CounterID < 10000
==== aftership/query/compatible/1_stateful/00039_primary_key.sql#2
SELECT count() FROM test.hits WHERE 10000 > CounterID
==== aftership/query/compatible/1_stateful/00040_aggregating_materialized_view.sql#1
DROP TABLE IF EXISTS test.basic_00040
==== aftership/query/compatible/1_stateful/00040_aggregating_materialized_view.sql#2
set allow_deprecated_syntax_for_merge_tree=1
==== aftership/query/compatible/1_stateful/00040_aggregating_materialized_view.sql#3
CREATE MATERIALIZED VIEW test.basic_00040
ENGINE = AggregatingMergeTree(StartDate, (CounterID, StartDate), 8192)
POPULATE AS
SELECT
    CounterID,
    StartDate,
    sumState(Sign) 		AS Visits,
    uniqState(UserID)	AS Users
FROM test.visits
GROUP BY CounterID, StartDate
==== aftership/query/compatible/1_stateful/00040_aggregating_materialized_view.sql#4
SELECT
    StartDate,
    sumMerge(Visits)	AS Visits,
    uniqMerge(Users)	AS Users
FROM test.basic_00040
GROUP BY StartDate
ORDER BY StartDate
==== aftership/query/compatible/1_stateful/00040_aggregating_materialized_view.sql#5
SELECT
    StartDate,
    sumMerge(Visits)	AS Visits,
    uniqMerge(Users)	AS Users
FROM test.basic_00040
WHERE CounterID = 942285
GROUP BY StartDate
ORDER BY StartDate
==== aftership/query/compatible/1_stateful/00040_aggregating_materialized_view.sql#6
SELECT
    StartDate,
    sum(Sign) 			AS Visits,
    uniq(UserID)		AS Users
FROM test.visits
WHERE CounterID = 942285
GROUP BY StartDate
ORDER BY StartDate
==== aftership/query/compatible/1_stateful/00040_aggregating_materialized_view.sql#7
DROP TABLE test.basic_00040
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#1
DROP TABLE IF EXISTS test.basic
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#10
OPTIMIZE TABLE test.basic
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#2
DROP TABLE IF EXISTS test.visits_null
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#20
DROP TABLE test.visits_null
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#21
DROP TABLE test.basic
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#3
CREATE TABLE test.visits_null
(
    CounterID UInt32,
    StartDate Date,
    Sign Int8,
    UserID UInt64
) ENGINE = Null
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#5
CREATE MATERIALIZED VIEW test.basic
ENGINE = AggregatingMergeTree(StartDate, (CounterID, StartDate), 8192)
AS SELECT
    CounterID,
    StartDate,
    sumState(Sign)                  AS Visits,
    uniqState(UserID)               AS Users
FROM test.visits_null
GROUP BY CounterID, StartDate
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#7
SELECT
    StartDate,
    sumMerge(Visits)                AS Visits,
    uniqMerge(Users)                AS Users
FROM test.basic
GROUP BY StartDate
ORDER BY StartDate
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#8
SELECT
    StartDate,
    sumMerge(Visits)                AS Visits,
    uniqMerge(Users)                AS Users
FROM test.basic
WHERE CounterID = 942285
GROUP BY StartDate
ORDER BY StartDate
==== aftership/query/compatible/1_stateful/00041_aggregating_materialized_view.sql#9
SELECT
    StartDate,
    sum(Sign)                       AS Visits,
    uniq(UserID)                    AS Users
FROM test.visits
WHERE CounterID = 942285
GROUP BY StartDate
ORDER BY StartDate
==== aftership/query/compatible/1_stateful/00042_any_left_join.sql#1
SELECT
    EventDate,
    hits,
    visits
FROM
(
    SELECT
        EventDate,
        count() AS hits
    FROM test.hits
    GROUP BY EventDate
) ANY LEFT JOIN
(
    SELECT
        StartDate AS EventDate,
        sum(Sign) AS visits
    FROM test.visits
    GROUP BY EventDate
) USING EventDate
ORDER BY hits DESC
LIMIT 10
SETTINGS joined_subquery_requires_alias = 0
==== aftership/query/compatible/1_stateful/00043_any_left_join.sql#1
SELECT
    EventDate,
    count() AS hits,
    any(visits)
FROM test.hits ANY LEFT JOIN
(
    SELECT
        StartDate AS EventDate,
        sum(Sign) AS visits
    FROM test.visits
    GROUP BY EventDate
) USING EventDate
GROUP BY EventDate
ORDER BY hits DESC
LIMIT 10
SETTINGS joined_subquery_requires_alias = 0
==== aftership/query/compatible/1_stateful/00044_any_left_join_string.sql#1
SELECT
    domain,
    hits,
    visits
FROM
(
    SELECT
        domain(URL) AS domain,
        count() AS hits
    FROM test.hits
    GROUP BY domain
) ANY LEFT JOIN
(
    SELECT
        domain(StartURL) AS domain,
        sum(Sign) AS visits
    FROM test.visits
    GROUP BY domain
) USING domain
ORDER BY hits DESC
LIMIT 10
SETTINGS joined_subquery_requires_alias = 0
==== aftership/query/compatible/1_stateful/00045_uniq_upto.sql#1
SELECT RegionID, uniqExact(UserID) AS u1, uniqUpTo(10)(UserID) AS u2 FROM test.visits GROUP BY RegionID HAVING u1 <= 11 AND u1 != u2
==== aftership/query/compatible/1_stateful/00046_uniq_upto_distributed.sql#1
SELECT RegionID, uniqExact(UserID) AS u1, uniqUpTo(10)(UserID) AS u2 FROM remote('127.0.0.{1,2}', test, visits) GROUP BY RegionID HAVING u1 <= 11 AND u1 != u2
==== aftership/query/compatible/1_stateful/00047_bar.sql#1
SELECT CounterID, count() AS c, bar(c, 0, 523264) FROM test.hits GROUP BY CounterID ORDER BY c DESC, CounterID ASC LIMIT 100
==== aftership/query/compatible/1_stateful/00047_bar.sql#2
SELECT CounterID, count() AS c, bar(c, 0, 523264) FROM test.hits GROUP BY CounterID ORDER BY c DESC, CounterID ASC LIMIT 100 SETTINGS optimize_aggregation_in_order = 1
==== aftership/query/compatible/1_stateful/00048_min_max.sql#1
SELECT min(EventDate), max(EventDate) FROM test.hits
==== aftership/query/compatible/1_stateful/00049_max_string_if.sql#1
SELECT CounterID, count(), maxIf(SearchPhrase, notEmpty(SearchPhrase)) FROM test.hits GROUP BY CounterID ORDER BY count() DESC LIMIT 20
==== aftership/query/compatible/1_stateful/00050_min_max.sql#1
SELECT CounterID, min(WatchID), max(WatchID) FROM test.hits GROUP BY CounterID ORDER BY count() DESC LIMIT 20
==== aftership/query/compatible/1_stateful/00050_min_max.sql#2
SELECT CounterID, min(WatchID), max(WatchID) FROM test.hits GROUP BY CounterID ORDER BY count() DESC LIMIT 20 SETTINGS optimize_aggregation_in_order = 1
==== aftership/query/compatible/1_stateful/00051_min_max_array.sql#1
SELECT CounterID, count(), max(GoalsReached), min(GoalsReached), minIf(GoalsReached, notEmpty(GoalsReached)) FROM test.hits GROUP BY CounterID ORDER BY count() DESC LIMIT 20
==== aftership/query/compatible/1_stateful/00052_group_by_in.sql#1
select StartDate, TraficSourceID in (0) ? 'type_in' : 'other' as traf_type, sum(Sign) 
from test.visits 
where CounterID = 842440
group by StartDate, traf_type ORDER BY StartDate, traf_type
==== aftership/query/compatible/1_stateful/00053_replicate_segfault.sql#1
SELECT count() > 0 FROM (SELECT ParsedParams.Key1 AS p FROM test.visits WHERE arrayAll(y -> arrayExists(x -> y != x, p), p))
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#1
DROP TABLE IF EXISTS test.partitions
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#12
ALTER TABLE test.partitions ATTACH PARTITION 201501
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#16
ALTER TABLE test.partitions DETACH PARTITION 201403
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#18
INSERT INTO test.partitions SELECT EventDate + UserID % 365 AS EventDate, CounterID FROM test.hits WHERE CounterID = 1704509 AND toStartOfMonth(EventDate) = toDate('2014-03-01')
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#20
ALTER TABLE test.partitions ATTACH PARTITION 201403
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#22
DROP TABLE test.partitions
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#3
CREATE TABLE test.partitions (EventDate Date, CounterID UInt32) ENGINE = MergeTree(EventDate, CounterID, 8192)
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#4
INSERT INTO test.partitions SELECT EventDate + UserID % 365 AS EventDate, CounterID FROM test.hits WHERE CounterID = 1704509
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#5
SELECT count() FROM test.partitions
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#6
SELECT count() FROM test.partitions WHERE EventDate >= toDate('2015-01-01') AND EventDate < toDate('2015-02-01')
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#7
SELECT count() FROM test.partitions WHERE EventDate < toDate('2015-01-01') OR EventDate >= toDate('2015-02-01')
==== aftership/query/compatible/1_stateful/00054_merge_tree_partitions.sql#8
ALTER TABLE test.partitions DETACH PARTITION 201501
==== aftership/query/compatible/1_stateful/00055_index_and_not.sql#1
SELECT count() FROM test.hits WHERE NOT (EventDate >= toDate('2015-01-01') AND EventDate < toDate('2015-02-01'))
==== aftership/query/compatible/1_stateful/00056_view.sql#1
DROP TABLE IF EXISTS test.view
==== aftership/query/compatible/1_stateful/00056_view.sql#2
CREATE VIEW test.view AS SELECT CounterID, count() AS c FROM test.hits GROUP BY CounterID
==== aftership/query/compatible/1_stateful/00056_view.sql#3
SELECT count() FROM test.view
==== aftership/query/compatible/1_stateful/00056_view.sql#4
SELECT c, count() FROM test.view GROUP BY c ORDER BY count() DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00056_view.sql#5
SELECT * FROM test.view ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00056_view.sql#6
SELECT * FROM test.view SAMPLE 0.1 ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00056_view.sql#7
DROP TABLE test.view
==== aftership/query/compatible/1_stateful/00059_merge_sorting_empty_array_joined.sql#1
SELECT CounterID FROM test.visits ARRAY JOIN Goals.ID WHERE CounterID = 942285 ORDER BY CounterID
==== aftership/query/compatible/1_stateful/00060_move_to_prewhere_and_sets.sql#1
SET optimize_move_to_prewhere = 1
==== aftership/query/compatible/1_stateful/00060_move_to_prewhere_and_sets.sql#2
SELECT uniq(URL) FROM test.hits WHERE TraficSourceID IN (7)
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#1
DROP TABLE IF EXISTS test.hits_dst
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#11
DROP TABLE test.hits_dst
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#12
DROP TABLE test.hits_buffer
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#2
DROP TABLE IF EXISTS test.hits_buffer
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#3
CREATE TABLE test.hits_dst AS test.hits
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#4
CREATE TABLE test.hits_buffer AS test.hits_dst ENGINE = Buffer(test, hits_dst, 8, 1, 10, 10000, 100000, 10000000, 100000000)
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#5
INSERT INTO test.hits_buffer SELECT * FROM test.hits WHERE CounterID = 800784
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#6
SELECT count() FROM test.hits_buffer
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#7
SELECT count() FROM test.hits_dst
==== aftership/query/compatible/1_stateful/00061_storage_buffer.sql#8
OPTIMIZE TABLE test.hits_buffer
==== aftership/query/compatible/1_stateful/00062_loyalty.sql#1
SELECT loyalty, count() AS c, bar(log(c + 1) * 1000, 0, log(6000) * 1000, 80) FROM (SELECT UserID, toInt8((yandex > google ? yandex / (yandex + google) : -google / (yandex + google)) * 10) AS loyalty FROM (SELECT UserID, sum(SearchEngineID = 2) AS yandex, sum(SearchEngineID = 3) AS google FROM test.hits WHERE SearchEngineID = 2 OR SearchEngineID = 3 GROUP BY UserID HAVING yandex + google > 10)) GROUP BY loyalty ORDER BY loyalty
==== aftership/query/compatible/1_stateful/00063_loyalty_joins.sql#2
SET joined_subquery_requires_alias = 0
==== aftership/query/compatible/1_stateful/00063_loyalty_joins.sql#3
SELECT
    loyalty,
    count()
FROM test.hits ANY LEFT JOIN
(
    SELECT
        UserID,
        sum(SearchEngineID = 2) AS yandex,
        sum(SearchEngineID = 3) AS google,
        toInt8(if(yandex > google, yandex / (yandex + google), -google / (yandex + google)) * 10) AS loyalty
    FROM test.hits
    WHERE (SearchEngineID = 2) OR (SearchEngineID = 3)
    GROUP BY UserID
    HAVING (yandex + google) > 10
) USING UserID
GROUP BY loyalty
ORDER BY loyalty ASC
==== aftership/query/compatible/1_stateful/00063_loyalty_joins.sql#4
SELECT
    loyalty,
    count()
FROM
(
    SELECT UserID
    FROM test.hits
) ANY LEFT JOIN
(
    SELECT
        UserID,
        sum(SearchEngineID = 2) AS yandex,
        sum(SearchEngineID = 3) AS google,
        toInt8(if(yandex > google, yandex / (yandex + google), -google / (yandex + google)) * 10) AS loyalty
    FROM test.hits
    WHERE (SearchEngineID = 2) OR (SearchEngineID = 3)
    GROUP BY UserID
    HAVING (yandex + google) > 10
) USING UserID
GROUP BY loyalty
ORDER BY loyalty ASC
==== aftership/query/compatible/1_stateful/00063_loyalty_joins.sql#5
SELECT
    loyalty,
    count()
FROM
(
    SELECT
        loyalty,
        UserID
    FROM
    (
        SELECT UserID
        FROM test.hits
    ) ANY LEFT JOIN
    (
        SELECT
            UserID,
            sum(SearchEngineID = 2) AS yandex,
            sum(SearchEngineID = 3) AS google,
            toInt8(if(yandex > google, yandex / (yandex + google), -google / (yandex + google)) * 10) AS loyalty
        FROM test.hits
        WHERE (SearchEngineID = 2) OR (SearchEngineID = 3)
        GROUP BY UserID
        HAVING (yandex + google) > 10
    ) USING UserID
)
GROUP BY loyalty
ORDER BY loyalty ASC
==== aftership/query/compatible/1_stateful/00063_loyalty_joins.sql#6
SELECT
    loyalty,
    count() AS c,
    bar(log(c + 1) * 1000, 0, log(3000000) * 1000, 80)
FROM test.hits ANY INNER JOIN
(
    SELECT
        UserID,
        toInt8(if(yandex > google, yandex / (yandex + google), -google / (yandex + google)) * 10) AS loyalty
    FROM
    (
        SELECT
            UserID,
            sum(SearchEngineID = 2) AS yandex,
            sum(SearchEngineID = 3) AS google
        FROM test.hits
        WHERE (SearchEngineID = 2) OR (SearchEngineID = 3)
        GROUP BY UserID
        HAVING (yandex + google) > 10
    )
) USING UserID
GROUP BY loyalty
ORDER BY loyalty ASC
==== aftership/query/compatible/1_stateful/00065_loyalty_with_storage_join.sql#2
DROP TABLE IF EXISTS join
==== aftership/query/compatible/1_stateful/00065_loyalty_with_storage_join.sql#3
CREATE TABLE join (UserID UInt64, loyalty Int8) ENGINE = Join(SEMI, LEFT, UserID)
==== aftership/query/compatible/1_stateful/00065_loyalty_with_storage_join.sql#4
INSERT INTO join
SELECT
    UserID,
    toInt8(if((sum(SearchEngineID = 2) AS yandex) > (sum(SearchEngineID = 3) AS google),
    yandex / (yandex + google),
    -google / (yandex + google)) * 10) AS loyalty
FROM hits
WHERE (SearchEngineID = 2) OR (SearchEngineID = 3)
GROUP BY UserID
HAVING (yandex + google) > 10
==== aftership/query/compatible/1_stateful/00065_loyalty_with_storage_join.sql#5
SELECT
    loyalty,
    count()
FROM hits SEMI LEFT JOIN join USING UserID
GROUP BY loyalty
ORDER BY loyalty ASC
==== aftership/query/compatible/1_stateful/00065_loyalty_with_storage_join.sql#9
DROP TABLE join
==== aftership/query/compatible/1_stateful/00066_sorting_distributed_many_replicas.sql#1
SET max_parallel_replicas = 2
==== aftership/query/compatible/1_stateful/00066_sorting_distributed_many_replicas.sql#2
SELECT EventTime::DateTime('Asia/Dubai') FROM remote('127.0.0.{1|2}', test, hits) ORDER BY EventTime DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00067_union_all.sql#1
SELECT * FROM
(
	SELECT UserID AS id, 1 AS event
	FROM remote('127.0.0.{1,2}', test, hits)
	ORDER BY id DESC
	LIMIT 10
UNION ALL
	SELECT FUniqID AS id, 2 AS event
	FROM remote('127.0.0.{1,2}', test, hits)
	ORDER BY id DESC
	LIMIT 10
)
ORDER BY id, event
==== aftership/query/compatible/1_stateful/00068_subquery_in_prewhere.sql#1
SELECT count() FROM test.hits PREWHERE UserID IN (SELECT UserID FROM test.hits WHERE CounterID = 800784)
==== aftership/query/compatible/1_stateful/00069_duplicate_aggregation_keys.sql#1
SELECT URL, EventDate, max(URL) FROM test.hits WHERE CounterID = 1704509 AND UserID = 4322253409885123546 GROUP BY URL, EventDate, EventDate ORDER BY URL, EventDate
==== aftership/query/compatible/1_stateful/00071_merge_tree_optimize_aio.sql#1
DROP TABLE IF EXISTS test.hits_snippet
==== aftership/query/compatible/1_stateful/00071_merge_tree_optimize_aio.sql#10
SELECT EventTime, EventDate, CounterID, UserID, URL, Referer FROM test.hits_snippet ORDER BY EventTime, EventDate, CounterID, UserID, URL, Referer ASC
==== aftership/query/compatible/1_stateful/00071_merge_tree_optimize_aio.sql#11
DROP TABLE test.hits_snippet
==== aftership/query/compatible/1_stateful/00071_merge_tree_optimize_aio.sql#3
CREATE TABLE test.hits_snippet(EventTime DateTime('Asia/Dubai'),  EventDate Date,  CounterID UInt32,  UserID UInt64,  URL String,  Referer String) ENGINE = MergeTree(EventDate, intHash32(UserID), (CounterID, EventDate, intHash32(UserID), EventTime), 8192)
==== aftership/query/compatible/1_stateful/00071_merge_tree_optimize_aio.sql#6
INSERT INTO test.hits_snippet(EventTime, EventDate, CounterID, UserID, URL, Referer) SELECT EventTime, EventDate, CounterID, UserID, URL, Referer FROM test.hits WHERE EventDate = toDate('2014-03-18') ORDER BY EventTime, EventDate, CounterID, UserID, URL, Referer ASC LIMIT 50
==== aftership/query/compatible/1_stateful/00071_merge_tree_optimize_aio.sql#7
INSERT INTO test.hits_snippet(EventTime, EventDate, CounterID, UserID, URL, Referer) SELECT EventTime, EventDate, CounterID, UserID, URL, Referer FROM test.hits WHERE EventDate = toDate('2014-03-19') ORDER BY EventTime, EventDate, CounterID, UserID, URL, Referer ASC LIMIT 50
==== aftership/query/compatible/1_stateful/00071_merge_tree_optimize_aio.sql#8
SET min_bytes_to_use_direct_io = 8192
==== aftership/query/compatible/1_stateful/00071_merge_tree_optimize_aio.sql#9
OPTIMIZE TABLE test.hits_snippet
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#1
SELECT count() FROM test.hits WHERE EventDate = '2014-03-18'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#10
SELECT count() FROM test.hits WHERE EventDate <= toDate('2014-03-18')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#11
SELECT count() FROM test.hits WHERE EventDate >= toDate('2014-03-18')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#12
SELECT count() FROM test.hits WHERE EventDate IN (toDate('2014-03-18'), toDate('2014-03-19'))
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#13
SELECT count() FROM test.hits WHERE EventDate = concat('2014-0', '3-18')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#14
DROP TABLE IF EXISTS test.hits_indexed_by_time
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#15
CREATE TABLE test.hits_indexed_by_time (EventDate Date, EventTime DateTime('Asia/Dubai')) ENGINE = MergeTree ORDER BY (EventDate, EventTime)
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#16
INSERT INTO test.hits_indexed_by_time SELECT EventDate, EventTime FROM test.hits
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#17
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime = '2014-03-18 01:02:03'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#18
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime < '2014-03-18 01:02:03'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#19
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime > '2014-03-18 01:02:03'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#2
SELECT count() FROM test.hits WHERE EventDate < '2014-03-18'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#20
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime <= '2014-03-18 01:02:03'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#21
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime >= '2014-03-18 01:02:03'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#22
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime IN ('2014-03-18 01:02:03', '2014-03-19 04:05:06')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#23
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime = toDateTime('2014-03-18 01:02:03', 'Asia/Dubai')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#24
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime < toDateTime('2014-03-18 01:02:03', 'Asia/Dubai')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#25
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime > toDateTime('2014-03-18 01:02:03', 'Asia/Dubai')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#26
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime <= toDateTime('2014-03-18 01:02:03', 'Asia/Dubai')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#27
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime >= toDateTime('2014-03-18 01:02:03', 'Asia/Dubai')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#28
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime IN (toDateTime('2014-03-18 01:02:03', 'Asia/Dubai'), toDateTime('2014-03-19 04:05:06', 'Asia/Dubai'))
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#29
SELECT count() FROM test.hits_indexed_by_time WHERE EventTime = concat('2014-03-18 ', '01:02:03')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#3
SELECT count() FROM test.hits WHERE EventDate > '2014-03-18'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#30
DROP TABLE test.hits_indexed_by_time
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#4
SELECT count() FROM test.hits WHERE EventDate <= '2014-03-18'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#5
SELECT count() FROM test.hits WHERE EventDate >= '2014-03-18'
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#6
SELECT count() FROM test.hits WHERE EventDate IN ('2014-03-18', '2014-03-19')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#7
SELECT count() FROM test.hits WHERE EventDate = toDate('2014-03-18')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#8
SELECT count() FROM test.hits WHERE EventDate < toDate('2014-03-18')
==== aftership/query/compatible/1_stateful/00072_compare_date_and_string_index.sql#9
SELECT count() FROM test.hits WHERE EventDate > toDate('2014-03-18')
==== aftership/query/compatible/1_stateful/00073_uniq_array.sql#1
SELECT EventDate, uniqExact(UserID), length(groupUniqArray(UserID)), arrayUniq(groupArray(UserID)) FROM test.hits WHERE CounterID = 1704509 GROUP BY EventDate ORDER BY EventDate
==== aftership/query/compatible/1_stateful/00074_full_join.sql#1
set any_join_distinct_right_table_keys = 1
==== aftership/query/compatible/1_stateful/00074_full_join.sql#2
set joined_subquery_requires_alias = 0
==== aftership/query/compatible/1_stateful/00074_full_join.sql#3
SELECT
    CounterID,
    hits,
    visits
FROM
(
    SELECT
        (CounterID % 100000) AS CounterID,
        count() AS hits
    FROM test.hits
    GROUP BY CounterID
) ANY FULL OUTER JOIN
(
    SELECT
        (CounterID % 100000) AS CounterID,
        sum(Sign) AS visits
    FROM test.visits
    GROUP BY CounterID
    HAVING visits > 0
) USING CounterID
WHERE hits = 0 OR visits = 0
ORDER BY
    hits + visits * 10 DESC,
    CounterID ASC
LIMIT 20
==== aftership/query/compatible/1_stateful/00074_full_join.sql#4
SELECT
    CounterID,
    hits,
    visits
FROM
(
    SELECT
        (CounterID % 100000) AS CounterID,
        count() AS hits
    FROM test.hits
    GROUP BY CounterID
) ANY LEFT JOIN
(
    SELECT
        (CounterID % 100000) AS CounterID,
        sum(Sign) AS visits
    FROM test.visits
    GROUP BY CounterID
    HAVING visits > 0
) USING CounterID
WHERE hits = 0 OR visits = 0
ORDER BY
    hits + visits * 10 DESC,
    CounterID ASC
LIMIT 20
==== aftership/query/compatible/1_stateful/00074_full_join.sql#5
SELECT
    CounterID,
    hits,
    visits
FROM
(
    SELECT
        (CounterID % 100000) AS CounterID,
        count() AS hits
    FROM test.hits
    GROUP BY CounterID
) ANY RIGHT JOIN
(
    SELECT
        (CounterID % 100000) AS CounterID,
        sum(Sign) AS visits
    FROM test.visits
    GROUP BY CounterID
    HAVING visits > 0
) USING CounterID
WHERE hits = 0 OR visits = 0
ORDER BY
    hits + visits * 10 DESC,
    CounterID ASC
LIMIT 20
==== aftership/query/compatible/1_stateful/00074_full_join.sql#6
SELECT
    CounterID,
    hits,
    visits
FROM
(
    SELECT
        (CounterID % 100000) AS CounterID,
        count() AS hits
    FROM test.hits
    GROUP BY CounterID
) ANY INNER JOIN
(
    SELECT
        (CounterID % 100000) AS CounterID,
        sum(Sign) AS visits
    FROM test.visits
    GROUP BY CounterID
    HAVING visits > 0
) USING CounterID
WHERE hits = 0 OR visits = 0
ORDER BY
    hits + visits * 10 DESC,
    CounterID ASC
LIMIT 20
==== aftership/query/compatible/1_stateful/00075_left_array_join.sql#1
SELECT UserID, EventTime::DateTime('Asia/Dubai'), pp.Key1, pp.Key2, ParsedParams.Key1 FROM test.hits ARRAY JOIN ParsedParams AS pp WHERE CounterID = 1704509 ORDER BY UserID, EventTime, pp.Key1, pp.Key2 LIMIT 100
==== aftership/query/compatible/1_stateful/00075_left_array_join.sql#2
SELECT UserID, EventTime::DateTime('Asia/Dubai'), pp.Key1, pp.Key2, ParsedParams.Key1 FROM test.hits LEFT ARRAY JOIN ParsedParams AS pp WHERE CounterID = 1704509 ORDER BY UserID, EventTime, pp.Key1, pp.Key2 LIMIT 100
==== aftership/query/compatible/1_stateful/00076_system_columns_bytes.sql#1
SELECT sum(data_compressed_bytes) > 0, sum(data_uncompressed_bytes) > 0, sum(marks_bytes) > 0 FROM system.columns
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#1
SET check_query_single_value_result = 1
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#11
INSERT INTO test.hits_log SELECT CounterID, AdvEngineID, RegionID, SearchPhrase, UserID FROM test.hits
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#12
INSERT INTO test.hits_tinylog SELECT CounterID, AdvEngineID, RegionID, SearchPhrase, UserID FROM test.hits
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#14
SELECT count(), sum(cityHash64(CounterID, AdvEngineID, RegionID, SearchPhrase, UserID)) FROM test.hits
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#15
SELECT count(), sum(cityHash64(*)) FROM test.hits_log
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#16
SELECT count(), sum(cityHash64(*)) FROM test.hits_tinylog
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#17
SELECT count(), sum(cityHash64(*)) FROM test.hits_stripelog
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#2
DROP TABLE IF EXISTS test.hits_log
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#21
DROP TABLE test.hits_log
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#22
DROP TABLE test.hits_tinylog
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#23
DROP TABLE test.hits_stripelog
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#3
DROP TABLE IF EXISTS test.hits_tinylog
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#4
DROP TABLE IF EXISTS test.hits_stripelog
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#5
CREATE TABLE test.hits_log (CounterID UInt32, AdvEngineID UInt8, RegionID UInt32, SearchPhrase String, UserID UInt64) ENGINE = Log
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#6
CREATE TABLE test.hits_tinylog (CounterID UInt32, AdvEngineID UInt8, RegionID UInt32, SearchPhrase String, UserID UInt64) ENGINE = TinyLog
==== aftership/query/compatible/1_stateful/00077_log_tinylog_stripelog.sql#7
CREATE TABLE test.hits_stripelog (CounterID UInt32, AdvEngineID UInt8, RegionID UInt32, SearchPhrase String, UserID UInt64) ENGINE = StripeLog
==== aftership/query/compatible/1_stateful/00078_group_by_arrays.sql#1
SELECT GoalsReached AS k, count() AS c FROM test.hits GROUP BY k ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00078_group_by_arrays.sql#2
SELECT GeneralInterests AS k1, GoalsReached AS k2, count() AS c FROM test.hits GROUP BY k1, k2 ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00078_group_by_arrays.sql#3
SELECT ParsedParams.Key1 AS k1, GeneralInterests AS k2, count() AS c FROM test.hits GROUP BY k1, k2 ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00078_group_by_arrays.sql#4
SELECT ParsedParams.Key1 AS k1, GeneralInterests AS k2, count() AS c FROM test.hits WHERE notEmpty(k1) AND notEmpty(k2) GROUP BY k1, k2 ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00079_array_join_not_used_joined_column.sql#1
SELECT PP.Key1 AS `ym:s:paramsLevel1`, sum(arrayAll(`x_1` -> `x_1`= '', ParsedParams.Key2)) AS `ym:s:visits` FROM test.hits ARRAY JOIN ParsedParams AS `PP`  WHERE CounterID = 1704509 GROUP BY `ym:s:paramsLevel1` ORDER BY PP.Key1, `ym:s:visits` LIMIT 0, 100
==== aftership/query/compatible/1_stateful/00079_array_join_not_used_joined_column.sql#2
SELECT PP.Key1 AS x1, ParsedParams.Key2 AS x2 FROM test.hits ARRAY JOIN ParsedParams AS PP WHERE CounterID = 1704509 ORDER BY x1, x2 LIMIT 10
==== aftership/query/compatible/1_stateful/00079_array_join_not_used_joined_column.sql#3
SELECT ParsedParams.Key2 AS x FROM test.hits ARRAY JOIN ParsedParams AS PP ORDER BY x DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00080_array_join_and_union.sql#1
SELECT count() FROM (SELECT Goals.ID FROM test.visits ARRAY JOIN Goals WHERE CounterID = 842440 LIMIT 10 UNION ALL SELECT Goals.ID FROM test.visits ARRAY JOIN Goals WHERE CounterID = 842440 LIMIT 10)
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#1
SET allow_experimental_analyzer = 1
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#10
SELECT TraficSourceID AS k, count() AS c FROM test.hits WHERE CounterID = 1704509 GROUP BY k WITH TOTALS ORDER BY k SETTINGS totals_mode = 'before_having',          max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#11
SELECT TraficSourceID AS k, count() AS c FROM test.hits WHERE CounterID = 1704509 GROUP BY k WITH TOTALS ORDER BY k SETTINGS totals_mode = 'after_having_inclusive', max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#12
SELECT TraficSourceID AS k, count() AS c FROM test.hits WHERE CounterID = 1704509 GROUP BY k WITH TOTALS ORDER BY k SETTINGS totals_mode = 'after_having_exclusive', max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#13
SELECT TraficSourceID AS k, count() AS c FROM test.hits WHERE CounterID = 1704509 GROUP BY k WITH TOTALS ORDER BY k SETTINGS totals_mode = 'after_having_auto',      max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#2
SELECT count() AS c FROM test.hits WHERE CounterID = 1704509 WITH TOTALS SETTINGS totals_mode = 'before_having',          max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#3
SELECT count() AS c FROM test.hits WHERE CounterID = 1704509 WITH TOTALS SETTINGS totals_mode = 'after_having_inclusive', max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#4
SELECT count() AS c FROM test.hits WHERE CounterID = 1704509 WITH TOTALS SETTINGS totals_mode = 'after_having_exclusive', max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#5
SELECT count() AS c FROM test.hits WHERE CounterID = 1704509 WITH TOTALS SETTINGS totals_mode = 'after_having_auto',      max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#6
SELECT 1 AS k, count() AS c FROM test.hits WHERE CounterID = 1704509 GROUP BY k WITH TOTALS SETTINGS totals_mode = 'before_having',          max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#7
SELECT 1 AS k, count() AS c FROM test.hits WHERE CounterID = 1704509 GROUP BY k WITH TOTALS SETTINGS totals_mode = 'after_having_inclusive', max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#8
SELECT 1 AS k, count() AS c FROM test.hits WHERE CounterID = 1704509 GROUP BY k WITH TOTALS SETTINGS totals_mode = 'after_having_exclusive', max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00081_group_by_without_key_and_totals.sql#9
SELECT 1 AS k, count() AS c FROM test.hits WHERE CounterID = 1704509 GROUP BY k WITH TOTALS SETTINGS totals_mode = 'after_having_auto',      max_rows_to_group_by = 100000, group_by_overflow_mode = 'any'
==== aftership/query/compatible/1_stateful/00082_quantiles.sql#1
SELECT CounterID AS k, quantileExact(0.5)(ResolutionWidth) FROM test.hits GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00082_quantiles.sql#2
SELECT CounterID AS k, quantilesExact(0.1, 0.5, 0.9, 0.99, 0.999)(ResolutionWidth) FROM test.hits GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00082_quantiles.sql#4
SELECT CounterID AS k, quantilesTiming(0.1, 0.5, 0.9, 0.99, 0.999)(ResolutionWidth) FROM test.hits GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00082_quantiles.sql#5
SELECT CounterID AS k, quantileExact(0.5)(ResolutionWidth) FROM remote('127.0.0.{1,2}', test.hits) GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00082_quantiles.sql#6
SELECT CounterID AS k, quantilesExact(0.1, 0.5, 0.9, 0.99, 0.999)(ResolutionWidth) FROM remote('127.0.0.{1,2}', test.hits) GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00082_quantiles.sql#7
SELECT CounterID AS k, quantileTiming(0.5)(ResolutionWidth) FROM remote('127.0.0.{1,2}', test.hits) GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00082_quantiles.sql#8
SELECT CounterID AS k, quantilesTiming(0.1, 0.5, 0.9, 0.99, 0.999)(ResolutionWidth) FROM remote('127.0.0.{1,2}', test.hits) GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00083_array_filter.sql#1
SELECT sum(length(ParsedParams.Key1)) FROM test.hits WHERE notEmpty(ParsedParams.Key1)
==== aftership/query/compatible/1_stateful/00083_array_filter.sql#2
SELECT sum(length(ParsedParams.ValueDouble)) FROM test.hits WHERE notEmpty(ParsedParams.ValueDouble)
==== aftership/query/compatible/1_stateful/00084_external_aggregation.sql#1
SET max_bytes_before_external_group_by = 200000000
==== aftership/query/compatible/1_stateful/00084_external_aggregation.sql#2
SET max_memory_usage = 1500000000
==== aftership/query/compatible/1_stateful/00084_external_aggregation.sql#3
SET max_threads = 12
==== aftership/query/compatible/1_stateful/00084_external_aggregation.sql#4
SELECT URL, uniq(SearchPhrase) AS u FROM test.hits GROUP BY URL ORDER BY u DESC, URL LIMIT 10
==== aftership/query/compatible/1_stateful/00084_external_aggregation.sql#6
SET max_threads = 2
==== aftership/query/compatible/1_stateful/00084_external_aggregation.sql#7
SET aggregation_memory_efficient_merge_threads = 1
==== aftership/query/compatible/1_stateful/00085_monotonic_evaluation_segfault.sql#1
SELECT any(0) FROM test.visits WHERE (toInt32(toDateTime(StartDate))) > 1000000000
==== aftership/query/compatible/1_stateful/00086_array_reduce.sql#1
SELECT arrayFilter(x -> x != 1, arrayMap((a, b) -> a = b, GeneralInterests, arrayReduce('groupArray', GeneralInterests))) AS res FROM test.hits WHERE length(res) != 0
==== aftership/query/compatible/1_stateful/00087_where_0.sql#1
SET max_rows_to_read = 1000
==== aftership/query/compatible/1_stateful/00087_where_0.sql#2
SELECT CounterID, uniq(UserID) FROM test.hits WHERE 0 != 0 GROUP BY CounterID
==== aftership/query/compatible/1_stateful/00087_where_0.sql#3
SELECT CounterID, uniq(UserID) FROM test.hits WHERE 0 != 0 GROUP BY CounterID SETTINGS optimize_aggregation_in_order = 1
==== aftership/query/compatible/1_stateful/00087_where_0.sql#4
SELECT CounterID, uniq(UserID) FROM test.hits WHERE 0 AND CounterID = 1704509 GROUP BY CounterID
==== aftership/query/compatible/1_stateful/00087_where_0.sql#5
SELECT CounterID, uniq(UserID) FROM test.hits WHERE 0 AND CounterID = 1704509 GROUP BY CounterID SETTINGS optimize_aggregation_in_order = 1
==== aftership/query/compatible/1_stateful/00088_global_in_one_shard_and_rows_before_limit.sql#2
SELECT EventDate, count() FROM remote('127.0.0.1', test.hits) WHERE UserID GLOBAL IN (SELECT UserID FROM test.hits) GROUP BY EventDate ORDER BY EventDate LIMIT 5 FORMAT JSONCompact
==== aftership/query/compatible/1_stateful/00089_position_functions_with_non_constant_arg.sql#1
SET max_threads = 0
==== aftership/query/compatible/1_stateful/00089_position_functions_with_non_constant_arg.sql#2
SELECT count() FROM test.hits WHERE position(URL, 'metrika') != position(URL, materialize('metrika'))
==== aftership/query/compatible/1_stateful/00089_position_functions_with_non_constant_arg.sql#3
SELECT count() FROM test.hits WHERE positionCaseInsensitive(URL, 'metrika') != positionCaseInsensitive(URL, materialize('metrika'))
==== aftership/query/compatible/1_stateful/00089_position_functions_with_non_constant_arg.sql#4
SELECT count() FROM test.hits WHERE positionUTF8(Title, 'новости') != positionUTF8(Title, materialize('новости'))
==== aftership/query/compatible/1_stateful/00089_position_functions_with_non_constant_arg.sql#5
SELECT count() FROM test.hits WHERE positionCaseInsensitiveUTF8(Title, 'новости') != positionCaseInsensitiveUTF8(Title, materialize('новости'))
==== aftership/query/compatible/1_stateful/00089_position_functions_with_non_constant_arg.sql#6
SELECT position(URL, domain(URL)) AS x FROM test.hits WHERE x = 0 AND URL NOT LIKE '%yandex.ru%' LIMIT 100
==== aftership/query/compatible/1_stateful/00089_position_functions_with_non_constant_arg.sql#7
SELECT URL FROM test.hits WHERE x > 10 ORDER BY position(URL, domain(URL)) AS x DESC, URL LIMIT 2
==== aftership/query/compatible/1_stateful/00089_position_functions_with_non_constant_arg.sql#8
SELECT DISTINCT URL, URLDomain, position('http://yandex.ru/', domain(URL)) AS x FROM test.hits WHERE x > 8 ORDER BY position('http://yandex.ru/', domain(URL)) DESC, URL LIMIT 3
==== aftership/query/compatible/1_stateful/00091_prewhere_two_conditions.sql#1
SET max_bytes_to_read = 600000000
==== aftership/query/compatible/1_stateful/00091_prewhere_two_conditions.sql#3
SELECT uniq(URL) FROM test.hits WHERE toTimeZone(EventTime, 'Asia/Dubai') >= '2014-03-20 00:00:00' AND toTimeZone(EventTime, 'Asia/Dubai') < '2014-03-21 00:00:00'
==== aftership/query/compatible/1_stateful/00091_prewhere_two_conditions.sql#4
SELECT uniq(URL) FROM test.hits WHERE toTimeZone(EventTime, 'Asia/Dubai') >= '2014-03-20 00:00:00' AND URL != '' AND toTimeZone(EventTime, 'Asia/Dubai') < '2014-03-21 00:00:00'
==== aftership/query/compatible/1_stateful/00091_prewhere_two_conditions.sql#5
SELECT uniq(*) FROM test.hits WHERE toTimeZone(EventTime, 'Asia/Dubai') >= '2014-03-20 00:00:00' AND toTimeZone(EventTime, 'Asia/Dubai') < '2014-03-21 00:00:00' AND EventDate = '2014-03-21'
==== aftership/query/compatible/1_stateful/00091_prewhere_two_conditions.sql#6
WITH toTimeZone(EventTime, 'Asia/Dubai') AS xyz SELECT uniq(*) FROM test.hits WHERE xyz >= '2014-03-20 00:00:00' AND xyz < '2014-03-21 00:00:00' AND EventDate = '2014-03-21'
==== aftership/query/compatible/1_stateful/00091_prewhere_two_conditions.sql#7
SET optimize_move_to_prewhere = 0
==== aftership/query/compatible/1_stateful/00093_prewhere_array_join.sql#1
SELECT arrayJoin([SearchEngineID]) AS search_engine, URL FROM test.hits WHERE SearchEngineID != 0 AND search_engine != 0 FORMAT Null
==== aftership/query/compatible/1_stateful/00093_prewhere_array_join.sql#2
SELECT
    arrayJoin([0]) AS browser,
    arrayJoin([SearchEngineID]) AS search_engine,
    URL
FROM test.hits
WHERE 1 AND (SearchEngineID != 0) AND (browser != 0) AND (search_engine != 0)
FORMAT Null
==== aftership/query/compatible/1_stateful/00094_order_by_array_join_limit.sql#1
SELECT `ParsedParams.Key2` AS x
FROM test.hits
ARRAY JOIN ParsedParams AS PP
ORDER BY x ASC
LIMIT 2
==== aftership/query/compatible/1_stateful/00094_order_by_array_join_limit.sql#2
SELECT arrayJoin(`ParsedParams.Key2`) AS x FROM test.hits ORDER BY x ASC LIMIT 2
==== aftership/query/compatible/1_stateful/00094_order_by_array_join_limit.sql#3
WITH arrayJoin(`ParsedParams.Key2`) AS pp SELECT ParsedParams.Key2 AS x FROM test.hits ORDER BY x ASC LIMIT 2
==== aftership/query/compatible/1_stateful/00095_hyperscan_profiler.sql#1
SET query_profiler_cpu_time_period_ns = 1000000
==== aftership/query/compatible/1_stateful/00095_hyperscan_profiler.sql#2
SET query_profiler_real_time_period_ns = 1000000
==== aftership/query/compatible/1_stateful/00095_hyperscan_profiler.sql#3
SELECT count() FROM test.hits WHERE multiFuzzyMatchAny(URL, 2, ['about/address', 'for_woman', '^https?://lm-company.ruy/$', 'ultimateguitar.com'])
==== aftership/query/compatible/1_stateful/00097_constexpr_in_index.sql#1
SELECT count() FROM test.hits WHERE CounterID IN (14917930, 33034174) OR 0 IN (1, 2, 3) SETTINGS max_rows_to_read = 1000000, force_primary_key = 1
==== aftership/query/compatible/1_stateful/00139_like.sql#1
SELECT count() FROM test.hits WHERE URL LIKE '%/avtomobili_s_probegom/_%__%__%__%'
==== aftership/query/compatible/1_stateful/00139_like.sql#2
SELECT count() FROM test.hits WHERE URL LIKE '/avtomobili_s_probegom/_%__%__%__%'
==== aftership/query/compatible/1_stateful/00139_like.sql#3
SELECT count() FROM test.hits WHERE URL LIKE '%_/avtomobili_s_probegom/_%__%__%__%'
==== aftership/query/compatible/1_stateful/00139_like.sql#4
SELECT count() FROM test.hits WHERE URL LIKE '%avtomobili%'
==== aftership/query/compatible/1_stateful/00140_rename.sql#11
SELECT count() FROM test.hits10 WHERE CounterID = 732797
==== aftership/query/compatible/1_stateful/00140_rename.sql#3
SELECT count() FROM test.visits WHERE CounterID = 732797
==== aftership/query/compatible/1_stateful/00140_rename.sql#8
SELECT count() FROM test.hits WHERE CounterID = 732797
==== aftership/query/compatible/1_stateful/00140_rename.sql#9
SELECT sum(Sign) FROM test.visits WHERE CounterID = 912887
==== aftership/query/compatible/1_stateful/00141_transform.sql#1
SELECT transform(SearchEngineID, [2, 3], ['Яндекс', 'Google'], 'Остальные') AS title, count() AS c FROM test.hits WHERE SearchEngineID != 0 GROUP BY title HAVING c > 0 ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00142_system_columns.sql#1
SELECT table, name, type, default_kind, default_expression FROM system.columns WHERE database = 'test' AND table = 'hits'
==== aftership/query/compatible/1_stateful/00143_transform_non_const_default.sql#1
SELECT transform(SearchEngineID, [2, 3], ['Яндекс', 'Google'], PageCharset) AS title, count() AS c FROM test.hits WHERE SearchEngineID != 0 GROUP BY title HAVING c > 0 ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00144_functions_of_aggregation_states.sql#1
SELECT EventDate, finalizeAggregation(state), runningAccumulate(state) FROM (SELECT EventDate, uniqState(UserID) AS state FROM test.hits GROUP BY EventDate ORDER BY EventDate)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#1
SELECT varSamp(ResolutionWidth) FROM (SELECT ResolutionWidth FROM test.hits LIMIT 0)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#10
SELECT stddevPop(ResolutionWidth) FROM (SELECT ResolutionWidth FROM test.hits LIMIT 0)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#11
SELECT stddevPop(ResolutionWidth) FROM (SELECT ResolutionWidth FROM test.hits LIMIT 1)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#12
SELECT round(stddevPop(ResolutionWidth), 6) FROM test.hits
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#13
SELECT covarSamp(ResolutionWidth, ResolutionHeight) FROM (SELECT ResolutionWidth, ResolutionHeight FROM test.hits LIMIT 0)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#14
SELECT covarSamp(ResolutionWidth, ResolutionHeight) FROM (SELECT ResolutionWidth, ResolutionHeight FROM test.hits LIMIT 1)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#15
SELECT round(covarSamp(ResolutionWidth, ResolutionHeight), 6) FROM test.hits
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#16
SELECT covarPop(ResolutionWidth, ResolutionHeight) FROM (SELECT ResolutionWidth, ResolutionHeight FROM test.hits LIMIT 0)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#17
SELECT covarPop(ResolutionWidth, ResolutionHeight) FROM (SELECT ResolutionWidth, ResolutionHeight FROM test.hits LIMIT 1)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#18
SELECT round(covarPop(ResolutionWidth, ResolutionHeight), 6) FROM test.hits
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#19
SELECT corr(ResolutionWidth, ResolutionHeight) FROM (SELECT ResolutionWidth, ResolutionHeight FROM test.hits LIMIT 0)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#2
SELECT varSamp(ResolutionWidth) FROM (SELECT ResolutionWidth FROM test.hits LIMIT 1)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#20
SELECT corr(ResolutionWidth, ResolutionHeight) FROM (SELECT ResolutionWidth, ResolutionHeight FROM test.hits LIMIT 1)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#21
SELECT round(corr(ResolutionWidth, ResolutionHeight), 6) FROM test.hits
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#3
SELECT round(varSamp(ResolutionWidth), 6) FROM test.hits
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#4
SELECT stddevSamp(ResolutionWidth) FROM (SELECT ResolutionWidth FROM test.hits LIMIT 0)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#5
SELECT stddevSamp(ResolutionWidth) FROM (SELECT ResolutionWidth FROM test.hits LIMIT 1)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#6
SELECT round(stddevSamp(ResolutionWidth), 6) FROM test.hits
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#7
SELECT varPop(ResolutionWidth) FROM (SELECT ResolutionWidth FROM test.hits LIMIT 0)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#8
SELECT varPop(ResolutionWidth) FROM (SELECT ResolutionWidth FROM test.hits LIMIT 1)
==== aftership/query/compatible/1_stateful/00145_aggregate_functions_statistics.sql#9
SELECT round(varPop(ResolutionWidth), 6) FROM test.hits
==== aftership/query/compatible/1_stateful/00146_aggregate_function_uniq.sql#1
SELECT RegionID, uniqHLL12(WatchID) AS X FROM remote('127.0.0.{1,2}', test, hits) GROUP BY RegionID HAVING X > 100000 ORDER BY RegionID ASC
==== aftership/query/compatible/1_stateful/00146_aggregate_function_uniq.sql#3
SELECT abs(uniq(WatchID) - uniqExact(WatchID)) FROM test.hits
==== aftership/query/compatible/1_stateful/00147_global_in_aggregate_function.sql#2
SELECT sum(UserID GLOBAL IN (SELECT UserID FROM test.hits)) FROM remote('127.0.0.{1,2}', test.hits)
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#1
SET max_rows_to_read = 60000
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#10
SELECT count() FROM test.hits WHERE toInt8(CounterID) = toInt8(1731)
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#11
SELECT count() FROM test.hits WHERE toDate(toUInt16(CounterID)) = toDate(1731)
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#12
SELECT uniq(CounterID), uniqUpTo(5)(toInt8(CounterID)), count() FROM test.hits WHERE toInt8(CounterID + 1 - 1) = toInt8(1731)
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#13
SELECT uniq(CounterID), uniqUpTo(5)(toInt8(CounterID)), count() FROM test.hits WHERE toInt8(CounterID) = toInt8(1731)
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#14
SELECT uniq(CounterID), uniqUpTo(5)(toInt16(CounterID)), count() FROM test.hits WHERE toInt16(CounterID + 1 - 1) = 1731
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#15
SELECT uniq(CounterID), uniqUpTo(5)(toInt16(CounterID)), count() FROM test.hits WHERE toInt16(CounterID) = 1731
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#16
SET max_rows_to_read = 500000
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#17
SELECT uniq(CounterID), count() FROM test.hits WHERE toString(CounterID) = '1731'
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#18
SET max_rows_to_read = 2200000
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#19
SELECT count() FROM test.hits WHERE CounterID < 732797
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#2
SELECT count() FROM test.hits WHERE -CounterID = -1731
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#20
SELECT count() FROM test.hits WHERE CounterID <= 732797
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#21
SELECT count() FROM test.hits WHERE CounterID < 732797 AND CounterID > 107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#22
SELECT count() FROM test.hits WHERE CounterID < 732797 AND CounterID >= 107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#23
SELECT count() FROM test.hits WHERE CounterID <= 732797 AND CounterID > 107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#24
SELECT count() FROM test.hits WHERE CounterID <= 732797 AND CounterID >= 107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#25
SELECT count() FROM test.hits WHERE -CounterID > -732797
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#26
SELECT count() FROM test.hits WHERE -CounterID >= -732797
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#27
SELECT count() FROM test.hits WHERE -CounterID > -732797 AND CounterID > 107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#28
SELECT count() FROM test.hits WHERE -CounterID > -732797 AND CounterID >= 107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#29
SELECT count() FROM test.hits WHERE -CounterID >= -732797 AND CounterID > 107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#3
SELECT count() FROM test.hits WHERE abs(-CounterID) = 1731
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#30
SELECT count() FROM test.hits WHERE -CounterID >= -732797 AND CounterID >= 107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#31
SELECT count() FROM test.hits WHERE CounterID < 732797 AND -CounterID < -107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#32
SELECT count() FROM test.hits WHERE CounterID < 732797 AND -CounterID <= -107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#33
SELECT count() FROM test.hits WHERE CounterID <= 732797 AND -CounterID < -107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#34
SELECT count() FROM test.hits WHERE CounterID <= 732797 AND -CounterID <= -107931
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#36
SELECT count() FROM test.hits WHERE EventDate = '2014-03-20'
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#37
SELECT count() FROM test.hits WHERE toDayOfMonth(EventDate) = 20
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#38
SELECT count() FROM test.hits WHERE toDayOfWeek(EventDate) = 4
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#39
SELECT count() FROM test.hits WHERE toUInt16(EventDate) = toUInt16(toDate('2014-03-20'))
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#4
SELECT count() FROM test.hits WHERE -abs(CounterID) = -1731
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#40
SELECT count() FROM test.hits WHERE toInt64(EventDate) = toInt64(toDate('2014-03-20'))
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#41
SELECT count() FROM test.hits WHERE toDateTime(EventDate) = '2014-03-20 00:00:00'
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#43
SELECT count() FROM test.hits WHERE toMonth(EventDate) != 3
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#44
SELECT count() FROM test.hits WHERE toYear(EventDate) != 2014
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#45
SELECT count() FROM test.hits WHERE toDayOfMonth(EventDate) > 23 OR toDayOfMonth(EventDate) < 17
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#5
SELECT count() FROM test.hits WHERE toUInt32(CounterID) = 1731
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#6
SELECT count() FROM test.hits WHERE toInt32(CounterID) = 1731
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#7
SELECT count() FROM test.hits WHERE toFloat32(CounterID) = 1731
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#8
SET max_rows_to_read = 0
==== aftership/query/compatible/1_stateful/00148_monotonic_functions_and_index.sql#9
SELECT count() FROM test.hits WHERE toInt16(CounterID) = 1731
==== aftership/query/compatible/1_stateful/00149_quantiles_timing_distributed.sql#1
SELECT sum(cityHash64(*)) FROM (SELECT CounterID, quantileTiming(0.5)(SendTiming), count() FROM remote('127.0.0.{1,2,3,4,5,6,7,8,9,10}', test.hits) WHERE SendTiming != -1 GROUP BY CounterID)
==== aftership/query/compatible/1_stateful/00149_quantiles_timing_distributed.sql#2
SELECT sum(cityHash64(*)) FROM (SELECT CounterID, quantileTiming(0.5)(SendTiming), count() FROM remote('127.0.0.{1,2,3,4,5,6,7,8,9,10}', test.hits) WHERE SendTiming != -1 GROUP BY CounterID) SETTINGS optimize_aggregation_in_order = 1
==== aftership/query/compatible/1_stateful/00150_quantiles_timing_precision.sql#1
SELECT CounterID, quantileTiming(0.5)(SendTiming) AS qt, least(30000, quantileExact(0.5)(SendTiming)) AS qe, count() AS c, round(abs(qt - qe) / greatest(qt, qe) AS diff, 3) AS rounded_diff FROM test.hits WHERE SendTiming != -1 GROUP BY CounterID HAVING diff != 0 ORDER BY diff DESC
==== aftership/query/compatible/1_stateful/00150_quantiles_timing_precision.sql#2
SELECT CounterID, quantileTiming(0.5)(SendTiming) AS qt, least(30000, quantileExact(0.5)(SendTiming)) AS qe, count() AS c, round(abs(qt - qe) / greatest(qt, qe) AS diff, 3) AS rounded_diff FROM test.hits WHERE SendTiming != -1 GROUP BY CounterID HAVING diff != 0 ORDER BY diff DESC SETTINGS optimize_aggregation_in_order = 1
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#1
SET optimize_read_in_order = 1
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#10
SELECT CounterID, EventDate FROM test.hits ORDER BY CounterID, EventDate LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#11
SELECT CounterID, EventDate FROM test.hits ORDER BY CounterID, EventDate DESC LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#12
SELECT CounterID, EventDate FROM test.hits ORDER BY CounterID DESC, EventDate LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#13
SELECT CounterID, EventDate FROM test.hits ORDER BY CounterID DESC, EventDate DESC LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#2
SELECT CounterID FROM test.hits ORDER BY CounterID DESC LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#3
SELECT CounterID FROM test.hits ORDER BY CounterID LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#4
SELECT CounterID FROM test.hits ORDER BY CounterID, EventDate LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#5
SELECT EventDate FROM test.hits ORDER BY CounterID, EventDate LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#6
SELECT EventDate FROM test.hits ORDER BY CounterID, EventDate DESC LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#7
SELECT CounterID FROM test.hits ORDER BY CounterID, EventDate DESC LIMIT 50
==== aftership/query/compatible/1_stateful/00151_order_by_read_in_order.sql#9
SELECT EventDate FROM test.hits ORDER BY CounterID DESC, EventDate DESC LIMIT 50
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#1
DROP TABLE IF EXISTS fixed_granularity_table
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#10
SELECT count() from fixed_granularity_table
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#12
ALTER TABLE test.hits DETACH PARTITION 201403
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#13
ALTER TABLE test.hits ATTACH PARTITION 201403
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#14
DROP TABLE IF EXISTS hits_copy
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#16
ALTER TABLE hits_copy REPLACE PARTITION 201403 FROM test.hits
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#17
INSERT INTO test.hits SELECT * FROM hits_copy LIMIT 100
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#21
ALTER TABLE test.hits REPLACE PARTITION 201403 FROM hits_copy
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#3
ALTER TABLE fixed_granularity_table REPLACE PARTITION 201403 FROM test.hits
==== aftership/query/compatible/1_stateful/00152_insert_different_granularity.sql#4
INSERT INTO fixed_granularity_table SELECT * FROM test.hits LIMIT 10
==== aftership/query/compatible/1_stateful/00153_aggregate_arena_race.sql#1
create temporary table dest00153 (`s` AggregateFunction(groupUniqArray, String)) engine Memory
==== aftership/query/compatible/1_stateful/00153_aggregate_arena_race.sql#2
insert into dest00153 select groupUniqArrayState(RefererDomain) from test.hits group by URLDomain
==== aftership/query/compatible/1_stateful/00154_avro.sql#1
DROP TABLE IF EXISTS test.avro
==== aftership/query/compatible/1_stateful/00154_avro.sql#2
SET max_threads = 1, max_insert_threads = 0, max_block_size = 8192, min_insert_block_size_rows = 8192, min_insert_block_size_bytes = 1048576
==== aftership/query/compatible/1_stateful/00154_avro.sql#3
CREATE TABLE test.avro AS test.hits ENGINE = File(Avro)
==== aftership/query/compatible/1_stateful/00154_avro.sql#4
INSERT INTO test.avro SELECT * FROM test.hits LIMIT 10000
==== aftership/query/compatible/1_stateful/00154_avro.sql#5
SELECT sum(cityHash64(*)) FROM (SELECT * FROM test.hits LIMIT 10000)
==== aftership/query/compatible/1_stateful/00154_avro.sql#6
SELECT sum(cityHash64(*)) FROM test.avro
==== aftership/query/compatible/1_stateful/00154_avro.sql#7
DROP TABLE test.avro
==== aftership/query/compatible/1_stateful/00156_max_execution_speed_sample_merge.sql#1
SET max_execution_speed = 4000000, timeout_before_checking_execution_speed = 0
==== aftership/query/compatible/1_stateful/00156_max_execution_speed_sample_merge.sql#2
CREATE TEMPORARY TABLE times (t DateTime)
==== aftership/query/compatible/1_stateful/00156_max_execution_speed_sample_merge.sql#3
INSERT INTO times SELECT now()
==== aftership/query/compatible/1_stateful/00156_max_execution_speed_sample_merge.sql#4
SELECT count() FROM test.hits SAMPLE 1 / 2
==== aftership/query/compatible/1_stateful/00156_max_execution_speed_sample_merge.sql#6
SELECT max(t) - min(t) >= 1 FROM times
==== aftership/query/compatible/1_stateful/00156_max_execution_speed_sample_merge.sql#9
SELECT count() FROM merge(test, '^hits$') SAMPLE 1 / 2
==== aftership/query/compatible/1_stateful/00157_cache_dictionary.sql#1
DROP TABLE IF EXISTS test.hits_1m
==== aftership/query/compatible/1_stateful/00157_cache_dictionary.sql#10
DROP TABLE IF EXISTS hits_1m
==== aftership/query/compatible/1_stateful/00157_cache_dictionary.sql#2
CREATE TABLE test.hits_1m as test.hits
==== aftership/query/compatible/1_stateful/00157_cache_dictionary.sql#3
INSERT INTO test.hits_1m SELECT * FROM test.hits LIMIT 1000000
==== aftership/query/compatible/1_stateful/00157_cache_dictionary.sql#5
SELECT count() FROM (SELECT WatchID, arrayDistinct(groupArray(dictGetUInt64( 'db_dict.cache_hits', 'UserID', toUInt64(WatchID)))) as arr
FROM test.hits_1m PREWHERE WatchID % 5 == 0 GROUP BY  WatchID order by length(arr) desc) WHERE arr = [0]
==== aftership/query/compatible/1_stateful/00157_cache_dictionary.sql#6
SELECT count() FROM (SELECT WatchID, arrayDistinct(groupArray(dictGetUInt64( 'db_dict.cache_hits', 'UserID', toUInt64(WatchID)))) as arr
FROM test.hits_1m PREWHERE WatchID % 7 == 0 GROUP BY  WatchID order by length(arr) desc) WHERE arr = [0]
==== aftership/query/compatible/1_stateful/00157_cache_dictionary.sql#7
SELECT count() FROM (SELECT WatchID, arrayDistinct(groupArray(dictGetUInt64( 'db_dict.cache_hits', 'UserID', toUInt64(WatchID)))) as arr
FROM test.hits_1m PREWHERE WatchID % 13 == 0 GROUP BY  WatchID order by length(arr) desc) WHERE arr = [0]
==== aftership/query/compatible/1_stateful/00158_cache_dictionary_has.sql#3
SELECT sum(flag) FROM (SELECT dictHas('db_dict.cache_hits', toUInt64(WatchID)) as flag FROM test.hits PREWHERE WatchID % 1400 == 0 LIMIT 100)
==== aftership/query/compatible/1_stateful/00158_cache_dictionary_has.sql#4
SELECT count() from test.hits PREWHERE WatchID % 1400 == 0
==== aftership/query/compatible/1_stateful/00158_cache_dictionary_has.sql#5
SELECT sum(flag) FROM (SELECT dictHas('db_dict.cache_hits', toUInt64(WatchID)) as flag FROM test.hits PREWHERE WatchID % 350 == 0 LIMIT 100)
==== aftership/query/compatible/1_stateful/00158_cache_dictionary_has.sql#6
SELECT count() from test.hits PREWHERE WatchID % 350 == 0
==== aftership/query/compatible/1_stateful/00158_cache_dictionary_has.sql#7
SELECT sum(flag) FROM (SELECT dictHas('db_dict.cache_hits', toUInt64(WatchID)) as flag FROM test.hits PREWHERE WatchID % 5 == 0 LIMIT 100)
==== aftership/query/compatible/1_stateful/00158_cache_dictionary_has.sql#8
SELECT count() from test.hits PREWHERE WatchID % 5 == 0
==== aftership/query/compatible/1_stateful/00160_decode_xml_component.sql#1
SELECT sum(DISTINCT sipHash64(decodeXMLComponent(Title) AS decoded)) FROM test.hits WHERE Title != decoded
==== aftership/query/compatible/1_stateful/00162_mmap_compression_none.sql#1
DROP TABLE IF EXISTS hits_none
==== aftership/query/compatible/1_stateful/00162_mmap_compression_none.sql#2
CREATE TABLE hits_none (Title String CODEC(NONE)) ENGINE = MergeTree ORDER BY tuple()
==== aftership/query/compatible/1_stateful/00162_mmap_compression_none.sql#3
INSERT INTO hits_none SELECT Title FROM test.hits
==== aftership/query/compatible/1_stateful/00162_mmap_compression_none.sql#4
SET min_bytes_to_use_mmap_io = 1
==== aftership/query/compatible/1_stateful/00162_mmap_compression_none.sql#5
SELECT sum(length(Title)) FROM hits_none
==== aftership/query/compatible/1_stateful/00162_mmap_compression_none.sql#6
DROP TABLE hits_none
==== aftership/query/compatible/1_stateful/00164_quantileBfloat16.sql#1
SELECT CounterID AS k, quantileBFloat16(0.5)(ResolutionWidth) FROM test.hits GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00164_quantileBfloat16.sql#2
SELECT CounterID AS k, quantilesBFloat16(0.1, 0.5, 0.9, 0.99, 0.999)(ResolutionWidth) FROM test.hits GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00164_quantileBfloat16.sql#4
SELECT CounterID AS k, quantilesBFloat16(0.1, 0.5, 0.9, 0.99, 0.999)(ResolutionWidth) FROM remote('127.0.0.{1,2}', test.hits) GROUP BY k ORDER BY count() DESC, CounterID LIMIT 10
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#1
SET compile_aggregate_expressions = 1
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#10
SELECT 'Simple functions without key'
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#11
SELECT
    min(WatchID) AS min_watch_id,
    max(WatchID),
    sum(WatchID),
    avg(WatchID),
    avgWeighted(WatchID, CounterID),
    count(WatchID),
    groupBitOr(WatchID),
    groupBitAnd(WatchID),
    groupBitXor(WatchID)
FROM test.hits
ORDER BY min_watch_id DESC LIMIT 20
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#12
SELECT 'Simple functions with non compilable function without key'
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#13
SELECT
    min(WatchID) AS min_watch_id,
    max(WatchID),
    sum(WatchID),
    sum(toUInt128(WatchID)),
    avg(WatchID),
    avgWeighted(WatchID, CounterID),
    count(WatchID),
    groupBitOr(WatchID),
    groupBitAnd(WatchID),
    groupBitXor(WatchID)
FROM test.hits
ORDER BY min_watch_id DESC LIMIT 20
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#14
SELECT 'Simple functions if combinator without key'
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#16
SET compile_aggregate_expressions = 0
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#17
SELECT 'Aggregation without JIT compilation'
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#2
SET min_count_to_compile_aggregate_expression = 0
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#3
SELECT 'Aggregation using JIT compilation'
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#4
SELECT 'Simple functions'
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#5
SELECT
    CounterID,
    min(WatchID),
    max(WatchID),
    sum(WatchID),
    avg(WatchID),
    avgWeighted(WatchID, CounterID),
    count(WatchID),
    groupBitOr(WatchID),
    groupBitAnd(WatchID),
    groupBitXor(WatchID)
FROM test.hits
GROUP BY CounterID ORDER BY count() DESC LIMIT 20
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#6
SELECT 'Simple functions with non compilable function'
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#7
SELECT
    CounterID,
    min(WatchID),
    max(WatchID),
    sum(WatchID),
    sum(toUInt128(WatchID)),
    avg(WatchID),
    avgWeighted(WatchID, CounterID),
    count(WatchID),
    groupBitOr(WatchID),
    groupBitAnd(WatchID),
    groupBitXor(WatchID)
FROM test.hits
GROUP BY CounterID ORDER BY count() DESC LIMIT 20
==== aftership/query/compatible/1_stateful/00165_jit_aggregate_functions.sql#8
SELECT 'Simple functions if combinator'
==== aftership/query/compatible/1_stateful/00166_explain_estimate.sql#1
EXPLAIN ESTIMATE SELECT count() FROM test.hits WHERE CounterID = 29103473
==== aftership/query/compatible/1_stateful/00166_explain_estimate.sql#2
EXPLAIN ESTIMATE SELECT count() FROM test.hits WHERE CounterID != 29103473
==== aftership/query/compatible/1_stateful/00166_explain_estimate.sql#3
EXPLAIN ESTIMATE SELECT count() FROM test.hits WHERE CounterID > 29103473
==== aftership/query/compatible/1_stateful/00166_explain_estimate.sql#4
EXPLAIN ESTIMATE SELECT count() FROM test.hits WHERE CounterID < 29103473
==== aftership/query/compatible/1_stateful/00166_explain_estimate.sql#5
EXPLAIN ESTIMATE SELECT count() FROM test.hits WHERE CounterID = 29103473 UNION ALL SELECT count() FROM test.hits WHERE CounterID = 1704509
==== aftership/query/compatible/1_stateful/00167_read_bytes_from_fs.sql#1
SELECT sum(cityHash64(*)) FROM test.hits SETTINGS max_threads=40
==== aftership/query/compatible/1_stateful/00167_read_bytes_from_fs.sql#3
SELECT ProfileEvents['ReadBufferFromFileDescriptorReadBytes'] < 1500000000 from system.query_log where query = 'SELECT sum(cityHash64(*)) FROM test.hits SETTINGS max_threads=40;' and current_database = currentDatabase() and type = 'QueryFinish'
==== aftership/query/compatible/1_stateful/00169_contingency.sql#1
WITH URLDomain AS a, URLDomain AS b
SELECT round(cramersV(a, b), 2), round(cramersVBiasCorrected(a, b), 2), round(theilsU(a, b), 2), round(theilsU(b, a), 2), round(contingency(a, b), 2) FROM test.hits
==== aftership/query/compatible/1_stateful/00169_contingency.sql#3
WITH URLDomain AS a, CounterID AS b
SELECT round(cramersV(a, b), 2), round(cramersVBiasCorrected(a, b), 2), round(theilsU(a, b), 2), round(theilsU(b, a), 2), round(contingency(a, b), 2) FROM test.hits
==== aftership/query/compatible/1_stateful/00169_contingency.sql#4
WITH ClientIP AS a, RemoteIP AS b
SELECT round(cramersV(a, b), 2), round(cramersVBiasCorrected(a, b), 2), round(theilsU(a, b), 2), round(theilsU(b, a), 2), round(contingency(a, b), 2) FROM test.hits
==== aftership/query/compatible/1_stateful/00169_contingency.sql#5
WITH ResolutionWidth AS a, ResolutionHeight AS b
SELECT round(cramersV(a, b), 2), round(cramersVBiasCorrected(a, b), 2), round(theilsU(a, b), 2), round(theilsU(b, a), 2), round(contingency(a, b), 2) FROM test.hits
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#1
SET allow_prefetched_read_pool_for_remote_filesystem=0
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#10
SELECT uniq(SearchPhrase) FROM test.hits_s3
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#11
SELECT min(EventDate), max(EventDate) FROM test.hits_s3
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#12
SELECT AdvEngineID, count() FROM test.hits_s3 WHERE AdvEngineID != 0 GROUP BY AdvEngineID ORDER BY AdvEngineID DESC
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#13
SELECT RegionID, uniq(UserID) AS u FROM test.hits_s3 GROUP BY RegionID ORDER BY u DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#15
SELECT MobilePhoneModel, uniq(UserID) AS u FROM test.hits_s3 WHERE MobilePhoneModel != '' GROUP BY MobilePhoneModel ORDER BY u DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#16
SELECT MobilePhone, MobilePhoneModel, uniq(UserID) AS u FROM test.hits_s3 WHERE MobilePhoneModel != '' GROUP BY MobilePhone, MobilePhoneModel ORDER BY u DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#17
SELECT uniq(SearchPhrase), count() AS c FROM test.hits_s3 WHERE SearchPhrase != '' GROUP BY SearchPhrase ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#18
SELECT uniq(SearchPhrase), uniq(UserID) AS u FROM test.hits_s3 WHERE SearchPhrase != '' GROUP BY SearchPhrase ORDER BY u DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#19
SELECT SearchEngineID, uniq(SearchPhrase), count() AS c FROM test.hits_s3 WHERE SearchPhrase != '' GROUP BY SearchEngineID, SearchPhrase ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#2
SET enable_filesystem_cache_on_write_operations=0
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#20
SELECT UserID, count() FROM test.hits_s3 GROUP BY UserID ORDER BY count() DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#21
SELECT UserID, uniq(SearchPhrase) as m, count() as c FROM test.hits_s3 GROUP BY UserID, SearchPhrase ORDER BY UserID, m, c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#22
SELECT UserID, uniq(SearchPhrase) as m, count() as c FROM test.hits_s3 GROUP BY UserID, SearchPhrase ORDER BY UserID, m, c LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#23
SELECT UserID, toMinute(EventTime) AS m, uniq(SearchPhrase) as u, count() as c FROM test.hits_s3 GROUP BY UserID, m, SearchPhrase ORDER BY UserID DESC LIMIT 10 FORMAT Null
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#24
SELECT UserID FROM test.hits_s3 WHERE UserID = 12345678901234567890
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#25
SELECT count() FROM test.hits_s3 WHERE URL LIKE '%metrika%'
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#26
SELECT uniq(SearchPhrase) as u, max(URL) as m, count() AS c FROM test.hits_s3 WHERE URL LIKE '%metrika%' AND SearchPhrase != '' GROUP BY SearchPhrase ORDER BY u, m, c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#27
SELECT uniq(SearchPhrase), max(URL), max(Title), count() AS c, uniq(UserID) FROM test.hits_s3 WHERE Title LIKE '%Яндекс%' AND URL NOT LIKE '%.yandex.%' AND SearchPhrase != '' GROUP BY SearchPhrase ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#28
SELECT * FROM test.hits_s3 WHERE URL LIKE '%metrika%' ORDER BY EventTime LIMIT 10 format Null
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#29
SELECT SearchPhrase FROM test.hits_s3 WHERE SearchPhrase != '' ORDER BY EventTime LIMIT 10 FORMAT Null
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#3
SET max_memory_usage='20G'
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#30
SELECT SearchPhrase FROM test.hits_s3 WHERE SearchPhrase != '' ORDER BY SearchPhrase LIMIT 10 FORMAT Null
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#31
SELECT SearchPhrase FROM test.hits_s3 WHERE SearchPhrase != '' ORDER BY EventTime, SearchPhrase LIMIT 10 FORMAT Null
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#32
SELECT CounterID, avg(length(URL)) AS l, count() AS c FROM test.hits_s3 WHERE URL != '' GROUP BY CounterID HAVING c > 100000 ORDER BY l DESC LIMIT 25
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#33
SELECT domainWithoutWWW(Referer) AS key, avg(length(Referer)) AS l, count() AS c, max(Referer) FROM test.hits_s3 WHERE Referer != '' GROUP BY key HAVING c > 100000 ORDER BY l DESC LIMIT 25
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#35
SELECT SearchEngineID, ClientIP, count() AS c, sum(Refresh), avg(ResolutionWidth) FROM test.hits_s3 WHERE SearchPhrase != '' GROUP BY SearchEngineID, ClientIP ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#36
SELECT WatchID, ClientIP, count() AS c, sum(Refresh), avg(ResolutionWidth) FROM test.hits_s3 WHERE SearchPhrase != '' GROUP BY WatchID, ClientIP ORDER BY c, WatchID DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#37
SELECT WatchID, ClientIP, count() AS c, sum(Refresh), avg(ResolutionWidth) FROM test.hits_s3 GROUP BY WatchID, ClientIP ORDER BY c, WatchID DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#38
SELECT URL, count() AS c FROM test.hits_s3 GROUP BY URL ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#39
SELECT 1, URL, count() AS c FROM test.hits_s3 GROUP BY 1, URL ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#40
SELECT ClientIP AS x, x - 1, x - 2, x - 3, count() AS c FROM test.hits_s3 GROUP BY x, x - 1, x - 2, x - 3 ORDER BY c DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#41
SELECT URL, count() AS PageViews FROM test.hits_s3 WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND NOT DontCountHits AND NOT Refresh AND notEmpty(URL) GROUP BY URL ORDER BY PageViews DESC LIMIT 10
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#43
SELECT URL, count() AS PageViews FROM test.hits_s3 WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND NOT Refresh AND IsLink AND NOT IsDownload GROUP BY URL ORDER BY PageViews DESC LIMIT 1000
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#44
SELECT TraficSourceID, SearchEngineID, AdvEngineID, ((SearchEngineID = 0 AND AdvEngineID = 0) ? Referer : '') AS Src, URL AS Dst, count() AS PageViews FROM test.hits_s3 WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND NOT Refresh GROUP BY TraficSourceID, SearchEngineID, AdvEngineID, Src, Dst ORDER BY PageViews, TraficSourceID DESC LIMIT 1000
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#45
SELECT URLHash, EventDate, count() AS PageViews FROM test.hits_s3 WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND NOT Refresh AND TraficSourceID IN (-1, 6) AND RefererHash = halfMD5('http://example.ru/') GROUP BY URLHash, EventDate ORDER BY PageViews DESC LIMIT 100
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#46
SELECT WindowClientWidth, WindowClientHeight, count() AS PageViews FROM test.hits_s3 WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND NOT Refresh AND NOT DontCountHits AND URLHash = halfMD5('http://example.ru/') GROUP BY WindowClientWidth, WindowClientHeight ORDER BY PageViews DESC LIMIT 10000
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#47
SELECT toStartOfMinute(EventTime) AS Minute, count() AS PageViews FROM test.hits_s3 WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-02' AND NOT Refresh AND NOT DontCountHits GROUP BY Minute ORDER BY Minute
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#5
SELECT count() FROM test.hits_s3
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#6
SELECT count() FROM test.hits_s3 WHERE AdvEngineID != 0
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#7
SELECT sum(AdvEngineID), count(), avg(ResolutionWidth) FROM test.hits_s3
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#8
SELECT sum(UserID) FROM test.hits_s3
==== aftership/query/compatible/1_stateful/00170_s3_cache.sql#9
SELECT uniq(UserID) FROM test.hits_s3
==== aftership/query/compatible/1_stateful/00171_grouping_aggregated_transform_bug.sql#2
SELECT sum(cityHash64(*)) FROM (SELECT CounterID, quantileTiming(0.5)(SendTiming), count() FROM remote('127.0.0.{1,2,3,4,5,6,7,8,9,10}', test.hits) WHERE SendTiming != -1 GROUP BY CounterID) SETTINGS optimize_aggregation_in_order = 1, max_block_size = 63169
==== aftership/query/compatible/1_stateful/00172_early_constant_folding.sql#2
EXPLAIN PIPELINE SELECT count(JavaEnable) FROM test.hits WHERE WatchID = 1 OR Title = 'next' OR URL = 'prev' OR URL = '???' OR 1
==== aftership/query/compatible/1_stateful/00173_group_by_use_nulls.sql#1
SELECT
    CounterID AS k,
    quantileBFloat16(0.5)(ResolutionWidth)
FROM remote('127.0.0.{1,2}', test, hits)
GROUP BY k
ORDER BY
    count() DESC,
    CounterID ASC
LIMIT 10
SETTINGS group_by_use_nulls = 1
==== aftership/query/compatible/1_stateful/00173_group_by_use_nulls.sql#2
SELECT
    CounterID AS k,
    quantileBFloat16(0.5)(ResolutionWidth)
FROM test.hits
GROUP BY k
ORDER BY
    count() DESC,
    CounterID ASC
LIMIT 10
SETTINGS group_by_use_nulls = 1 FORMAT Null
==== aftership/query/compatible/1_stateful/00173_group_by_use_nulls.sql#3
set allow_experimental_analyzer = 1
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#1
select '-- check that distinct with and w/o optimization produce the same result'
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#12
select '-- DISTINCT columns has prefix in ORDER BY columns'
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#14
insert into distinct_in_order select distinct CounterID, EventDate from test.hits order by CounterID settings optimize_distinct_in_order=1
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#16
insert into ordinary_distinct select distinct CounterID, EventDate from test.hits order by CounterID settings optimize_distinct_in_order=0
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#2
drop table if exists distinct_in_order sync
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#3
drop table if exists ordinary_distinct sync
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#4
select '-- DISTINCT columns are the same as in ORDER BY'
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#5
create table distinct_in_order (CounterID UInt32, EventDate Date) engine=MergeTree() order by (CounterID, EventDate)
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#6
insert into distinct_in_order select distinct CounterID, EventDate from test.hits order by CounterID, EventDate settings optimize_distinct_in_order=1
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#7
create table ordinary_distinct (CounterID UInt32, EventDate Date) engine=MergeTree() order by (CounterID, EventDate)
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#8
insert into ordinary_distinct select distinct CounterID, EventDate from test.hits order by CounterID, EventDate settings optimize_distinct_in_order=0
==== aftership/query/compatible/1_stateful/00174_distinct_in_order.sql#9
select distinct * from distinct_in_order except select * from ordinary_distinct
==== aftership/query/compatible/1_stateful/00175_counting_resources_in_subqueries.sql#1
SET max_rows_to_read = 1000000
==== aftership/query/compatible/1_stateful/00175_counting_resources_in_subqueries.sql#10
SELECT count() FROM test.hits WHERE CounterID < (SELECT count() FROM test.hits WHERE NOT ignore(AdvEngineID))
==== aftership/query/compatible/1_stateful/00175_counting_resources_in_subqueries.sql#2
SELECT 1 = (SELECT count() FROM test.hits WHERE NOT ignore(AdvEngineID))
==== aftership/query/compatible/1_stateful/00175_counting_resources_in_subqueries.sql#4
SELECT 1 IN (SELECT count() FROM test.hits WHERE NOT ignore(AdvEngineID))
==== aftership/query/compatible/1_stateful/00175_counting_resources_in_subqueries.sql#6
SELECT count() IN (SELECT count() FROM test.hits WHERE NOT ignore(AdvEngineID)) FROM test.hits WHERE NOT ignore(AdvEngineID)
==== aftership/query/compatible/1_stateful/00175_counting_resources_in_subqueries.sql#8
SELECT count() FROM test.hits WHERE CounterID > (SELECT count() FROM test.hits WHERE NOT ignore(AdvEngineID))
==== aftership/query/compatible/1_stateful/00175_counting_resources_in_subqueries.sql#9
SET max_rows_to_read = 10000000
==== aftership/query/compatible/1_stateful/00176_distinct_limit_by_limit_bug_43377.sql#1
SELECT count()
FROM
(
    SELECT DISTINCT
        Title,
        SearchPhrase
    FROM test.hits
    WHERE (SearchPhrase != '') AND (NOT match(Title, '[а-яА-ЯёЁ]')) AND (NOT match(SearchPhrase, '[а-яА-ЯёЁ]'))
    LIMIT 1 BY Title
    LIMIT 10
)
==== aftership/query/compatible/1_stateful/00177_select_from_gcs.sql#1
SELECT * FROM gcs(gcs_creds,url='https://storage.googleapis.com/some-bucket/some-path/')
==== aftership/query/create_window_view.sql#1
CREATE OR REPLACE VIEW asdf AS
SELECT id,
       price * 1.5 AS computed_value,
       row_number() OVER (
           PARTITION BY category
           ORDER BY created_at
           RANGE BETWEEN 3600 PRECEDING AND CURRENT ROW
           )       AS rn
FROM source_table
WHERE date >= '2023-01-01'
==== aftership/query/format/access_tuple_with_dot.sql#2
SELECT toTypeName( tuple('a' as first,'b' as second ,'c' as third)::Tuple(first String,second String,third String)),
       (tuple('a' as first,'b' as second ,'c' as third)::Tuple(first String,second String,third String)).second,
       tuple('a','b','c').3,
       tupleElement(tuple('a','b','c'),1)

-- Format SQL:
SELECT tuple('a', 'b', 'c').3, .1234
==== aftership/query/format/access_tuple_with_dot.sql#3
SELECT toTypeName(tuple('a' AS first, 'b' AS second, 'c' AS third)::Tuple(first String, second String, third String)), (tuple('a' AS first, 'b' AS second, 'c' AS third)::Tuple(first String, second String, third String)).second, tuple('a', 'b', 'c').3, tupleElement(tuple('a', 'b', 'c'), 1)
==== aftership/query/format/beautify/access_tuple_with_dot.sql#2
SELECT toTypeName( tuple('a' as first,'b' as second ,'c' as third)::Tuple(first String,second String,third String)),
       (tuple('a' as first,'b' as second ,'c' as third)::Tuple(first String,second String,third String)).second,
       tuple('a','b','c').3,
       tupleElement(tuple('a','b','c'),1)

-- Beautify SQL:
SELECT
  tuple('a', 'b', 'c').3,
  .1234
==== aftership/query/format/beautify/access_tuple_with_dot.sql#3
SELECT
  toTypeName(tuple('a' AS first, 'b' AS second, 'c' AS third)::Tuple(first String, second String, third String)),
  (tuple('a' AS first, 'b' AS second, 'c' AS third)::Tuple(first String, second String, third String)).second,
  tuple('a', 'b', 'c').3,
  tupleElement(tuple('a', 'b', 'c'), 1)
==== aftership/query/format/beautify/create_window_view.sql#2
CREATE OR REPLACE VIEW asdf AS SELECT
  id,
  price * 1.5 AS computed_value,
  row_number() OVER (PARTITION BY category ORDER BY
    created_at RANGE BETWEEN 3600 PRECEDING AND CURRENT ROW) AS rn
FROM
  source_table
WHERE
  date >= '2023-01-01'
==== aftership/query/format/beautify/query_with_expr_compare.sql#1
SELECT date, path, splitByChar('/', path)[2] AS path_b
FROM(
    SELECT 'pathA/pathB/pathC' AS path, '2024-09-10' AS date
    )
WHERE toDate(date) BETWEEN '2024-09-01' AND '2024-09-30'
  AND splitByChar('/', path)[1] = 'pathA'

-- Beautify SQL:
SELECT
  date,
  path,
  splitByChar('/', path)[2] AS path_b
FROM
  (SELECT
    'pathA/pathB/pathC' AS path,
    '2024-09-10' AS date)
WHERE
  toDate(date) BETWEEN '2024-09-01' AND '2024-09-30'
AND
  splitByChar('/', path)[1] = 'pathA'
==== aftership/query/format/beautify/select_case_multiple_when.sql#1
SELECT
    *,
    CASE
        WHEN col2 = 'value1' THEN 'when1'
        WHEN col3 = 'value2' THEN 'when2'
        ELSE 'else'
    END as check_result
FROM table_name
WHERE col1 = '123456789'


-- Beautify SQL:
SELECT
  *,
  CASE
    WHEN col2 = 'value1' THEN 'when1'
    WHEN col3 = 'value2' THEN 'when2'
    ELSE 'else'
  END AS check_result
FROM
  table_name
WHERE
  col1 = '123456789'
==== aftership/query/format/beautify/select_case_when_exists.sql#1
SELECT
    *,
    CASE
        WHEN EXISTS(SELECT 1
    FROM table_name
    WHERE col1 = '999999999')
        THEN 'then'
        ELSE 'else'
    END as check_result
FROM table_name
WHERE col1 = '123456789'


-- Beautify SQL:
SELECT
  *,
  CASE
    WHEN EXISTS(SELECT
      1
    FROM
      table_name
    WHERE
      col1 = '999999999') THEN 'then'
    ELSE 'else'
  END AS check_result
FROM
  table_name
WHERE
  col1 = '123456789'
==== aftership/query/format/beautify/select_case_when_regexp.sql#1
SELECT
    CASE WHEN col REGEXP '^[0-9]+$' THEN toInt32(col) ELSE 0 END AS num_value
FROM t


-- Beautify SQL:
SELECT
  CASE
    WHEN col REGEXP '^[0-9]+$' THEN toInt32(col)
    ELSE 0
  END AS num_value
FROM
  t
==== aftership/query/format/beautify/select_cast.sql#1
select cast(1 as Float64) as value
==== aftership/query/format/beautify/select_cast.sql#10
SELECT
  (1 AS Float64) AS value
==== aftership/query/format/beautify/select_cast.sql#11
SELECT
  1::Float64 AS value
==== aftership/query/format/beautify/select_cast.sql#12
SELECT
  CAST(a + 1 AS String) AS value
==== aftership/query/format/beautify/select_cast.sql#13
SELECT
  CAST(a + 1, 'String') AS value
==== aftership/query/format/beautify/select_cast.sql#14
SELECT
  CAST(-1 AS Int8) AS value
==== aftership/query/format/beautify/select_cast.sql#2
select cast(1, 'Float64') as value
==== aftership/query/format/beautify/select_cast.sql#3
select (1 as Float64) as value
==== aftership/query/format/beautify/select_cast.sql#4
select 1::Float64 as value
==== aftership/query/format/beautify/select_cast.sql#5
select cast(a + 1 as String) as value
==== aftership/query/format/beautify/select_cast.sql#6
select cast(a + 1, 'String') as value
==== aftership/query/format/beautify/select_cast.sql#7
select cast(-1 as Int8) as value
==== aftership/query/format/beautify/select_cast.sql#8
SELECT
  CAST(1 AS Float64) AS value
==== aftership/query/format/beautify/select_cast.sql#9
SELECT
  CAST(1, 'Float64') AS value
==== aftership/query/format/beautify/select_clause_keyword_as_column.sql#1
SELECT id, from, to, where, group, order FROM transfers


-- Beautify SQL:
SELECT
  id,
  from,
  to,
  where,
  group,
  order
FROM
  transfers
==== aftership/query/format/beautify/select_clause_keyword_as_only_column.sql#1
SELECT limit


-- Beautify SQL:
SELECT
  limit
==== aftership/query/format/beautify/select_column_alias_string.sql#1
SELECT 'abc' as "value2"
==== aftership/query/format/beautify/select_column_alias_string.sql#2
SELECT $abc, a$$bc, abc$$
==== aftership/query/format/beautify/select_column_alias_string.sql#3
SELECT
  'abc' AS "value2"
==== aftership/query/format/beautify/select_column_alias_string.sql#4
SELECT
  $abc,
  a$$bc,
  abc$$
==== aftership/query/format/beautify/select_concat_expr.sql#1
SELECT 'a' || 'b'
==== aftership/query/format/beautify/select_concat_expr.sql#2
SELECT 'a' || 'b' || 'c'
==== aftership/query/format/beautify/select_concat_expr.sql#3
SELECT 'a' || 'b' || 'c' + 5
==== aftership/query/format/beautify/select_concat_expr.sql#4
SELECT
  'a' || 'b'
==== aftership/query/format/beautify/select_concat_expr.sql#5
SELECT
  'a' || 'b' || 'c'
==== aftership/query/format/beautify/select_concat_expr.sql#6
SELECT
  'a' || 'b' || 'c' + 5
==== aftership/query/format/beautify/select_end_as_column_name.sql#1
SELECT max(end), CASE WHEN end > start THEN 1 ELSE 0 END AS active
FROM t
WHERE end > start
GROUP BY end
ORDER BY end


-- Beautify SQL:
SELECT
  max(end),
  CASE
    WHEN end > start THEN 1
    ELSE 0
  END AS active
FROM
  t
WHERE
  end > start
GROUP BY
  end
ORDER BY
  end
==== aftership/query/format/beautify/select_expr.sql#1
SELECT 1+1

-- Beautify SQL:
SELECT
  1 + 1
==== aftership/query/format/beautify/select_expr_keyword_as_column.sql#1
SELECT id, case, cast, extract, interval FROM events


-- Beautify SQL:
SELECT
  id,
  case,
  cast,
  extract,
  interval
FROM
  events
==== aftership/query/format/beautify/select_extract_with_regex.sql#1
SELECT
  COUNT(1), SRC_TYPE, NODE_CLASS, PORT, CLIENT_PORT
FROM
  test.table
WHERE
  app_id = 999118646
  AND toUnixTimestamp(timestamp) >= 1740366695
  AND toUnixTimestamp(timestamp) <= 1740377495
GROUP BY
  CASE
    WHEN length(extract(instance, '((\\d+\\.){3}\\d+)')) > 0 THEN instance
    ELSE '空'
  END,
  CASE
    WHEN length(extract(client_ip, '((\\d+\\.){3}\\d+)')) > 0 THEN client_ip
    ELSE '空'
  END,
  src_type,
  node_class,
  port,
  client_port
LIMIT 10000


-- Beautify SQL:
SELECT
  COUNT(1),
  SRC_TYPE,
  NODE_CLASS,
  PORT,
  CLIENT_PORT
FROM
  test.table
WHERE
  app_id = 999118646
AND
  toUnixTimestamp(timestamp) >= 1740366695
AND
  toUnixTimestamp(timestamp) <= 1740377495
GROUP BY
  CASE
    WHEN length(EXTRACT(instance, '((\\d+\\.){3}\\d+)')) > 0 THEN instance
    ELSE '空'
  END, CASE
    WHEN length(EXTRACT(client_ip, '((\\d+\\.){3}\\d+)')) > 0 THEN client_ip
    ELSE '空'
  END, src_type, node_class, port, client_port
LIMIT 10000
==== aftership/query/format/beautify/select_function_keyword_args.sql#1
SELECT trim(BOTH ' ' FROM ' x ')
==== aftership/query/format/beautify/select_function_keyword_args.sql#10
SELECT overlay('Hello world' PLACING 'SQL' FROM 7 FOR 5)
==== aftership/query/format/beautify/select_function_keyword_args.sql#11
SELECT overlayUTF8(s PLACING r FROM x + 1 FOR len(y)) FROM t
==== aftership/query/format/beautify/select_function_keyword_args.sql#12
SELECT max(both), a AS placing FROM t
==== aftership/query/format/beautify/select_function_keyword_args.sql#13
SELECT overlay, placing FROM t
==== aftership/query/format/beautify/select_function_keyword_args.sql#14
SELECT trim('x' AS y), substring('hello' FROM 2 AS s)
==== aftership/query/format/beautify/select_function_keyword_args.sql#15
SELECT trimBoth('xxhixx', 'x')
==== aftership/query/format/beautify/select_function_keyword_args.sql#16
SELECT trimLeft('xxhi', 'x'), trimRight('hixx', 'x')
==== aftership/query/format/beautify/select_function_keyword_args.sql#17
SELECT ltrim('  x  '), rtrim('  x  ')
==== aftership/query/format/beautify/select_function_keyword_args.sql#18
SELECT position('a' IN 'abc'), locate('a' IN 'abc')
==== aftership/query/format/beautify/select_function_keyword_args.sql#19
SELECT CAST('1' AS UInt64)
==== aftership/query/format/beautify/select_function_keyword_args.sql#2
SELECT trim(LEADING '0' FROM '00042')
==== aftership/query/format/beautify/select_function_keyword_args.sql#20
SELECT substringUTF8('hello', 2, 3), substr('hello', 2, 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#21
SELECT mid('hello', 2, 3), byteSlice('hello', 2, 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#22
SELECT
  trim(BOTH ' ' FROM ' x ')
==== aftership/query/format/beautify/select_function_keyword_args.sql#23
SELECT
  trim(LEADING '0' FROM '00042')
==== aftership/query/format/beautify/select_function_keyword_args.sql#24
SELECT
  trim(TRAILING '/' FROM '/api/')
==== aftership/query/format/beautify/select_function_keyword_args.sql#25
SELECT
  substring('hello' FROM 2)
==== aftership/query/format/beautify/select_function_keyword_args.sql#26
SELECT
  substring('hello' FROM 2 FOR 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#27
SELECT
  substring('hello', 2 FOR 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#28
SELECT
  substring('hello' FROM 2, 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#29
SELECT
  substring(concat(a, b) FROM x + 1 FOR len(y))
FROM
  t
==== aftership/query/format/beautify/select_function_keyword_args.sql#3
SELECT trim(TRAILING '/' FROM '/api/')
==== aftership/query/format/beautify/select_function_keyword_args.sql#30
SELECT
  overlay('Hello world' PLACING 'SQL' FROM 7)
==== aftership/query/format/beautify/select_function_keyword_args.sql#31
SELECT
  overlay('Hello world' PLACING 'SQL' FROM 7 FOR 5)
==== aftership/query/format/beautify/select_function_keyword_args.sql#32
SELECT
  overlayUTF8(s PLACING r FROM x + 1 FOR len(y))
FROM
  t
==== aftership/query/format/beautify/select_function_keyword_args.sql#33
SELECT
  max(both),
  a AS placing
FROM
  t
==== aftership/query/format/beautify/select_function_keyword_args.sql#34
SELECT
  overlay,
  placing
FROM
  t
==== aftership/query/format/beautify/select_function_keyword_args.sql#35
SELECT
  trim('x' AS y),
  substring('hello' FROM 2 AS s)
==== aftership/query/format/beautify/select_function_keyword_args.sql#36
SELECT
  trimBoth('xxhixx', 'x')
==== aftership/query/format/beautify/select_function_keyword_args.sql#37
SELECT
  trimLeft('xxhi', 'x'),
  trimRight('hixx', 'x')
==== aftership/query/format/beautify/select_function_keyword_args.sql#38
SELECT
  ltrim('  x  '),
  rtrim('  x  ')
==== aftership/query/format/beautify/select_function_keyword_args.sql#39
SELECT
  position('a' IN 'abc'),
  locate('a' IN 'abc')
==== aftership/query/format/beautify/select_function_keyword_args.sql#4
SELECT substring('hello' FROM 2)
==== aftership/query/format/beautify/select_function_keyword_args.sql#40
SELECT
  CAST('1' AS UInt64)
==== aftership/query/format/beautify/select_function_keyword_args.sql#41
SELECT
  substringUTF8('hello', 2, 3),
  substr('hello', 2, 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#42
SELECT
  mid('hello', 2, 3),
  byteSlice('hello', 2, 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#5
SELECT substring('hello' FROM 2 FOR 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#6
SELECT substring('hello', 2 FOR 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#7
SELECT substring('hello' FROM 2, 3)
==== aftership/query/format/beautify/select_function_keyword_args.sql#8
SELECT substring(concat(a, b) FROM x + 1 FOR len(y)) FROM t
==== aftership/query/format/beautify/select_function_keyword_args.sql#9
SELECT overlay('Hello world' PLACING 'SQL' FROM 7)
==== aftership/query/format/beautify/select_intersect.sql#1
SELECT 1 INTERSECT SELECT 2
==== aftership/query/format/beautify/select_intersect.sql#2
SELECT number FROM numbers(10) INTERSECT SELECT number FROM numbers(5, 10)
==== aftership/query/format/beautify/select_intersect.sql#3
SELECT a FROM t1 EXCEPT SELECT a FROM t2 INTERSECT SELECT a FROM t3
==== aftership/query/format/beautify/select_intersect.sql#4
SELECT
  1
INTERSECT
SELECT
  2
==== aftership/query/format/beautify/select_intersect.sql#5
SELECT
  number
FROM
  numbers(10)
INTERSECT
SELECT
  number
FROM
  numbers(5, 10)
==== aftership/query/format/beautify/select_intersect.sql#6
SELECT
  a
FROM
  t1
EXCEPT
SELECT
  a
FROM
  t2
INTERSECT
SELECT
  a
FROM
  t3
==== aftership/query/format/beautify/select_interval_as_column_name.sql#1
SELECT a FROM t WHERE interval > 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#10
SELECT max(interval) FROM t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#11
SELECT sum(interval) / count() FROM t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#12
SELECT if(interval > 1, 1, 2) FROM t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#13
SELECT interval + 1 FROM t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#14
SELECT interval * 2 FROM t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#15
SELECT interval[1] FROM t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#16
SELECT 1 AS interval, interval + 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#17
SELECT a FROM t ORDER BY interval ASC
==== aftership/query/format/beautify/select_interval_as_column_name.sql#18
SELECT a FROM t ORDER BY interval DESC
==== aftership/query/format/beautify/select_interval_as_column_name.sql#19
SELECT a FROM t ORDER BY b ASC, interval DESC
==== aftership/query/format/beautify/select_interval_as_column_name.sql#2
SELECT a FROM t WHERE interval = 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#20
SELECT a FROM t ORDER BY interval WITH FILL
==== aftership/query/format/beautify/select_interval_as_column_name.sql#21
SELECT a FROM t ORDER BY interval WITH FILL STEP 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#22
SELECT
  a
FROM
  t
WHERE
  interval > 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#23
SELECT
  a
FROM
  t
WHERE
  interval = 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#24
SELECT
  a
FROM
  t
WHERE
  interval IS NULL
==== aftership/query/format/beautify/select_interval_as_column_name.sql#25
SELECT
  a
FROM
  t
WHERE
  interval IN (1, 2)
==== aftership/query/format/beautify/select_interval_as_column_name.sql#26
SELECT
  count()
FROM
  t
WHERE
  interval BETWEEN 1 AND 2
==== aftership/query/format/beautify/select_interval_as_column_name.sql#27
SELECT
  a
FROM
  t
PREWHERE interval > 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#28
SELECT
  a
FROM
  t
HAVING interval > 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#29
SELECT
  a
FROM
  t
GROUP BY
  (interval)
==== aftership/query/format/beautify/select_interval_as_column_name.sql#3
SELECT a FROM t WHERE interval IS NULL
==== aftership/query/format/beautify/select_interval_as_column_name.sql#30
SELECT
  a
FROM
  t
GROUP BY
  (a, interval)
==== aftership/query/format/beautify/select_interval_as_column_name.sql#31
SELECT
  max(interval)
FROM
  t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#32
SELECT
  sum(interval) / count()
FROM
  t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#33
SELECT
  if(interval > 1, 1, 2)
FROM
  t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#34
SELECT
  interval + 1
FROM
  t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#35
SELECT
  interval * 2
FROM
  t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#36
SELECT
  interval[1]
FROM
  t
==== aftership/query/format/beautify/select_interval_as_column_name.sql#37
SELECT
  1 AS interval,
  interval + 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#38
SELECT
  a
FROM
  t
ORDER BY
  interval ASC
==== aftership/query/format/beautify/select_interval_as_column_name.sql#39
SELECT
  a
FROM
  t
ORDER BY
  interval DESC
==== aftership/query/format/beautify/select_interval_as_column_name.sql#4
SELECT a FROM t WHERE interval IN (1, 2)
==== aftership/query/format/beautify/select_interval_as_column_name.sql#40
SELECT
  a
FROM
  t
ORDER BY
  b ASC,
  interval DESC
==== aftership/query/format/beautify/select_interval_as_column_name.sql#41
SELECT
  a
FROM
  t
ORDER BY
  interval WITH FILL
==== aftership/query/format/beautify/select_interval_as_column_name.sql#42
SELECT
  a
FROM
  t
ORDER BY
  interval WITH FILL STEP 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#5
SELECT count() FROM t WHERE interval BETWEEN 1 AND 2
==== aftership/query/format/beautify/select_interval_as_column_name.sql#6
SELECT a FROM t PREWHERE interval > 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#7
SELECT a FROM t HAVING interval > 1
==== aftership/query/format/beautify/select_interval_as_column_name.sql#8
SELECT a FROM t GROUP BY (interval)
==== aftership/query/format/beautify/select_interval_as_column_name.sql#9
SELECT a FROM t GROUP BY (a, interval)
==== aftership/query/format/beautify/select_item_with_modifiers.sql#1
SELECT c0 REPLACE(c0 AS c1) FROM t0
==== aftership/query/format/beautify/select_item_with_modifiers.sql#2
SELECT * REPLACE(i + 1 AS i) FROM t1
==== aftership/query/format/beautify/select_item_with_modifiers.sql#3
SELECT * REPLACE(i + 1 AS i) EXCEPT (j) APPLY(sum) from t2
==== aftership/query/format/beautify/select_item_with_modifiers.sql#4
SELECT
  c0 REPLACE(c0 AS c1)
FROM
  t0
==== aftership/query/format/beautify/select_item_with_modifiers.sql#5
SELECT
  * REPLACE(i + 1 AS i)
FROM
  t1
==== aftership/query/format/beautify/select_item_with_modifiers.sql#6
SELECT
  * REPLACE(i + 1 AS i) EXCEPT(j) APPLY(sum)
FROM
  t2
==== aftership/query/format/beautify/select_json_type.sql#1
SELECT a, a.b, a.b.c.d.e
==== aftership/query/format/beautify/select_json_type.sql#10
SELECT
  CAST(some.long, 'String') AS value
==== aftership/query/format/beautify/select_json_type.sql#11
SELECT
  CAST(some.long.json, 'String') AS value
==== aftership/query/format/beautify/select_json_type.sql#12
SELECT
  CAST(some.long.json.path, 'String') AS value
==== aftership/query/format/beautify/select_json_type.sql#2
SELECT JSON_TYPE('{"a": 1, "b": {"c": 2}}', '$.b')
==== aftership/query/format/beautify/select_json_type.sql#3
SELECT CAST(some, 'String') AS value
==== aftership/query/format/beautify/select_json_type.sql#4
SELECT CAST(some.long, 'String') AS value
==== aftership/query/format/beautify/select_json_type.sql#5
SELECT CAST(some.long.json, 'String') AS value
==== aftership/query/format/beautify/select_json_type.sql#6
SELECT CAST(some.long.json.path, 'String') AS value
==== aftership/query/format/beautify/select_json_type.sql#7
SELECT
  a,
  a.b,
  a.b.c.d.e
==== aftership/query/format/beautify/select_json_type.sql#8
SELECT
  JSON_TYPE('{"a": 1, "b": {"c": 2}}', '$.b')
==== aftership/query/format/beautify/select_json_type.sql#9
SELECT
  CAST(some, 'String') AS value
==== aftership/query/format/beautify/select_keyword_alias_no_as.sql#1
SELECT 'Joe' name FROM users

-- Beautify SQL:
SELECT
  'Joe' AS name
FROM
  users
==== aftership/query/format/beautify/select_keyword_as_alias.sql#1
SELECT 1 AS interval, 2 AS from, 3 AS limit


-- Beautify SQL:
SELECT
  1 AS interval,
  2 AS from,
  3 AS limit
==== aftership/query/format/beautify/select_keyword_as_column.sql#1
SELECT cloud, account, region, name, usage, limit, usage_percentage FROM service_quotas


-- Beautify SQL:
SELECT
  cloud,
  account,
  region,
  name,
  usage,
  limit,
  usage_percentage
FROM
  service_quotas
==== aftership/query/format/beautify/select_keyword_as_last_column.sql#1
SELECT a, limit FROM t


-- Beautify SQL:
SELECT
  a,
  limit
FROM
  t
==== aftership/query/format/beautify/select_keyword_as_only_column.sql#1
SELECT interval


-- Beautify SQL:
SELECT
  interval
==== aftership/query/format/beautify/select_keyword_as_only_column_semicolon.sql#1
SELECT case
==== aftership/query/format/beautify/select_keyword_as_only_column_semicolon.sql#2
SELECT
  case
==== aftership/query/format/beautify/select_keyword_operand_arithmetic.sql#1
SELECT limit + offset, limit - offset, limit % 2, limit * 100 / total FROM quotas


-- Beautify SQL:
SELECT
  limit + offset,
  limit - offset,
  limit % 2,
  limit * 100 / total
FROM
  quotas
==== aftership/query/format/beautify/select_keyword_operand_as_function_argument.sql#1
SELECT toFloat64(limit), max(limit), if(limit > 0, limit, 0) FROM quotas


-- Beautify SQL:
SELECT
  toFloat64(limit),
  max(limit),
  if(limit > 0, limit, 0)
FROM
  quotas
==== aftership/query/format/beautify/select_keyword_operand_before_operator_keyword.sql#1
SELECT CASE WHEN limit > 0 THEN limit ELSE offset END FROM quotas WHERE limit IN (1, 2) AND from = 1


-- Beautify SQL:
SELECT
  CASE
    WHEN limit > 0 THEN limit
    ELSE offset
  END
FROM
  quotas
WHERE
  limit IN (1, 2)
AND
  from = 1
==== aftership/query/format/beautify/select_keyword_operand_cast_and_subscript.sql#1
SELECT limit::UInt8, [limit][1], arr[limit], (limit, offset) FROM quotas


-- Beautify SQL:
SELECT
  limit::UInt8,
  [limit][1],
  arr[limit],
  (limit, offset)
FROM
  quotas
==== aftership/query/format/beautify/select_keyword_operand_in_where.sql#1
SELECT x FROM quotas WHERE limit > 0


-- Beautify SQL:
SELECT
  x
FROM
  quotas
WHERE
  limit > 0
==== aftership/query/format/beautify/select_keyword_operand_multiple_items.sql#1
SELECT limit + 1, offset + 1 FROM quotas


-- Beautify SQL:
SELECT
  limit + 1,
  offset + 1
FROM
  quotas
==== aftership/query/format/beautify/select_order_by_timestamp.sql#1
SELECT Timestamp FROM events ORDER BY Timestamp
==== aftership/query/format/beautify/select_order_by_timestamp.sql#2
SELECT
  Timestamp
FROM
  events
ORDER BY
  Timestamp
==== aftership/query/format/beautify/select_order_by_with_fill_basic.sql#1
SELECT n, source FROM (
   SELECT toFloat32(number % 10) AS n, 'original' AS source
   FROM numbers(10) WHERE number % 3 = 1
) ORDER BY n WITH FILL
==== aftership/query/format/beautify/select_order_by_with_fill_basic.sql#2
SELECT
  n,
  source
FROM
  (SELECT
    toFloat32(number % 10) AS n,
    'original' AS source
  FROM
    numbers(10)
  WHERE
    number % 3 = 1)
ORDER BY
  n WITH FILL
==== aftership/query/format/beautify/select_order_by_with_fill_from_to.sql#1
SELECT n, source FROM (
   SELECT toFloat32(number % 10) AS n, 'original' AS source
   FROM numbers(10) WHERE number % 3 = 1
) ORDER BY n WITH FILL FROM 0 TO 5.51 STEP 0.5
==== aftership/query/format/beautify/select_order_by_with_fill_from_to.sql#2
SELECT
  n,
  source
FROM
  (SELECT
    toFloat32(number % 10) AS n,
    'original' AS source
  FROM
    numbers(10)
  WHERE
    number % 3 = 1)
ORDER BY
  n WITH FILL FROM 0 TO 5.51 STEP 0.5
==== aftership/query/format/beautify/select_order_by_with_fill_interpolate.sql#1
SELECT n, source, inter FROM (
   SELECT toFloat32(number % 10) AS n, 'original' AS source, number AS inter
   FROM numbers(10) WHERE number % 3 = 1
) ORDER BY n WITH FILL FROM 0 TO 5.51 STEP 0.5
INTERPOLATE (inter AS inter + 1)
==== aftership/query/format/beautify/select_order_by_with_fill_interpolate.sql#2
SELECT
  n,
  source,
  inter
FROM
  (SELECT
    toFloat32(number % 10) AS n,
    'original' AS source,
    number AS inter
  FROM
    numbers(10)
  WHERE
    number % 3 = 1)
ORDER BY
  n WITH FILL FROM 0 TO 5.51 STEP 0.5
  INTERPOLATE (inter AS inter + 1)
==== aftership/query/format/beautify/select_order_by_with_fill_interpolate_no_columns.sql#1
SELECT n, value FROM (
   SELECT toFloat32(number % 10) AS n, number AS value
   FROM numbers(10) WHERE number % 3 = 1
) ORDER BY n WITH FILL FROM 0 TO 10 STEP 1
INTERPOLATE
==== aftership/query/format/beautify/select_order_by_with_fill_interpolate_no_columns.sql#2
SELECT
  n,
  value
FROM
  (SELECT
    toFloat32(number % 10) AS n,
    number AS value
  FROM
    numbers(10)
  WHERE
    number % 3 = 1)
ORDER BY
  n WITH FILL FROM 0 TO 10 STEP 1
  INTERPOLATE
==== aftership/query/format/beautify/select_order_by_with_fill_staleness.sql#1
SELECT number as key, 5 * number value, 'original' AS source
FROM numbers(16)
WHERE (number % 5) == 0
ORDER BY key WITH FILL STALENESS 11
==== aftership/query/format/beautify/select_order_by_with_fill_staleness.sql#2
SELECT
  number AS key,
  5 * number AS value,
  'original' AS source
FROM
  numbers(16)
WHERE
  (number % 5) == 0
ORDER BY
  key WITH FILL STALENESS 11
==== aftership/query/format/beautify/select_order_by_with_fill_step.sql#1
SELECT date, value FROM (
    SELECT toDate('2020-01-01') + INTERVAL number DAY AS date, number AS value
    FROM numbers(5)
) ORDER BY date WITH FILL STEP INTERVAL 1 DAY
==== aftership/query/format/beautify/select_order_by_with_fill_step.sql#2
SELECT
  date,
  value
FROM
  (SELECT
    toDate('2020-01-01') + INTERVAL number DAY AS date,
    number AS value
  FROM
    numbers(5))
ORDER BY
  date WITH FILL STEP INTERVAL 1 DAY
==== aftership/query/format/beautify/select_regexp.sql#1
SELECT a, b
FROM t
WHERE name REGEXP '^foo'


-- Beautify SQL:
SELECT
  a,
  b
FROM
  t
WHERE
  name REGEXP '^foo'
==== aftership/query/format/beautify/select_signed_number_after_bracket.sql#1
SELECT (1)-1
==== aftership/query/format/beautify/select_signed_number_after_bracket.sql#2
SELECT (1)+1.5
==== aftership/query/format/beautify/select_signed_number_after_bracket.sql#3
SELECT arr[1]-1
==== aftership/query/format/beautify/select_signed_number_after_bracket.sql#4
SELECT (toUnixTimestamp(now())-3600)*1000000000
==== aftership/query/format/beautify/select_signed_number_after_bracket.sql#5
SELECT
  (1) - 1
==== aftership/query/format/beautify/select_signed_number_after_bracket.sql#6
SELECT
  (1) + 1.5
==== aftership/query/format/beautify/select_signed_number_after_bracket.sql#7
SELECT
  arr[1] - 1
==== aftership/query/format/beautify/select_signed_number_after_bracket.sql#8
SELECT
  (toUnixTimestamp(now()) - 3600) * 1000000000
==== aftership/query/format/beautify/select_simple.sql#1
SELECT
    f0, coalesce(f1, f2) AS f3, row_number()
OVER (PARTITION BY f0 ORDER BY f1 ASC) AS rn
FROM test.events_local
WHERE (f0 IN ('foo', 'bar', 'test')) AND (f1 = 'testing') AND (f2 NOT LIKE 'testing2')
AND f3 NOT IN ('a', 'b', 'c')


GROUP BY f0,   f1

Limit 100, 10 By f0
==== aftership/query/format/beautify/select_simple.sql#2
SELECT
  f0,
  coalesce(f1, f2) AS f3,
  row_number() OVER (PARTITION BY f0 ORDER BY
    f1 ASC) AS rn
FROM
  test.events_local
WHERE
  (f0 IN ('foo', 'bar', 'test'))
AND
  (f1 = 'testing')
AND
  (f2 NOT LIKE 'testing2')
AND
  f3 NOT IN ('a', 'b', 'c')
GROUP BY
  f0, f1
LIMIT 10 OFFSET 100 BY f0
==== aftership/query/format/beautify/select_simple_field_alias.sql#1
SELECT field0, field1 as x, field2 y from events
==== aftership/query/format/beautify/select_simple_field_alias.sql#2
SELECT
  field0,
  field1 AS x,
  field2 AS y
FROM
  events
==== aftership/query/format/beautify/select_simple_with_bracket.sql#1
SELECT arrayConcat([1, 2], [3, 4], [5, 6]) AS res, f1["abc"] as f2


-- Beautify SQL:
SELECT
  arrayConcat([1, 2], [3, 4], [5, 6]) AS res,
  f1["abc"] AS f2
==== aftership/query/format/beautify/select_simple_with_cte_with_column_aliases.sql#1
WITH
    test(f1, f2, f3) AS (SELECT f4, f5, f6 FROM sales)
SELECT
    f1 AS new_f1,
    f2 AS new_f2,
    f3 AS new_f3
FROM
    test
==== aftership/query/format/beautify/select_simple_with_cte_with_column_aliases.sql#2
WITH
  test(f1, f2, f3) AS (SELECT
    f4,
    f5,
    f6
  FROM
    sales)
SELECT
  f1 AS new_f1,
  f2 AS new_f2,
  f3 AS new_f3
FROM
  test
==== aftership/query/format/beautify/select_simple_with_group_by_with_cube_totals.sql#1
SELECT a, COUNT(b) FROM group_by_all GROUP BY CUBE(a) WITH CUBE WITH TOTALS ORDER BY a
==== aftership/query/format/beautify/select_simple_with_group_by_with_cube_totals.sql#2
SELECT
  a,
  COUNT(b)
FROM
  group_by_all
GROUP BY
  CUBE(a)
  WITH CUBE
  WITH TOTALS
ORDER BY
  a
==== aftership/query/format/beautify/select_simple_with_is_not_null.sql#1
SELECT f0,f1,f2,f3 as a0
FROM test.events_local
WHERE (f0 IN ('foo', 'bar', 'test'))
  AND (f1 = 'testing')
  AND f2 IS NULL
  AND f3 IS NOT NULL

-- Beautify SQL:
SELECT
  f0,
  f1,
  f2,
  f3 AS a0
FROM
  test.events_local
WHERE
  (f0 IN ('foo', 'bar', 'test'))
AND
  (f1 = 'testing')
AND
  f2 IS NULL
AND
  f3 IS NOT NULL
==== aftership/query/format/beautify/select_simple_with_is_null.sql#1
SELECT f0,f1,f2,f3 as a0
FROM test.events_local
WHERE (f0 IN ('foo', 'bar', 'test')) AND (f1 = 'testing') AND f2 IS NULL

-- Beautify SQL:
SELECT
  f0,
  f1,
  f2,
  f3 AS a0
FROM
  test.events_local
WHERE
  (f0 IN ('foo', 'bar', 'test'))
AND
  (f1 = 'testing')
AND
  f2 IS NULL
==== aftership/query/format/beautify/select_simple_with_limit.sql#1
SELECT 1 LIMIT 1
==== aftership/query/format/beautify/select_simple_with_limit.sql#2
SELECT 1 LIMIT 1 OFFSET 0
==== aftership/query/format/beautify/select_simple_with_limit.sql#3
SELECT 1 OFFSET 0
==== aftership/query/format/beautify/select_simple_with_limit.sql#4
SELECT
  1
LIMIT 1
==== aftership/query/format/beautify/select_simple_with_limit.sql#5
SELECT
  1
LIMIT 1 OFFSET 0
==== aftership/query/format/beautify/select_simple_with_limit.sql#6
SELECT
  1
OFFSET 0
==== aftership/query/format/beautify/select_simple_with_top_clause.sql#1
SELECT TOP 10 my_column FROM tableName
==== aftership/query/format/beautify/select_simple_with_top_clause.sql#2
SELECT TOP 10
  my_column
FROM
  tableName
==== aftership/query/format/beautify/select_simple_with_with_clause.sql#1
WITH
    cte1 AS (SELECT f1 FROM t1),
    cte2 AS (SELECT f2 FROM t2)
SELECT
    cte1.f1,
    cte2.f2,
    t3.f3
FROM
    t3,cte1,cte2



-- Beautify SQL:
WITH
  cte1 AS (SELECT
    f1
  FROM
    t1),
  cte2 AS (SELECT
    f2
  FROM
    t2)
SELECT
  cte1.f1,
  cte2.f2,
  t3.f3
FROM
  t3,cte1,cte2
==== aftership/query/format/beautify/select_table_alias_without_keyword.sql#1
SELECT t1.Timestamp FROM my_table t1 INNER JOIN my_other_table t2 ON t1.a=t2.b

-- Beautify SQL:
SELECT
  t1.Timestamp
FROM
  my_table AS t1
  INNER JOIN
    my_other_table AS t2 ON t1.a = t2.b
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#1
SELECT * FROM numbers(1 + 1)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#10
SELECT * FROM numbers((1))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#11
SELECT * FROM remote('127.0.0.1', (SELECT 1))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#12
SELECT * FROM numbers(CAST(1 + 1 AS UInt64))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#13
SELECT * FROM numbers(CAST('10', 'UInt64'))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#14
SELECT * FROM cluster('c', numbers(CAST(1 AS UInt64)))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#15
SELECT
  *
FROM
  numbers(1 + 1)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#16
SELECT
  *
FROM
  numbers(intDiv(a, b) + 1)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#17
SELECT
  *
FROM
  numbers(greatest(1, a - b))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#18
SELECT
  *
FROM
  cluster('c', numbers(1 + 1))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#19
SELECT
  *
FROM
  numbers(x
  AND
    y)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#2
SELECT * FROM numbers(intDiv(a, b) + 1)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#20
SELECT
  *
FROM
  numbers(1.5)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#21
SELECT
  *
FROM
  numbers(now())
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#22
SELECT
  *
FROM
  numbers((1 + 1))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#23
SELECT
  *
FROM
  numbers((a + b) * c)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#24
SELECT
  *
FROM
  numbers((1))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#25
SELECT
  *
FROM
  remote('127.0.0.1', (SELECT
    1))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#26
SELECT
  *
FROM
  numbers(CAST(1 + 1 AS UInt64))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#27
SELECT
  *
FROM
  numbers(CAST('10', 'UInt64'))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#28
SELECT
  *
FROM
  cluster('c', numbers(CAST(1 AS UInt64)))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#3
SELECT * FROM numbers(greatest(1, a - b))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#4
SELECT * FROM cluster('c', numbers(1 + 1))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#5
SELECT * FROM numbers(x AND y)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#6
SELECT * FROM numbers(1.5)
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#7
SELECT * FROM numbers(now())
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#8
SELECT * FROM numbers((1 + 1))
==== aftership/query/format/beautify/select_table_function_arg_exprs.sql#9
SELECT * FROM numbers((a + b) * c)
==== aftership/query/format/beautify/select_table_function_with_query.sql#1
SELECT 1, (SELECT 70) AS `power`, number
FROM
numbers(
    plus(
        ifNull((SELECT 1 AS bin_count, 1),
        1)
    )
)

-- Beautify SQL:
SELECT
  1,
  (SELECT
    70) AS `power`,
  number
FROM
  numbers(plus(ifNull((SELECT
    1 AS bin_count,
    1), 1)))
==== aftership/query/format/beautify/select_trailing_comma_before_from.sql#1
SELECT count(x), --name
FROM cloud_assets


-- Beautify SQL:
SELECT
  count(x)
FROM
  cloud_assets
==== aftership/query/format/beautify/select_trailing_comma_before_from_keyword_table.sql#1
SELECT count(x), FROM `limit`


-- Beautify SQL:
SELECT
  count(x)
FROM
  `limit`
==== aftership/query/format/beautify/select_when_condition.sql#1
select case when false then 'hello' else 'world' end
==== aftership/query/format/beautify/select_when_condition.sql#2
SELECT
  CASE
    WHEN false THEN 'hello'
    ELSE 'world'
  END
==== aftership/query/format/beautify/select_window_comprehensive.sql#2
SELECT
  sum(x) OVER (ORDER BY
    y ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total,
  avg(x) OVER (PARTITION BY z ORDER BY
    y RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS avg_range1,
  row_number() OVER w1 AS rn_w1,
  rank() OVER w1 AS rank_w1,
  sum(x) OVER w1 AS sum_w1,
  sum(x) OVER (ROWS 10 PRECEDING) AS rows_10_preceding,
  sum(x) OVER (ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS rows_cur_to_unbounded_following,
  sum(x) OVER (ROWS BETWEEN 5 PRECEDING AND 3 FOLLOWING) AS rows_5p_3f,
  sum(x) OVER (RANGE BETWEEN 10 PRECEDING AND CURRENT ROW) AS range_10p_cur,
  sum(x) OVER (RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS range_unbounded_to_cur,
  row_number() OVER (PARTITION BY y ORDER BY
    x) AS row_num,
  rank() OVER (PARTITION BY y ORDER BY
    x) AS rank_val,
  dense_rank() OVER (PARTITION BY y ORDER BY
    x) AS dense_rank_val,
  first_value(x) OVER (PARTITION BY y ORDER BY
    x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_val,
  last_value(x) OVER (PARTITION BY y ORDER BY
    x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_val,
  lag(x, 1) OVER (PARTITION BY y ORDER BY
    x) AS prev_x,
  lead(x, 1) OVER (PARTITION BY y ORDER BY
    x) AS next_x,
  percent_rank() OVER (PARTITION BY y ORDER BY
    x) AS pct_rank,
  sum(x) OVER w AS sum_over_w,
  avg(x) OVER w AS avg_over_w,
  row_number() OVER w AS rn_over_w,
  count(*) OVER (PARTITION BY col1, col2, col3 ORDER BY
    col4,
    col5 DESC) AS cnt_multi,
  sum(val) OVER (PARTITION BY col1, col2 ORDER BY
    col4,
    col5 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS total_multi,
  sum(amount) OVER (PARTITION BY date_trunc('day', timestamp) ORDER BY
    timestamp ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) AS daily_total,
  avg(amount) OVER (ORDER BY
    EXTRACT(HOUR FROM timestamp) RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS hourly_avg
FROM
  t
WINDOW w AS (ORDER BY
  y), w1 AS (PARTITION BY y ORDER BY
  x ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), w4 AS (PARTITION BY y ORDER BY
  x ROWS BETWEEN 3 PRECEDING AND CURRENT ROW), w5 AS (PARTITION BY z ORDER BY
  x RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
==== aftership/query/format/beautify/select_window_cte.sql#1
WITH
    monthly AS (
        SELECT toStartOfMonth(date) AS month,
               department,
               avg(salary)          AS avg_salary
        FROM salary_table
        WHERE year = 2023
        GROUP BY month, department
    ),
    ranked AS (
        SELECT month,
               department,
               avg_salary,
               row_number() OVER (PARTITION BY department ORDER BY avg_salary DESC) AS dept_rank
        FROM monthly
    )
SELECT month,
       department,
       avg_salary,
       lag(avg_salary, 1, 0) OVER (
           PARTITION BY department
           ORDER BY month
           ROWS BETWEEN 1 PRECEDING AND CURRENT ROW
           ) AS prev_month_avg
FROM ranked
WHERE dept_rank <= 5
ORDER BY month, department
==== aftership/query/format/beautify/select_window_cte.sql#2
WITH
  monthly AS (SELECT
    toStartOfMonth(date) AS month,
    department,
    avg(salary) AS avg_salary
  FROM
    salary_table
  WHERE
    year = 2023
  GROUP BY
    month, department),
  ranked AS (SELECT
    month,
    department,
    avg_salary,
    row_number() OVER (PARTITION BY department ORDER BY
      avg_salary DESC) AS dept_rank
  FROM
    monthly)
SELECT
  month,
  department,
  avg_salary,
  lag(avg_salary, 1, 0) OVER (PARTITION BY department ORDER BY
    month ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS prev_month_avg
FROM
  ranked
WHERE
  dept_rank <= 5
ORDER BY
  month,
  department
==== aftership/query/format/beautify/select_window_keyword_name_in_parens.sql#1
SELECT sum(x) OVER (order) AS sum_over_order
FROM t
WINDOW order AS (PARTITION BY team ORDER BY ts)
==== aftership/query/format/beautify/select_window_keyword_name_in_parens.sql#2
SELECT
  sum(x) OVER (order) AS sum_over_order
FROM
  t
WINDOW order AS (PARTITION BY team ORDER BY
  ts)
==== aftership/query/format/beautify/select_window_named_in_parens.sql#1
SELECT sum(x) OVER (w) AS sum_over_w
FROM t
WINDOW w AS (PARTITION BY y ORDER BY x)
==== aftership/query/format/beautify/select_window_named_in_parens.sql#2
SELECT
  sum(x) OVER (w) AS sum_over_w
FROM
  t
WINDOW w AS (PARTITION BY y ORDER BY
  x)
==== aftership/query/format/beautify/select_window_named_reference_extensions.sql#1
SELECT sum(x) OVER (w1 ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS rolling_sum,
       avg(x) OVER (w2)                                                      AS avg_over_w2
FROM t
WINDOW w1 AS (PARTITION BY team),
       w2 AS (w1 ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
==== aftership/query/format/beautify/select_window_named_reference_extensions.sql#2
SELECT
  sum(x) OVER (w1 ORDER BY
    ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS rolling_sum,
  avg(x) OVER (w2) AS avg_over_w2
FROM
  t
WINDOW w1 AS (PARTITION BY team), w2 AS (w1 ORDER BY
  ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
==== aftership/query/format/beautify/select_window_params.sql#1
SELECT sum(x) OVER (ORDER BY y ROWS BETWEEN {start:UInt32} PRECEDING AND CURRENT ROW)                           AS total1,
       avg(x) OVER (ORDER BY y ROWS BETWEEN CURRENT ROW AND {end:UInt32} FOLLOWING)                             AS avg1,
       count(*) OVER (ORDER BY y RANGE BETWEEN {range_start:UInt32} PRECEDING AND {range_end:UInt32} FOLLOWING) AS cnt1,
       sum(x) OVER (ROWS {window_size :UInt32} PRECEDING)                                                       AS rows_shorthand
FROM t
WHERE category = {category :String}
  AND type = {type:String}
==== aftership/query/format/beautify/select_window_params.sql#2
SELECT
  sum(x) OVER (ORDER BY
    y ROWS BETWEEN {start: UInt32} PRECEDING AND CURRENT ROW) AS total1,
  avg(x) OVER (ORDER BY
    y ROWS BETWEEN CURRENT ROW AND {end: UInt32} FOLLOWING) AS avg1,
  count(*) OVER (ORDER BY
    y RANGE BETWEEN {range_start: UInt32} PRECEDING AND {range_end: UInt32} FOLLOWING) AS cnt1,
  sum(x) OVER (ROWS {window_size: UInt32} PRECEDING) AS rows_shorthand
FROM
  t
WHERE
  category = {category: String}
AND
  type = {type: String}
==== aftership/query/format/beautify/select_with_distinct.sql#1
SELECT count(DISTINCT(RECORD_ID)) FROM RECORD_TABLE

-- Beautify SQL:
SELECT
  count(DISTINCT (RECORD_ID))
FROM
  RECORD_TABLE
==== aftership/query/format/beautify/select_with_distinct_keyword.sql#1
SELECT DISTINCT record_id FROM records 

-- Beautify SQL:
SELECT DISTINCT
  record_id
FROM
  records
==== aftership/query/format/beautify/select_with_distinct_on_dotted_columns.sql#1
SELECT DISTINCT ON (t.id, t.name) t.id, t.name, t.value FROM test_table t

-- Beautify SQL:
SELECT DISTINCT ON (t.id, t.name)
  t.id,
  t.name,
  t.value
FROM
  test_table AS t
==== aftership/query/format/beautify/select_with_distinct_on_keyword.sql#1
SELECT DISTINCT ON(album,artist) record_id FROM records

-- Beautify SQL:
SELECT DISTINCT ON (album, artist)
  record_id
FROM
  records
==== aftership/query/format/beautify/select_with_global_join_locality.sql#1
SELECT * FROM t1 GLOBAL JOIN t2 ON t1.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#10
SELECT * FROM t WHERE a GLOBAL IN (SELECT b FROM t2)
==== aftership/query/format/beautify/select_with_global_join_locality.sql#11
SELECT * FROM t WHERE a GLOBAL NOT IN (SELECT b FROM t2)
==== aftership/query/format/beautify/select_with_global_join_locality.sql#12
SELECT * FROM t1 GLOBAL LEFT JOIN t2 ON t1.a = t2.a WHERE t1.a GLOBAL NOT IN (SELECT b FROM t3)
==== aftership/query/format/beautify/select_with_global_join_locality.sql#13
SELECT * FROM numbers(3) AS a GLOBAL JOIN numbers(3) AS b ON a.number = b.number
==== aftership/query/format/beautify/select_with_global_join_locality.sql#14
SELECT a.number FROM numbers(3) AS a GLOBAL LEFT JOIN numbers(2) AS b USING (number)
==== aftership/query/format/beautify/select_with_global_join_locality.sql#15
SELECT * FROM numbers(3) AS a LOCAL ANY LEFT JOIN numbers(3) AS b ON a.number = b.number
==== aftership/query/format/beautify/select_with_global_join_locality.sql#16
SELECT number FROM numbers(5) WHERE number GLOBAL NOT IN (SELECT number FROM numbers(2))
==== aftership/query/format/beautify/select_with_global_join_locality.sql#17
SELECT * FROM numbers(3) AS global GLOBAL JOIN numbers(3) AS b ON global.number = b.number
==== aftership/query/format/beautify/select_with_global_join_locality.sql#18
SELECT
  *
FROM
  t1
  GLOBAL JOIN
    t2 ON t1.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#19
SELECT
  *
FROM
  t1
  GLOBAL INNER JOIN
    t2 ON t1.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#2
SELECT * FROM t1 GLOBAL INNER JOIN t2 ON t1.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#20
SELECT
  *
FROM
  t1
  GLOBAL LEFT JOIN
    t2 ON t1.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#21
SELECT
  *
FROM
  t1
  GLOBAL LEFT OUTER JOIN
    t2 USING a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#22
SELECT
  *
FROM
  t1
  GLOBAL ANY LEFT JOIN
    t2 ON t1.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#23
SELECT
  *
FROM
  t1
  GLOBAL CROSS JOIN
    t2
==== aftership/query/format/beautify/select_with_global_join_locality.sql#24
SELECT
  *
FROM
  t1 AS x
  LOCAL FULL JOIN
    t2 ON x.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#25
SELECT
  *
FROM
  t1 AS x
  LOCAL RIGHT JOIN
    t2 USING a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#26
SELECT
  *
FROM
  t1
  GLOBAL LEFT JOIN
    t2 ON t1.a = t2.a
  GLOBAL LEFT JOIN
    t3 ON t1.a = t3.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#27
SELECT
  *
FROM
  t
WHERE
  a GLOBAL IN (SELECT
    b
  FROM
    t2)
==== aftership/query/format/beautify/select_with_global_join_locality.sql#28
SELECT
  *
FROM
  t
WHERE
  a GLOBAL NOT IN (SELECT
    b
  FROM
    t2)
==== aftership/query/format/beautify/select_with_global_join_locality.sql#29
SELECT
  *
FROM
  t1
  GLOBAL LEFT JOIN
    t2 ON t1.a = t2.a
WHERE
  t1.a GLOBAL NOT IN (SELECT
    b
  FROM
    t3)
==== aftership/query/format/beautify/select_with_global_join_locality.sql#3
SELECT * FROM t1 GLOBAL LEFT JOIN t2 ON t1.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#30
SELECT
  *
FROM
  numbers(3) AS a
  GLOBAL JOIN
    numbers(3) AS b ON a.number = b.number
==== aftership/query/format/beautify/select_with_global_join_locality.sql#31
SELECT
  a.number
FROM
  numbers(3) AS a
  GLOBAL LEFT JOIN
    numbers(2) AS b USING number
==== aftership/query/format/beautify/select_with_global_join_locality.sql#32
SELECT
  *
FROM
  numbers(3) AS a
  LOCAL ANY LEFT JOIN
    numbers(3) AS b ON a.number = b.number
==== aftership/query/format/beautify/select_with_global_join_locality.sql#33
SELECT
  number
FROM
  numbers(5)
WHERE
  number GLOBAL NOT IN (SELECT
    number
  FROM
    numbers(2))
==== aftership/query/format/beautify/select_with_global_join_locality.sql#34
SELECT
  *
FROM
  numbers(3) AS global
  GLOBAL JOIN
    numbers(3) AS b ON global.number = b.number
==== aftership/query/format/beautify/select_with_global_join_locality.sql#4
SELECT * FROM t1 GLOBAL LEFT OUTER JOIN t2 USING (a)
==== aftership/query/format/beautify/select_with_global_join_locality.sql#5
SELECT * FROM t1 GLOBAL ANY LEFT JOIN t2 ON t1.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#6
SELECT * FROM t1 GLOBAL CROSS JOIN t2
==== aftership/query/format/beautify/select_with_global_join_locality.sql#7
SELECT * FROM t1 AS x LOCAL FULL JOIN t2 ON x.a = t2.a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#8
SELECT * FROM t1 AS x LOCAL RIGHT JOIN t2 USING a
==== aftership/query/format/beautify/select_with_global_join_locality.sql#9
SELECT * FROM t1 GLOBAL LEFT JOIN t2 ON t1.a = t2.a GLOBAL LEFT JOIN t3 ON t1.a = t3.a
==== aftership/query/format/beautify/select_with_group_by.sql#1
SELECT
    datacenter,
    distro,
    SUM (quantity) AS qty
FROM
    servers
GROUP BY
    GROUPING SETS(
    (datacenter,distro),
    (datacenter),
    (distro),
    ()
)
==== aftership/query/format/beautify/select_with_group_by.sql#2
SELECT
    datacenter,
    distro,
    SUM (quantity) AS qty
FROM
    servers
GROUP BY ALL
==== aftership/query/format/beautify/select_with_group_by.sql#3
SELECT
  datacenter,
  distro,
  SUM(quantity) AS qty
FROM
  servers
GROUP BY
  GROUPING SETS((datacenter, distro), (datacenter), (distro), ())
==== aftership/query/format/beautify/select_with_group_by.sql#4
SELECT
  datacenter,
  distro,
  SUM(quantity) AS qty
FROM
  servers
GROUP BY
  ALL
==== aftership/query/format/beautify/select_with_join_only.sql#1
SELECT * FROM "t1" JOIN "t2" ON true


-- Beautify SQL:
SELECT
  *
FROM
  "t1"
  JOIN
    "t2" ON true
==== aftership/query/format/beautify/select_with_keyword_in_group_by.sql#1
SELECT
    toStartOfInterval(timestamp, toIntervalMinute(1)) AS interval,
    column_name
FROM table
WHERE true
GROUP BY (interval, column_name)
ORDER BY (interval AS i, column_name) ASC

-- Beautify SQL:
SELECT
  toStartOfInterval(timestamp, toIntervalMinute(1)) AS interval,
  column_name
FROM
  table
WHERE
  true
GROUP BY
  (interval, column_name)
ORDER BY
  (interval AS i, column_name) ASC
==== aftership/query/format/beautify/select_with_keyword_placeholder.sql#1
SELECT {name :String}
==== aftership/query/format/beautify/select_with_keyword_placeholder.sql#2
SELECT toString({name :String})
==== aftership/query/format/beautify/select_with_keyword_placeholder.sql#3
SELECT
  {name: String}
==== aftership/query/format/beautify/select_with_keyword_placeholder.sql#4
SELECT
  toString({name: String})
==== aftership/query/format/beautify/select_with_left_join.sql#1
WITH
    t1 AS
        (
            SELECT 1 AS value
    ),
    t2 AS
       (
SELECT 2 AS value
    )
SELECT *
FROM t1
         LEFT JOIN t2 ON true

-- Beautify SQL:
WITH
  t1 AS (SELECT
    1 AS value),
  t2 AS (SELECT
    2 AS value)
SELECT
  *
FROM
  t1
  LEFT JOIN
    t2 ON true
==== aftership/query/format/beautify/select_with_literal_table_name.sql#1
select table_name from "information_schema"."tables" limit 1
==== aftership/query/format/beautify/select_with_literal_table_name.sql#2
SELECT
  table_name
FROM
  "information_schema"."tables"
LIMIT 1
==== aftership/query/format/beautify/select_with_multi_array_and_inner_join.sql#1
SELECT
    JSONExtractString(t3.props, 'value') AS value
FROM t1
    ARRAY JOIN JSONExtractArrayRaw(t1.props, 'arr1') AS a1
    INNER JOIN t2 ON t2.id = JSONExtractString(a1, 'id')
    ARRAY JOIN JSONExtractArrayRaw(t2.props, 'arr2') AS a2
    INNER JOIN t3 ON t3.id = JSONExtractString(a2, 'id')
WHERE value != ''
==== aftership/query/format/beautify/select_with_multi_array_and_inner_join.sql#2
SELECT
  JSONExtractString(t3.props, 'value') AS value
FROM
  t1
  ARRAY JOIN
    JSONExtractArrayRaw(t1.props, 'arr1') AS a1
  INNER JOIN
    t2 ON t2.id = JSONExtractString(a1, 'id')
  ARRAY JOIN
    JSONExtractArrayRaw(t2.props, 'arr2') AS a2
  INNER JOIN
    t3 ON t3.id = JSONExtractString(a2, 'id')
WHERE
  value != ''
==== aftership/query/format/beautify/select_with_multi_array_join.sql#1
SELECT
    v,
    j
FROM t1
    ARRAY JOIN JSONExtractArrayRaw(a) AS j
    ARRAY JOIN array(
    JSONExtractString(j, 'x'),
    JSONExtractString(j, 'y')
) AS v
==== aftership/query/format/beautify/select_with_multi_array_join.sql#2
SELECT
  v,
  j
FROM
  t1
  ARRAY JOIN
    JSONExtractArrayRaw(a) AS j
  ARRAY JOIN
    array(JSONExtractString(j, 'x'), JSONExtractString(j, 'y')) AS v
==== aftership/query/format/beautify/select_with_multi_except.sql#1
SELECT number FROM numbers(1, 10) EXCEPT SELECT number FROM numbers(3, 6) EXCEPT SELECT number FROM numbers(8, 9)

-- Beautify SQL:
SELECT
  number
FROM
  numbers(1, 10)
EXCEPT
SELECT
  number
FROM
  numbers(3, 6)
EXCEPT
SELECT
  number
FROM
  numbers(8, 9)
==== aftership/query/format/beautify/select_with_multi_join.sql#1
with t1 as (
    select 'value1' as value
    ), t2 as (
select 'value2' as value
    ), t3 as (
select 'value3' as value
    )
select
    t1.value as value1,
    t2.value as value2,
    t3.value as value3
from
    t1
        join t2 on true
        join t3
        join t4 on true
        join t5


-- Beautify SQL:
WITH
  t1 AS (SELECT
    'value1' AS value),
  t2 AS (SELECT
    'value2' AS value),
  t3 AS (SELECT
    'value3' AS value)
SELECT
  t1.value AS value1,
  t2.value AS value2,
  t3.value AS value3
FROM
  t1
  JOIN
    t2 ON true
  JOIN
    t3
  JOIN
    t4 ON true
  JOIN
    t5
==== aftership/query/format/beautify/select_with_multi_line_comment.sql#1
select
    -- first line
    -- second line
    *
from
    t0

-- Beautify SQL:
SELECT
  *
FROM
  t0
==== aftership/query/format/beautify/select_with_multi_union.sql#1
SELECT 1 AS v1 UNION ALL SELECT 2 AS v2 UNION ALL SELECT 3 AS v3


-- Beautify SQL:
SELECT
  1 AS v1
UNION ALL
SELECT
  2 AS v2
UNION ALL
SELECT
  3 AS v3
==== aftership/query/format/beautify/select_with_multi_union_distinct.sql#1
SELECT 1 AS v1 UNION DISTINCT SELECT 2 AS v2 UNION DISTINCT SELECT 3 AS v3

-- Beautify SQL:
SELECT
  1 AS v1
UNION DISTINCT
SELECT
  2 AS v2
UNION DISTINCT
SELECT
  3 AS v3
==== aftership/query/format/beautify/select_with_number_field.sql#1
SELECT foo, bar.1, foo.2 FROM foo ARRAY JOIN m as bar

-- Beautify SQL:
SELECT
  foo,
  bar.1,
  foo.2
FROM
  foo
  ARRAY JOIN
    m AS bar
==== aftership/query/format/beautify/select_with_placeholder.sql#1
SELECT * FROM t0 WHERE id = ?
==== aftership/query/format/beautify/select_with_placeholder.sql#2
SELECT
  *
FROM
  t0
WHERE
  id = ?
==== aftership/query/format/beautify/select_with_query_parameter.sql#1
SET param_a = 13
==== aftership/query/format/beautify/select_with_query_parameter.sql#10
SET param_d={'10': [11, 12], '13': [14, 15]}
==== aftership/query/format/beautify/select_with_query_parameter.sql#11
SELECT
  {a: UInt32},
  {b: String},
  {c: DateTime},
  {d: Map(String, Array(UInt8))}
==== aftership/query/format/beautify/select_with_query_parameter.sql#12
SELECT
  *
FROM
  clickhouse
WHERE
  tenant_id = {tenant_id: String}
==== aftership/query/format/beautify/select_with_query_parameter.sql#2
SET param_b = 'str'
==== aftership/query/format/beautify/select_with_query_parameter.sql#3
SET param_c = '2022-08-04 18:30:53'
==== aftership/query/format/beautify/select_with_query_parameter.sql#4
SET param_d = {'10': [11, 12], '13': [14, 15]}
==== aftership/query/format/beautify/select_with_query_parameter.sql#5
SELECT
    {a: UInt32},
    {b: String},
    {c: DateTime},
    {d: Map(String, Array(UInt8))}
==== aftership/query/format/beautify/select_with_query_parameter.sql#6
SELECT * FROM clickhouse WHERE tenant_id = {tenant_id: String}
==== aftership/query/format/beautify/select_with_query_parameter.sql#7
SET param_a=13
==== aftership/query/format/beautify/select_with_query_parameter.sql#8
SET param_b='str'
==== aftership/query/format/beautify/select_with_query_parameter.sql#9
SET param_c='2022-08-04 18:30:53'
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#1
SELECT * FROM test_table SETTINGS additional_table_filters={'test_table': 'status = 1'}
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#10
SELECT
  number,
  x,
  y
FROM
  (SELECT
    number
  FROM
    system.numbers
  LIMIT 5) AS f
  ANY LEFT JOIN
    (SELECT
      x,
      y
    FROM
      table_1) AS s ON f.number = s.x
SETTINGS
  additional_table_filters={'system.numbers': 'number != 3', 'table_1': 'x != 2'}
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#2
SELECT * FROM test_table SETTINGS additional_table_filters={'test_table': 'value = \'test\''}
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#3
SELECT * FROM test_table SETTINGS additional_table_filters={'test_table': 'value = ''test'''}
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#4
SELECT * FROM test_table
SETTINGS additional_table_filters={'test_table': 'id IN (\'a\', \'b\') AND status = \'active\''}
FORMAT JSON
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#5
SELECT number, x, y FROM (SELECT number FROM system.numbers LIMIT 5) f
ANY LEFT JOIN (SELECT x, y FROM table_1) s ON f.number = s.x
SETTINGS additional_table_filters={'system.numbers':'number != 3', 'table_1':'x != 2'}
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#6
SELECT
  *
FROM
  test_table
SETTINGS
  additional_table_filters={'test_table': 'status = 1'}
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#7
SELECT
  *
FROM
  test_table
SETTINGS
  additional_table_filters={'test_table': 'value = \'test\''}
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#8
SELECT
  *
FROM
  test_table
SETTINGS
  additional_table_filters={'test_table': 'value = ''test'''}
==== aftership/query/format/beautify/select_with_settings_additional_table_filters.sql#9
SELECT
  *
FROM
  test_table
SETTINGS
  additional_table_filters={'test_table': 'id IN (\'a\', \'b\') AND status = \'active\''}
FORMAT JSON
==== aftership/query/format/beautify/select_with_single_quote_table.sql#1
SELECT * FROM 'test_table'


-- Beautify SQL:
SELECT
  *
FROM
  'test_table'
==== aftership/query/format/beautify/select_with_string_expr.sql#1
WITH "abc" AS (SELECT 1 AS a) SELECT * FROM "abc"


-- Beautify SQL:
WITH
  "abc" AS (SELECT
    1 AS a)
SELECT
  *
FROM
  "abc"
==== aftership/query/format/beautify/select_with_union_distinct.sql#1
SELECT replica_name FROM system.ha_replicas UNION DISTINCT SELECT replica_name FROM system.ha_unique_replicas format JSON

-- Beautify SQL:
SELECT
  replica_name
FROM
  system.ha_replicas
UNION DISTINCT
SELECT
  replica_name
FROM
  system.ha_unique_replicas
FORMAT JSON
==== aftership/query/format/beautify/select_with_variable.sql#1
WITH $abc AS (SELECT 1 AS a) SELECT * FROM $abc

-- Beautify SQL:
WITH
  $abc AS (SELECT
    1 AS a)
SELECT
  *
FROM
  $abc
==== aftership/query/format/beautify/select_with_window_function.sql#1
SELECT aggregation_target AS aggregation_target,
    timestamp AS timestamp,
    step_0 AS step_0,
    latest_0 AS latest_0,
    step_1 AS step_1,
    latest_1 AS latest_1,
    step_2 AS step_2,
    min(latest_2) OVER (PARTITION BY aggregation_target
    ORDER BY timestamp DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 0 PRECEDING) AS latest_2,
    min(latest_1) OVER w AS latest_1
FROM t0
WINDOW w AS (PARTITION BY aggregation_target
    ORDER BY timestamp DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 0 PRECEDING)
==== aftership/query/format/beautify/select_with_window_function.sql#2
SELECT
  aggregation_target AS aggregation_target,
  timestamp AS timestamp,
  step_0 AS step_0,
  latest_0 AS latest_0,
  step_1 AS step_1,
  latest_1 AS latest_1,
  step_2 AS step_2,
  min(latest_2) OVER (PARTITION BY aggregation_target ORDER BY
    timestamp DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 0 PRECEDING) AS latest_2,
  min(latest_1) OVER w AS latest_1
FROM
  t0
WINDOW w AS (PARTITION BY aggregation_target ORDER BY
  timestamp DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 0 PRECEDING)
==== aftership/query/format/beautify/select_without_from_where.sql#1
SELECT 1 WHERE 1 = 1
==== aftership/query/format/beautify/select_without_from_where.sql#2
SELECT {p :UInt8} WHERE {p :UInt8} = 1
==== aftership/query/format/beautify/select_without_from_where.sql#3
SELECT
  1
WHERE
  1 = 1
==== aftership/query/format/beautify/select_without_from_where.sql#4
SELECT
  {p: UInt8}
WHERE
  {p: UInt8} = 1
==== aftership/query/format/beautify/set_simple.sql#2
SET max_threads=1, max_insert_threads=0, max_block_size=8192, min_insert_block_size_rows=8192, min_insert_block_size_bytes=1048576
==== aftership/query/format/create_window_view.sql#2
CREATE OR REPLACE VIEW asdf AS SELECT id, price * 1.5 AS computed_value, row_number() OVER (PARTITION BY category ORDER BY created_at RANGE BETWEEN 3600 PRECEDING AND CURRENT ROW) AS rn FROM source_table WHERE date >= '2023-01-01'
==== aftership/query/format/query_with_expr_compare.sql#1
SELECT date, path, splitByChar('/', path)[2] AS path_b
FROM(
    SELECT 'pathA/pathB/pathC' AS path, '2024-09-10' AS date
    )
WHERE toDate(date) BETWEEN '2024-09-01' AND '2024-09-30'
  AND splitByChar('/', path)[1] = 'pathA'

-- Format SQL:
SELECT date, path, splitByChar('/', path)[2] AS path_b FROM (SELECT 'pathA/pathB/pathC' AS path, '2024-09-10' AS date) WHERE toDate(date) BETWEEN '2024-09-01' AND '2024-09-30' AND splitByChar('/', path)[1] = 'pathA'
==== aftership/query/format/select_case_multiple_when.sql#1
SELECT
    *,
    CASE
        WHEN col2 = 'value1' THEN 'when1'
        WHEN col3 = 'value2' THEN 'when2'
        ELSE 'else'
    END as check_result
FROM table_name
WHERE col1 = '123456789'


-- Format SQL:
SELECT *, CASE WHEN col2 = 'value1' THEN 'when1' WHEN col3 = 'value2' THEN 'when2' ELSE 'else' END AS check_result FROM table_name WHERE col1 = '123456789'
==== aftership/query/format/select_case_when_exists.sql#1
SELECT
    *,
    CASE
        WHEN EXISTS(SELECT 1
    FROM table_name
    WHERE col1 = '999999999')
        THEN 'then'
        ELSE 'else'
    END as check_result
FROM table_name
WHERE col1 = '123456789'


-- Format SQL:
SELECT *, CASE WHEN EXISTS(SELECT 1 FROM table_name WHERE col1 = '999999999') THEN 'then' ELSE 'else' END AS check_result FROM table_name WHERE col1 = '123456789'
==== aftership/query/format/select_case_when_regexp.sql#1
SELECT
    CASE WHEN col REGEXP '^[0-9]+$' THEN toInt32(col) ELSE 0 END AS num_value
FROM t


-- Format SQL:
SELECT CASE WHEN col REGEXP '^[0-9]+$' THEN toInt32(col) ELSE 0 END AS num_value FROM t
==== aftership/query/format/select_cast.sql#10
SELECT (1 AS Float64) AS value
==== aftership/query/format/select_cast.sql#11
SELECT 1::Float64 AS value
==== aftership/query/format/select_cast.sql#12
SELECT CAST(a + 1 AS String) AS value
==== aftership/query/format/select_cast.sql#13
SELECT CAST(a + 1, 'String') AS value
==== aftership/query/format/select_cast.sql#14
SELECT CAST(-1 AS Int8) AS value
==== aftership/query/format/select_cast.sql#8
SELECT CAST(1 AS Float64) AS value
==== aftership/query/format/select_cast.sql#9
SELECT CAST(1, 'Float64') AS value
==== aftership/query/format/select_clause_keyword_as_column.sql#1
SELECT id, from, to, where, group, order FROM transfers


-- Format SQL:
SELECT id, from, to, where, group, order FROM transfers
==== aftership/query/format/select_clause_keyword_as_only_column.sql#1
SELECT limit


-- Format SQL:
SELECT limit
==== aftership/query/format/select_column_alias_string.sql#3
SELECT 'abc' AS "value2"
==== aftership/query/format/select_end_as_column_name.sql#1
SELECT max(end), CASE WHEN end > start THEN 1 ELSE 0 END AS active
FROM t
WHERE end > start
GROUP BY end
ORDER BY end


-- Format SQL:
SELECT max(end), CASE WHEN end > start THEN 1 ELSE 0 END AS active FROM t WHERE end > start GROUP BY end ORDER BY end
==== aftership/query/format/select_expr.sql#1
SELECT 1+1

-- Format SQL:
SELECT 1 + 1
==== aftership/query/format/select_expr_keyword_as_column.sql#1
SELECT id, case, cast, extract, interval FROM events


-- Format SQL:
SELECT id, case, cast, extract, interval FROM events
==== aftership/query/format/select_extract_with_regex.sql#1
SELECT
  COUNT(1), SRC_TYPE, NODE_CLASS, PORT, CLIENT_PORT
FROM
  test.table
WHERE
  app_id = 999118646
  AND toUnixTimestamp(timestamp) >= 1740366695
  AND toUnixTimestamp(timestamp) <= 1740377495
GROUP BY
  CASE
    WHEN length(extract(instance, '((\\d+\\.){3}\\d+)')) > 0 THEN instance
    ELSE '空'
  END,
  CASE
    WHEN length(extract(client_ip, '((\\d+\\.){3}\\d+)')) > 0 THEN client_ip
    ELSE '空'
  END,
  src_type,
  node_class,
  port,
  client_port
LIMIT 10000


-- Format SQL:
SELECT COUNT(1), SRC_TYPE, NODE_CLASS, PORT, CLIENT_PORT FROM test.table WHERE app_id = 999118646 AND toUnixTimestamp(timestamp) >= 1740366695 AND toUnixTimestamp(timestamp) <= 1740377495 GROUP BY CASE WHEN length(EXTRACT(instance, '((\\d+\\.){3}\\d+)')) > 0 THEN instance ELSE '空' END, CASE WHEN length(EXTRACT(client_ip, '((\\d+\\.){3}\\d+)')) > 0 THEN client_ip ELSE '空' END, src_type, node_class, port, client_port LIMIT 10000
==== aftership/query/format/select_item_with_modifiers.sql#6
SELECT * REPLACE(i + 1 AS i) EXCEPT(j) APPLY(sum) FROM t2
==== aftership/query/format/select_keyword_alias_no_as.sql#1
SELECT 'Joe' name FROM users

-- Format SQL:
SELECT 'Joe' AS name FROM users
==== aftership/query/format/select_keyword_as_alias.sql#1
SELECT 1 AS interval, 2 AS from, 3 AS limit


-- Format SQL:
SELECT 1 AS interval, 2 AS from, 3 AS limit
==== aftership/query/format/select_keyword_as_column.sql#1
SELECT cloud, account, region, name, usage, limit, usage_percentage FROM service_quotas


-- Format SQL:
SELECT cloud, account, region, name, usage, limit, usage_percentage FROM service_quotas
==== aftership/query/format/select_keyword_as_last_column.sql#1
SELECT a, limit FROM t


-- Format SQL:
SELECT a, limit FROM t
==== aftership/query/format/select_keyword_as_only_column.sql#1
SELECT interval


-- Format SQL:
SELECT interval
==== aftership/query/format/select_keyword_operand_arithmetic.sql#1
SELECT limit + offset, limit - offset, limit % 2, limit * 100 / total FROM quotas


-- Format SQL:
SELECT limit + offset, limit - offset, limit % 2, limit * 100 / total FROM quotas
==== aftership/query/format/select_keyword_operand_as_function_argument.sql#1
SELECT toFloat64(limit), max(limit), if(limit > 0, limit, 0) FROM quotas


-- Format SQL:
SELECT toFloat64(limit), max(limit), if(limit > 0, limit, 0) FROM quotas
==== aftership/query/format/select_keyword_operand_before_operator_keyword.sql#1
SELECT CASE WHEN limit > 0 THEN limit ELSE offset END FROM quotas WHERE limit IN (1, 2) AND from = 1


-- Format SQL:
SELECT CASE WHEN limit > 0 THEN limit ELSE offset END FROM quotas WHERE limit IN (1, 2) AND from = 1
==== aftership/query/format/select_keyword_operand_cast_and_subscript.sql#1
SELECT limit::UInt8, [limit][1], arr[limit], (limit, offset) FROM quotas


-- Format SQL:
SELECT limit::UInt8, [limit][1], arr[limit], (limit, offset) FROM quotas
==== aftership/query/format/select_keyword_operand_in_where.sql#1
SELECT x FROM quotas WHERE limit > 0


-- Format SQL:
SELECT x FROM quotas WHERE limit > 0
==== aftership/query/format/select_keyword_operand_multiple_items.sql#1
SELECT limit + 1, offset + 1 FROM quotas


-- Format SQL:
SELECT limit + 1, offset + 1 FROM quotas
==== aftership/query/format/select_order_by_with_fill_basic.sql#2
SELECT n, source FROM (SELECT toFloat32(number % 10) AS n, 'original' AS source FROM numbers(10) WHERE number % 3 = 1) ORDER BY n WITH FILL
==== aftership/query/format/select_order_by_with_fill_from_to.sql#2
SELECT n, source FROM (SELECT toFloat32(number % 10) AS n, 'original' AS source FROM numbers(10) WHERE number % 3 = 1) ORDER BY n WITH FILL FROM 0 TO 5.51 STEP 0.5
==== aftership/query/format/select_order_by_with_fill_interpolate.sql#2
SELECT n, source, inter FROM (SELECT toFloat32(number % 10) AS n, 'original' AS source, number AS inter FROM numbers(10) WHERE number % 3 = 1) ORDER BY n WITH FILL FROM 0 TO 5.51 STEP 0.5 INTERPOLATE (inter AS inter + 1)
==== aftership/query/format/select_order_by_with_fill_interpolate_no_columns.sql#2
SELECT n, value FROM (SELECT toFloat32(number % 10) AS n, number AS value FROM numbers(10) WHERE number % 3 = 1) ORDER BY n WITH FILL FROM 0 TO 10 STEP 1 INTERPOLATE
==== aftership/query/format/select_order_by_with_fill_staleness.sql#2
SELECT number AS key, 5 * number AS value, 'original' AS source FROM numbers(16) WHERE (number % 5) == 0 ORDER BY key WITH FILL STALENESS 11
==== aftership/query/format/select_order_by_with_fill_step.sql#2
SELECT date, value FROM (SELECT toDate('2020-01-01') + INTERVAL number DAY AS date, number AS value FROM numbers(5)) ORDER BY date WITH FILL STEP INTERVAL 1 DAY
==== aftership/query/format/select_regexp.sql#1
SELECT a, b
FROM t
WHERE name REGEXP '^foo'


-- Format SQL:
SELECT a, b FROM t WHERE name REGEXP '^foo'
==== aftership/query/format/select_signed_number_after_bracket.sql#5
SELECT (1) - 1
==== aftership/query/format/select_signed_number_after_bracket.sql#6
SELECT (1) + 1.5
==== aftership/query/format/select_signed_number_after_bracket.sql#7
SELECT arr[1] - 1
==== aftership/query/format/select_signed_number_after_bracket.sql#8
SELECT (toUnixTimestamp(now()) - 3600) * 1000000000
==== aftership/query/format/select_simple.sql#2
SELECT f0, coalesce(f1, f2) AS f3, row_number() OVER (PARTITION BY f0 ORDER BY f1 ASC) AS rn FROM test.events_local WHERE (f0 IN ('foo', 'bar', 'test')) AND (f1 = 'testing') AND (f2 NOT LIKE 'testing2') AND f3 NOT IN ('a', 'b', 'c') GROUP BY f0, f1 LIMIT 10 OFFSET 100 BY f0
==== aftership/query/format/select_simple_field_alias.sql#2
SELECT field0, field1 AS x, field2 AS y FROM events
==== aftership/query/format/select_simple_with_bracket.sql#1
SELECT arrayConcat([1, 2], [3, 4], [5, 6]) AS res, f1["abc"] as f2


-- Format SQL:
SELECT arrayConcat([1, 2], [3, 4], [5, 6]) AS res, f1["abc"] AS f2
==== aftership/query/format/select_simple_with_cte_with_column_aliases.sql#2
WITH test(f1, f2, f3) AS (SELECT f4, f5, f6 FROM sales) SELECT f1 AS new_f1, f2 AS new_f2, f3 AS new_f3 FROM test
==== aftership/query/format/select_simple_with_is_not_null.sql#1
SELECT f0,f1,f2,f3 as a0
FROM test.events_local
WHERE (f0 IN ('foo', 'bar', 'test'))
  AND (f1 = 'testing')
  AND f2 IS NULL
  AND f3 IS NOT NULL

-- Format SQL:
SELECT f0, f1, f2, f3 AS a0 FROM test.events_local WHERE (f0 IN ('foo', 'bar', 'test')) AND (f1 = 'testing') AND f2 IS NULL AND f3 IS NOT NULL
==== aftership/query/format/select_simple_with_is_null.sql#1
SELECT f0,f1,f2,f3 as a0
FROM test.events_local
WHERE (f0 IN ('foo', 'bar', 'test')) AND (f1 = 'testing') AND f2 IS NULL

-- Format SQL:
SELECT f0, f1, f2, f3 AS a0 FROM test.events_local WHERE (f0 IN ('foo', 'bar', 'test')) AND (f1 = 'testing') AND f2 IS NULL
==== aftership/query/format/select_simple_with_with_clause.sql#1
WITH
    cte1 AS (SELECT f1 FROM t1),
    cte2 AS (SELECT f2 FROM t2)
SELECT
    cte1.f1,
    cte2.f2,
    t3.f3
FROM
    t3,cte1,cte2



-- Format SQL:
WITH cte1 AS (SELECT f1 FROM t1), cte2 AS (SELECT f2 FROM t2) SELECT cte1.f1, cte2.f2, t3.f3 FROM t3,cte1,cte2
==== aftership/query/format/select_table_alias_without_keyword.sql#1
SELECT t1.Timestamp FROM my_table t1 INNER JOIN my_other_table t2 ON t1.a=t2.b

-- Format SQL:
SELECT t1.Timestamp FROM my_table AS t1 INNER JOIN my_other_table AS t2 ON t1.a = t2.b
==== aftership/query/format/select_table_function_with_query.sql#1
SELECT 1, (SELECT 70) AS `power`, number
FROM
numbers(
    plus(
        ifNull((SELECT 1 AS bin_count, 1),
        1)
    )
)

-- Format SQL:
SELECT 1, (SELECT 70) AS `power`, number FROM numbers(plus(ifNull((SELECT 1 AS bin_count, 1), 1)))
==== aftership/query/format/select_trailing_comma_before_from.sql#1
SELECT count(x), --name
FROM cloud_assets


-- Format SQL:
SELECT count(x) FROM cloud_assets
==== aftership/query/format/select_trailing_comma_before_from_keyword_table.sql#1
SELECT count(x), FROM `limit`


-- Format SQL:
SELECT count(x) FROM `limit`
==== aftership/query/format/select_when_condition.sql#2
SELECT CASE WHEN false THEN 'hello' ELSE 'world' END
==== aftership/query/format/select_window_comprehensive.sql#2
SELECT sum(x) OVER (ORDER BY y ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total, avg(x) OVER (PARTITION BY z ORDER BY y RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS avg_range1, row_number() OVER w1 AS rn_w1, rank() OVER w1 AS rank_w1, sum(x) OVER w1 AS sum_w1, sum(x) OVER (ROWS 10 PRECEDING) AS rows_10_preceding, sum(x) OVER (ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS rows_cur_to_unbounded_following, sum(x) OVER (ROWS BETWEEN 5 PRECEDING AND 3 FOLLOWING) AS rows_5p_3f, sum(x) OVER (RANGE BETWEEN 10 PRECEDING AND CURRENT ROW) AS range_10p_cur, sum(x) OVER (RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS range_unbounded_to_cur, row_number() OVER (PARTITION BY y ORDER BY x) AS row_num, rank() OVER (PARTITION BY y ORDER BY x) AS rank_val, dense_rank() OVER (PARTITION BY y ORDER BY x) AS dense_rank_val, first_value(x) OVER (PARTITION BY y ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_val, last_value(x) OVER (PARTITION BY y ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_val, lag(x, 1) OVER (PARTITION BY y ORDER BY x) AS prev_x, lead(x, 1) OVER (PARTITION BY y ORDER BY x) AS next_x, percent_rank() OVER (PARTITION BY y ORDER BY x) AS pct_rank, sum(x) OVER w AS sum_over_w, avg(x) OVER w AS avg_over_w, row_number() OVER w AS rn_over_w, count(*) OVER (PARTITION BY col1, col2, col3 ORDER BY col4, col5 DESC) AS cnt_multi, sum(val) OVER (PARTITION BY col1, col2 ORDER BY col4, col5 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS total_multi, sum(amount) OVER (PARTITION BY date_trunc('day', timestamp) ORDER BY timestamp ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) AS daily_total, avg(amount) OVER (ORDER BY EXTRACT(HOUR FROM timestamp) RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS hourly_avg FROM t WINDOW w AS (ORDER BY y), w1 AS (PARTITION BY y ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), w4 AS (PARTITION BY y ORDER BY x ROWS BETWEEN 3 PRECEDING AND CURRENT ROW), w5 AS (PARTITION BY z ORDER BY x RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
==== aftership/query/format/select_window_cte.sql#2
WITH monthly AS (SELECT toStartOfMonth(date) AS month, department, avg(salary) AS avg_salary FROM salary_table WHERE year = 2023 GROUP BY month, department), ranked AS (SELECT month, department, avg_salary, row_number() OVER (PARTITION BY department ORDER BY avg_salary DESC) AS dept_rank FROM monthly) SELECT month, department, avg_salary, lag(avg_salary, 1, 0) OVER (PARTITION BY department ORDER BY month ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS prev_month_avg FROM ranked WHERE dept_rank <= 5 ORDER BY month, department
==== aftership/query/format/select_window_keyword_name_in_parens.sql#2
SELECT sum(x) OVER (order) AS sum_over_order FROM t WINDOW order AS (PARTITION BY team ORDER BY ts)
==== aftership/query/format/select_window_named_in_parens.sql#2
SELECT sum(x) OVER (w) AS sum_over_w FROM t WINDOW w AS (PARTITION BY y ORDER BY x)
==== aftership/query/format/select_window_named_reference_extensions.sql#2
SELECT sum(x) OVER (w1 ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS rolling_sum, avg(x) OVER (w2) AS avg_over_w2 FROM t WINDOW w1 AS (PARTITION BY team), w2 AS (w1 ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
==== aftership/query/format/select_window_params.sql#2
SELECT sum(x) OVER (ORDER BY y ROWS BETWEEN {start: UInt32} PRECEDING AND CURRENT ROW) AS total1, avg(x) OVER (ORDER BY y ROWS BETWEEN CURRENT ROW AND {end: UInt32} FOLLOWING) AS avg1, count(*) OVER (ORDER BY y RANGE BETWEEN {range_start: UInt32} PRECEDING AND {range_end: UInt32} FOLLOWING) AS cnt1, sum(x) OVER (ROWS {window_size: UInt32} PRECEDING) AS rows_shorthand FROM t WHERE category = {category: String} AND type = {type: String}
==== aftership/query/format/select_with_distinct.sql#1
SELECT count(DISTINCT(RECORD_ID)) FROM RECORD_TABLE

-- Format SQL:
SELECT count(DISTINCT (RECORD_ID)) FROM RECORD_TABLE
==== aftership/query/format/select_with_distinct_keyword.sql#1
SELECT DISTINCT record_id FROM records 

-- Format SQL:
SELECT DISTINCT record_id FROM records
==== aftership/query/format/select_with_distinct_on_dotted_columns.sql#1
SELECT DISTINCT ON (t.id, t.name) t.id, t.name, t.value FROM test_table t

-- Format SQL:
SELECT DISTINCT ON (t.id, t.name) t.id, t.name, t.value FROM test_table AS t
==== aftership/query/format/select_with_distinct_on_keyword.sql#1
SELECT DISTINCT ON(album,artist) record_id FROM records

-- Format SQL:
SELECT DISTINCT ON (album, artist) record_id FROM records
==== aftership/query/format/select_with_global_join_locality.sql#21
SELECT * FROM t1 GLOBAL LEFT OUTER JOIN t2 USING a
==== aftership/query/format/select_with_global_join_locality.sql#31
SELECT a.number FROM numbers(3) AS a GLOBAL LEFT JOIN numbers(2) AS b USING number
==== aftership/query/format/select_with_group_by.sql#3
SELECT datacenter, distro, SUM(quantity) AS qty FROM servers GROUP BY GROUPING SETS((datacenter, distro), (datacenter), (distro), ())
==== aftership/query/format/select_with_group_by.sql#4
SELECT datacenter, distro, SUM(quantity) AS qty FROM servers GROUP BY ALL
==== aftership/query/format/select_with_join_only.sql#1
SELECT * FROM "t1" JOIN "t2" ON true


-- Format SQL:
SELECT * FROM "t1" JOIN "t2" ON true
==== aftership/query/format/select_with_keyword_in_group_by.sql#1
SELECT
    toStartOfInterval(timestamp, toIntervalMinute(1)) AS interval,
    column_name
FROM table
WHERE true
GROUP BY (interval, column_name)
ORDER BY (interval AS i, column_name) ASC

-- Format SQL:
SELECT toStartOfInterval(timestamp, toIntervalMinute(1)) AS interval, column_name FROM table WHERE true GROUP BY (interval, column_name) ORDER BY (interval AS i, column_name) ASC
==== aftership/query/format/select_with_keyword_placeholder.sql#3
SELECT {name: String}
==== aftership/query/format/select_with_keyword_placeholder.sql#4
SELECT toString({name: String})
==== aftership/query/format/select_with_left_join.sql#1
WITH
    t1 AS
        (
            SELECT 1 AS value
    ),
    t2 AS
       (
SELECT 2 AS value
    )
SELECT *
FROM t1
         LEFT JOIN t2 ON true

-- Format SQL:
WITH t1 AS (SELECT 1 AS value), t2 AS (SELECT 2 AS value) SELECT * FROM t1 LEFT JOIN t2 ON true
==== aftership/query/format/select_with_literal_table_name.sql#2
SELECT table_name FROM "information_schema"."tables" LIMIT 1
==== aftership/query/format/select_with_multi_array_and_inner_join.sql#2
SELECT JSONExtractString(t3.props, 'value') AS value FROM t1 ARRAY JOIN JSONExtractArrayRaw(t1.props, 'arr1') AS a1 INNER JOIN t2 ON t2.id = JSONExtractString(a1, 'id') ARRAY JOIN JSONExtractArrayRaw(t2.props, 'arr2') AS a2 INNER JOIN t3 ON t3.id = JSONExtractString(a2, 'id') WHERE value != ''
==== aftership/query/format/select_with_multi_array_join.sql#2
SELECT v, j FROM t1 ARRAY JOIN JSONExtractArrayRaw(a) AS j ARRAY JOIN array(JSONExtractString(j, 'x'), JSONExtractString(j, 'y')) AS v
==== aftership/query/format/select_with_multi_except.sql#1
SELECT number FROM numbers(1, 10) EXCEPT SELECT number FROM numbers(3, 6) EXCEPT SELECT number FROM numbers(8, 9)

-- Format SQL:
SELECT number FROM numbers(1, 10) EXCEPT SELECT number FROM numbers(3, 6) EXCEPT SELECT number FROM numbers(8, 9)
==== aftership/query/format/select_with_multi_join.sql#1
with t1 as (
    select 'value1' as value
    ), t2 as (
select 'value2' as value
    ), t3 as (
select 'value3' as value
    )
select
    t1.value as value1,
    t2.value as value2,
    t3.value as value3
from
    t1
        join t2 on true
        join t3
        join t4 on true
        join t5


-- Format SQL:
WITH t1 AS (SELECT 'value1' AS value), t2 AS (SELECT 'value2' AS value), t3 AS (SELECT 'value3' AS value) SELECT t1.value AS value1, t2.value AS value2, t3.value AS value3 FROM t1 JOIN t2 ON true JOIN t3 JOIN t4 ON true JOIN t5
==== aftership/query/format/select_with_multi_line_comment.sql#1
select
    -- first line
    -- second line
    *
from
    t0

-- Format SQL:
SELECT * FROM t0
==== aftership/query/format/select_with_multi_union.sql#1
SELECT 1 AS v1 UNION ALL SELECT 2 AS v2 UNION ALL SELECT 3 AS v3


-- Format SQL:
SELECT 1 AS v1 UNION ALL SELECT 2 AS v2 UNION ALL SELECT 3 AS v3
==== aftership/query/format/select_with_multi_union_distinct.sql#1
SELECT 1 AS v1 UNION DISTINCT SELECT 2 AS v2 UNION DISTINCT SELECT 3 AS v3

-- Format SQL:
SELECT 1 AS v1 UNION DISTINCT SELECT 2 AS v2 UNION DISTINCT SELECT 3 AS v3
==== aftership/query/format/select_with_number_field.sql#1
SELECT foo, bar.1, foo.2 FROM foo ARRAY JOIN m as bar

-- Format SQL:
SELECT foo, bar.1, foo.2 FROM foo ARRAY JOIN m AS bar
==== aftership/query/format/select_with_query_parameter.sql#11
SELECT {a: UInt32}, {b: String}, {c: DateTime}, {d: Map(String, Array(UInt8))}
==== aftership/query/format/select_with_settings_additional_table_filters.sql#10
SELECT number, x, y FROM (SELECT number FROM system.numbers LIMIT 5) AS f ANY LEFT JOIN (SELECT x, y FROM table_1) AS s ON f.number = s.x SETTINGS additional_table_filters={'system.numbers': 'number != 3', 'table_1': 'x != 2'}
==== aftership/query/format/select_with_settings_additional_table_filters.sql#9
SELECT * FROM test_table SETTINGS additional_table_filters={'test_table': 'id IN (\'a\', \'b\') AND status = \'active\''} FORMAT JSON
==== aftership/query/format/select_with_single_quote_table.sql#1
SELECT * FROM 'test_table'


-- Format SQL:
SELECT * FROM 'test_table'
==== aftership/query/format/select_with_string_expr.sql#1
WITH "abc" AS (SELECT 1 AS a) SELECT * FROM "abc"


-- Format SQL:
WITH "abc" AS (SELECT 1 AS a) SELECT * FROM "abc"
==== aftership/query/format/select_with_union_distinct.sql#1
SELECT replica_name FROM system.ha_replicas UNION DISTINCT SELECT replica_name FROM system.ha_unique_replicas format JSON

-- Format SQL:
SELECT replica_name FROM system.ha_replicas UNION DISTINCT SELECT replica_name FROM system.ha_unique_replicas FORMAT JSON
==== aftership/query/format/select_with_variable.sql#1
WITH $abc AS (SELECT 1 AS a) SELECT * FROM $abc

-- Format SQL:
WITH $abc AS (SELECT 1 AS a) SELECT * FROM $abc
==== aftership/query/format/select_with_window_function.sql#2
SELECT aggregation_target AS aggregation_target, timestamp AS timestamp, step_0 AS step_0, latest_0 AS latest_0, step_1 AS step_1, latest_1 AS latest_1, step_2 AS step_2, min(latest_2) OVER (PARTITION BY aggregation_target ORDER BY timestamp DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 0 PRECEDING) AS latest_2, min(latest_1) OVER w AS latest_1 FROM t0 WINDOW w AS (PARTITION BY aggregation_target ORDER BY timestamp DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 0 PRECEDING)
==== aftership/query/format/select_without_from_where.sql#4
SELECT {p: UInt8} WHERE {p: UInt8} = 1
==== aftership/query/query_with_expr_compare.sql#1
SELECT date, path, splitByChar('/', path)[2] AS path_b
FROM(
    SELECT 'pathA/pathB/pathC' AS path, '2024-09-10' AS date
    )
WHERE toDate(date) BETWEEN '2024-09-01' AND '2024-09-30'
  AND splitByChar('/', path)[1] = 'pathA'
==== aftership/query/select_case_multiple_when.sql#1
SELECT
    *,
    CASE
        WHEN col2 = 'value1' THEN 'when1'
        WHEN col3 = 'value2' THEN 'when2'
        ELSE 'else'
    END as check_result
FROM table_name
WHERE col1 = '123456789'
==== aftership/query/select_case_when_exists.sql#1
SELECT
    *,
    CASE
        WHEN EXISTS(SELECT 1
    FROM table_name
    WHERE col1 = '999999999')
        THEN 'then'
        ELSE 'else'
    END as check_result
FROM table_name
WHERE col1 = '123456789'
==== aftership/query/select_case_when_regexp.sql#1
SELECT
    CASE WHEN col REGEXP '^[0-9]+$' THEN toInt32(col) ELSE 0 END AS num_value
FROM t
==== aftership/query/select_clause_keyword_as_column.sql#1
SELECT id, from, to, where, group, order FROM transfers
==== aftership/query/select_clause_keyword_as_only_column.sql#1
SELECT limit
==== aftership/query/select_end_as_column_name.sql#1
SELECT max(end), CASE WHEN end > start THEN 1 ELSE 0 END AS active
FROM t
WHERE end > start
GROUP BY end
ORDER BY end
==== aftership/query/select_expr.sql#1
SELECT 1+1
==== aftership/query/select_expr_keyword_as_column.sql#1
SELECT id, case, cast, extract, interval FROM events
==== aftership/query/select_extract_with_regex.sql#1
SELECT
  COUNT(1), SRC_TYPE, NODE_CLASS, PORT, CLIENT_PORT
FROM
  test.table
WHERE
  app_id = 999118646
  AND toUnixTimestamp(timestamp) >= 1740366695
  AND toUnixTimestamp(timestamp) <= 1740377495
GROUP BY
  CASE
    WHEN length(extract(instance, '((\\d+\\.){3}\\d+)')) > 0 THEN instance
    ELSE '空'
  END,
  CASE
    WHEN length(extract(client_ip, '((\\d+\\.){3}\\d+)')) > 0 THEN client_ip
    ELSE '空'
  END,
  src_type,
  node_class,
  port,
  client_port
LIMIT 10000
==== aftership/query/select_keyword_alias_no_as.sql#1
SELECT 'Joe' name FROM users
==== aftership/query/select_keyword_as_alias.sql#1
SELECT 1 AS interval, 2 AS from, 3 AS limit
==== aftership/query/select_keyword_as_column.sql#1
SELECT cloud, account, region, name, usage, limit, usage_percentage FROM service_quotas
==== aftership/query/select_keyword_as_last_column.sql#1
SELECT a, limit FROM t
==== aftership/query/select_keyword_as_only_column.sql#1
SELECT interval
==== aftership/query/select_keyword_operand_arithmetic.sql#1
SELECT limit + offset, limit - offset, limit % 2, limit * 100 / total FROM quotas
==== aftership/query/select_keyword_operand_as_function_argument.sql#1
SELECT toFloat64(limit), max(limit), if(limit > 0, limit, 0) FROM quotas
==== aftership/query/select_keyword_operand_before_operator_keyword.sql#1
SELECT CASE WHEN limit > 0 THEN limit ELSE offset END FROM quotas WHERE limit IN (1, 2) AND from = 1
==== aftership/query/select_keyword_operand_cast_and_subscript.sql#1
SELECT limit::UInt8, [limit][1], arr[limit], (limit, offset) FROM quotas
==== aftership/query/select_keyword_operand_in_where.sql#1
SELECT x FROM quotas WHERE limit > 0
==== aftership/query/select_keyword_operand_multiple_items.sql#1
SELECT limit + 1, offset + 1 FROM quotas
==== aftership/query/select_regexp.sql#1
SELECT a, b
FROM t
WHERE name REGEXP '^foo'
==== aftership/query/select_simple_with_bracket.sql#1
SELECT arrayConcat([1, 2], [3, 4], [5, 6]) AS res, f1["abc"] as f2
==== aftership/query/select_simple_with_is_not_null.sql#1
SELECT f0,f1,f2,f3 as a0
FROM test.events_local
WHERE (f0 IN ('foo', 'bar', 'test'))
  AND (f1 = 'testing')
  AND f2 IS NULL
  AND f3 IS NOT NULL
==== aftership/query/select_simple_with_is_null.sql#1
SELECT f0,f1,f2,f3 as a0
FROM test.events_local
WHERE (f0 IN ('foo', 'bar', 'test')) AND (f1 = 'testing') AND f2 IS NULL
==== aftership/query/select_simple_with_with_clause.sql#1
WITH
    cte1 AS (SELECT f1 FROM t1),
    cte2 AS (SELECT f2 FROM t2)
SELECT
    cte1.f1,
    cte2.f2,
    t3.f3
FROM
    t3,cte1,cte2
==== aftership/query/select_table_alias_without_keyword.sql#1
SELECT t1.Timestamp FROM my_table t1 INNER JOIN my_other_table t2 ON t1.a=t2.b
==== aftership/query/select_table_function_with_query.sql#1
SELECT 1, (SELECT 70) AS `power`, number
FROM
numbers(
    plus(
        ifNull((SELECT 1 AS bin_count, 1),
        1)
    )
)
==== aftership/query/select_trailing_comma_before_from.sql#1
SELECT count(x), --name
FROM cloud_assets
==== aftership/query/select_trailing_comma_before_from_keyword_table.sql#1
SELECT count(x), FROM `limit`
==== aftership/query/select_with_distinct.sql#1
SELECT count(DISTINCT(RECORD_ID)) FROM RECORD_TABLE
==== aftership/query/select_with_distinct_keyword.sql#1
SELECT DISTINCT record_id FROM records
==== aftership/query/select_with_distinct_on_dotted_columns.sql#1
SELECT DISTINCT ON (t.id, t.name) t.id, t.name, t.value FROM test_table t
==== aftership/query/select_with_distinct_on_keyword.sql#1
SELECT DISTINCT ON(album,artist) record_id FROM records
==== aftership/query/select_with_join_only.sql#1
SELECT * FROM "t1" JOIN "t2" ON true
==== aftership/query/select_with_keyword_in_group_by.sql#1
SELECT
    toStartOfInterval(timestamp, toIntervalMinute(1)) AS interval,
    column_name
FROM table
WHERE true
GROUP BY (interval, column_name)
ORDER BY (interval AS i, column_name) ASC
==== aftership/query/select_with_left_join.sql#1
WITH
    t1 AS
        (
            SELECT 1 AS value
    ),
    t2 AS
       (
SELECT 2 AS value
    )
SELECT *
FROM t1
         LEFT JOIN t2 ON true
==== aftership/query/select_with_multi_except.sql#1
SELECT number FROM numbers(1, 10) EXCEPT SELECT number FROM numbers(3, 6) EXCEPT SELECT number FROM numbers(8, 9)
==== aftership/query/select_with_multi_join.sql#1
with t1 as (
    select 'value1' as value
    ), t2 as (
select 'value2' as value
    ), t3 as (
select 'value3' as value
    )
select
    t1.value as value1,
    t2.value as value2,
    t3.value as value3
from
    t1
        join t2 on true
        join t3
        join t4 on true
        join t5
==== aftership/query/select_with_multi_line_comment.sql#1
select
    -- first line
    -- second line
    *
from
    t0
==== aftership/query/select_with_multi_union.sql#1
SELECT 1 AS v1 UNION ALL SELECT 2 AS v2 UNION ALL SELECT 3 AS v3
==== aftership/query/select_with_multi_union_distinct.sql#1
SELECT 1 AS v1 UNION DISTINCT SELECT 2 AS v2 UNION DISTINCT SELECT 3 AS v3
==== aftership/query/select_with_number_field.sql#1
SELECT foo, bar.1, foo.2 FROM foo ARRAY JOIN m as bar
==== aftership/query/select_with_single_quote_table.sql#1
SELECT * FROM 'test_table'
==== aftership/query/select_with_string_expr.sql#1
WITH "abc" AS (SELECT 1 AS a) SELECT * FROM "abc"
==== aftership/query/select_with_union_distinct.sql#1
SELECT replica_name FROM system.ha_replicas UNION DISTINCT SELECT replica_name FROM system.ha_unique_replicas format JSON
==== aftership/query/select_with_variable.sql#1
WITH $abc AS (SELECT 1 AS a) SELECT * FROM $abc

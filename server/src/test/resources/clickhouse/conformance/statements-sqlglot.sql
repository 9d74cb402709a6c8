==== sqlglot/test_clickhouse.py#1
SELECT col.^nested, t.col2.^nested, t.col3.^nested.twice FROM t
==== sqlglot/test_clickhouse.py#10
SELECT json.a.b.:"Array(Array(JSON))".c
==== sqlglot/test_clickhouse.py#101
ATTACH DATABASE DEFAULT ENGINE = ORDINARY
==== sqlglot/test_clickhouse.py#104
SELECT toDate((number * 10) * 86400) AS d1, toDate(number * 86400) AS d2, 'original' AS source FROM numbers(10) WHERE (number % 3) = 1 ORDER BY d2 WITH FILL, d1 WITH FILL STEP 5
==== sqlglot/test_clickhouse.py#106
SELECT SUM(1) AS impressions, arrayJoin(cities) AS city, arrayJoin(browsers) AS browser FROM (SELECT ['Istanbul', 'Berlin', 'Bobruisk'] AS cities, ['Firefox', 'Chrome', 'Chrome'] AS browsers) GROUP BY 2, 3
==== sqlglot/test_clickhouse.py#107
SELECT sum(1) AS impressions, (arrayJoin(arrayZip(cities, browsers)) AS t).1 AS city, t.2 AS browser FROM (SELECT ['Istanbul', 'Berlin', 'Bobruisk'] AS cities, ['Firefox', 'Chrome', 'Chrome'] AS browsers) GROUP BY 2, 3
==== sqlglot/test_clickhouse.py#108
SELECT CAST(tuple(1 AS "a", 2 AS "b", 3.0 AS "c").2 AS Nullable(String))
==== sqlglot/test_clickhouse.py#109
CREATE TABLE test (id UInt8) ENGINE=AggregatingMergeTree() ORDER BY tuple()
==== sqlglot/test_clickhouse.py#11
SELECT json.a.b[].c
==== sqlglot/test_clickhouse.py#110
CREATE TABLE test UUID '28f1c61c-2970-457a-bffe-454156ddcfef' (n UInt64) ENGINE=MergeTree
==== sqlglot/test_clickhouse.py#111
CREATE TABLE test ON CLUSTER default (id UInt8) ENGINE=AggregatingMergeTree() ORDER BY tuple()
==== sqlglot/test_clickhouse.py#112
CREATE TABLE test ON CLUSTER '{cluster}' (id UInt8) ENGINE=AggregatingMergeTree() ORDER BY tuple()
==== sqlglot/test_clickhouse.py#113
CREATE MATERIALIZED VIEW test_view ON CLUSTER cl1 (id UInt8) ENGINE=AggregatingMergeTree() ORDER BY tuple() AS SELECT * FROM test_data
==== sqlglot/test_clickhouse.py#114
CREATE MATERIALIZED VIEW test_view ON CLUSTER '{cluster}' (id UInt8) ENGINE=AggregatingMergeTree() ORDER BY tuple() AS SELECT * FROM test_data
==== sqlglot/test_clickhouse.py#115
CREATE MATERIALIZED VIEW test_view ON CLUSTER cl1 TO table1 AS SELECT * FROM test_data
==== sqlglot/test_clickhouse.py#116
CREATE MATERIALIZED VIEW test_view ON CLUSTER '{cluster}' TO table1 AS SELECT * FROM test_data
==== sqlglot/test_clickhouse.py#117
CREATE MATERIALIZED VIEW test_view TO db.table1 (id UInt8) AS SELECT * FROM test_data
==== sqlglot/test_clickhouse.py#118
CREATE TABLE t (foo String CODEC(LZ4HC(9), ZSTD, DELTA), size String ALIAS formatReadableSize(size_bytes), INDEX idx1 a TYPE bloom_filter(0.001) GRANULARITY 1, INDEX idx2 a TYPE set(100) GRANULARITY 2, INDEX idx3 a TYPE minmax GRANULARITY 3)
==== sqlglot/test_clickhouse.py#119
SELECT generate_series FROM generate_series(0, 10) AS g(x)
==== sqlglot/test_clickhouse.py#12
SELECT json.a.b[][]
==== sqlglot/test_clickhouse.py#120
SELECT t.c FROM (SELECT arrayJoin([1,2,3,4,5]) AS c) AS t WHERE (t.c + 0) NOT IN (1,2)
==== sqlglot/test_clickhouse.py#121
SELECT * FROM t1, t2
==== sqlglot/test_clickhouse.py#122
SELECT and(1, 2)
==== sqlglot/test_clickhouse.py#123
SELECT or(1, 2)
==== sqlglot/test_clickhouse.py#124
SELECT generate_series FROM generate_series(0, 10) AS g
==== sqlglot/test_clickhouse.py#125
INSERT INTO tab VALUES ({'key1': 1, 'key2': 10}), ({'key1': 2, 'key2': 20}), ({'key1': 3, 'key2': 30})
==== sqlglot/test_clickhouse.py#126
SELECT (toUInt8('1') + toUInt8('2')) IS NOT NULL
==== sqlglot/test_clickhouse.py#127
SELECT $1$foo$1$
==== sqlglot/test_clickhouse.py#128
SELECT * FROM table LIMIT 1, 2 BY a, b
==== sqlglot/test_clickhouse.py#129
SELECT SUM(1) AS impressions FROM (SELECT ['Istanbul', 'Berlin', 'Bobruisk'] AS cities) WHERE arrayJoin(cities) IN ['Istanbul', 'Berlin']
==== sqlglot/test_clickhouse.py#13
WITH arrayJoin([(1, [2, 3])]) AS arr SELECT arr
==== sqlglot/test_clickhouse.py#130
SELECT SUBSTRING_INDEX(str, delim, count)
==== sqlglot/test_clickhouse.py#131
SELECT SUBSTRING_INDEX('a.b.c.d', '.', 2)
==== sqlglot/test_clickhouse.py#132
SELECT SUBSTRING_INDEX('a.b.c.d', '.', -2)
==== sqlglot/test_clickhouse.py#134
SELECT substringIndex('a.b.c.d', '.', 2)
==== sqlglot/test_clickhouse.py#135
SELECT CAST(STR_TO_DATE(SUBSTRING(a.eta, 1, 10), '%Y-%m-%d') AS Nullable(DATE))
==== sqlglot/test_clickhouse.py#136
CHAR(67) || CHAR(65) || CHAR(84)
==== sqlglot/test_clickhouse.py#137
SELECT lag(salary, 1, 0) OVER (ORDER BY hire_date) AS prev_sal FROM employees
==== sqlglot/test_clickhouse.py#138
SELECT lead(salary, 1, 0) OVER (ORDER BY hire_date) AS prev_sal FROM employees
==== sqlglot/test_clickhouse.py#139
SELECT lagInFrame(salary, 1, 0) OVER (ORDER BY hire_date) AS prev_sal FROM employees
==== sqlglot/test_clickhouse.py#14
CAST(1 AS Bool)
==== sqlglot/test_clickhouse.py#140
SELECT leadInFrame(salary, 1, 0) OVER (ORDER BY hire_date) AS prev_sal FROM employees
==== sqlglot/test_clickhouse.py#141
SELECT CAST(STR_TO_DATE('05 12 2000', '%d %m %Y') AS Nullable(DATE))
==== sqlglot/test_clickhouse.py#142
SELECT * FROM x PREWHERE y = 1 WHERE z = 2
==== sqlglot/test_clickhouse.py#143
SELECT * FROM x AS prewhere
==== sqlglot/test_clickhouse.py#144
SELECT a, b FROM (SELECT * FROM x) AS t(a, b)
==== sqlglot/test_clickhouse.py#145
SELECT arrayJoin([1,2,3])
==== sqlglot/test_clickhouse.py#146
has([1], x)
==== sqlglot/test_clickhouse.py#147
NOT has([1], x)
==== sqlglot/test_clickhouse.py#149
SELECT CAST('2020-01-01' AS Nullable(DateTime)) + INTERVAL '500' MICROSECOND
==== sqlglot/test_clickhouse.py#15
SELECT toString(CHAR(104.1, 101, 108.9, 108.9, 111, 32))
==== sqlglot/test_clickhouse.py#150
SELECT CURRENT_DATE()
==== sqlglot/test_clickhouse.py#151
SELECT CURRENT_TIMESTAMP()
==== sqlglot/test_clickhouse.py#152
SELECT match('ThOmAs', CONCAT('(?i)', 'thomas'))
==== sqlglot/test_clickhouse.py#153
SELECT match('ThOmAs', CONCAT('(?i)', x)) FROM t
==== sqlglot/test_clickhouse.py#154
DATE_ADD(DAY, 1, x)
==== sqlglot/test_clickhouse.py#155
DATE_DIFF(DAY, a, b)
==== sqlglot/test_clickhouse.py#156
SELECT xor(1, 0)
==== sqlglot/test_clickhouse.py#157
SELECT xor(0, 1, xor(1, 0, 0))
==== sqlglot/test_clickhouse.py#158
SELECT xor(xor(1, 0), 1)
==== sqlglot/test_clickhouse.py#159
SELECT xor(0, 1, 1, 0)
==== sqlglot/test_clickhouse.py#16
@macro
==== sqlglot/test_clickhouse.py#160
CONCAT(a, b)
==== sqlglot/test_clickhouse.py#161
SELECT uniq(x) FROM (SELECT any(y) AS x FROM (SELECT 1 AS y))
==== sqlglot/test_clickhouse.py#162
SELECT fname, lname, age FROM person ORDER BY age DESC NULLS FIRST, fname ASC NULLS LAST, lname
==== sqlglot/test_clickhouse.py#163
CAST(1 AS NULLABLE(Int64))
==== sqlglot/test_clickhouse.py#164
CAST(1 AS Nullable(DateTime64(6, 'UTC')))
==== sqlglot/test_clickhouse.py#165
SELECT x #! comment
==== sqlglot/test_clickhouse.py#166
SELECT quantileIf(0.5)(a, true)
==== sqlglot/test_clickhouse.py#167
SELECT POSITION(needle IN haystack)
==== sqlglot/test_clickhouse.py#168
SELECT * FROM x LIMIT 10 SETTINGS max_results = 100, result = 'break'
==== sqlglot/test_clickhouse.py#169
SELECT * FROM x LIMIT 10 SETTINGS max_results = 100, result_
==== sqlglot/test_clickhouse.py#17
SELECT toFloat(like)
==== sqlglot/test_clickhouse.py#170
SELECT * FROM x FORMAT PrettyCompact
==== sqlglot/test_clickhouse.py#171
SELECT * FROM x LIMIT 10 SETTINGS max_results = 100, result_ FORMAT PrettyCompact
==== sqlglot/test_clickhouse.py#172
SELECT * FROM foo JOIN bar USING id, name
==== sqlglot/test_clickhouse.py#173
SELECT * FROM foo ANY LEFT JOIN bla ON foo.c1 = bla.c2
==== sqlglot/test_clickhouse.py#174
SELECT * FROM foo GLOBAL ANY LEFT JOIN bla ON foo.c1 = bla.c2
==== sqlglot/test_clickhouse.py#177
SELECT quantiles(0.5, 0.4)(a)
==== sqlglot/test_clickhouse.py#178
SELECT quantiles(0.5)(a)
==== sqlglot/test_clickhouse.py#179
SELECT isNaN(x)
==== sqlglot/test_clickhouse.py#18
SELECT like
==== sqlglot/test_clickhouse.py#180
SELECT IS_NAN(x), ISNAN(x)
==== sqlglot/test_clickhouse.py#181
SELECT startsWith('a', 'b')
==== sqlglot/test_clickhouse.py#182
SELECT STARTS_WITH('a', 'b'), STARTSWITH('a', 'b')
==== sqlglot/test_clickhouse.py#183
SYSTEM STOP MERGES foo.bar
==== sqlglot/test_clickhouse.py#184
INSERT INTO FUNCTION s3('url', 'CSV', 'name String, value UInt32', 'gzip') SELECT name, value FROM existing_table
==== sqlglot/test_clickhouse.py#185
INSERT INTO FUNCTION remote('localhost', default.simple_table) VALUES (100, 'inserted via remote()')
==== sqlglot/test_clickhouse.py#187
INSERT INTO t (n.a, n.b) VALUES (1, [1, 2])
==== sqlglot/test_clickhouse.py#188
SELECT 1 FORMAT TabSeparated
==== sqlglot/test_clickhouse.py#189
SELECT * FROM t FORMAT TabSeparated
==== sqlglot/test_clickhouse.py#19
SELECT STR_TO_DATE(str, fmt, tz)
==== sqlglot/test_clickhouse.py#190
SELECT FORMAT
==== sqlglot/test_clickhouse.py#191
1 AS FORMAT
==== sqlglot/test_clickhouse.py#192
SELECT formatDateTime(NOW(), '%Y-%m-%d', '%T')
==== sqlglot/test_clickhouse.py#193
SELECT formatDateTime(NOW(), '%Y-%m-%d')
==== sqlglot/test_clickhouse.py#194
ALTER TABLE visits DROP PARTITION 201901
==== sqlglot/test_clickhouse.py#195
ALTER TABLE visits DROP PARTITION ALL
==== sqlglot/test_clickhouse.py#196
ALTER TABLE visits DROP PARTITION tuple(toYYYYMM(toDate('2019-01-25')))
==== sqlglot/test_clickhouse.py#197
ALTER TABLE visits DROP PARTITION ID '201901'
==== sqlglot/test_clickhouse.py#198
ALTER TABLE visits REPLACE PARTITION 201901 FROM visits_tmp
==== sqlglot/test_clickhouse.py#199
ALTER TABLE visits REPLACE PARTITION ALL FROM visits_tmp
==== sqlglot/test_clickhouse.py#2
cast(notEmpty(report_task_id)?report_task_id:'-1' AS text)
==== sqlglot/test_clickhouse.py#20
SELECT STR_TO_DATE('05 12 2000', '%d %m %Y')
==== sqlglot/test_clickhouse.py#200
ALTER TABLE visits REPLACE PARTITION tuple(toYYYYMM(toDate('2019-01-25'))) FROM visits_tmp
==== sqlglot/test_clickhouse.py#201
ALTER TABLE visits REPLACE PARTITION ID '201901' FROM visits_tmp
==== sqlglot/test_clickhouse.py#202
ALTER TABLE visits ON CLUSTER test_cluster DROP COLUMN col1
==== sqlglot/test_clickhouse.py#203
ALTER TABLE visits ON CLUSTER '{cluster}' DROP COLUMN col1
==== sqlglot/test_clickhouse.py#204
DELETE FROM tbl ON CLUSTER test_cluster WHERE date = '2019-01-01'
==== sqlglot/test_clickhouse.py#205
DELETE FROM tbl ON CLUSTER '{cluster}' WHERE date = '2019-01-01'
==== sqlglot/test_clickhouse.py#206
ALTER TABLE t ALTER COLUMN c TYPE Nullable(Int64)
==== sqlglot/test_clickhouse.py#207
ALTER TABLE t MODIFY COLUMN c Int64
==== sqlglot/test_clickhouse.py#208
ALTER TABLE t MODIFY COLUMN IF EXISTS c Int64
==== sqlglot/test_clickhouse.py#209
ALTER TABLE t ALTER COLUMN IF EXISTS c TYPE Int64
==== sqlglot/test_clickhouse.py#21
SELECT EXTRACT(YEAR FROM toDateTime('2023-02-01'))
==== sqlglot/test_clickhouse.py#210
ALTER TABLE t MODIFY COLUMN c REMOVE DEFAULT
==== sqlglot/test_clickhouse.py#211
ALTER TABLE t MODIFY TTL d + INTERVAL 1 DAY
==== sqlglot/test_clickhouse.py#212
ALTER TABLE t MODIFY COMMENT 'hi'
==== sqlglot/test_clickhouse.py#213
INSERT INTO t (col1, col2) VALUES ('abcd', 1234)
==== sqlglot/test_clickhouse.py#215
SELECT TRIM(TRAILING ')' FROM '(   Hello, world!   )')
==== sqlglot/test_clickhouse.py#216
SELECT TRIM(LEADING '(' FROM '(   Hello, world!   )')
==== sqlglot/test_clickhouse.py#217
SELECT TRIM(LEADING 'xy' FROM s), TRIM(TRAILING 'xy' FROM s), TRIM(BOTH 'xy' FROM s)
==== sqlglot/test_clickhouse.py#218
SELECT LTRIM(s), RTRIM(s), TRIM(s)
==== sqlglot/test_clickhouse.py#219
current_timestamp
==== sqlglot/test_clickhouse.py#22
extract(haystack, pattern)
==== sqlglot/test_clickhouse.py#220
SELECT * APPLY(sum) FROM columns_transformers
==== sqlglot/test_clickhouse.py#221
SELECT COLUMNS('[jk]') APPLY(toString) FROM columns_transformers
==== sqlglot/test_clickhouse.py#222
SELECT COLUMNS('[jk]') APPLY(toString) APPLY(length) APPLY(max) FROM columns_transformers
==== sqlglot/test_clickhouse.py#223
SELECT * APPLY(sum), COLUMNS('col') APPLY(sum) APPLY(avg) FROM t
==== sqlglot/test_clickhouse.py#224
SELECT * FROM ABC WHERE hasAny(COLUMNS('.*field') APPLY(toUInt64) APPLY(to), (SELECT groupUniqArray(toUInt64(field))))
==== sqlglot/test_clickhouse.py#225
SELECT col apply
==== sqlglot/test_clickhouse.py#226
SELECT name FROM data WHERE (SELECT DISTINCT name FROM data) IS NOT NULL
==== sqlglot/test_clickhouse.py#227
SELECT 1_2_3_4_5
==== sqlglot/test_clickhouse.py#228
SELECT 1_b
==== sqlglot/test_clickhouse.py#229
SELECT COUNT(1) FROM table SETTINGS additional_table_filters = {'a': 'b', 'c': 'd'}
==== sqlglot/test_clickhouse.py#23
SELECT * FROM x LIMIT 1 UNION ALL SELECT * FROM y
==== sqlglot/test_clickhouse.py#230
SELECT arrayConcat([1, 2], [3, 4])
==== sqlglot/test_clickhouse.py#231
SELECT parseDateTime('2021-01-04+23:00:00', '%Y-%m-%d+%H:%i:%s')
==== sqlglot/test_clickhouse.py#232
SELECT parseDateTime('2021-01-04+23:00:00', '%Y-%m-%d+%H:%i:%s', 'Asia/Istanbul')
==== sqlglot/test_clickhouse.py#233
farmFingerprint64(x1, x2, x3)
==== sqlglot/test_clickhouse.py#234
cityHash64()
==== sqlglot/test_clickhouse.py#235
cityHash64(x)
==== sqlglot/test_clickhouse.py#236
cityHash64(x, y, z)
==== sqlglot/test_clickhouse.py#237
cosineDistance(x, y)
==== sqlglot/test_clickhouse.py#238
L2Distance(x, y)
==== sqlglot/test_clickhouse.py#239
tuple(1 = 1, 'foo' = 'foo')
==== sqlglot/test_clickhouse.py#24
SELECT CAST(x AS Tuple(String, Array(Nullable(Float64))))
==== sqlglot/test_clickhouse.py#240
SELECT LIKE(a, b)
==== sqlglot/test_clickhouse.py#241
SELECT notLike(a, b)
==== sqlglot/test_clickhouse.py#242
SELECT ilike(a, b)
==== sqlglot/test_clickhouse.py#243
currentDatabase()
==== sqlglot/test_clickhouse.py#244
currentSchemas(TRUE)
==== sqlglot/test_clickhouse.py#245
VERSION()
==== sqlglot/test_clickhouse.py#246
SELECT quantilesExactExclusive(0.25, 0.5, 0.75)(x) AS y FROM (SELECT number AS x FROM num)
==== sqlglot/test_clickhouse.py#247
SELECT or(0, 1, -2)
==== sqlglot/test_clickhouse.py#248
SELECT and(1, 2, 3)
==== sqlglot/test_clickhouse.py#249
SELECT or(and(3, 0), 5)
==== sqlglot/test_clickhouse.py#25
countIf(x, y)
==== sqlglot/test_clickhouse.py#250
arrayCompact([1, 1, nan, nan, 2, 3, 3, 3])
==== sqlglot/test_clickhouse.py#251
arrayConcat([1, 2], [3, 4])
==== sqlglot/test_clickhouse.py#252
arrayDistinct([1, 2, 2, 3, 1])
==== sqlglot/test_clickhouse.py#253
arrayExcept([1, 2, 3, 2, 4], [3, 5])
==== sqlglot/test_clickhouse.py#254
SELECT UTCTimestamp()
==== sqlglot/test_clickhouse.py#255
SELECT []
==== sqlglot/test_clickhouse.py#256
a / b
==== sqlglot/test_clickhouse.py#257
SELECT * FROM VALUES ((1, 1), (2, 1), (3, 1), (4, 1))
==== sqlglot/test_clickhouse.py#258
SELECT type, id FROM VALUES ('id Int, type Int', (1, 1), (2, 1), (3, 1), (4, 1))
==== sqlglot/test_clickhouse.py#26
x = y
==== sqlglot/test_clickhouse.py#260
INSERT INTO t (col1, col2) FORMAT Values('abcd', 1234)
==== sqlglot/test_clickhouse.py#261
INSERT INTO t (col1, col2) VALUES (('abcd'), (1234))
==== sqlglot/test_clickhouse.py#262
SELECT * FROM VALUES ((1), (2), (3))
==== sqlglot/test_clickhouse.py#263
SELECT col FROM (SELECT 1 AS col) AS _t
==== sqlglot/test_clickhouse.py#264
SELECT col1, col2 FROM (SELECT 1 AS col1, 2 AS col2 UNION ALL SELECT 3, 4) AS _t
==== sqlglot/test_clickhouse.py#265
WITH 'x' AS foo SELECT foo
==== sqlglot/test_clickhouse.py#266
WITH ['c'] AS field_names SELECT field_names
==== sqlglot/test_clickhouse.py#267
WITH SUM(bytes) AS foo SELECT foo FROM system.parts
==== sqlglot/test_clickhouse.py#268
WITH (SELECT foo) AS bar SELECT bar + 5
==== sqlglot/test_clickhouse.py#269
WITH test1 AS (SELECT i + 1, j + 1 FROM test1) SELECT * FROM test1
==== sqlglot/test_clickhouse.py#27
x <> y
==== sqlglot/test_clickhouse.py#270
arraySlice(x, 1)
==== sqlglot/test_clickhouse.py#271
x ? 1 : 2
==== sqlglot/test_clickhouse.py#272
IF(BAR(col), sign > 0 ? FOO() : 0, 1)
==== sqlglot/test_clickhouse.py#273
x AND FOO() > 3 + 2 ? 1 : 2
==== sqlglot/test_clickhouse.py#274
x ? (y ? 1 : 2) : 3
==== sqlglot/test_clickhouse.py#275
x AND (foo() ? FALSE : TRUE) ? (y ? 1 : 2) : 3
==== sqlglot/test_clickhouse.py#276
SELECT {abc: UInt32}, {b: String}, {c: DateTime},{d: Map(String, Array(UInt8))}, {e: Tuple(UInt8, String)}
==== sqlglot/test_clickhouse.py#277
SELECT * FROM {table: Identifier}
==== sqlglot/test_clickhouse.py#279
SELECT CAST(val AS JSON(col1 String, col2 JSON(colA String, SKIP colB)))
==== sqlglot/test_clickhouse.py#28
SELECT * FROM (SELECT a FROM b SAMPLE 0.01)
==== sqlglot/test_clickhouse.py#281
CREATE TABLE t (`projection` Int8)
==== sqlglot/test_clickhouse.py#283
CREATE MATERIALIZED VIEW a.b TO a.c (c Int32) AS SELECT * FROM a.d
==== sqlglot/test_clickhouse.py#286
CREATE TABLE named_tuples (a Tuple(select String, i Int64))
==== sqlglot/test_clickhouse.py#288
CREATE TABLE t1 (a String EPHEMERAL, b String EPHEMERAL func(), c String MATERIALIZED func(), d String ALIAS func()) ENGINE=TinyLog()
==== sqlglot/test_clickhouse.py#289
CREATE TABLE t (a String, b String, c UInt64, PROJECTION p1 (SELECT a, sum(c) GROUP BY a, b), PROJECTION p2 (SELECT b, sum(c) GROUP BY b)) ENGINE=MergeTree()
==== sqlglot/test_clickhouse.py#29
SELECT * FROM (SELECT a FROM b SAMPLE 1 / 10 OFFSET 1 / 2)
==== sqlglot/test_clickhouse.py#291
INSERT INTO FUNCTION s3('a', 'b', 'c', 'd', 'e') PARTITION BY CONCAT(s1, s2, s3, s4) SETTINGS set1 = 1, set2 = '2' SELECT * FROM some_table SETTINGS foo = 3
==== sqlglot/test_clickhouse.py#292
CREATE TABLE data5 ("x" UInt32, "y" UInt32) ENGINE=MergeTree ORDER BY (round(y / 1000000000), cityHash64(x)) SAMPLE BY cityHash64(x)
==== sqlglot/test_clickhouse.py#293
CREATE TABLE foo (x UInt32) TTL time_column + INTERVAL '1' MONTH DELETE WHERE column = 'value'
==== sqlglot/test_clickhouse.py#294
CREATE FUNCTION parity_str AS (n) -> IF(n % 2, 'odd', 'even')
==== sqlglot/test_clickhouse.py#295
CREATE TABLE a ENGINE=Memory AS SELECT 1 AS c COMMENT 'foo'
==== sqlglot/test_clickhouse.py#296
CREATE TABLE t1 ("x" UInt32, "y" Dynamic, "z" Dynamic(max_types = 10)) ENGINE=MergeTree ORDER BY x
==== sqlglot/test_clickhouse.py#297
CREATE TABLE test_table (id Int32, name String) ENGINE=MergeTree PRIMARY KEY id
==== sqlglot/test_clickhouse.py#298
CREATE TABLE test_table (id Int32, name String) ENGINE=MergeTree PRIMARY KEY tuple()
==== sqlglot/test_clickhouse.py#299
CREATE TABLE t (a UInt32, CONSTRAINT a_constraint CHECK (a < 10)) ENGINE=MergeTree ORDER BY a
==== sqlglot/test_clickhouse.py#3
SELECT 1 SETTINGS log_comment = 'performance'
==== sqlglot/test_clickhouse.py#30
SELECT sum(foo * bar) FROM bla SAMPLE 10000000
==== sqlglot/test_clickhouse.py#300
CREATE TABLE t (a UInt32, CONSTRAINT c1 ASSUME (a > 5)) ENGINE=MergeTree ORDER BY a
==== sqlglot/test_clickhouse.py#301
CREATE TABLE t (a UInt32, CONSTRAINT a_constraint CHECK a < 10) ENGINE=MergeTree ORDER BY a
==== sqlglot/test_clickhouse.py#302
CREATE TABLE t (a UInt32, CONSTRAINT c1 ASSUME a > 5) ENGINE=MergeTree ORDER BY a
==== sqlglot/test_clickhouse.py#303
CREATE TABLE t (a UInt32, CONSTRAINT t CHECK (SELECT 1)) ENGINE=MergeTree ORDER BY a
==== sqlglot/test_clickhouse.py#304
CREATE TABLE t (a UInt32, CONSTRAINT t ASSUME (SELECT 1)) ENGINE=MergeTree ORDER BY a
==== sqlglot/test_clickhouse.py#305
CREATE TABLE t (check UInt32)
==== sqlglot/test_clickhouse.py#306
CREATE TABLE t (assume UInt32)
==== sqlglot/test_clickhouse.py#307
CREATE DATABASE x
==== sqlglot/test_clickhouse.py#308
DROP DATABASE x
==== sqlglot/test_clickhouse.py#31
CAST(x AS Nested(ID UInt32, Serial UInt32, EventTime DateTime))
==== sqlglot/test_clickhouse.py#319
CREATE DICTIONARY dict1 (key UInt64) PRIMARY KEY (key) SOURCE(CLICKHOUSE(HOST 'localhost' PORT tcpPort() USER 'default' DB CURRENT_DATABASE())) LIFETIME(MIN 1 MAX 10) LAYOUT(FLAT())
==== sqlglot/test_clickhouse.py#32
CAST(x AS Enum('hello' = 1, 'world' = 2))
==== sqlglot/test_clickhouse.py#320
CREATE DICTIONARY dict1 (key UInt64) PRIMARY KEY (key) SOURCE(FILE(PATH '/tmp/test.csv' FORMAT CSVWithNames)) LIFETIME(MIN 0 MAX 1) LAYOUT(FLAT())
==== sqlglot/test_clickhouse.py#321
CREATE DICTIONARY dict1 (key UInt64) PRIMARY KEY (key) SOURCE(NULL()) LAYOUT(CACHE(SIZE_IN_CELLS 1000)) LIFETIME(MIN 0 MAX 1)
==== sqlglot/test_clickhouse.py#324
CREATE TABLE t1 (a String MATERIALIZED func())
==== sqlglot/test_clickhouse.py#327
DROP TABLE t SYNC
==== sqlglot/test_clickhouse.py#328
DROP DATABASE IF EXISTS d SYNC
==== sqlglot/test_clickhouse.py#329
SELECT quantileExactInclusive(0.25)(number) AS x FROM numbers(5)
==== sqlglot/test_clickhouse.py#33
CAST(x AS Enum('hello', 'world'))
==== sqlglot/test_clickhouse.py#330
SELECT approx_top_sum(column, weight) FROM t
==== sqlglot/test_clickhouse.py#331
SELECT approx_top_sum(N)(column, weight) FROM t
==== sqlglot/test_clickhouse.py#332
SELECT approx_top_sum(N, reserved)(column, weight) FROM t
==== sqlglot/test_clickhouse.py#333
SELECT uniqExactIf(x, y) FROM t
==== sqlglot/test_clickhouse.py#334
SELECT countIfMerge(state) FROM t
==== sqlglot/test_clickhouse.py#335
SELECT uniqExactIfMerge(state) FROM t
==== sqlglot/test_clickhouse.py#336
SELECT avgArgMinIfState(x, y) FROM t
==== sqlglot/test_clickhouse.py#337
SELECT quantileIfState(0.5)(col, cond) FROM t
==== sqlglot/test_clickhouse.py#338
SELECT sumMap(k, v) FROM t
==== sqlglot/test_clickhouse.py#339
SELECT minMap(k, v) FROM t
==== sqlglot/test_clickhouse.py#34
CAST(x AS Enum('hello' = 1, 'world'))
==== sqlglot/test_clickhouse.py#340
SELECT maxMap(k, v) FROM t
==== sqlglot/test_clickhouse.py#341
SELECT sumMapIf(k, v, cond) FROM t
==== sqlglot/test_clickhouse.py#342
SELECT minMapIf(k, v, cond) FROM t
==== sqlglot/test_clickhouse.py#343
SELECT maxMapIf(k, v, cond) FROM t
==== sqlglot/test_clickhouse.py#344
SELECT sumMapState(k, v) FROM t
==== sqlglot/test_clickhouse.py#345
SELECT sumMapIfState(k, v, cond) FROM t
==== sqlglot/test_clickhouse.py#346
SELECT sumMergeIfMerge(s) FROM (SELECT sumMergeIfState(agg, 1 = 1) AS s
==== sqlglot/test_clickhouse.py#347
GRANT SELECT(x, y) ON db.table TO john WITH GRANT OPTION
==== sqlglot/test_clickhouse.py#348
GRANT INSERT(x, y) ON db.table TO john
==== sqlglot/test_clickhouse.py#349
REVOKE SELECT(x, y) ON db.table FROM john
==== sqlglot/test_clickhouse.py#35
CAST(x AS Enum8('hello' = -123, 'world'))
==== sqlglot/test_clickhouse.py#350
REVOKE INSERT(x, y) ON db.table FROM john
==== sqlglot/test_clickhouse.py#351
SELECT * FROM arrays_test ARRAY JOIN arr1, arrays_test.arr2 AS foo, ['a', 'b', 'c'] AS elem
==== sqlglot/test_clickhouse.py#352
SELECT s, arr FROM arrays_test ARRAY JOIN arr
==== sqlglot/test_clickhouse.py#353
SELECT s, arr, a FROM arrays_test LEFT ARRAY JOIN arr AS a
==== sqlglot/test_clickhouse.py#354
SELECT s, arr_external FROM arrays_test ARRAY JOIN [1, 2, 3] AS arr_external
==== sqlglot/test_clickhouse.py#355
SELECT * FROM arrays_test ARRAY JOIN [1, 2, 3] AS arr_external1, ['a', 'b', 'c'] AS arr_external2, splitByString(',', 'asd,qwerty,zxc') AS arr_external3
==== sqlglot/test_clickhouse.py#356
SELECT row_number(column1) OVER (PARTITION BY column2 ORDER BY column3) FROM table
==== sqlglot/test_clickhouse.py#357
SELECT row_number() OVER (PARTITION BY column2 ORDER BY column3) FROM table
==== sqlglot/test_clickhouse.py#358
SELECT groupConcat(', ')(part_name) FROM system.parts
==== sqlglot/test_clickhouse.py#359
SELECT groupConcat(part_name) FROM t
==== sqlglot/test_clickhouse.py#36
CAST(x AS FixedString(1))
==== sqlglot/test_clickhouse.py#360
SELECT groupConcat(', ', 2)(part_name) FROM t
==== sqlglot/test_clickhouse.py#361
SELECT groupConcatIf(x, cond) FROM t
==== sqlglot/test_clickhouse.py#362
SELECT groupConcatIf(', ')(x, cond) FROM t
==== sqlglot/test_clickhouse.py#363
SELECT groupConcat(', ')(part_name) FROM t
==== sqlglot/test_clickhouse.py#364
SELECT TRANSFORM(foo, [1, 2], ['first', 'second']) FROM table
==== sqlglot/test_clickhouse.py#365
SELECT TRANSFORM(foo, [1, 2], ['first', 'second'], 'default') FROM table
==== sqlglot/test_clickhouse.py#366
arrayMap(x -> x + 1, arr)
==== sqlglot/test_clickhouse.py#367
arrayFilter(x -> x > 0, arr)
==== sqlglot/test_clickhouse.py#368
SELECT col[1]
==== sqlglot/test_clickhouse.py#369
toMonday(x)
==== sqlglot/test_clickhouse.py#37
CAST(x AS LowCardinality(FixedString))
==== sqlglot/test_clickhouse.py#370
dateTrunc('MONTH', x)
==== sqlglot/test_clickhouse.py#371
date_trunc('WEEK', today())
==== sqlglot/test_clickhouse.py#372
splitByString('s', x)
==== sqlglot/test_clickhouse.py#373
splitByChar('', x)
==== sqlglot/test_clickhouse.py#374
CREATE VIEW myschema.myview (c1 String NOT NULL) AS SELECT c1 FROM file('base/dir/*.parquet', Parquet)
==== sqlglot/test_clickhouse.py#375
SELECT * FROM file('path', Parquet) WHERE x > 1
==== sqlglot/test_clickhouse.py#376
SELECT * FROM file('path', Parquet)
==== sqlglot/test_clickhouse.py#377
CREATE MATERIALIZED VIEW v TO db.t AS SELECT 1
==== sqlglot/test_clickhouse.py#378
CREATE MATERIALIZED VIEW v REFRESH AS SELECT 1
==== sqlglot/test_clickhouse.py#38
SELECT isNaN(1.0)
==== sqlglot/test_clickhouse.py#39
SELECT startsWith('Spider-Man', 'Spi')
==== sqlglot/test_clickhouse.py#4
SELECT DISTINCT ON ("id") * FROM t
==== sqlglot/test_clickhouse.py#40
SELECT xor(TRUE, FALSE)
==== sqlglot/test_clickhouse.py#41
CAST(['hello'], 'Array(Enum8(''hello'' = 1))')
==== sqlglot/test_clickhouse.py#42
SELECT x, COUNT() FROM y GROUP BY x WITH TOTALS
==== sqlglot/test_clickhouse.py#43
SELECT INTERVAL t.days DAY
==== sqlglot/test_clickhouse.py#44
SELECT match('abc', '([a-z]+)')
==== sqlglot/test_clickhouse.py#45
dictGet(x, 'y')
==== sqlglot/test_clickhouse.py#46
WITH final AS (SELECT 1) SELECT * FROM final
==== sqlglot/test_clickhouse.py#47
SELECT * FROM x FINAL
==== sqlglot/test_clickhouse.py#48
SELECT * FROM x AS y FINAL
==== sqlglot/test_clickhouse.py#49
SELECT event_id FROM "analytics"."events_view"(final = 1)
==== sqlglot/test_clickhouse.py#5
SELECT 1 OR (1 = 2)
==== sqlglot/test_clickhouse.py#50
SELECT event_id FROM "analytics"."uniqExactIf"(final = 1)
==== sqlglot/test_clickhouse.py#51
SELECT event_id FROM "analytics"."sum"(final = 1)
==== sqlglot/test_clickhouse.py#52
'a' IN mapKeys(map('a', 1, 'b', 2))
==== sqlglot/test_clickhouse.py#53
CAST((1, 2) AS Tuple(a Int8, b Int16))
==== sqlglot/test_clickhouse.py#54
SELECT * FROM foo LEFT ANY JOIN bla
==== sqlglot/test_clickhouse.py#55
SELECT * FROM foo LEFT ASOF JOIN bla
==== sqlglot/test_clickhouse.py#56
SELECT * FROM foo ASOF JOIN bla
==== sqlglot/test_clickhouse.py#57
SELECT * FROM foo ANY JOIN bla
==== sqlglot/test_clickhouse.py#58
SELECT * FROM foo GLOBAL ANY JOIN bla
==== sqlglot/test_clickhouse.py#59
SELECT * FROM foo GLOBAL LEFT ANY JOIN bla
==== sqlglot/test_clickhouse.py#6
SELECT 1 AND (1 = 2)
==== sqlglot/test_clickhouse.py#60
SELECT quantile(0.5)(a)
==== sqlglot/test_clickhouse.py#61
SELECT quantiles(0.5)(a) AS x FROM t
==== sqlglot/test_clickhouse.py#62
SELECT quantilesIf(0.5)(a, a > 1) AS x FROM t
==== sqlglot/test_clickhouse.py#63
SELECT quantileState(0.5)(a) AS x FROM t
==== sqlglot/test_clickhouse.py#64
SELECT deltaSumMerge(a) AS x FROM t
==== sqlglot/test_clickhouse.py#65
SELECT quantiles(0.1, 0.2, 0.3)(a)
==== sqlglot/test_clickhouse.py#66
SELECT quantileTiming(0.5)(RANGE(100))
==== sqlglot/test_clickhouse.py#67
SELECT histogram(5)(a)
==== sqlglot/test_clickhouse.py#68
SELECT groupUniqArray(2)(a)
==== sqlglot/test_clickhouse.py#69
SELECT exponentialTimeDecayedAvg(60)(a, b)
==== sqlglot/test_clickhouse.py#7
SELECT json.a.:Int64
==== sqlglot/test_clickhouse.py#70
levenshteinDistance(col1, col2)
==== sqlglot/test_clickhouse.py#71
jaroWinklerSimilarity('hello', 'world')
==== sqlglot/test_clickhouse.py#72
SELECT * FROM foo WHERE x GLOBAL IN (SELECT * FROM bar)
==== sqlglot/test_clickhouse.py#73
SELECT * FROM foo WHERE x GLOBAL NOT IN (SELECT * FROM bar)
==== sqlglot/test_clickhouse.py#74
POSITION(haystack, needle)
==== sqlglot/test_clickhouse.py#75
POSITION(haystack, needle, position)
==== sqlglot/test_clickhouse.py#76
CAST(x AS DATETIME)
==== sqlglot/test_clickhouse.py#77
CAST(x AS TIMESTAMPTZ)
==== sqlglot/test_clickhouse.py#78
CAST(x as MEDIUMINT)
==== sqlglot/test_clickhouse.py#79
CAST(x AS DECIMAL(38, 2))
==== sqlglot/test_clickhouse.py#8
SELECT json.a.:JSON.b.:Int64
==== sqlglot/test_clickhouse.py#80
SELECT arrayJoin([1, 2, 3] AS src) AS dst, 'Hello', src
==== sqlglot/test_clickhouse.py#82
SELECT * FROM table LIMIT 1 BY a, b
==== sqlglot/test_clickhouse.py#83
SELECT * FROM table LIMIT 2 OFFSET 1 BY a, b
==== sqlglot/test_clickhouse.py#84
TRUNCATE TABLE t1 ON CLUSTER test_cluster
==== sqlglot/test_clickhouse.py#85
TRUNCATE TABLE t1 ON CLUSTER '{cluster}'
==== sqlglot/test_clickhouse.py#86
TRUNCATE DATABASE db
==== sqlglot/test_clickhouse.py#87
TRUNCATE DATABASE db ON CLUSTER test_cluster
==== sqlglot/test_clickhouse.py#88
TRUNCATE DATABASE db ON CLUSTER '{cluster}'
==== sqlglot/test_clickhouse.py#89
trunc(3.14159, 2)
==== sqlglot/test_clickhouse.py#9
SELECT json.a.b.:"Array(JSON)".c
==== sqlglot/test_clickhouse.py#90
trunc(3.14159)
==== sqlglot/test_clickhouse.py#92
EXCHANGE TABLES x.a AND y.b
==== sqlglot/test_clickhouse.py#93
CREATE TABLE test (id UInt8) ENGINE=Null()
==== sqlglot/test_clickhouse.py#94
SELECT * FROM foo ORDER BY bar OFFSET 0 ROWS FETCH NEXT 10 ROWS WITH TIES
==== sqlglot/test_clickhouse.py#95
SELECT DATE_BIN(toDateTime('2023-01-01 14:45:00'), INTERVAL '1' MINUTE, toDateTime('2023-01-01 14:35:30'), 'UTC')
==== sqlglot/test_clickhouse.py#96
SELECT CAST(1730098800 AS DateTime64) AS DATETIME, 'test' AS interp ORDER BY DATETIME WITH FILL FROM toDateTime64(1730098800, 3) - INTERVAL '7' HOUR TO toDateTime64(1730185140, 3) - INTERVAL '7' HOUR STEP toIntervalSecond(900) INTERPOLATE (interp)
==== sqlglot/test_clickhouse.py#97
SELECT number, COUNT() OVER (PARTITION BY number % 3) AS partition_count FROM numbers(10) WINDOW window_name AS (PARTITION BY number) QUALIFY partition_count = 4 ORDER BY number
==== sqlglot/test_clickhouse.py#98
SELECT id, quantileGK(100, 0.95)(reading) OVER (PARTITION BY id ORDER BY id RANGE BETWEEN 30000 PRECEDING AND CURRENT ROW) AS window FROM table
==== sqlglot/test_clickhouse.py#99
SELECT * FROM table LIMIT 1 BY CONCAT(datalayerVariantNo, datalayerProductId, warehouse)

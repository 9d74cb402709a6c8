-- Invalid statements, one case per "==== label" header. "$0" marks where the one syntax error must start
-- (the marker is removed before parsing). Every case must give exactly one error.
==== unknown statement keyword
$0CRATE TABLE t (a UInt8) ENGINE = Memory
==== create what
CREATE $0TABEL t (a UInt8) ENGINE = Memory
==== missing table name
CREATE TABLE $0(a UInt8) ENGINE = Memory
==== missing column type
CREATE TABLE t (a UInt8, b$0, c String) ENGINE = Memory
==== missing comma between columns
CREATE TABLE t (a UInt8 $0b String) ENGINE = Memory
==== unclosed column list
CREATE TABLE t $0(a UInt8, b String ENGINE = Memory
==== unclosed type parameters
CREATE TABLE t $0(a Nullable(String, b UInt8) ENGINE = Memory
==== default without expression
CREATE TABLE t (a UInt8 DEFAULT$0, b String) ENGINE = Memory
==== engine without name
CREATE TABLE t (a UInt8) ENGINE = ORDER $0BY a
==== order without by
CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER $0a
==== partition by without expression
CREATE TABLE t (a UInt8) ENGINE = MergeTree PARTITION BY ORDER $0BY a
==== unknown table clause
CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER BY a $0SETINGS index_granularity = 8192
==== ttl interval without unit
CREATE TABLE t (d Date) ENGINE = MergeTree ORDER BY d TTL d + INTERVAL 90 $0DELETE
==== ttl to nowhere
CREATE TABLE t (d Date) ENGINE = MergeTree ORDER BY d TTL d + INTERVAL 1 DAY TO $0'x'
==== index without type
CREATE TABLE t (a String, INDEX i a $0GRANULARITY 4) ENGINE = MergeTree ORDER BY a
==== unbalanced parenthesis in expression
CREATE TABLE t $0(a UInt8 DEFAULT (1 + 2) ENGINE = Memory
==== if not exists misspelt
CREATE TABLE IF $0EXISTS t (a UInt8) ENGINE = Memory
==== view without as
CREATE VIEW v $0SELECT 1
==== materialized view without select
CREATE MATERIALIZED VIEW mv TO t AS$0
==== materialized view with unbalanced select
CREATE MATERIALIZED VIEW mv TO t AS SELECT count$0( FROM x
==== select with stray closing parenthesis
CREATE VIEW v AS SELECT a FROM t$0)
==== alter without table keyword
ALTER $0pull_requests ADD COLUMN x UInt8
==== alter unknown action
ALTER TABLE t $0ADDD COLUMN x UInt8
==== alter add column without type
ALTER TABLE t ADD COLUMN x$0
==== alter add what
ALTER TABLE t ADD $0COLUM x UInt8
==== alter after without column
ALTER TABLE t ADD COLUMN x UInt8 AFTER$0
==== alter update without where
ALTER TABLE t UPDATE a = 1$0
==== alter delete without where
ALTER TABLE t DELETE $0a = 1
==== alter second action broken
ALTER TABLE t ADD COLUMN a UInt8, DROP $0COLUMNS b
==== alter rename column without to
ALTER TABLE t RENAME COLUMN a $0b
==== drop what
DROP $0TABLES t
==== drop without name
DROP TABLE IF EXISTS$0
==== rename without to
RENAME TABLE a $0b
==== exchange without and
EXCHANGE TABLES a $0b
==== exchange table singular
EXCHANGE $0TABLE a AND b
==== truncate without name
TRUNCATE TABLE$0
==== insert without into
INSERT $0t VALUES (1)
==== insert values unclosed
INSERT INTO t VALUES (1, 2$0
==== insert without source
INSERT INTO t $0(a, b
==== optimize without table
OPTIMIZE $0t FINAL
==== dictionary without attributes
CREATE DICTIONARY d $0PRIMARY KEY id SOURCE(CLICKHOUSE(TABLE 'x')) LAYOUT(HASHED()) LIFETIME(300)
==== unterminated string
CREATE TABLE t (a String DEFAULT $0'abc) ENGINE = Memory
==== stray character
CREATE TABLE t (a UInt8) ENGINE = Memory $0`
==== case without when
CREATE TABLE t (a UInt8 DEFAULT CASE END$0) ENGINE = Memory
==== junk after a complete statement
DROP TABLE t $0t2

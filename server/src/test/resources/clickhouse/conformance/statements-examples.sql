==== examples/ai/clickhousectl/agentic-sla-scaling/schema.sql#1
CREATE TABLE IF NOT EXISTS events
(
    event_time  DateTime,
    user_id     UInt32,
    event_type  LowCardinality(String),
    country     LowCardinality(String),
    value       Float64
)
ENGINE = MergeTree
ORDER BY (event_type, event_time)
==== examples/ai/clickhousectl/agentic-sla-scaling/schema.sql#2
INSERT INTO events
SELECT
    now() - toIntervalSecond(number % 2592000),
    rand() % 1000000,
    ['click','view','purchase','signup','scroll'][1 + number % 5],
    ['US','GB','DE','FR','IN','BR'][1 + (number % 6)],
    rand() / 1e6
FROM numbers(200000000)
==== examples/blog-examples/Bench2Cost/_analyze/queries/perf/100M/test0.sql#1
SELECT *
 FROM bench2cost.costs
WHERE system ilike '%Snowflake%'
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/load_data.sql#1
INSERT INTO `test.hits_100B`
SELECT t.*
FROM `test.hits_1B` AS t
CROSS JOIN UNNEST(GENERATE_ARRAY(1, 20))
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#1
SELECT COUNT(*) FROM test.hits
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#10
SELECT RegionID, SUM(AdvEngineID), COUNT(*) AS c, AVG(ResolutionWidth), COUNT(DISTINCT UserID) FROM test.hits GROUP BY RegionID ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#11
SELECT MobilePhoneModel, COUNT(DISTINCT UserID) AS u FROM test.hits WHERE MobilePhoneModel <> '' GROUP BY MobilePhoneModel ORDER BY u DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#12
SELECT MobilePhone, MobilePhoneModel, COUNT(DISTINCT UserID) AS u FROM test.hits WHERE MobilePhoneModel <> '' GROUP BY MobilePhone, MobilePhoneModel ORDER BY u DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#13
SELECT SearchPhrase, COUNT(*) AS c FROM test.hits WHERE SearchPhrase <> '' GROUP BY SearchPhrase ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#14
SELECT SearchPhrase, COUNT(DISTINCT UserID) AS u FROM test.hits WHERE SearchPhrase <> '' GROUP BY SearchPhrase ORDER BY u DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#15
SELECT SearchEngineID, SearchPhrase, COUNT(*) AS c FROM test.hits WHERE SearchPhrase <> '' GROUP BY SearchEngineID, SearchPhrase ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#16
SELECT UserID, COUNT(*) FROM test.hits GROUP BY UserID ORDER BY COUNT(*) DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#17
SELECT UserID, SearchPhrase, COUNT(*) FROM test.hits GROUP BY UserID, SearchPhrase ORDER BY COUNT(*) DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#18
SELECT UserID, SearchPhrase, COUNT(*) FROM test.hits GROUP BY UserID, SearchPhrase LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#19
SELECT UserID, extract(minute FROM EventTime) AS m, SearchPhrase, COUNT(*) FROM test.hits GROUP BY UserID, m, SearchPhrase ORDER BY COUNT(*) DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#2
SELECT COUNT(*) FROM test.hits WHERE AdvEngineID <> 0
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#20
SELECT UserID FROM test.hits WHERE UserID = 435090932899640449
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#21
SELECT COUNT(*) FROM test.hits WHERE URL LIKE '%google%'
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#22
SELECT SearchPhrase, MIN(URL), COUNT(*) AS c FROM test.hits WHERE URL LIKE '%google%' AND SearchPhrase <> '' GROUP BY SearchPhrase ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#23
SELECT SearchPhrase, MIN(URL), MIN(Title), COUNT(*) AS c, COUNT(DISTINCT UserID) FROM test.hits WHERE Title LIKE '%Google%' AND URL NOT LIKE '%.google.%' AND SearchPhrase <> '' GROUP BY SearchPhrase ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#24
SELECT * FROM test.hits WHERE URL LIKE '%google%' ORDER BY EventTime LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#25
SELECT SearchPhrase FROM test.hits WHERE SearchPhrase <> '' ORDER BY EventTime LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#26
SELECT SearchPhrase FROM test.hits WHERE SearchPhrase <> '' ORDER BY SearchPhrase LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#27
SELECT SearchPhrase FROM test.hits WHERE SearchPhrase <> '' ORDER BY EventTime, SearchPhrase LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#28
SELECT CounterID, AVG(length(URL)) AS l, COUNT(*) AS c FROM test.hits WHERE URL <> '' GROUP BY CounterID HAVING COUNT(*) > 100000 ORDER BY l DESC LIMIT 25
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#29
SELECT REGEXP_REPLACE(Referer, r'^https?://(?:www\.)?([^/]+)/.*$', r'\1') AS k, AVG(LENGTH(Referer)) AS l, COUNT(*) AS c, MIN(Referer) AS any_referer FROM test.hits WHERE Referer <> '' GROUP BY k HAVING COUNT(*) > 100000 ORDER BY l DESC LIMIT 25
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#3
SELECT SUM(AdvEngineID), COUNT(*), AVG(ResolutionWidth) FROM test.hits
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#30
SELECT SUM(ResolutionWidth), SUM(ResolutionWidth + 1), SUM(ResolutionWidth + 2), SUM(ResolutionWidth + 3), SUM(ResolutionWidth + 4), SUM(ResolutionWidth + 5), SUM(ResolutionWidth + 6), SUM(ResolutionWidth + 7), SUM(ResolutionWidth + 8), SUM(ResolutionWidth + 9), SUM(ResolutionWidth + 10), SUM(ResolutionWidth + 11), SUM(ResolutionWidth + 12), SUM(ResolutionWidth + 13), SUM(ResolutionWidth + 14), SUM(ResolutionWidth + 15), SUM(ResolutionWidth + 16), SUM(ResolutionWidth + 17), SUM(ResolutionWidth + 18), SUM(ResolutionWidth + 19), SUM(ResolutionWidth + 20), SUM(ResolutionWidth + 21), SUM(ResolutionWidth + 22), SUM(ResolutionWidth + 23), SUM(ResolutionWidth + 24), SUM(ResolutionWidth + 25), SUM(ResolutionWidth + 26), SUM(ResolutionWidth + 27), SUM(ResolutionWidth + 28), SUM(ResolutionWidth + 29), SUM(ResolutionWidth + 30), SUM(ResolutionWidth + 31), SUM(ResolutionWidth + 32), SUM(ResolutionWidth + 33), SUM(ResolutionWidth + 34), SUM(ResolutionWidth + 35), SUM(ResolutionWidth + 36), SUM(ResolutionWidth + 37), SUM(ResolutionWidth + 38), SUM(ResolutionWidth + 39), SUM(ResolutionWidth + 40), SUM(ResolutionWidth + 41), SUM(ResolutionWidth + 42), SUM(ResolutionWidth + 43), SUM(ResolutionWidth + 44), SUM(ResolutionWidth + 45), SUM(ResolutionWidth + 46), SUM(ResolutionWidth + 47), SUM(ResolutionWidth + 48), SUM(ResolutionWidth + 49), SUM(ResolutionWidth + 50), SUM(ResolutionWidth + 51), SUM(ResolutionWidth + 52), SUM(ResolutionWidth + 53), SUM(ResolutionWidth + 54), SUM(ResolutionWidth + 55), SUM(ResolutionWidth + 56), SUM(ResolutionWidth + 57), SUM(ResolutionWidth + 58), SUM(ResolutionWidth + 59), SUM(ResolutionWidth + 60), SUM(ResolutionWidth + 61), SUM(ResolutionWidth + 62), SUM(ResolutionWidth + 63), SUM(ResolutionWidth + 64), SUM(ResolutionWidth + 65), SUM(ResolutionWidth + 66), SUM(ResolutionWidth + 67), SUM(ResolutionWidth + 68), SUM(ResolutionWidth + 69), SUM(ResolutionWidth + 70), SUM(ResolutionWidth + 71), SUM(ResolutionWidth + 72), SUM(ResolutionWidth + 73), SUM(ResolutionWidth + 74), SUM(ResolutionWidth + 75), SUM(ResolutionWidth + 76), SUM(ResolutionWidth + 77), SUM(ResolutionWidth + 78), SUM(ResolutionWidth + 79), SUM(ResolutionWidth + 80), SUM(ResolutionWidth + 81), SUM(ResolutionWidth + 82), SUM(ResolutionWidth + 83), SUM(ResolutionWidth + 84), SUM(ResolutionWidth + 85), SUM(ResolutionWidth + 86), SUM(ResolutionWidth + 87), SUM(ResolutionWidth + 88), SUM(ResolutionWidth + 89) FROM test.hits
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#31
SELECT SearchEngineID, ClientIP, COUNT(*) AS c, SUM(IsRefresh), AVG(ResolutionWidth) FROM test.hits WHERE SearchPhrase <> '' GROUP BY SearchEngineID, ClientIP ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#32
SELECT WatchID, ClientIP, COUNT(*) AS c, SUM(IsRefresh), AVG(ResolutionWidth) FROM test.hits WHERE SearchPhrase <> '' GROUP BY WatchID, ClientIP ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#33
SELECT WatchID, ClientIP, COUNT(*) AS c, SUM(IsRefresh), AVG(ResolutionWidth) FROM test.hits GROUP BY WatchID, ClientIP ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#34
SELECT URL, COUNT(*) AS c FROM test.hits GROUP BY URL ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#35
SELECT 1, URL, COUNT(*) AS c FROM test.hits GROUP BY 1, URL ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#36
SELECT ClientIP, ClientIP - 1, ClientIP - 2, ClientIP - 3, COUNT(*) AS c FROM test.hits GROUP BY ClientIP, ClientIP - 1, ClientIP - 2, ClientIP - 3 ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#37
SELECT URL, COUNT(*) AS PageViews FROM test.hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND DontCountHits = 0 AND IsRefresh = 0 AND URL <> '' GROUP BY URL ORDER BY PageViews DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#38
SELECT Title, COUNT(*) AS PageViews FROM test.hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND DontCountHits = 0 AND IsRefresh = 0 AND Title <> '' GROUP BY Title ORDER BY PageViews DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#39
SELECT URL, COUNT(*) AS PageViews FROM test.hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND IsRefresh = 0 AND IsLink <> 0 AND IsDownload = 0 GROUP BY URL ORDER BY PageViews DESC LIMIT 10 OFFSET 1000
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#4
SELECT AVG(UserID) FROM test.hits
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#40
SELECT TraficSourceID, SearchEngineID, AdvEngineID, CASE WHEN (SearchEngineID = 0 AND AdvEngineID = 0) THEN Referer ELSE '' END AS Src, URL AS Dst, COUNT(*) AS PageViews FROM test.hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND IsRefresh = 0 GROUP BY TraficSourceID, SearchEngineID, AdvEngineID, Src, Dst ORDER BY PageViews DESC LIMIT 10 OFFSET 1000
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#41
SELECT URLHash, EventDate, COUNT(*) AS PageViews FROM test.hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND IsRefresh = 0 AND TraficSourceID IN (-1, 6) AND RefererHash = 3594120000172545465 GROUP BY URLHash, EventDate ORDER BY PageViews DESC LIMIT 10 OFFSET 100
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#42
SELECT WindowClientWidth, WindowClientHeight, COUNT(*) AS PageViews FROM test.hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND IsRefresh = 0 AND DontCountHits = 0 AND URLHash = 2868770270353813622 GROUP BY WindowClientWidth, WindowClientHeight ORDER BY PageViews DESC LIMIT 10 OFFSET 10000
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#43
SELECT DATE_TRUNC(EventTime, MINUTE) AS M, COUNT(*) AS PageViews FROM test.hits WHERE CounterID = 62 AND EventDate >= '2013-07-14' AND EventDate <= '2013-07-15' AND IsRefresh = 0 AND DontCountHits = 0 GROUP BY M ORDER BY M LIMIT 10 OFFSET 1000
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#5
SELECT COUNT(DISTINCT UserID) FROM test.hits
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#6
SELECT COUNT(DISTINCT SearchPhrase) FROM test.hits
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#7
SELECT MIN(EventDate), MAX(EventDate) FROM test.hits
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#8
SELECT AdvEngineID, COUNT(*) FROM test.hits WHERE AdvEngineID <> 0 GROUP BY AdvEngineID ORDER BY COUNT(*) DESC
==== examples/blog-examples/Bench2Cost/bigquery/clickbench/bigquery_extended/queries.sql#9
SELECT RegionID, COUNT(DISTINCT UserID) AS u FROM test.hits GROUP BY RegionID ORDER BY u DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#1
SELECT COUNT(*) FROM hits
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#10
SELECT RegionID, SUM(AdvEngineID), COUNT(*) AS c, AVG(ResolutionWidth), COUNT(DISTINCT UserID) FROM hits GROUP BY RegionID ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#11
SELECT MobilePhoneModel, COUNT(DISTINCT UserID) AS u FROM hits WHERE MobilePhoneModel <> '' GROUP BY MobilePhoneModel ORDER BY u DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#12
SELECT MobilePhone, MobilePhoneModel, COUNT(DISTINCT UserID) AS u FROM hits WHERE MobilePhoneModel <> '' GROUP BY MobilePhone, MobilePhoneModel ORDER BY u DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#13
SELECT SearchPhrase, COUNT(*) AS c FROM hits WHERE SearchPhrase <> '' GROUP BY SearchPhrase ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#14
SELECT SearchPhrase, COUNT(DISTINCT UserID) AS u FROM hits WHERE SearchPhrase <> '' GROUP BY SearchPhrase ORDER BY u DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#15
SELECT SearchEngineID, SearchPhrase, COUNT(*) AS c FROM hits WHERE SearchPhrase <> '' GROUP BY SearchEngineID, SearchPhrase ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#16
SELECT UserID, COUNT(*) FROM hits GROUP BY UserID ORDER BY COUNT(*) DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#17
SELECT UserID, SearchPhrase, COUNT(*) FROM hits GROUP BY UserID, SearchPhrase ORDER BY COUNT(*) DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#18
SELECT UserID, SearchPhrase, COUNT(*) FROM hits GROUP BY UserID, SearchPhrase LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#19
SELECT UserID, extract(minute FROM EventTime) AS m, SearchPhrase, COUNT(*) FROM hits GROUP BY UserID, m, SearchPhrase ORDER BY COUNT(*) DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#2
SELECT COUNT(*) FROM hits WHERE AdvEngineID <> 0
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#20
SELECT UserID FROM hits WHERE UserID = 435090932899640449
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#21
SELECT COUNT(*) FROM hits WHERE URL LIKE '%google%'
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#22
SELECT SearchPhrase, MIN(URL), COUNT(*) AS c FROM hits WHERE URL LIKE '%google%' AND SearchPhrase <> '' GROUP BY SearchPhrase ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#23
SELECT SearchPhrase, MIN(URL), MIN(Title), COUNT(*) AS c, COUNT(DISTINCT UserID) FROM hits WHERE Title LIKE '%Google%' AND URL NOT LIKE '%.google.%' AND SearchPhrase <> '' GROUP BY SearchPhrase ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#24
SELECT * FROM hits WHERE URL LIKE '%google%' ORDER BY EventTime LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#25
SELECT SearchPhrase FROM hits WHERE SearchPhrase <> '' ORDER BY EventTime LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#26
SELECT SearchPhrase FROM hits WHERE SearchPhrase <> '' ORDER BY SearchPhrase LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#27
SELECT SearchPhrase FROM hits WHERE SearchPhrase <> '' ORDER BY EventTime, SearchPhrase LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#28
SELECT CounterID, AVG(length(URL)) AS l, COUNT(*) AS c FROM hits WHERE URL <> '' GROUP BY CounterID HAVING COUNT(*) > 100000 ORDER BY l DESC LIMIT 25
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#29
SELECT REGEXP_REPLACE(Referer, '^https?://(?:www\.)?([^/]+)/.*$', '\1') AS k, AVG(length(Referer)) AS l, COUNT(*) AS c, MIN(Referer) FROM hits WHERE Referer <> '' GROUP BY k HAVING COUNT(*) > 100000 ORDER BY l DESC LIMIT 25
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#3
SELECT SUM(AdvEngineID), COUNT(*), AVG(ResolutionWidth) FROM hits
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#30
SELECT SUM(ResolutionWidth), SUM(ResolutionWidth + 1), SUM(ResolutionWidth + 2), SUM(ResolutionWidth + 3), SUM(ResolutionWidth + 4), SUM(ResolutionWidth + 5), SUM(ResolutionWidth + 6), SUM(ResolutionWidth + 7), SUM(ResolutionWidth + 8), SUM(ResolutionWidth + 9), SUM(ResolutionWidth + 10), SUM(ResolutionWidth + 11), SUM(ResolutionWidth + 12), SUM(ResolutionWidth + 13), SUM(ResolutionWidth + 14), SUM(ResolutionWidth + 15), SUM(ResolutionWidth + 16), SUM(ResolutionWidth + 17), SUM(ResolutionWidth + 18), SUM(ResolutionWidth + 19), SUM(ResolutionWidth + 20), SUM(ResolutionWidth + 21), SUM(ResolutionWidth + 22), SUM(ResolutionWidth + 23), SUM(ResolutionWidth + 24), SUM(ResolutionWidth + 25), SUM(ResolutionWidth + 26), SUM(ResolutionWidth + 27), SUM(ResolutionWidth + 28), SUM(ResolutionWidth + 29), SUM(ResolutionWidth + 30), SUM(ResolutionWidth + 31), SUM(ResolutionWidth + 32), SUM(ResolutionWidth + 33), SUM(ResolutionWidth + 34), SUM(ResolutionWidth + 35), SUM(ResolutionWidth + 36), SUM(ResolutionWidth + 37), SUM(ResolutionWidth + 38), SUM(ResolutionWidth + 39), SUM(ResolutionWidth + 40), SUM(ResolutionWidth + 41), SUM(ResolutionWidth + 42), SUM(ResolutionWidth + 43), SUM(ResolutionWidth + 44), SUM(ResolutionWidth + 45), SUM(ResolutionWidth + 46), SUM(ResolutionWidth + 47), SUM(ResolutionWidth + 48), SUM(ResolutionWidth + 49), SUM(ResolutionWidth + 50), SUM(ResolutionWidth + 51), SUM(ResolutionWidth + 52), SUM(ResolutionWidth + 53), SUM(ResolutionWidth + 54), SUM(ResolutionWidth + 55), SUM(ResolutionWidth + 56), SUM(ResolutionWidth + 57), SUM(ResolutionWidth + 58), SUM(ResolutionWidth + 59), SUM(ResolutionWidth + 60), SUM(ResolutionWidth + 61), SUM(ResolutionWidth + 62), SUM(ResolutionWidth + 63), SUM(ResolutionWidth + 64), SUM(ResolutionWidth + 65), SUM(ResolutionWidth + 66), SUM(ResolutionWidth + 67), SUM(ResolutionWidth + 68), SUM(ResolutionWidth + 69), SUM(ResolutionWidth + 70), SUM(ResolutionWidth + 71), SUM(ResolutionWidth + 72), SUM(ResolutionWidth + 73), SUM(ResolutionWidth + 74), SUM(ResolutionWidth + 75), SUM(ResolutionWidth + 76), SUM(ResolutionWidth + 77), SUM(ResolutionWidth + 78), SUM(ResolutionWidth + 79), SUM(ResolutionWidth + 80), SUM(ResolutionWidth + 81), SUM(ResolutionWidth + 82), SUM(ResolutionWidth + 83), SUM(ResolutionWidth + 84), SUM(ResolutionWidth + 85), SUM(ResolutionWidth + 86), SUM(ResolutionWidth + 87), SUM(ResolutionWidth + 88), SUM(ResolutionWidth + 89) FROM hits
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#31
SELECT SearchEngineID, ClientIP, COUNT(*) AS c, SUM(IsRefresh), AVG(ResolutionWidth) FROM hits WHERE SearchPhrase <> '' GROUP BY SearchEngineID, ClientIP ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#32
SELECT WatchID, ClientIP, COUNT(*) AS c, SUM(IsRefresh), AVG(ResolutionWidth) FROM hits WHERE SearchPhrase <> '' GROUP BY WatchID, ClientIP ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#33
SELECT WatchID, ClientIP, COUNT(*) AS c, SUM(IsRefresh), AVG(ResolutionWidth) FROM hits GROUP BY WatchID, ClientIP ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#34
SELECT URL, COUNT(*) AS c FROM hits GROUP BY URL ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#35
SELECT 1, URL, COUNT(*) AS c FROM hits GROUP BY 1, URL ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#36
SELECT ClientIP, ClientIP - 1, ClientIP - 2, ClientIP - 3, COUNT(*) AS c FROM hits GROUP BY ClientIP, ClientIP - 1, ClientIP - 2, ClientIP - 3 ORDER BY c DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#37
SELECT URL, COUNT(*) AS PageViews FROM hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND DontCountHits = 0 AND IsRefresh = 0 AND URL <> '' GROUP BY URL ORDER BY PageViews DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#38
SELECT Title, COUNT(*) AS PageViews FROM hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND DontCountHits = 0 AND IsRefresh = 0 AND Title <> '' GROUP BY Title ORDER BY PageViews DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#39
SELECT URL, COUNT(*) AS PageViews FROM hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND IsRefresh = 0 AND IsLink <> 0 AND IsDownload = 0 GROUP BY URL ORDER BY PageViews DESC LIMIT 10 OFFSET 1000
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#4
SELECT AVG(UserID) FROM hits
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#40
SELECT TraficSourceID, SearchEngineID, AdvEngineID, CASE WHEN (SearchEngineID = 0 AND AdvEngineID = 0) THEN Referer ELSE '' END AS Src, URL AS Dst, COUNT(*) AS PageViews FROM hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND IsRefresh = 0 GROUP BY TraficSourceID, SearchEngineID, AdvEngineID, Src, Dst ORDER BY PageViews DESC LIMIT 10 OFFSET 1000
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#41
SELECT URLHash, EventDate, COUNT(*) AS PageViews FROM hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND IsRefresh = 0 AND TraficSourceID IN (-1, 6) AND RefererHash = 3594120000172545465 GROUP BY URLHash, EventDate ORDER BY PageViews DESC LIMIT 10 OFFSET 100
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#42
SELECT WindowClientWidth, WindowClientHeight, COUNT(*) AS PageViews FROM hits WHERE CounterID = 62 AND EventDate >= '2013-07-01' AND EventDate <= '2013-07-31' AND IsRefresh = 0 AND DontCountHits = 0 AND URLHash = 2868770270353813622 GROUP BY WindowClientWidth, WindowClientHeight ORDER BY PageViews DESC LIMIT 10 OFFSET 10000
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#43
SELECT DATE_TRUNC('minute', EventTime) AS M, COUNT(*) AS PageViews FROM hits WHERE CounterID = 62 AND EventDate >= '2013-07-14' AND EventDate <= '2013-07-15' AND IsRefresh = 0 AND DontCountHits = 0 GROUP BY DATE_TRUNC('minute', EventTime) ORDER BY DATE_TRUNC('minute', EventTime) LIMIT 10 OFFSET 1000
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#5
SELECT COUNT(DISTINCT UserID) FROM hits
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#6
SELECT COUNT(DISTINCT SearchPhrase) FROM hits
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#7
SELECT MIN(EventDate), MAX(EventDate) FROM hits
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#8
SELECT AdvEngineID, COUNT(*) FROM hits WHERE AdvEngineID <> 0 GROUP BY AdvEngineID ORDER BY COUNT(*) DESC
==== examples/blog-examples/Bench2Cost/clickhouse-cloud/clickbench/large/queries.sql#9
SELECT RegionID, COUNT(DISTINCT UserID) AS u FROM hits GROUP BY RegionID ORDER BY u DESC LIMIT 10
==== examples/blog-examples/Bench2Cost/databricks/clickbench/load_data.sql#1
USE CATALOG bench2cost
==== examples/blog-examples/Bench2Cost/databricks/clickbench/load_data.sql#2
USE SCHEMA hits
==== examples/blog-examples/Bench2Cost/redshift-serverless/clickbench/redshift-serverless_extended/queries.sql#29
SELECT REGEXP_REPLACE(Referer, '^https?://(www\.)?([^/]+)/.*$', '\2') AS k, AVG(length(Referer)) AS l, COUNT(*) AS c, MIN(Referer) FROM hits WHERE Referer <> '' GROUP BY k HAVING COUNT(*) > 100000 ORDER BY l DESC LIMIT 25
==== examples/blog-examples/FastFormatReads/clickhouse/metrics.sql#1
WITH
    3 AS groupSize,
    base AS
    (
        SELECT
            groupArray(read_rows) AS read_rows,
            groupArray(read_bytes) AS read_bytes,
            groupArray(threads_participating) AS threads_participating,
            groupArray(threads_simultaneous_peak) AS threads_simultaneous_peak,
            groupArray(ProfileEvents_ConcurrencyControlSlotsAcquired) AS concurrency_control_slots_acquired,
            groupArray(ProfileEvents_DiskReadElapsedMicroseconds) AS read_elapsed
        FROM
        (
            SELECT
                read_rows,
                read_bytes,
                length(thread_ids) AS threads_participating,
                peak_threads_usage AS threads_simultaneous_peak,
                ProfileEvents['ConcurrencyControlSlotsAcquired'] AS ProfileEvents_ConcurrencyControlSlotsAcquired,
                ProfileEvents['DiskReadElapsedMicroseconds'] AS ProfileEvents_DiskReadElapsedMicroseconds
            FROM system.query_log
            WHERE (query_kind = 'Select') AND (type = 'QueryFinish') AND is_initial_query AND (log_comment = '{LOG_COMMENT}')
            ORDER BY event_time ASC
        )
    )
SELECT
    arrayMap(i -> arraySlice(read_rows, ((i - 1) * groupSize) + 1, groupSize), range(1, intDiv((length(read_rows) + groupSize) - 1, groupSize) + 1)) AS read_rows,
    arrayMap(i -> arraySlice(read_bytes, ((i - 1) * groupSize) + 1, groupSize), range(1, intDiv((length(read_bytes) + groupSize) - 1, groupSize) + 1)) AS read_bytes,
    arrayMap(i -> arraySlice(threads_participating, ((i - 1) * groupSize) + 1, groupSize), range(1, intDiv((length(threads_participating) + groupSize) - 1, groupSize) + 1)) AS threads_participating,
    arrayMap(i -> arraySlice(threads_simultaneous_peak, ((i - 1) * groupSize) + 1, groupSize), range(1, intDiv((length(threads_simultaneous_peak) + groupSize) - 1, groupSize) + 1)) AS threads_simultaneous_peak,
    arrayMap(i -> arraySlice(concurrency_control_slots_acquired, ((i - 1) * groupSize) + 1, groupSize), range(1, intDiv((length(concurrency_control_slots_acquired) + groupSize) - 1, groupSize) + 1)) AS concurrency_control_slots_acquired,
    arrayMap(i -> arraySlice(read_elapsed, ((i - 1) * groupSize) + 1, groupSize), range(1, intDiv((length(read_elapsed) + groupSize) - 1, groupSize) + 1)) AS disk_read_elapsed
FROM base
FORMAT Vertical
==== examples/blog-examples/ParallelReplicasBench/datasets/uk_property_prices/aggregation.sql#1
SELECT
    county,
    town,
    district,
    count()    AS properties_sold,
    sum(price) AS total_sales_value,
    avg(price) AS average_sale_price
FROM uk_price_paid
GROUP BY
    county,
    town,
    district
ORDER BY sum(price) DESC
LIMIT 10
==== examples/blog-examples/ParallelReplicasBench/datasets/uk_property_prices/aggregation_simple.sql#1
SELECT
    town,
    sum(price) AS total_revenue
FROM uk_price_paid
GROUP BY town
ORDER BY total_revenue DESC
LIMIT 3
==== examples/blog-examples/ParallelReplicasBench/datasets/uk_property_prices/aggregation_uniq.sql#1
SELECT
    county,
    toStartOfQuarter(date) AS qtr,
    uniq(street) AS distinct_streets_with_sales
FROM uk_price_paid
GROUP BY county, qtr
ORDER BY qtr, county
==== examples/blog-examples/ParallelReplicasBench/datasets/uk_property_prices/aggregation_uniqExact.sql#1
SELECT
    county,
    toStartOfQuarter(date) AS qtr,
    countDistinct(street) AS distinct_streets_with_sales
FROM uk_price_paid
GROUP BY county, qtr
ORDER BY qtr, county
==== examples/blog-examples/ParallelReplicasBench/datasets/uk_property_prices/aggregation_uniqHLL12.sql#1
SELECT
    county,
    toStartOfQuarter(date) AS qtr,
    uniqHLL12(street) AS distinct_streets_with_sales
FROM uk_price_paid
GROUP BY county, qtr
ORDER BY qtr, county
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#1
SELECT l_returnflag, l_linestatus, COUNT(*) AS cnt, SUM(l_extendedprice * (1 - l_discount) * (1 + l_tax)) AS net_revenue FROM lineitem WHERE l_shipmode = 'SHIP' GROUP BY l_returnflag, l_linestatus
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#10
SELECT l_returnflag, l_linestatus, avg(l_discount) AS avg_discount, sum(l_extendedprice * (1 - l_discount) * (1 + l_tax)) AS total_value, countIf(l_comment LIKE '%Return%') AS return_comments, dense_rank() OVER (ORDER BY sum(l_extendedprice) DESC) AS rank_by_value FROM lineitem WHERE l_receiptdate >= '1997-01-01' AND l_quantity <= 5 AND l_shipinstruct = 'NONE' GROUP BY l_returnflag, l_linestatus ORDER BY total_value DESC LIMIT 10
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#2
SELECT AVG(l_discount), AVG(l_tax) FROM lineitem WHERE l_comment LIKE '%manually%'
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#3
SELECT SUM(l_extendedprice), AVG(l_tax) FROM lineitem WHERE l_linestatus = 'N' AND l_returnflag = 'S'
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#4
SELECT COUNT(*) FROM lineitem WHERE l_shipmode = 'FOB' AND l_linestatus = 'W'
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#5
SELECT l_discount, l_tax FROM lineitem WHERE l_comment LIKE '%Backfill%' LIMIT 10
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#6
SELECT COUNT(*) FROM lineitem WHERE l_shipinstruct = 'COLLECT COD' AND l_comment LIKE '%Priority%'
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#7
SELECT l_linestatus, AVG(l_extendedprice), MAX(l_tax) FROM lineitem WHERE l_comment LIKE '%Repricing%' GROUP BY l_linestatus
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#8
SELECT l_returnflag, l_shipinstruct, count(*) FROM lineitem WHERE l_orderkey < 1000000 AND l_commitdate < '1996-01-01' GROUP BY l_returnflag, l_shipinstruct
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/analytical_queries.sql#9
SELECT l_returnflag, l_linestatus, count(*) AS row_count, sum(l_extendedprice * (1 - l_discount) * (1 + l_tax)) AS revenue, avg(l_discount), min(l_comment), max(l_comment) FROM lineitem WHERE l_discount = 0.02 GROUP BY l_returnflag, l_linestatus ORDER BY revenue DESC
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#1
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_commitdate = '1996-02-01' AND l_quantity = 1
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#10
UPDATE lineitem SET l_discount = 0.02, l_tax = 0.07, l_extendedprice = 321.99, l_returnflag = 'R', l_linestatus = 'Y', l_shipinstruct = 'NONE', l_comment = 'Return-flagged batch' WHERE l_receiptdate = '1997-01-15' AND l_quantity = 2
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#2
UPDATE lineitem SET l_discount = 0.015, l_tax = 0.03, l_extendedprice = 432.10, l_returnflag = 'B', l_linestatus = 'X', l_comment = 'Adjusted manually' WHERE l_commitdate = '1996-07-07' AND l_quantity = 2
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#3
UPDATE lineitem SET l_extendedprice = 777.77, l_returnflag = 'S', l_linestatus = 'N', l_tax = 0.02 WHERE l_orderkey % 1000000 = 123456
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#4
UPDATE lineitem SET l_extendedprice = 654.32, l_linestatus = 'W', l_shipmode = 'FOB', l_comment = 'Warranty extension' WHERE l_receiptdate = '1996-06-06' AND l_orderkey % 1000 = 777
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#5
UPDATE lineitem SET l_comment = 'Backfill historical', l_discount = 0.01, l_tax = 0.09 WHERE l_orderkey = 100000000
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#6
UPDATE lineitem SET l_shipinstruct = 'COLLECT COD', l_returnflag = 'P', l_comment = 'Priority order' WHERE l_shipdate = '1996-09-09' AND l_quantity = 4
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#7
UPDATE lineitem SET l_extendedprice = 1111.11, l_tax = 0.06, l_linestatus = 'E', l_comment = 'Repricing event' WHERE l_commitdate = '1995-08-08' AND l_quantity = 5
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#8
UPDATE lineitem SET l_returnflag = 'A', l_shipinstruct = 'NONE', l_comment = 'Legacy return policy' WHERE l_orderkey < 500000 AND l_commitdate < '1995-01-01'
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-bulk.sql#9
UPDATE lineitem SET l_comment = 'Preferred supplier', l_discount = 0.02 WHERE l_suppkey BETWEEN 100 AND 110 AND l_quantity = 3
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#1
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey = 503437255 AND l_linenumber = 3
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#10
UPDATE lineitem SET l_discount = 0.02, l_tax = 0.07, l_extendedprice = 321.99, l_returnflag = 'R', l_linestatus = 'Y', l_shipinstruct = 'NONE', l_comment = 'Return-flagged batch' WHERE l_orderkey = 400574597 AND l_linenumber = 7
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#2
UPDATE lineitem SET l_discount = 0.015, l_tax = 0.03, l_extendedprice = 432.10, l_returnflag = 'B', l_linestatus = 'X', l_comment = 'Adjusted manually' WHERE l_orderkey = 522639521 AND l_linenumber = 3
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#3
UPDATE lineitem SET l_extendedprice = 777.77, l_returnflag = 'S', l_linestatus = 'N', l_tax = 0.02 WHERE l_orderkey = 431195557 AND l_linenumber = 3
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#4
UPDATE lineitem SET l_extendedprice = 654.32, l_linestatus = 'W', l_shipmode = 'FOB', l_comment = 'Warranty extension' WHERE l_orderkey = 198133573 AND l_linenumber = 5
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#5
UPDATE lineitem SET l_comment = 'Backfill historical', l_discount = 0.01, l_tax = 0.09 WHERE l_orderkey = 93311302 AND l_linenumber = 2
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#6
UPDATE lineitem SET l_shipinstruct = 'COLLECT COD', l_returnflag = 'P', l_comment = 'Priority order' WHERE l_orderkey = 343206944 AND l_linenumber = 1
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#7
UPDATE lineitem SET l_extendedprice = 1111.11, l_tax = 0.06, l_linestatus = 'E', l_comment = 'Repricing event' WHERE l_orderkey = 140916002 AND l_linenumber = 5
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#8
UPDATE lineitem SET l_returnflag = 'A', l_shipinstruct = 'NONE', l_comment = 'Legacy return policy' WHERE l_orderkey = 349980483 AND l_linenumber = 1
==== examples/blog-examples/UPDATEBench/clickhouse/scripts/updates-point.sql#9
UPDATE lineitem SET l_comment = 'Preferred supplier', l_discount = 0.02 WHERE l_orderkey = 596681795 AND l_linenumber = 6
==== examples/blog-examples/UPDATEBench/postgresql/scripts/analytical_queries.sql#10
SELECT l_returnflag, l_linestatus, AVG(l_discount) AS avg_discount, SUM(l_extendedprice * (1 - l_discount) * (1 + l_tax)) AS total_value, COUNT(*) FILTER (WHERE l_comment LIKE '%Return%') AS return_comments, DENSE_RANK() OVER (ORDER BY SUM(l_extendedprice) DESC) AS rank_by_value FROM lineitem WHERE l_receiptdate >= DATE '1997-01-01' AND l_quantity <= 5 AND l_shipinstruct = 'NONE' GROUP BY l_returnflag, l_linestatus ORDER BY total_value DESC LIMIT 10
==== examples/blog-examples/UPDATEBench/postgresql/scripts/create.sql#1
CREATE TABLE IF NOT EXISTS "lineitem"
(
  "l_orderkey"          INT,
  "l_partkey"           INT,
  "l_suppkey"           INT,
  "l_linenumber"        INT,
  "l_quantity"          DECIMAL(15,2),
  "l_extendedprice"     DECIMAL(15,2),
  "l_discount"          DECIMAL(15,2),
  "l_tax"               DECIMAL(15,2),
  "l_returnflag"        CHAR(1),
  "l_linestatus"        CHAR(1),
  "l_shipdate"          DATE,
  "l_commitdate"        DATE,
  "l_receiptdate"       DATE,
  "l_shipinstruct"      CHAR(25),
  "l_shipmode"          CHAR(10),
  "l_comment"           VARCHAR(44),
  PRIMARY KEY ("l_orderkey", "l_linenumber")
)
==== examples/blog-examples/async_inserts/upclick-gcp/commands/CREATE_TABLE.sql#1
CREATE TABLE default.upclick_metrics (
    `target` String,
    `status_code` UInt8,
    `latency` UInt16,
    `continent_code` String,
    `country_iso_code` String,
    `country_name_en` String,
    `city_name_en` String,
    `latitude` Float64,
    `longitude` Float64,
    `receive_timestamp` DateTime MATERIALIZED now()
) ENGINE = ReplicatedMergeTree
ORDER BY (
        target,
        status_code,
        continent_code,
        country_iso_code,
        country_name_en,
        city_name_en
    ) SETTINGS index_granularity = 8192
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#1
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 1
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#10
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 100
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#2
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 5
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#3
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 10
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#4
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 20
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#5
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 40
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#6
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 50
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#7
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 70
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#8
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 80
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/lightweight_updates.sql#9
UPDATE lineitem SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 90
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#1
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 1
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#10
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 100
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#2
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 5
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#3
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 10
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#4
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 20
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#5
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 40
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#6
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 50
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#7
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 70
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#8
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 80
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/LARGE/mutation_updates.sql#9
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_orderkey % 100 < 90
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#1
ALTER TABLE lineitem UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry' WHERE l_commitdate = '1996-02-01' AND l_quantity = 1
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#10
ALTER TABLE lineitem UPDATE l_discount = 0.02, l_tax = 0.07, l_extendedprice = 321.99, l_returnflag = 'R', l_linestatus = 'Y', l_shipinstruct = 'NONE', l_comment = 'Return-flagged batch' WHERE l_receiptdate = '1997-01-15' AND l_quantity = 2
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#2
ALTER TABLE lineitem UPDATE l_discount = 0.015, l_tax = 0.03, l_extendedprice = 432.10, l_returnflag = 'B', l_linestatus = 'X', l_comment = 'Adjusted manually' WHERE l_commitdate = '1996-07-07' AND l_quantity = 2
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#3
ALTER TABLE lineitem UPDATE l_extendedprice = 777.77, l_returnflag = 'S', l_linestatus = 'N', l_tax = 0.02 WHERE l_orderkey % 1000000 = 123456
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#4
ALTER TABLE lineitem UPDATE l_extendedprice = 654.32, l_linestatus = 'W', l_shipmode = 'FOB', l_comment = 'Warranty extension' WHERE l_receiptdate = '1996-06-06' AND l_orderkey % 1000 = 777
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#5
ALTER TABLE lineitem UPDATE l_comment = 'Backfill historical', l_discount = 0.01, l_tax = 0.09 WHERE l_orderkey = 100000000
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#6
ALTER TABLE lineitem UPDATE l_shipinstruct = 'COLLECT COD', l_returnflag = 'P', l_comment = 'Priority order' WHERE l_shipdate = '1996-09-09' AND l_quantity = 4
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#7
ALTER TABLE lineitem UPDATE l_extendedprice = 1111.11, l_tax = 0.06, l_linestatus = 'E', l_comment = 'Repricing event' WHERE l_commitdate = '1995-08-08' AND l_quantity = 5
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#8
ALTER TABLE lineitem UPDATE l_returnflag = 'A', l_shipinstruct = 'NONE', l_comment = 'Legacy return policy' WHERE l_orderkey < 500000 AND l_commitdate < '1995-01-01'
==== examples/blog-examples/clickhouse-fast-updates/multi-row-updates/SMALL/mutation_updates.sql#9
ALTER TABLE lineitem UPDATE l_comment = 'Preferred supplier', l_discount = 0.02 WHERE l_suppkey BETWEEN 100 AND 110 AND l_quantity = 3
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_01.sql#1
UPDATE lineitem
SET l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry'
WHERE l_orderkey = 503437255 AND l_linenumber = 3
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_02.sql#1
UPDATE lineitem
SET l_discount = 0.015, l_tax = 0.03, l_extendedprice = 432.10, l_returnflag = 'B', l_linestatus = 'X', l_comment = 'Adjusted manually'
WHERE l_orderkey = 522639521 AND l_linenumber = 3
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_03.sql#1
UPDATE lineitem
SET l_extendedprice = 777.77, l_returnflag = 'S', l_linestatus = 'N', l_tax = 0.02
WHERE l_orderkey = 431195557 AND l_linenumber = 3
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_04.sql#1
UPDATE lineitem
SET l_extendedprice = 654.32, l_linestatus = 'W', l_shipmode = 'FOB', l_comment = 'Warranty extension'
WHERE l_orderkey = 198133573 AND l_linenumber = 5
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_05.sql#1
UPDATE lineitem
SET l_comment = 'Backfill historical', l_discount = 0.01, l_tax = 0.09
WHERE l_orderkey = 93311302 AND l_linenumber = 2
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_06.sql#1
UPDATE lineitem
SET l_shipinstruct = 'COLLECT COD', l_returnflag = 'P', l_comment = 'Priority order'
WHERE l_orderkey = 343206944 AND l_linenumber = 1
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_07.sql#1
UPDATE lineitem
SET l_extendedprice = 1111.11, l_tax = 0.06, l_linestatus = 'E', l_comment = 'Repricing event'
WHERE l_orderkey = 140916002 AND l_linenumber = 5
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_08.sql#1
UPDATE lineitem
SET l_returnflag = 'A', l_shipinstruct = 'NONE', l_comment = 'Legacy return policy'
WHERE l_orderkey = 349980483 AND l_linenumber = 1
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_09.sql#1
UPDATE lineitem
SET l_comment = 'Preferred supplier', l_discount = 0.02
WHERE l_orderkey = 596681795 AND l_linenumber = 6
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/lightweight_update_10.sql#1
UPDATE lineitem
SET l_discount = 0.02, l_tax = 0.07, l_extendedprice = 321.99, l_returnflag = 'R', l_linestatus = 'Y', l_shipinstruct = 'NONE', l_comment = 'Return-flagged batch'
WHERE l_orderkey = 400574597 AND l_linenumber = 7
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_01.sql#1
ALTER TABLE lineitem
UPDATE l_discount = 0.045, l_tax = 0.11, l_extendedprice = 888.88, l_returnflag = 'X', l_linestatus = 'Z', l_shipmode = 'SHIP', l_comment = 'Corrected entry'
WHERE l_orderkey = 503437255 AND l_linenumber = 3
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_02.sql#1
ALTER TABLE lineitem
UPDATE l_discount = 0.015, l_tax = 0.03, l_extendedprice = 432.10, l_returnflag = 'B', l_linestatus = 'X', l_comment = 'Adjusted manually'
WHERE l_orderkey = 522639521 AND l_linenumber = 3
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_03.sql#1
ALTER TABLE lineitem
UPDATE l_extendedprice = 777.77, l_returnflag = 'S', l_linestatus = 'N', l_tax = 0.02
WHERE l_orderkey = 431195557 AND l_linenumber = 3
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_04.sql#1
ALTER TABLE lineitem
UPDATE l_extendedprice = 654.32, l_linestatus = 'W', l_shipmode = 'FOB', l_comment = 'Warranty extension'
WHERE l_orderkey = 198133573 AND l_linenumber = 5
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_05.sql#1
ALTER TABLE lineitem
UPDATE l_comment = 'Backfill historical', l_discount = 0.01, l_tax = 0.09
WHERE l_orderkey = 93311302 AND l_linenumber = 2
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_06.sql#1
ALTER TABLE lineitem
UPDATE l_shipinstruct = 'COLLECT COD', l_returnflag = 'P', l_comment = 'Priority order'
WHERE l_orderkey = 343206944 AND l_linenumber = 1
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_07.sql#1
ALTER TABLE lineitem
UPDATE l_extendedprice = 1111.11, l_tax = 0.06, l_linestatus = 'E', l_comment = 'Repricing event'
WHERE l_orderkey = 140916002 AND l_linenumber = 5
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_08.sql#1
ALTER TABLE lineitem
UPDATE l_returnflag = 'A', l_shipinstruct = 'NONE', l_comment = 'Legacy return policy'
WHERE l_orderkey = 349980483 AND l_linenumber = 1
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_09.sql#1
ALTER TABLE lineitem
UPDATE l_comment = 'Preferred supplier', l_discount = 0.02
WHERE l_orderkey = 596681795 AND l_linenumber = 6
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/mutation_update_10.sql#1
ALTER TABLE lineitem
UPDATE l_discount = 0.02, l_tax = 0.07, l_extendedprice = 321.99, l_returnflag = 'R', l_linestatus = 'Y', l_shipinstruct = 'NONE', l_comment = 'Return-flagged batch'
WHERE l_orderkey = 400574597 AND l_linenumber = 7
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_01.sql#1
INSERT INTO lineitem VALUES
(503437255, 7568956, 318978, 3, 5, 888.88, 0.045, 0.11,
 'X', 'Z', '1994-03-25', '1994-04-05', '1994-04-20',
 'DELIVER IN PERSON', 'SHIP', 'Corrected entry')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_02.sql#1
INSERT INTO lineitem VALUES
(522639521, 8719913, 969922, 3, 2, 432.10, 0.015, 0.03,
 'B', 'X', '1993-01-14', '1992-12-13', '1993-02-01',
 'TAKE BACK RETURN', 'REG AIR', 'Adjusted manually')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_03.sql#1
INSERT INTO lineitem VALUES
(431195557, 2438965, 188972, 3, 30, 777.77, 0.07, 0.02,
 'S', 'N', '1992-06-14', '1992-07-22', '1992-06-24',
 'TAKE BACK RETURN', 'AIR', 'ickly regular r')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_04.sql#1
INSERT INTO lineitem VALUES
(198133573, 11337494, 837517, 5, 42, 654.32, 0.02, 0.03,
 'N', 'W', '1997-04-01', '1997-03-16', '1997-04-22',
 'COLLECT COD', 'FOB', 'Warranty extension')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_05.sql#1
INSERT INTO lineitem VALUES
(93311302, 9783520, 283539, 2, 26, 41679.04, 0.01, 0.09,
 'A', 'F', '1994-04-21', '1994-05-09', '1994-05-13',
 'COLLECT COD', 'MAIL', 'Backfill historical')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_06.sql#1
INSERT INTO lineitem VALUES
(343206944, 9361234, 611244, 1, 34, 44022.18, 0.1, 0.02,
 'P', 'F', '1996-01-11', '1995-12-02', '1996-01-31',
 'COLLECT COD', 'REG AIR', 'Priority order')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_07.sql#1
INSERT INTO lineitem VALUES
(140916002, 18512193, 262248, 5, 21, 1111.11, 0.01, 0.06,
 'N', 'E', '1995-06-11', '1995-06-24', '1995-07-04',
 'NONE', 'SHIP', 'Repricing event')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_08.sql#1
INSERT INTO lineitem VALUES
(349980483, 11893437, 643471, 1, 44, 62912.96, 0.02, 0.08,
 'A', 'F', '1993-08-20', '1993-09-16', '1993-08-31',
 'NONE', 'REG AIR', 'Legacy return policy')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_09.sql#1
INSERT INTO lineitem VALUES
(596681795, 8035422, 535439, 6, 29, 39353.58, 0.02, 0.01,
 'R', 'F', '1994-04-16', '1994-02-15', '1994-04-28',
 'COLLECT COD', 'AIR', 'Preferred supplier')
==== examples/blog-examples/clickhouse-fast-updates/single-row-updates/10x1/replacing_insert_10.sql#1
INSERT INTO lineitem VALUES
(400574597, 17903948, 403983, 7, 3, 321.99, 0.02, 0.07,
 'R', 'Y', '1998-03-07', '1998-04-09', '1998-04-05',
 'NONE', 'REG AIR', 'Return-flagged batch')
==== examples/blog-examples/log_clustering/one_table_service.sql#2
CREATE MATERIALIZED VIEW IF NOT EXISTS mv_logs_recommendation
TO logs_service_recommendation
AS
SELECT
   CASE WHEN m1 THEN 1 WHEN m2 THEN 2 ELSE 0 END AS TemplateNumber,
   CASE when m1 THEN g1_1 ELSE NULL END AS date,
   CASE when m1 THEN g1_2 ELSE NULL END AS time,
   CASE when m1 THEN g1_3 ELSE NULL END AS service_name,
   CASE when m1 THEN g1_4 ELSE NULL END AS trace_sampled,
   CASE when m1 THEN g1_5 ELSE g2_1 END AS prod_1,
   CASE when m1 THEN g1_6 ELSE g2_2 END AS prod_2,
   CASE when m1 THEN g1_7 ELSE g2_3 END AS prod_3,
   CASE when m1 THEN g1_8 ELSE g2_4 END AS prod_4,
   CASE when m1 THEN g1_9 ELSE g2_5 END AS prod_5

FROM
(
    WITH
        '^([^\\s]+) ([^\\s]+) INFO \[main\] \[recommendation_server.py:47\] \[trace_id=([^\\s]+) span_id=([^\\s]+) resource\.service\.name=recommendation trace_sampled=True\] - Receive ListRecommendations for product ids:\[([^\\s]+) ([^\\s]+) ([^\\s]+) ([^\\s]+) ([^\\s]+)\]$' AS pattern1,
        '^Receive ListRecommendations for product ([^\\s]+) ([^\\s]+) ([^\\s]+) ([^\\s]+) ([^\\s]+)$' AS pattern2
    SELECT
        *,
        match(Body, pattern1) AS m1,
        match(Body, pattern2) AS m2,
        extractAllGroups(Body, pattern1) AS g1,
        extractAllGroups(Body, pattern2) AS g2,

        arrayElement(arrayElement(g1, 1), 1) AS g1_1,
        arrayElement(arrayElement(g1, 1), 2) AS g1_2,
        arrayElement(arrayElement(g1, 1), 3) AS g1_3,
        arrayElement(arrayElement(g1, 1), 4) AS g1_4,
        arrayElement(arrayElement(g1, 1), 5) AS g1_5,
        arrayElement(arrayElement(g1, 1), 6) AS g1_6,
        arrayElement(arrayElement(g1, 1), 7) AS g1_7,
        arrayElement(arrayElement(g1, 1), 7) AS g1_8,
        arrayElement(arrayElement(g1, 1), 7) AS g1_9,

        arrayElement(arrayElement(g2, 1), 1) AS g2_1,
        arrayElement(arrayElement(g2, 1), 2) AS g2_2,
        arrayElement(arrayElement(g2, 1), 3) AS g2_3,
        arrayElement(arrayElement(g2, 1), 4) AS g2_4,
        arrayElement(arrayElement(g2, 1), 5) AS g2_5
    FROM raw_logs where ServiceName='recommendation'
)
==== examples/blog-examples/log_clustering/one_table_service.sql#3
CREATE MATERIALIZED VIEW IF NOT EXISTS mv_logs_cart
TO logs_service_cart
AS
SELECT
   multiIf(m1, 1, m2, 2, m3, 3, 0) AS TemplateNumber,
   multiIf(m1, g1_1, m2, Null, m3, g3_1, m4, g4_1, Null) AS user_id,
   multiIf(m1, '', m2, '', m3, g3_2, '') AS product_id,
   multiIf(m1, '', m2, '', m3, g3_3, '') AS quantity

FROM
(
    WITH
        '^[\\s]*GetCartAsync called with userId=([^\\s]*)$' AS pattern1,
        '^info\: cart.cartstore.ValkeyCartStore\[0\]$' AS pattern2,
        '^[\\s]*AddItemAsync called with userId=([^\\s]+), productId=([^\\s]+), quantity=([^\\s]+)$' AS pattern3,
        '^[\\s]*EmptyCartAsync called with userId=([^\\s]*)$' AS pattern4
    SELECT
        *,
        match(Body, pattern1) AS m1,
        match(Body, pattern2) AS m2,
        match(Body, pattern3) AS m3,
        match(Body, pattern4) AS m4,
        extractAllGroups(Body, pattern1) AS g1,
        extractAllGroups(Body, pattern2) AS g2,
        extractAllGroups(Body, pattern3) AS g3,
        extractAllGroups(Body, pattern4) AS g4,

        arrayElement(arrayElement(g1, 1), 1) AS g1_1,
        arrayElement(arrayElement(g3, 1), 1) AS g3_1,
        arrayElement(arrayElement(g3, 1), 2) AS g3_2,
        arrayElement(arrayElement(g3, 1), 3) AS g3_3,
        arrayElement(arrayElement(g4, 1), 1) AS g4_1
    FROM raw_logs where ServiceName='cart'
)
==== examples/blog-examples/postgresql-cdc/schemas/uk_price_paid_changes.sql#1
CREATE TABLE uk_price_paid_changes
(
    `before.id` Nullable(UInt64),
    `before.price` Nullable(UInt32),
    `before.date` Nullable(UInt32),
    `before.postcode1` Nullable(String),
    `before.postcode2` Nullable(String),
    `before.type` Nullable(Enum8('other' = 0, 'terraced' = 1, 'semi-detached' = 2, 'detached' = 3, 'flat' = 4)),
    `before.is_new` Nullable(UInt8),
    `before.duration` Nullable(Enum8('unknown' = 0, 'freehold' = 1, 'leasehold' = 2)),
    `before.addr1` Nullable(String),
    `before.addr2` Nullable(String),
    `before.street` Nullable(String),
    `before.locality` Nullable(String),
    `before.town` Nullable(String),
    `before.district` Nullable(String),
    `before.county` Nullable(String),
    `after.id` Nullable(UInt64),
    `after.price` Nullable(UInt32),
    `after.date` Nullable(UInt32),
    `after.postcode1` Nullable(String),
    `after.postcode2` Nullable(String),
    `after.type` Nullable(Enum8('other' = 0, 'terraced' = 1, 'semi-detached' = 2, 'detached' = 3, 'flat' = 4)),
    `after.is_new` Nullable(UInt8),
    `after.duration` Nullable(Enum8('unknown' = 0, 'freehold' = 1, 'leasehold' = 2)),
    `after.addr1` Nullable(String),
    `after.addr2` Nullable(String),
    `after.street` Nullable(String),
    `after.locality` Nullable(String),
    `after.town` Nullable(String),
    `after.district` Nullable(String),
    `after.county` Nullable(String),
    `op` LowCardinality(String),
    `ts_ms` UInt64,
    `source.sequence` String,
    `source.lsn` UInt64
)
ENGINE = MergeTree
ORDER BY tuple()
==== examples/blog-examples/postgresql-cdc/schemas/uk_price_paid_changes_no_delete.sql#1
CREATE TABLE uk_price_paid_changes
(
    `after.id` Nullable(UInt64),
    `after.price` Nullable(UInt32),
    `after.date` Nullable(UInt32),
    `after.postcode1` Nullable(String),
    `after.postcode2` Nullable(String),
    `after.type` Nullable(Enum8('other' = 0, 'terraced' = 1, 'semi-detached' = 2, 'detached' = 3, 'flat' = 4)),
    `after.is_new` Nullable(UInt8),
    `after.duration` Nullable(Enum8('unknown' = 0, 'freehold' = 1, 'leasehold' = 2)),
    `after.addr1` Nullable(String),
    `after.addr2` Nullable(String),
    `after.street` Nullable(String),
    `after.locality` Nullable(String),
    `after.town` Nullable(String),
    `after.district` Nullable(String),
    `after.county` Nullable(String),
    `op` LowCardinality(String),
    `ts_ms` UInt64,
    `source.sequence` String,
    `source.lsn` UInt64
)
ENGINE = MergeTree
ORDER BY tuple()
==== examples/blog-examples/postgresql-cdc/schemas/uk_price_paid_clickhouse.sql#1
CREATE TABLE default.uk_price_paid
(
    `id` UInt64,
    `price` UInt32,
    `date` Date,
    `postcode1` LowCardinality(String),
    `postcode2` LowCardinality(String),
    `type` Enum8('other' = 0, 'terraced' = 1, 'semi-detached' = 2, 'detached' = 3, 'flat' = 4),
    `is_new` UInt8,
    `duration` Enum8('unknown' = 0, 'freehold' = 1, 'leasehold' = 2),
    `addr1` String,
    `addr2` String,
    `street` LowCardinality(String),
    `locality` LowCardinality(String),
    `town` LowCardinality(String),
    `district` LowCardinality(String),
    `county` LowCardinality(String),
    `version` UInt64,
    `deleted` UInt8
)
ENGINE = ReplacingMergeTree(version, deleted) ORDER BY (postcode1, postcode2, addr1, addr2, id)
==== examples/blog-examples/postgresql-cdc/schemas/uk_price_paid_postgres.sql#1
CREATE TABLE uk_price_paid                                                                                                                                                                   (
   id serial primary key,
   price INTEGER,
   date Date,
   postcode1 varchar(8),
   postcode2 varchar(3),
   type varchar(13),
   is_new SMALLINT,
   duration varchar(9),
   addr1 varchar(100),
   addr2 varchar(100),
   street varchar(60),
   locality varchar(35),
   town varchar(35),
   district varchar(40),
   county varchar(35)
)
==== examples/blog-examples/postgresql-cdc/views/create_update.sql#1
CREATE MATERIALIZED VIEW default.uk_price_paid_mv TO default.uk_price_paid
(
    `id` Nullable(UInt64),
    `price` Nullable(UInt32),
    `date` Nullable(Date),
    `postcode1` Nullable(String),
    `postcode2` Nullable(String),
    `type` Nullable(Enum8('other' = 0, 'terraced' = 1, 'semi-detached' = 2, 'detached' = 3, 'flat' = 4)),
    `is_new` Nullable(UInt8),
    `duration` Nullable(Enum8('unknown' = 0, 'freehold' = 1, 'leasehold' = 2)),
    `addr1` Nullable(String),
    `addr2` Nullable(String),
    `street` Nullable(String),
    `locality` Nullable(String),
    `town` Nullable(String),
    `district` Nullable(String),
    `county` Nullable(String),
    `version` UInt64,
    `deleted` UInt8
) AS
SELECT
    after.id AS id,
    after.price AS price,
    toDate(after.date) AS date,
    after.postcode1 AS postcode1,
    after.postcode2 AS postcode2,
    after.type AS type,
    after.is_new AS is_new,
    after.duration AS duration,
    after.addr1 AS addr1,
    after.addr2 AS addr2,
    after.street AS street,
    after.locality AS locality,
    after.town AS town,
    after.district AS district,
    after.county AS county,
    source.lsn AS version
FROM uk_price_paid_changes
WHERE (op = 'c') OR (op = 'r') OR (op = 'u')
==== examples/blog-examples/postgresql-cdc/views/create_update_delete.sql#1
CREATE MATERIALIZED VIEW default.uk_price_paid_mv TO default.uk_price_paid
(
    `id` Nullable(UInt64),
    `price` Nullable(UInt32),
    `date` Nullable(Date),
    `postcode1` Nullable(String),
    `postcode2` Nullable(String),
    `type` Nullable(Enum8('other' = 0, 'terraced' = 1, 'semi-detached' = 2, 'detached' = 3, 'flat' = 4)),
    `is_new` Nullable(UInt8),
    `duration` Nullable(Enum8('unknown' = 0, 'freehold' = 1, 'leasehold' = 2)),
    `addr1` Nullable(String),
    `addr2` Nullable(String),
    `street` Nullable(String),
    `locality` Nullable(String),
    `town` Nullable(String),
    `district` Nullable(String),
    `county` Nullable(String),
    `version` UInt64,
    `deleted` UInt8
) AS
SELECT
    if(op = 'd', before.id, after.id) AS id,
    if(op = 'd', before.price, after.price) AS price,
    if(op = 'd', toDate(before.date), toDate(after.date)) AS date,
    if(op = 'd', before.postcode1, after.postcode1) AS postcode1,
    if(op = 'd', before.postcode2, after.postcode2) AS postcode2,
    if(op = 'd', before.type, after.type) AS type,
    if(op = 'd', before.is_new, after.is_new) AS is_new,
    if(op = 'd', before.duration, after.duration) AS duration,
    if(op = 'd', before.addr1, after.addr1) AS addr1,
    if(op = 'd', before.addr2, after.addr2) AS addr2,
    if(op = 'd', before.street, after.street) AS street,
    if(op = 'd', before.locality, after.locality) AS locality,
    if(op = 'd', before.town, after.town) AS town,
    if(op = 'd', before.district, after.district) AS district,
    if(op = 'd', before.county, after.county) AS county,
    if(op = 'd', source.lsn, source.lsn) AS version,
    if(op = 'd', 1, 0) AS deleted
FROM default.uk_price_paid_changes
WHERE (op = 'c') OR (op = 'r') OR (op = 'u') OR (op = 'd')
==== examples/docker-compose-recipes/recipes/ch-and-mssql/fs/volumes/create-dataset/create_table.sql#1
CREATE TABLE dbo.Customer (
    customer_id INT IDENTITY(1, 1) NOT NULL,
    firstname VARCHAR(25) NOT NULL,
    lastname VARCHAR(25) NOT NULL,
    email VARCHAR(25) NULL,
    created_date DATETIME NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[Customer]
ADD CONSTRAINT [DF_Customer_CreateDate] DEFAULT (getdate()) FOR [created_date]
GO
==== examples/docker-compose-recipes/recipes/ch-and-mssql/fs/volumes/create-dataset/insert.sql#1
INSERT INTO [dbo].[Customer] (
        [firstname],
        [lastname],
        [email],
        [created_date]
    )
VALUES (
        'Jonah',
        'Hook',
        'jonah@clickhouse.db',
        '2021-09-01'
    ),
    (
        'Mary',
        'Brown',
        'mary@clickhouse.db',
        '2012-12-01'
    ),
    (
        'Russell',
        'White',
        'rwhite@clickhouse.db',
        '2018-07-01'
    ),
    (
        'Dan',
        'Red',
        'dan@clickhouse.db',
        '2011-09-01'
    ),
    (
        'Alice',
        'Black',
        'alice@clickhouse.db',
        '2011-09-01'
    )
GO
==== examples/docker-compose-recipes/recipes/ch-and-postgres/fs/volumes/postgres/docker-entrypoint-initdb.d/1_create_and_insert_table_hacker_news.sql#1
CREATE TABLE hacker_news (
    "id" NUMERIC NOT NULL,
    "deleted" NUMERIC,
    "type" VARCHAR NOT NULL,
    "by" VARCHAR,
    "time" TIMESTAMP,
    "text" TEXT,
    "dead" NUMERIC,
    "parent" NUMERIC,
    "poll" NUMERIC,
    "kids" TEXT [],
    "url" VARCHAR,
    "score" NUMERIC,
    "title" TEXT,
    "parts" text [],
    "descendants" NUMERIC
)
==== examples/docker-compose-recipes/recipes/ch-and-postgres/fs/volumes/postgres/docker-entrypoint-initdb.d/2_enable_index_and_replication.sql#1
CREATE unique INDEX hacker_news_table_index on hacker_news(type, id)
==== examples/docker-compose-recipes/recipes/ch-and-postgres/fs/volumes/postgres/docker-entrypoint-initdb.d/2_enable_index_and_replication.sql#2
ALTER TABLE hacker_news REPLICA IDENTITY USING INDEX hacker_news_table_index
==== examples/ethereum/batch/inserts/load_blocks_from_csv.sql#1
INSERT INTO blocks SELECT
    number,
    hash,
    parent_hash,
    nonce,
    sha3_uncles,
    logs_bloom,
    transactions_root,
    state_root,
    receipts_root,
    miner,
    difficulty,
    total_difficulty,
    size,
    extra_data,
    gas_limit,
    gas_used,
    timestamp,
    transaction_count,
    base_fee_per_gas
FROM s3('https://storage.googleapis.com/clickhouse_public_datasets/ethereum/blocks/*.gz', 'CSVWithNames', 'timestamp DateTime, number Int64, hash String, parent_hash String, nonce String, sha3_uncles String, logs_bloom String, transactions_root String, state_root String, receipts_root String, miner String, difficulty Decimal(38, 0), total_difficulty Decimal(38, 0), size Int64, extra_data String, gas_limit Int64,gas_used Int64,transaction_count Int64,base_fee_per_gas Int64')
==== examples/ethereum/batch/inserts/load_contracts_from_csv.sql#1
INSERT INTO contracts
SELECT *
FROM s3('https://storage.googleapis.com/clickhouse_public_datasets/ethereum/contracts/*.parquet')
==== examples/ethereum/batch/inserts/load_traces_from_csv.sql#1
INSERT INTO traces
SELECT
    transaction_hash,
    transaction_index,
    from_address,
    to_address,
    value,
    input,
    output,
    trace_type,
    call_type,
    reward_type,
    gas,
    gas_used,
    subtraces,
    trace_address,
    error,
    status,
    toInt64(block_timestamp) AS block_timestamp,
    block_number,
    block_hash,
    trace_id
FROM s3Cluster('default', 'https://storage.googleapis.com/clickhouse_public_datasets/ethereum/traces/*.csv.gz', 'CSVWithNames', 'transaction_hash String,transaction_index Int64,from_address String,to_address String,value Decimal(38, 0),input String,output String,trace_type Enum8(\'\'=0,\'call\'=1, \'create\' = 2, \'suicide\' = 3, \'reward\' = 4, \'genesis\' = 5, \'daofork\' = 6) ,call_type Enum8(\'call\' = 1, \'callcode\' = 2, \'delegatecall\' = 3, \'staticcall\' = 4),reward_type Enum8(\'\'=0,\'block\' = 1, \'uncle\' = 2), gas Int64, gas_used Int64, subtraces Int64, trace_address String, error String, status Bool, block_timestamp DateTime, block_number Int64, block_hash String, trace_id String')
==== examples/ethereum/batch/inserts/load_transactions_from_csv.sql#1
INSERT INTO t SELECT
    hash,
    nonce,
    block_hash,
    block_number,
    transaction_index,
    from_address,
    to_address,
    value,
    gas,
    gas_price,
    input,
    toInt64(block_timestamp) AS block_timestamp,
    max_fee_per_gas,
    max_priority_fee_per_gas,
    transaction_type,
    receipt_cumulative_gas_used,
    receipt_gas_used,
    receipt_contract_address,
    receipt_root,
    receipt_status,
    receipt_effective_gas_price
FROM s3('https://storage.googleapis.com/clickhouse_public_datasets/ethereum/transactions/*.csv.gz', 'CSVWithNames', 'hash String, nonce Int64, transaction_index Int64,from_address String, to_address Nullable(String), value Decimal(38, 0), gas Int64, gas_price Int64, input String, receipt_cumulative_gas_used Int64,receipt_gas_used Int64,receipt_contract_address Nullable(String),receipt_root String,receipt_status Nullable(Int64),block_timestamp DateTime, block_number Int64, block_hash String, max_fee_per_gas Nullable(Int64), max_priority_fee_per_gas Nullable(Int64), transaction_type Int64, receipt_effective_gas_price Int64')
==== examples/ethereum/batch/schemas/blocks.sql#1
CREATE TABLE ethereum.blocks
(
	`number` UInt32 CODEC(Delta(4), ZSTD(1)) DEFAULT 0,
	`hash` String DEFAULT '',
	`parent_hash` String DEFAULT '',
	`nonce` String DEFAULT '',
	`sha3_uncles` String DEFAULT '',
	`logs_bloom` String DEFAULT '',
	`transactions_root` String DEFAULT '',
	`state_root` String DEFAULT '',
	`receipts_root` String DEFAULT '',
	`miner` String DEFAULT '',
	`difficulty` Decimal(38, 0) DEFAULT 0,
	`total_difficulty` Decimal(38, 0) DEFAULT 0,
	`size` UInt32 CODEC(Delta(4), ZSTD(1)) DEFAULT 0,
	`extra_data` String DEFAULT '',
	`gas_limit` UInt32 CODEC(Delta(4), ZSTD(1)) DEFAULT 0,
	`gas_used` UInt32 CODEC(Delta(4), ZSTD(1)) DEFAULT 0,
	`timestamp` DateTime CODEC(Delta(4), ZSTD(1)) DEFAULT '1970-01-01 00:00:00',
	`transaction_count` UInt16 DEFAULT 0,
	`base_fee_per_gas` UInt64 DEFAULT 0,
)
ENGINE = MergeTree
ORDER BY timestamp
==== examples/ethereum/batch/schemas/contracts.sql#1
CREATE TABLE ethereum.contracts
(
    `address` LowCardinality(String),
    `bytecode` LowCardinality(String) CODEC(ZSTD(9)),
    `function_sighashes` Array(String),
    `is_erc20` Bool,
    `is_erc721` Bool,
    `block_timestamp` DateTime CODEC(Delta(4), ZSTD(1)),
    `block_number` UInt32 CODEC(Delta(4), ZSTD(1)),
    `block_hash` LowCardinality(String) CODEC(ZSTD(9))
)
ENGINE = MergeTree
ORDER BY (is_erc721, block_number, address)
==== examples/ethereum/batch/schemas/traces.sql#1
CREATE TABLE ethereum.traces
(
    `transaction_hash` String,
    `transaction_index` UInt16,
    `from_address` String,
    `to_address` String,
    `value` Decimal(38, 0),
    `input` String,
    `output` String,
    `trace_type` Enum8('call' = 1, 'create' = 2, 'suicide' = 3, 'reward' = 4, 'genesis' = 5, 'daofork' = 6),
    `call_type` Enum8('' = 0, 'call' = 1, 'callcode' = 2, 'delegatecall' = 3, 'staticcall' = 4),
    `reward_type` Enum8('' = 0, 'block' = 1, 'uncle' = 2),
    `gas` UInt32 CODEC(Delta(4), ZSTD(1)),
    `gas_used` UInt32,
    `subtraces` UInt32,
    `trace_address` String,
    `error` String,
    `status` Bool,
    `block_timestamp` DateTime CODEC(Delta(4), ZSTD(1)),
    `block_number` UInt32 CODEC(Delta(4), ZSTD(1)),
    `block_hash` String,
    `trace_id` String
)
ENGINE = MergeTree
ORDER BY (trace_type, block_number, block_timestamp)
==== examples/ethereum/batch/schemas/transactions.sql#1
CREATE TABLE ethereum.transactions
(
    `hash` String,
    `nonce` UInt32,
    `block_hash` String,
    `block_number` UInt32 CODEC(Delta(4), ZSTD(1)),
    `transaction_index` UInt16,
    `from_address` String,
    `to_address` String,
    `value` Decimal(38, 0),
    `gas` UInt32 CODEC(Delta(4), ZSTD(1)),
    `gas_price` UInt64,
    `input` String,
    `block_timestamp` DateTime CODEC(Delta(4), ZSTD(1)),
    `max_fee_per_gas` UInt64,
    `max_priority_fee_per_gas` UInt64,
    `transaction_type` Nullable(UInt8),
    `receipt_cumulative_gas_used` UInt32,
    `receipt_gas_used` UInt32,
    `receipt_contract_address` String,
    `receipt_root` String,
    `receipt_status` Nullable(UInt8),
    `receipt_effective_gas_price` UInt64
)
ENGINE = MergeTree
ORDER BY (block_timestamp, block_number)
==== examples/ethereum/queries/ether_costs_over_time.sql#1
SELECT
	SUM(value / POWER(10, 18)) AS sum_tx_ether,
	AVG(gas_price * (receipt_gas_used / POWER(10, 18))) AS avg_tx_gas_cost,
	toStartOfDay(block_timestamp) AS tx_date
FROM transactions
WHERE (receipt_status = 1) AND (value > 0) AND (block_timestamp > '2018-01-01') AND (block_timestamp <= '2018-12-31')
GROUP BY tx_date
ORDER BY tx_date ASC
==== examples/ethereum/queries/ether_supply_by_day.sql#1
WITH ether_emitted_by_date AS
	(
    	SELECT
        	date(block_timestamp) AS date,
        	SUM(value) AS value
    	FROM traces
    	WHERE trace_type IN ('genesis', 'reward')
    	GROUP BY DATE(block_timestamp)
	)
SELECT
	date,
	SUM(value) OVER (ORDER BY date ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) / POWER(10, 18) AS supply
FROM ether_emitted_by_date
LIMIT 10

ALTER TABLE traces ADD PROJECTION trace_type_projection (
                	SELECT trace_type,
                	toStartOfDay(block_timestamp) as date, sum(value) as value GROUP BY trace_type, date
                	)
ALTER TABLE traces MATERIALIZE PROJECTION trace_type_projection

WITH ether_emitted_by_date AS
	(
    	SELECT
        	date,
        	sum(value) AS value
    	FROM traces
    	WHERE trace_type IN ('genesis', 'reward')
    	GROUP BY toStartOfDay(block_timestamp) AS date
	)
SELECT
	date,
	sum(value) OVER (ORDER BY date ASC) / power(10, 18) AS supply
FROM ether_emitted_by_date
==== examples/ethereum/queries/gas_used_per_week.sql#1
SELECT
	toStartOfWeek(block_timestamp, 1) AS time,
	SUM(receipt_gas_used) AS total_gas_used,
	round(AVG(receipt_gas_used)) AS avg_gas_used,
	quantileExact(0.5)(receipt_gas_used) AS median_gas_used
  -- For approximiation, use: 
  -- quantile(0.5)(receipt_gas_used) AS median_gas_used
FROM transactions
WHERE block_timestamp >= '2015-10-01'
GROUP BY time
ORDER BY time ASC
LIMIT 10
==== examples/ethereum/queries/popular_collectables.sql#1
SELECT to_address, count() AS tx_count
FROM transactions
WHERE to_address IN (
	SELECT address
	FROM contracts
	WHERE is_erc721 = true
)
GROUP BY to_address
ORDER BY tx_count DESC
LIMIT 5
==== examples/ethereum/queries/popular_contracts.sql#1
SELECT to_address, count() AS tx_count
FROM transactions
WHERE to_address IN (
	SELECT address
	FROM contracts
	WHERE is_erc20 = true
)
GROUP BY to_address
ORDER BY tx_count DESC
LIMIT 5
==== examples/ethereum/queries/smart_contract_creation.sql#1
SELECT
	toStartOfWeek(block_timestamp, 1) AS time,
	count() AS created_contracts,
	sum(created_contracts) OVER (ORDER BY time ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum_created_contracts
FROM traces
WHERE trace_type = 'create'
GROUP BY time
ORDER BY time ASC
LIMIT 10
==== examples/ethereum/queries/throughput.sql#1
SELECT
    'ethereum' AS chain,
     count() / (24 * 60 * 60 / count() OVER (PARTITION BY DATE(block_timestamp))) AS throughput,
     block_timestamp AS time
FROM ethereum.transactions
GROUP BY block_timestamp, block_number
ORDER BY block_timestamp ASC
LIMIT 100
==== examples/ethereum/queries/throughput_avg_per_day.sql#1
WITH
    THROUGHPUT_PER_TIME AS (
        SELECT
            'ethereum' AS chain,
            count() / (24 * 60 * 60 / count() OVER (PARTITION BY DATE(block_timestamp))) AS throughput,
            block_timestamp AS time
        FROM ethereum.transactions
        GROUP BY block_timestamp, block_number
        ORDER BY block_timestamp ASC
    )
SELECT
    'ethereum' AS chain,
    avg(throughput) as avg_throughput,
    toDate(time) as day
FROM THROUGHPUT_PER_TIME
GROUP BY day
ORDER BY day asc
LIMIT 100

/* -- Alternative approaches to the query

SELECT
     count() / (24 * 60 * 60 / count() OVER (PARTITION BY day)) AS throughput,
     toDate(block_timestamp) AS day
FROM ethereum.transactions
GROUP BY day
ORDER BY day ASC
LIMIT 1000

SELECT
     count()  AS throughput,
     toDate(block_timestamp) AS day
FROM ethereum.transactions
GROUP BY day
ORDER BY day ASC
LIMIT 5000
*/
==== examples/ethereum/queries/top_balances.sql#1
SELECT
    address,
    sum(sub) AS balance
FROM
(
    SELECT
        arrayJoin([to_address, from_address]) AS address,
        sum(value * multiIf(to_address = from_address, 0, address = to_address, 1, -1)) AS sub
    FROM ethereum.traces
    WHERE (address IS NOT NULL) AND (status = 1) AND ((call_type NOT IN ('delegatecall', 'callcode', 'staticcall')) OR (call_type IS NULL))
    GROUP BY address
    UNION ALL
    SELECT
        miner AS address,
        SUM(receipt_gas_used * (receipt_effective_gas_price - base_fee_per_gas)) AS sub
    FROM ethereum.transactions AS transactions
    INNER JOIN ethereum.blocks AS blocks ON blocks.number = transactions.block_number
    GROUP BY
        blocks.number,
        blocks.miner
    UNION ALL
    SELECT
        from_address AS address,
        sum((-1 * receipt_gas_used) * receipt_effective_gas_price) AS sub
    FROM ethereum.transactions
    GROUP BY from_address
)
GROUP BY address
ORDER BY balance DESC
LIMIT 10
==== examples/ethereum/queries/total_market_capitalization.sql#1
WITH eth_supply AS
	(
    	SELECT (120529053 - (SUM(eb.base_fee_per_gas * et.receipt_gas_used) / 1000000000000000000.)) + ((COUNT(eb.number) * 1600) / (((24 * 60) * 60) / 12)) AS eth_supply
    	FROM transactions AS et
    	INNER JOIN blocks AS eb ON eb.number = et.block_number
    	WHERE et.block_timestamp >= '2022-09-29'
	)
SELECT (eth_supply * 1577.88) / 1000000000. AS eth_mcap
FROM eth_supply
==== examples/postgresql-clickhouse-data-modeling/volumes/postgres/docker-entrypoint-initdb.d/1_create_table.sql#1
CREATE TABLE posts (
    Id SERIAL PRIMARY KEY,
    PostTypeId SMALLINT CHECK (PostTypeId BETWEEN 1 AND 8),  -- Enforcing range instead of ENUM
    AcceptedAnswerId INTEGER,
    CreationDate TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    Score INTEGER,
    ViewCount INTEGER,
    Body TEXT,
    OwnerUserId INTEGER NOT NULL,
    OwnerDisplayName TEXT,
    LastEditorUserId INTEGER,
    LastEditorDisplayName TEXT,
    LastEditDate TIMESTAMP(3) WITH TIME ZONE,
    LastActivityDate TIMESTAMP(3) WITH TIME ZONE,
    Title TEXT,
    Tags TEXT,
    AnswerCount SMALLINT DEFAULT 0,
    CommentCount SMALLINT DEFAULT 0,
    FavoriteCount SMALLINT DEFAULT 0,
    ContentLicense TEXT,
    ParentId TEXT,
    CommunityOwnedDate TIMESTAMP(3) WITH TIME ZONE,
    ClosedDate TIMESTAMP(3) WITH TIME ZONE
)
==== examples/postgresql-clickhouse-data-modeling/volumes/postgres/docker-entrypoint-initdb.d/1_create_table.sql#2
CREATE TABLE votes (
    Id SERIAL PRIMARY KEY,
    PostId INTEGER ,
    VoteTypeId SMALLINT NOT NULL,
    CreationDate TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    UserId INTEGER,
    BountyAmount SMALLINT DEFAULT 0
)
==== examples/postgresql-clickhouse-data-modeling/volumes/postgres/docker-entrypoint-initdb.d/1_create_table.sql#3
CREATE TABLE comments (
    Id SERIAL PRIMARY KEY,
    PostId INTEGER ,
    Score SMALLINT DEFAULT 0,
    Text TEXT NOT NULL,
    CreationDate TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    UserId INTEGER,
    UserDisplayName TEXT
)
==== examples/postgresql-clickhouse-data-modeling/volumes/postgres/docker-entrypoint-initdb.d/1_create_table.sql#4
CREATE TABLE users (
    Id SERIAL PRIMARY KEY,
    Reputation TEXT,
    CreationDate TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    DisplayName TEXT NOT NULL,
    LastAccessDate TIMESTAMP(3) WITH TIME ZONE,
    AboutMe TEXT,
    Views INTEGER DEFAULT 0,
    UpVotes INTEGER DEFAULT 0,
    DownVotes INTEGER DEFAULT 0,
    WebsiteUrl TEXT,
    Location TEXT,
    AccountId INTEGER
)
==== examples/stock-data-demo/scripts/ddl.sql#1
CREATE TABLE quotes
(
    `sym` LowCardinality(String),
    `bx` UInt8,
    `bp` Float64,
    `bs` UInt64,
    `ax` UInt8,
    `ap` Float64,
    `as` UInt64,
    `c` UInt8,
    `i` Array(UInt8),
    `t` UInt64,
    `q` UInt64,
    `z` Enum8('NYSE' = 1, 'AMEX' = 2, 'Nasdaq' = 3),
    `inserted_at` UInt64 DEFAULT toUnixTimestamp64Milli(now64())
)
ORDER BY (sym, t - (t % 60000))

CREATE TABLE trades
(
    `sym` LowCardinality(String),
    `i` String,
    `x` UInt8,
    `p` Float64,
    `s` UInt64,
    `c` Array(UInt8),
    `t` UInt64,
    `q` UInt64,
    `z` Enum8('NYSE' = 1, 'AMEX' = 2, 'Nasdaq' = 3),
    `trfi` UInt64,
    `trft` UInt64,
    `inserted_at` UInt64 DEFAULT toUnixTimestamp64Milli(now64())
)
ORDER BY (sym, t - (t % 60000))

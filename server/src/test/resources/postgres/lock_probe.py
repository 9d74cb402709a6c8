"""Runs the SQL that `alembic upgrade --sql` rendered, statement by statement, on a real PostgreSQL, and reports per
statement the lock modes it took on the watched tables (pg_locks), whether it rewrote them (relfilenode), whether it
scanned them (pg_stat_get_xact_numscans) and the error it raised.

usage: lock_probe.py URL SQL_FILE TABLES [block]
  TABLES  comma-separated tables to watch
  block   hold an ACCESS SHARE lock on the first table from another session while the migration runs: reports for the
          first statement that needs a conflicting lock whether it waited or failed (lock_timeout)
Statements outside a transaction block (CREATE INDEX CONCURRENTLY) are observed from a third session while an open
REPEATABLE READ transaction keeps them waiting for old snapshots. Polls have deadlines; output is one JSON list."""
import json
import sys
import threading
import time

import psycopg2
import sqlalchemy

url, sql_path, tables_csv = sys.argv[1], sys.argv[2], sys.argv[3]
block = len(sys.argv) > 4 and sys.argv[4] == "block"
tables = tables_csv.split(",")
engine = sqlalchemy.create_engine(url, poolclass=sqlalchemy.pool.NullPool)
kept = []


def connect():
    fairy = engine.raw_connection()
    kept.append(fairy)
    c = getattr(fairy, "driver_connection", None) or fairy.connection
    c.autocommit = True
    return c


def one(conn, sql, args=None):
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchall() if cur.description is not None else []


def locks(conn, pid, granted=True):
    rows = one(conn, "SELECT c.relname, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                     "WHERE l.pid = %s AND l.granted = %s AND c.relname = ANY(%s)", (pid, granted, tables))
    out = {}
    for rel, mode in rows:
        out.setdefault(rel, set()).add(mode)
    return out


def relfilenodes(conn):
    return dict(one(conn, "SELECT relname, relfilenode FROM pg_class WHERE relname = ANY(%s) AND relkind = 'r'", (tables,)))


def scans(conn):
    return dict(one(conn, "SELECT relname, pg_stat_get_xact_numscans(oid) FROM pg_class WHERE relname = ANY(%s) "
                          "AND relkind = 'r'", (tables,)))


def statements(text):
    out = []
    for chunk in text.split(";\n\n"):
        lines = [l for l in chunk.strip().splitlines() if not l.strip().startswith("--")]
        s = "\n".join(lines).strip().rstrip(";").strip()
        if s and "alembic_version" not in s:
            out.append(s)
    return out


def run_in_thread(conn, sql):
    result = {}

    def target():
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
        except psycopg2.Error as e:
            result["error"] = e.pgcode
    t = threading.Thread(target=target)
    t.start()
    return t, result


def poll(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    return None


main = connect()
observer = connect()
pid = one(main, "SELECT pg_backend_pid()")[0][0]
blocker = None
if block:
    blocker = connect()
    one(blocker, "BEGIN")
    one(blocker, "SELECT 1 FROM %s LIMIT 1" % tables[0])

results = []
in_tx = False
with open(sql_path) as f:
    script = statements(f.read())
for sql in script:
    upper = sql.upper()
    if upper == "BEGIN":
        main.cursor().execute("BEGIN")
        in_tx = True
        continue
    if upper == "COMMIT":
        main.cursor().execute("COMMIT")
        in_tx = False
        continue
    r = {"sql": sql, "locks": {}, "rewritten": {}, "scans": {}, "error": None, "waited": False}
    results.append(r)
    if "CONCURRENTLY" in upper and not in_tx:
        holder = connect()
        one(holder, "BEGIN ISOLATION LEVEL REPEATABLE READ")
        one(holder, "SELECT count(*) FROM pg_class")
        t, res = run_in_thread(main, sql)
        seen = poll(lambda: locks(observer, pid) or (not t.is_alive() and {"done": True}), 30)
        one(holder, "COMMIT")
        t.join(60)
        holder.close()
        r["locks"] = {k: sorted(v) for k, v in (seen or {}).items() if k != "done"}
        r["error"] = res.get("error")
        if r["error"]:
            break
        continue
    wrapped = not in_tx
    if wrapped:
        main.cursor().execute("BEGIN")
    before_locks = locks(main, pid)
    before_nodes = relfilenodes(main)
    before_scans = scans(main)
    if blocker is not None:
        # a lock_timeout (the fix sets 5s) ends the wait with an error; without one the statement is still queued
        t, res = run_in_thread(main, sql)
        poll(lambda: not t.is_alive(), 8)
        if t.is_alive():
            r["waited"] = True
            r["locks"] = {k: sorted(v) for k, v in locks(observer, pid, granted=False).items()}
            one(blocker, "ROLLBACK")
            blocker = None
            t.join(60)
            break
        r["error"] = res.get("error")
        if r["error"]:
            break
    else:
        try:
            main.cursor().execute(sql)
        except psycopg2.Error as e:
            r["error"] = e.pgcode
            main.cursor().execute("ROLLBACK")
            break
    after = locks(main, pid)
    r["locks"] = {k: sorted(v - before_locks.get(k, set())) for k, v in after.items() if v - before_locks.get(k, set())}
    after_nodes = relfilenodes(main)
    r["rewritten"] = {k: after_nodes.get(k) != v for k, v in before_nodes.items()}
    after_scans = scans(main)
    r["scans"] = {k: after_scans.get(k, 0) - v for k, v in before_scans.items()}
    if wrapped:
        main.cursor().execute("COMMIT")
if blocker is not None:
    one(blocker, "ROLLBACK")
try:
    main.cursor().execute("ROLLBACK")
except psycopg2.Error:
    pass
print(json.dumps(results))

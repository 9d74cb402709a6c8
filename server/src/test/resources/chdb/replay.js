// Replays migration histories into one real ClickHouse (chdb) session, a fresh set of databases per history.
// Usage: node replay.js <chdb package dir> <session dir> <input.json> <output.json>
// input: {"histories": [["CREATE TABLE ...", "ALTER TABLE ..."], ...]}
// output: [{"results": [{"ok": true} | {"ok": false, "code": 60, "name": "UNKNOWN_TABLE", "message": "..."}],
//           "tables": [{"database", "name", "engine"}], "columns": [{"database", "table", "name", "type"}]}]
const fs = require('fs');
const [chdbDir, sessionDir, input, output] = process.argv.slice(2);
const { Session } = require(chdbDir);
const session = new Session(sessionDir);
const SYSTEM = "('system', 'INFORMATION_SCHEMA', 'information_schema')";

function rows(sql) {
  const out = session.query(sql, 'JSONEachRow');
  return out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

// Each history gets a database of its own (dropping databases between histories is slow); databases a history
// creates by name are dropped before the next one.
let historyIndex = 0;
function reset() {
  for (const db of rows(`SELECT name FROM system.databases WHERE name NOT IN ${SYSTEM} AND NOT startsWith(name, 'history_')`
    + " AND name != 'default'")) {
    session.query(`DROP DATABASE \`${db.name}\` SYNC`);
  }
  const db = `history_${historyIndex++}`;
  session.query(`CREATE DATABASE ${db}`);
  session.query(`USE ${db}`);
  return db;
}

function run(sql) {
  try {
    session.query(sql, 'TSVRaw');
    return { ok: true };
  } catch (e) {
    const message = String(e && e.message ? e.message : e);
    const code = /Code: (\d+)/.exec(message);
    const name = /\(([A-Z][A-Z_0-9]+)\)\s*(?:\(version [^)]*\))?\s*$/.exec(message.trim());
    return { ok: false, code: code ? Number(code[1]) : -1, name: name ? name[1] : '', message: message.slice(0, 500) };
  }
}

const histories = JSON.parse(fs.readFileSync(input, 'utf8')).histories;
const out = [];
for (const history of histories) {
  const db = reset();
  const results = history.map(run);
  const where = `(database = '${db}' OR database NOT IN ${SYSTEM} AND NOT startsWith(database, 'history_')`
    + " AND database != 'default')";
  const tables = rows(`SELECT database, name, engine FROM system.tables WHERE ${where}`
    + " AND NOT startsWith(name, '.inner') ORDER BY database, name");
  const columns = rows(`SELECT database, table, name, type FROM system.columns WHERE ${where}`
    + " AND NOT startsWith(table, '.inner') ORDER BY database, table, position");
  out.push({ results, tables, columns });
}
fs.writeFileSync(output, JSON.stringify(out));
if (typeof session.close === 'function') session.close(); else session.cleanup();

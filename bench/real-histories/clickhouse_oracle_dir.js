// Judges every statement of every .sql file under DIR with real ClickHouse's parser (chdb formatQuery, as
// server/src/test/node/clickhouse-oracle.js does) after splitting it the way the runner does (strip -- comments, split on
// every ';'). Prints each rejected statement and a summary line. Usage: node clickhouse_oracle_dir.js CHDB_DIR DIR
const chdb = require(require('path').resolve(process.argv[2]));
const fs = require('fs'), path = require('path');
const dir = process.argv[3];
let files = 0, stmts = 0, rejected = 0;
function walk(d) {
  for (const f of fs.readdirSync(d).sort()) {
    const p = path.join(d, f);
    if (fs.statSync(p).isDirectory()) walk(p); else if (f.endsWith('.sql')) judge(p);
  }
}
function judge(p) {
  files++;
  const text = fs.readFileSync(p, 'utf8').split('\n')
    .map(l => { const i = l.indexOf('--'); return i >= 0 ? l.slice(0, i) : l; }).join('\n');
  for (const s of text.split(';')) {
    const q = s.trim();
    if (!q) continue;
    stmts++;
    try {
      chdb.queryBind('SELECT formatQuery({q:String}) SETTINGS implicit_select = 0', { q }, 'TSVRaw');
    } catch (e) {
      rejected++;
      console.log('rejected ' + path.relative(dir, p) + ': ' + String(e.message).split('\n')[0].slice(0, 160));
    }
  }
}
walk(dir);
console.log(`files=${files} statements=${stmts} rejected=${rejected}`);

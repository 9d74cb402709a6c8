// Replays the forward steps of a ClickHouse migration folder in a chdb Session, in file-name order: every .sql file but
// the .down.sql ones, without goose/sql-migrate/dbmate down sections, split the way the runner splits (strip -- comments,
// split on every ';'). Prints each statement ClickHouse fails to run and a summary line.
// Usage: node clickhouse_replay.js CHDB_DIR DIR
const {Session} = require(require('path').resolve(process.argv[2]));
const fs = require('fs'), os = require('os'), path = require('path');
const dir = process.argv[3];
const session = new Session(fs.mkdtempSync(path.join(os.tmpdir(), 'ch-replay-')));
const DOWN = /^[ \t]*--[ \t]*(?:\+(?:goose|migrate)[ \t]+down|migrate:down)\b/im;
let ran = 0, failed = 0;
for (const f of fs.readdirSync(dir).sort()) {
  if (!f.endsWith('.sql') || f.toLowerCase().endsWith('.down.sql')) continue;
  let text = fs.readFileSync(path.join(dir, f), 'utf8');
  const down = text.search(DOWN);
  if (down >= 0) text = text.slice(0, down); // the histories measured put the down section last
  text = text.split('\n').map(l => { const i = l.indexOf('--'); return i >= 0 ? l.slice(0, i) : l; }).join('\n');
  for (const q of text.split(';').map(x => x.trim()).filter(Boolean)) {
    try {
      session.query(q);
      ran++;
    } catch (e) {
      failed++;
      console.log('failed ' + f + ': ' + String(e.message).split('\n')[0].slice(0, 160));
    }
  }
}
console.log(`replayed=${ran} failed=${failed}`);

'use strict';
// Syntax oracle: real ClickHouse (chdb, in-process) judges every statement of the conformance corpus with
// SELECT formatQuery({q:String}) — the statement goes in as a bound parameter, so no quoting is involved. chdb is
// clickhouse-local, which reads a bare expression as a SELECT (implicit_select = 1); a server does not, and migrations
// run on a server, so the oracle sets implicit_select = 0 (the server default).
//   node clickhouse-oracle.js <chdb-package-dir> <corpus-dir> <verdicts.tsv> write|check
// verdicts.tsv: one line per distinct statement, sorted by key:
//   key (first 16 hex of SHA-256 of the UTF-8 text) TAB ok|error TAB offset TAB code TAB message
// offset is the UTF-16 index (as Java counts) where ClickHouse failed, -1 if none. "check" recomputes every verdict and
// exits 1 listing the differences from the file; "write" rewrites the file.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const [chdbDir, corpusDir, verdictsFile, mode] = process.argv.slice(2);
if (!chdbDir || !corpusDir || !verdictsFile || !['write', 'check'].includes(mode)) {
    console.error('usage: node clickhouse-oracle.js <chdb-package-dir> <corpus-dir> <verdicts.tsv> write|check');
    process.exit(2);
}
const chdb = require(path.resolve(chdbDir));

/** Cases of a corpus file: a "==== header" line, then the statement (as Corpus.java reads them). */
function cases(file) {
    const out = [];
    let body = null;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (line.startsWith('==== ')) {
            if (body !== null) out.push(body.join('\n').trimEnd());
            body = [];
        } else if (body !== null) {
            body.push(line);
        }
    }
    if (body !== null) out.push(body.join('\n').trimEnd());
    return out;
}

function key(s) {
    return crypto.createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 16);
}

function clean(msg) {
    return msg.replace(/[\t\r\n]+/g, ' ').slice(0, 160);
}

function verdict(stmt) {
    try {
        chdb.queryBind('SELECT formatQuery({q:String}) SETTINGS implicit_select = 0', { q: stmt }, 'TSVRaw');
        return ['ok', -1, 0, ''];
    } catch (e) {
        const msg = String(e && e.message || e);
        const code = /Code: (\d+)/.exec(msg);
        const at = /failed at position (\d+)/.exec(msg);
        let offset = -1;
        if (at) {
            const bytes = Buffer.from(stmt, 'utf8');
            const byteIndex = Math.min(bytes.length, Math.max(0, Number(at[1]) - 1));
            offset = bytes.subarray(0, byteIndex).toString('utf8').length;
        }
        const text = msg.replace(/^.*?DB::Exception: /, '').replace(/: In scope SELECT formatQuery.*$/s, '');
        return ['error', offset, code ? Number(code[1]) : 0, clean(text)];
    }
}

const files = fs.readdirSync(corpusDir).filter(f => f.endsWith('.sql')).sort();
const lines = new Map();
const t0 = Date.now();
for (const f of files) {
    for (const stmt of cases(path.join(corpusDir, f))) {
        const k = key(stmt);
        if (!lines.has(k)) lines.set(k, [k, ...verdict(stmt)].join('\t'));
    }
}
const fresh = [...lines.keys()].sort().map(k => lines.get(k));
const seconds = (Date.now() - t0) / 1000;
console.log(`${fresh.length} statements judged by ClickHouse ${chdb.query('SELECT version()', 'TSVRaw').trim()} in ${seconds.toFixed(1)} s`);
if (mode === 'write') {
    fs.writeFileSync(verdictsFile, fresh.join('\n') + '\n');
    process.exit(0);
}
const cached = new Map(fs.readFileSync(verdictsFile, 'utf8').split('\n').filter(Boolean).map(l => [l.split('\t')[0], l]));
const verdictPart = l => l.split('\t').slice(0, 4).join('\t'); // the message wording may change between versions
const diffs = [];
for (const l of fresh) {
    const k = l.split('\t')[0];
    if (!cached.has(k)) diffs.push(`missing from the cache: ${l}`);
    else if (verdictPart(cached.get(k)) !== verdictPart(l)) diffs.push(`cached ${cached.get(k)}\n   real ${l}`);
}
for (const k of cached.keys()) {
    if (!lines.has(k)) diffs.push(`cached but not in the corpus: ${k}`);
}
if (diffs.length > 0) {
    console.log(`${diffs.length} verdicts differ from ${verdictsFile} (rewrite with mode "write"):`);
    console.log(diffs.slice(0, 50).join('\n'));
    process.exit(1);
}
console.log('the cached verdicts agree with ClickHouse');

'use strict';
// Builds the ClickHouse conformance corpus (server/src/test/resources/clickhouse/conformance/) from local copies of
// public sources (see SOURCES.md there), with a fixed seed so a rebuild gives the same files:
//   node build-corpus.js <out-dir> chtests=<dir> aftership=<dir> examples=<dir> sqlglot=<test_clickhouse.py>
// Statements are split (split.js), de-duplicated, capped per kind (so SELECT does not drown the DDL), and written as
// cases "==== <source>/<file>#<n>" followed by the statement text. mutations.sql holds one generated mutation of
// every second statement: delete, duplicate or swap a token, or truncate.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { split, tokens, kind } = require('./split.js');

const MAX_LENGTH = 3000;
const CAPS = { 'SELECT': 2600, 'INSERT': 900, 'CREATE TABLE': 1800, 'ALTER TABLE': 1300, 'DROP TABLE': 300, 'SET': 400,
    'EXPLAIN': 200, 'WITH': 300, 'CREATE INDEX': 200, 'SHOW CREATE': 100 };
const DEFAULT_CAP = 250;

function mulberry32(seed) {
    return function () {
        seed |= 0; seed = seed + 0x6D2B79F5 | 0;
        let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
        t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
        return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
}

function hash(s) {
    return crypto.createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 16);
}

function listSql(dir) {
    return fs.readdirSync(dir, { recursive: true })
        .filter(f => f.endsWith('.sql') && !f.includes('golden') && !f.includes('expected'))
        .sort();
}

/** Statements of one source as [origin, text]. */
function fromDir(name, dir) {
    const out = [];
    for (const f of listSql(dir)) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n');
        split(text).forEach((s, i) => out.push([`${name}/${f}#${i + 1}`, s]));
    }
    return out;
}

/** First string arguments of validate_identity(...)/validate_all(...) in sqlglot's ClickHouse dialect tests. */
function fromSqlglot(file) {
    const src = fs.readFileSync(file, 'utf8');
    const out = [];
    const re = /(validate_identity|validate_all)\(\s*(?:\n\s*)?("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g;
    let m;
    let n = 0;
    while ((m = re.exec(src)) !== null) {
        const lit = m[2];
        if (lit.includes('\\')) continue; // Python escapes: skip rather than mis-decode
        n++;
        const s = lit.slice(1, -1).trim().replace(/;\s*$/, '');
        if (s.length > 0 && !s.includes(';')) out.push([`sqlglot/test_clickhouse.py#${n}`, s]);
    }
    return out;
}

function mutate(stmt, rnd) {
    const toks = tokens(stmt);
    if (toks.length < 2) return null;
    const op = Math.floor(rnd() * 4);
    const k = Math.floor(rnd() * toks.length);
    const [s, e] = toks[k];
    switch (op) {
        case 0: return ['delete', stmt.slice(0, s) + stmt.slice(e)];
        case 1: return ['duplicate', stmt.slice(0, e) + ' ' + stmt.slice(s, e) + stmt.slice(e)];
        case 2: {
            if (k + 1 >= toks.length) return ['delete', stmt.slice(0, s) + stmt.slice(e)];
            const [s2, e2] = toks[k + 1];
            return ['swap', stmt.slice(0, s) + stmt.slice(s2, e2) + stmt.slice(e, s2) + stmt.slice(s, e) + stmt.slice(e2)];
        }
        default: return ['truncate', stmt.slice(0, e).trimEnd()];
    }
}

function writeCases(file, cases) {
    fs.writeFileSync(file, cases.map(([h, s]) => `==== ${h}\n${s}\n`).join(''));
}

function main() {
    const [outDir, ...specs] = process.argv.slice(2);
    const rnd = mulberry32(20261129);
    const seen = new Set();
    const perKind = {};
    const all = [];
    for (const spec of specs) {
        const [name, where] = spec.split('=');
        let stmts = name === 'sqlglot' ? fromSqlglot(where) : fromDir(name, where);
        // deterministic order independent of file order: by hash, so the caps take an even sample
        stmts = stmts.filter(([, s]) => s.length <= MAX_LENGTH && !/^==== /m.test(s) && !s.includes('\u0000'));
        stmts.sort((a, b) => (hash(a[1]) < hash(b[1]) ? -1 : 1));
        const kept = [];
        for (const [origin, s] of stmts) {
            if (seen.has(s)) continue;
            const k = kind(s);
            const cap = name === 'chtests' ? (CAPS[k] ?? DEFAULT_CAP) : Infinity;
            const key = name + ' ' + k;
            if ((perKind[key] || 0) >= cap) continue;
            perKind[key] = (perKind[key] || 0) + 1;
            seen.add(s);
            kept.push([origin, s]);
        }
        kept.sort((a, b) => (a[0] < b[0] ? -1 : 1));
        writeCases(path.join(outDir, `statements-${name}.sql`), kept);
        all.push(...kept);
        console.log(`${name}: ${kept.length} statements`);
    }
    const mutations = [];
    all.forEach(([origin, s], i) => {
        if (i % 2 !== 0) return;
        const m = mutate(s, rnd);
        if (m && !seen.has(m[1]) && m[1].trim().length > 0 && !/^==== /m.test(m[1])) {
            seen.add(m[1]);
            mutations.push([`${m[0]} of ${origin}`, m[1]]);
        }
    });
    writeCases(path.join(outDir, 'mutations.sql'), mutations);
    console.log(`mutations: ${mutations.length}`);
}

main();

'use strict';
// Splits ClickHouse SQL text into statements the way clickhouse-client does for multi-query input: at ';' outside
// strings, quoted names, comments and heredocs. Also a small tokenizer for the mutation generator.

/** Index after the quoted token starting at i (quote q), or -1 if it never closes. */
function quotedEnd(s, i, q) {
    for (let j = i + 1; j < s.length; j++) {
        const d = s[j];
        if (d === '\\') { j++; continue; }
        if (d === q) {
            if (s[j + 1] === q) { j++; continue; }
            return j + 1;
        }
    }
    return -1;
}

/** Index after the comment starting at i, or i if none starts there. Block comments nest, as in ClickHouse. */
function commentEnd(s, i) {
    const c = s[i];
    if ((c === '-' && s[i + 1] === '-') || (c === '#' && (s[i + 1] === ' ' || s[i + 1] === '!'))) {
        const nl = s.indexOf('\n', i);
        return nl < 0 ? s.length : nl;
    }
    if (c === '/' && s[i + 1] === '*') {
        let depth = 1;
        let j = i + 2;
        while (j < s.length && depth > 0) {
            if (s[j] === '/' && s[j + 1] === '*') { depth++; j += 2; } else if (s[j] === '*' && s[j + 1] === '/') { depth--; j += 2; } else { j++; }
        }
        return j;
    }
    return i;
}

function heredocEnd(s, i) {
    const m = /^\$([A-Za-z_]*)\$/.exec(s.slice(i, i + 64));
    if (!m) return -1;
    const close = s.indexOf(m[0], i + m[0].length);
    return close < 0 ? -1 : close + m[0].length;
}

/** Statements of a script: trimmed text without leading comments, in order. */
function split(s) {
    const out = [];
    let start = 0;
    let i = 0;
    const push = (end) => {
        let t = s.slice(start, end);
        // drop leading whitespace and comments (test annotations such as "-- { serverError ... }" sit there)
        for (;;) {
            const trimmed = t.replace(/^\s+/, '');
            const ce = commentEnd(trimmed, 0);
            if (ce > 0) { t = trimmed.slice(ce); continue; }
            t = trimmed;
            break;
        }
        t = t.replace(/\s+$/, '');
        if (t.length > 0) out.push(t);
    };
    while (i < s.length) {
        const c = s[i];
        const ce = commentEnd(s, i);
        if (ce > i) { i = ce; continue; }
        if (c === "'" || c === '"' || c === '`') {
            const e = quotedEnd(s, i, c);
            i = e < 0 ? s.length : e;
            continue;
        }
        if (c === '$') {
            const e = heredocEnd(s, i);
            if (e > 0) { i = e; continue; }
        }
        if (c === ';') {
            push(i);
            start = i + 1;
        }
        i++;
    }
    push(s.length);
    return out;
}

/** Tokens (as [start, end) pairs) of a statement, comments skipped. */
function tokens(s) {
    const out = [];
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (/\s/.test(c)) { i++; continue; }
        const ce = commentEnd(s, i);
        if (ce > i) { i = ce; continue; }
        let e = i + 1;
        if (c === "'" || c === '"' || c === '`') {
            e = quotedEnd(s, i, c);
            if (e < 0) e = s.length;
        } else if (/[A-Za-z_0-9\u0080-\uffff]/.test(c)) {
            while (e < s.length && /[A-Za-z_0-9.\u0080-\uffff]/.test(s[e]) && !(s[e] === '.' && !/[0-9]/.test(c))) e++;
        } else if (/[:<>=!|-]/.test(c) && /[:<>=|>]/.test(s[i + 1] || '')) {
            e = i + 2;
        }
        out.push([i, e]);
        i = e;
    }
    return out;
}

/** Rough statement kind from its leading words, for sampling and reporting. */
function kind(stmt) {
    const words = stmt.toUpperCase().match(/[A-Z_]+/g) || [];
    const skip = new Set(['OR', 'REPLACE', 'TEMPORARY', 'IF', 'NOT', 'EXISTS']);
    const first = words[0] || '?';
    if (['CREATE', 'ALTER', 'DROP', 'ATTACH', 'DETACH', 'SHOW', 'SYSTEM', 'UNDROP', 'RENAME', 'EXCHANGE'].includes(first)) {
        let k = 1;
        while (k < words.length && skip.has(words[k]) && !(first === 'CREATE' && words[k] === 'REPLACE' && false)) k++;
        let second = words[k] || '';
        if (['MATERIALIZED', 'ROW', 'SETTINGS', 'NAMED', 'LIVE', 'MASKING', 'WINDOW'].includes(second)) second += ' ' + (words[k + 1] || '');
        return first + ' ' + second;
    }
    return first;
}

module.exports = { split, tokens, kind, quotedEnd };

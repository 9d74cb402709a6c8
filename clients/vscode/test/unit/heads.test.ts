import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { branchChoices, describeHeads, folderName, headsForDocument, HeadsPayload, readHeadsPayload } from '../../src/heads';

const twoBranches = {
  heads: [
    { revision: '0006', labels: ['application_schema'], path: 'a/0006.py', description: 'Add users locale', conflict: false },
    { revision: '0005', labels: ['river_cutover'], path: 'a/0005.py', description: 'River cutover', conflict: false },
  ],
  conflict: false,
};

test('deliberate independent branches are shown without a warning', () => {
  const s = describeHeads(readHeadsPayload(twoBranches)!);
  assert.equal(s.warning, false);
  assert.equal(s.text, '$(git-commit) Alembic heads: 0006 (application_schema), 0005 (river_cutover)');
});

test('two heads on one branch warn and name the branch', () => {
  const payload = readHeadsPayload({
    heads: [
      { revision: '0007', labels: ['application_schema'], conflict: true },
      { revision: '0008', labels: ['application_schema'], conflict: true },
      { revision: '0005', labels: ['river_cutover'], conflict: false },
    ],
    conflict: true,
  })!;
  const s = describeHeads(payload);
  assert.equal(s.warning, true);
  assert.equal(s.text, '$(warning) Alembic: 2 heads on application_schema');
  assert.match(s.tooltip, /Create Merge Revision/);
});

test('malformed payloads are rejected or trimmed, never thrown on', () => {
  assert.equal(readHeadsPayload(null), undefined);
  assert.equal(readHeadsPayload({ heads: 'x' }), undefined);
  const p = readHeadsPayload({ heads: [{ revision: 'abc' }, { nope: 1 }] })!;
  assert.deepEqual(p, { heads: [{ revision: 'abc', labels: [], path: undefined, description: undefined, conflict: false }], conflict: false });
  assert.equal(describeHeads(p).text, '$(git-commit) Alembic head: abc');
});

test('branch choices name each head by the label the other heads lack', () => {
  const inherited = readHeadsPayload({
    heads: [
      { revision: '0005', labels: ['application_schema', 'river_cutover'], conflict: false },
      { revision: '0006', labels: ['application_schema'], conflict: false },
    ],
    conflict: false,
  });
  assert.deepEqual(branchChoices(inherited).map((b) => [b.label, b.head]), [['river_cutover', '0005'], ['application_schema', '0006']]);
  assert.deepEqual(branchChoices(readHeadsPayload(twoBranches)).map((b) => [b.label, b.head]), [['application_schema', '0006'], ['river_cutover', '0005']]);
  assert.deepEqual(branchChoices(undefined), []);
});

test('heads of several histories name the history and its folder, and the payload its workspace folder', () => {
  const payload = readHeadsPayload({
    heads: [
      { revision: '0001', labels: [], conflict: false, history: 'core', historyFolder: 'db/core' },
      { revision: '0002', labels: [], conflict: true, history: 'tenant', historyFolder: 'db/tenant' },
      { revision: '0003', labels: [], conflict: true, history: 'tenant', historyFolder: 'db/tenant' },
    ],
    conflict: true,
    root: 'file:///work/my%20shop/',
  })!;
  assert.equal(payload.root, 'file:///work/my%20shop/');
  assert.equal(payload.heads[1].historyFolder, 'db/tenant');
  const s = describeHeads(payload, true);
  assert.equal(s.text, '$(warning) Alembic (my shop): 2 heads on tenant (db/tenant): (unlabelled)');
  assert.match(s.tooltip, /Workspace folder: my shop/);
  assert.match(s.tooltip, /core: 0001 \[history core in db\/core\]/);
  const calm = readHeadsPayload({ heads: [payload.heads[0], { ...payload.heads[1], conflict: false }], conflict: false })!;
  assert.equal(describeHeads(calm).text, '$(git-commit) Alembic heads: core: 0001, tenant: 0002');
});

test('the status bar follows the folder of the active document', () => {
  const a: HeadsPayload = { heads: [{ revision: 'a1', labels: [], conflict: false }], conflict: false, root: 'file:///w/a/' };
  const ab: HeadsPayload = { heads: [{ revision: 'b1', labels: [], conflict: false }], conflict: false, root: 'file:///w/a/b/' };
  const c: HeadsPayload = { heads: [{ revision: 'c1', labels: [], conflict: false }], conflict: false, root: 'file:///w/c' };
  const byRoot = new Map([[a.root!, a], [ab.root!, ab], [c.root!, c]]);
  assert.equal(headsForDocument(byRoot, 'file:///w/a/versions/x.py'), a);
  assert.equal(headsForDocument(byRoot, 'file:///w/a/b/versions/x.py'), ab, 'the innermost folder wins');
  assert.equal(headsForDocument(byRoot, 'file:///w/c/x.py'), c);
  assert.equal(headsForDocument(byRoot, 'file:///w/cc/x.py'), c, 'no folder holds it: the latest report');
  assert.equal(headsForDocument(byRoot, undefined), c);
  assert.equal(headsForDocument(new Map(), 'file:///w/a/x.py'), undefined);
  assert.equal(folderName('file:///w/a/b/'), 'b');
});

test('a payload from an older server (no root, no history) reads as before', () => {
  const p = readHeadsPayload(twoBranches)!;
  assert.equal(p.root, undefined);
  assert.equal(p.heads[0].history, undefined);
  assert.equal(describeHeads(p, true).text, '$(git-commit) Alembic heads: 0006 (application_schema), 0005 (river_cutover)');
});

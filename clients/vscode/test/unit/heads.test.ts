import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { branchChoices, describeHeads, readHeadsPayload } from '../../src/heads';

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

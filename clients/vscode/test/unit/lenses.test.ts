import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { convertShowReferencesArguments } from '../../src/lenses';

const to = {
  uri: (s: string) => `URI(${s})`,
  position: (p: { line: number; character: number }) => `POS(${p.line},${p.character})`,
  location: (l: { uri: string }) => `LOC(${l.uri})`,
};

test('the JSON arguments of showReferences become editor objects', () => {
  const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } };
  assert.deepEqual(
    convertShowReferencesArguments(['file:///a.py', { line: 17, character: 0 }, [{ uri: 'file:///b.py', range }]], to),
    ['URI(file:///a.py)', 'POS(17,0)', ['LOC(file:///b.py)']],
  );
});

test('anything else is left alone', () => {
  assert.equal(convertShowReferencesArguments(undefined, to), undefined);
  assert.equal(convertShowReferencesArguments(['file:///a.py', { line: 1 }, []], to), undefined);
  assert.equal(convertShowReferencesArguments([{ scheme: 'file' }, { line: 1, character: 0 }, []], to), undefined);
});

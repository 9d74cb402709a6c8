import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CLICKHOUSE_KINDS, createArgument, POSTGRES_KINDS, validateDescription, validateTableName } from '../../src/create';

test('descriptions: empty, too long, quotes and control characters are refused', () => {
  assert.equal(validateDescription('add locale to users'), undefined);
  assert.match(validateDescription('   ') ?? '', /Describe/);
  assert.match(validateDescription('x'.repeat(101)) ?? '', /under 100/);
  assert.match(validateDescription('say "hi"') ?? '', /quotes/);
  assert.match(validateDescription('a\tb') ?? '', /single line/);
  assert.match(validateDescription('---') ?? '', /letter or digit/);
});

test('table names are identifiers', () => {
  assert.equal(validateTableName('user_preferences'), undefined);
  assert.equal(validateTableName(''), undefined);
  assert.ok(validateTableName('1users'));
  assert.ok(validateTableName('users; drop'));
});

test('the create argument carries only what was chosen', () => {
  assert.deepEqual(createArgument('postgres', '  add locale ', POSTGRES_KINDS[0]), { target: 'postgres', description: 'add locale' });
  assert.deepEqual(createArgument('clickhouse', 'deploys', CLICKHOUSE_KINDS[0], 'deployments'),
    { target: 'clickhouse', description: 'deploys', kind: 'table', table: 'deployments' });
  assert.deepEqual(createArgument('postgres', 'x', POSTGRES_KINDS[1], 'prefs', '0006'),
    { target: 'postgres', description: 'x', table: 'prefs', head: '0006' });
});

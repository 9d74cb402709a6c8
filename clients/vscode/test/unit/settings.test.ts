import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { configurationPayload, shapeServerSettings } from '../../src/settings';

test('only explicitly set settings are sent, under the TOML key names', () => {
  const set: Record<string, unknown> = {
    defaultBranch: 'application_schema',
    diagnosticsDebounceMs: 250,
    rules: { 'string-column': 'error', 'header-comment': 'off', 'bogus-severity': 'loud' },
    'clickhouse.mutableTables': ['pull_requests', ' ', 'work_items '],
  };
  assert.deepEqual(shapeServerSettings((k) => set[k]), {
    'default-branch': 'application_schema',
    'diagnostics-debounce-ms': 250,
    rules: { 'string-column': 'error', 'header-comment': 'off' },
    clickhouse: { 'mutable-tables': ['pull_requests', 'work_items'] },
  });
});

test('nothing set sends an empty object, so the repository configuration rules', () => {
  assert.deepEqual(shapeServerSettings(() => undefined), {});
  assert.deepEqual(shapeServerSettings((k) => (k === 'defaultBranch' ? '  ' : k === 'rules' ? {} : undefined)), {});
});

test('editor-only settings never reach the server', () => {
  const shaped = shapeServerSettings((k) => ({ 'java.home': '/opt/jdk', 'java.vmArgs': ['-Xmx1g'], 'trace.server': 'verbose' } as Record<string, unknown>)[k]);
  assert.deepEqual(shaped, {});
});

test('the payload wraps the settings in the migration-lsp section', () => {
  assert.deepEqual(configurationPayload({ 'default-branch': 'x' }), { settings: { 'migration-lsp': { 'default-branch': 'x' } } });
});

test('check-after settings become the check-after table; a bad number is dropped', () => {
  const set: Record<string, unknown> = { 'checkAfter.alembic': ' 4f2a9c1d ', 'checkAfter.clickhouse': 85 };
  assert.deepEqual(shapeServerSettings((k) => set[k]), { 'check-after': { alembic: '4f2a9c1d', clickhouse: 85 } });
  assert.deepEqual(shapeServerSettings((k) => (k === 'checkAfter.clickhouse' ? -1.5 : undefined)), {});
});

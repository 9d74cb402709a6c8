// The editor scenario over the wire, through vscode-languageserver-protocol against the real jar: diagnostics on an
// opened migration, its quick fix makes it go, "ignore" and fix-all actions are offered, heads are reported, and
// migration-lsp.create makes a new revision without a second head on any branch.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cliHeads, conflictingHeads, jarPath, javaExecutable, NATIVE_CODE, NATIVE_LINE, PLANTED_CODE, PLANTED_LINE, prepareWorkspace,
  TARGET_FILE, waitFor,
} from '../support/fixture.mjs';
import { LspTestClient, uriOf } from './lsp-client.mjs';

let ws;
let client;
let init;
let uri;

before(async () => {
  ws = prepareWorkspace('migration-lsp-protocol-');
  client = new LspTestClient(javaExecutable, jarPath, ws.dir);
  init = await client.initialize(ws.dir, {});
  uri = uriOf(ws.file);
});

after(async () => {
  await client?.shutdown();
  if (ws && !process.env.KEEP_WORKSPACE) rmSync(ws.dir, { recursive: true, force: true });
});

function ours(uriToRead, code) {
  return (client.diagnostics.get(uriToRead)?.diagnostics ?? []).filter((d) => d.source === 'migration-lsp' && (!code || d.code === code));
}

test('the server advertises the contract: code actions with resolve, the heads command', () => {
  const caps = init.capabilities;
  assert.equal(caps.codeActionProvider?.resolveProvider, true, JSON.stringify(caps.codeActionProvider));
  assert.ok(caps.codeActionProvider.codeActionKinds.includes('source.fixAll.migration-lsp'), JSON.stringify(caps.codeActionProvider));
  assert.ok(caps.executeCommandProvider.commands.includes('migration-lsp.heads'), JSON.stringify(caps.executeCommandProvider));
});

let planted;
test('an opened migration gets the planted finding with its code, range and doc link', async () => {
  await client.didOpen(ws.file, 'python');
  [planted] = await waitFor(`${PLANTED_CODE} on ${TARGET_FILE}`, () => {
    const d = ours(uri, PLANTED_CODE);
    return d.length ? d : undefined;
  });
  assert.equal(planted.range.start.line, PLANTED_LINE);
  assert.equal(planted.severity, 2); // warning by default
  assert.match(planted.codeDescription?.href ?? '', /revision-mismatch/);
});

let actions;
test('code actions: a quick fix, an "ignore <code>" action, and fix-all', async () => {
  actions = await client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: planted.range,
    context: { diagnostics: [planted], only: undefined, triggerKind: 1 },
  });
  const quickFixes = actions.filter((a) => a.kind === 'quickfix' && (a.diagnostics ?? []).some((d) => d.code === PLANTED_CODE));
  assert.ok(quickFixes.length >= 2, `quick fixes: ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(quickFixes.some((a) => /ignore/i.test(a.title) && a.title.includes(PLANTED_CODE)), 'an "ignore <code>" action');
  const fixAll = await client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.migration-lsp'], triggerKind: 1 },
  });
  assert.ok(fixAll.some((a) => a.kind === 'source.fixAll.migration-lsp'), `fix-all: ${JSON.stringify(fixAll)}`);
});

async function applyQuickFix(diagnostic, actionsAtRange) {
  const candidates = actionsAtRange.filter((a) => a.kind === 'quickfix' && !/ignore/i.test(a.title)
    && (a.diagnostics ?? []).some((d) => d.code === diagnostic.code));
  let fix = candidates.find((a) => a.isPreferred) ?? candidates[0];
  assert.ok(fix, `a fix for ${diagnostic.code} that is not "ignore": ${JSON.stringify(actionsAtRange.map((a) => a.title))}`);
  if (!fix.edit) fix = await client.request('codeAction/resolve', fix);
  assert.ok(fix.edit, 'the resolved fix has an edit');
  const before = client.diagnostics.get(uri);
  const versionBefore = client.open.get(uri).version;
  client.applyWorkspaceEdit(fix.edit);
  const version = client.open.get(uri).version;
  assert.ok(version > versionBefore, 'the fix edited the open document');
  await waitFor(`${diagnostic.code} to go`, () => {
    const p = client.diagnostics.get(uri);
    return p && p !== before && (p.version === undefined || p.version >= version) && ours(uri, diagnostic.code).length === 0;
  });
  return fix.title;
}

test('applying the quick fix makes the planted finding go', async () => {
  await applyQuickFix(planted, actions);
  assert.match(client.open.get(uri).text, /Revision ID: 0003/);
});

test(`${NATIVE_CODE} on the example's sa.String(length=255) and its quick fix (when the server has the rule)`, async (t) => {
  const [native] = ours(uri, NATIVE_CODE);
  if (!native) {
    t.skip(`this server reports no ${NATIVE_CODE}`);
    return;
  }
  assert.equal(native.range.start.line, NATIVE_LINE);
  const at = await client.request('textDocument/codeAction', {
    textDocument: { uri }, range: native.range, context: { diagnostics: [native], triggerKind: 1 },
  });
  await applyQuickFix(native, at);
  assert.doesNotMatch(client.open.get(uri).text.split('\n')[NATIVE_LINE], /sa\.String/);
  assert.deepEqual(ours(uri).map((d) => d.code), [], 'no finding of ours is left on the file');
});

test('heads: the command and the notification report the two deliberate branches without conflict', async () => {
  const heads = await client.request('workspace/executeCommand', { command: 'migration-lsp.heads', arguments: [] });
  assert.deepEqual(heads.heads.map((h) => h.revision).sort(), ['0005', '0006']);
  assert.equal(heads.conflict, false);
  const note = await waitFor('migration-lsp/headsChanged', () => client.headsNotifications.at(-1));
  assert.deepEqual(note.heads.map((h) => h.revision).sort(), ['0005', '0006']);
});

test('migration-lsp.create makes a new revision on the default branch, opens it, and no branch gets two heads', async (t) => {
  if (!init.capabilities.executeCommandProvider.commands.includes('migration-lsp.create')) {
    t.skip('this server does not offer migration-lsp.create yet');
    return;
  }
  const result = await client.request('workspace/executeCommand', {
    command: 'migration-lsp.create',
    arguments: [{ target: 'postgres', description: 'add locale to orgs' }],
  });
  assert.ok(result?.uri, JSON.stringify(result));
  const created = fileURLToPath(result.uri);
  await waitFor('the new file on disk', () => existsSync(created) && readFileSync(created, 'utf8').length > 0);
  assert.match(created, /add_locale_to_orgs\.py$/);
  const text = readFileSync(created, 'utf8');
  assert.match(text, /down_revision[^=]*=\s*"0006"/);
  assert.ok(client.shownDocuments.some((d) => d.uri === result.uri), 'window/showDocument for the new file');
  const heads = cliHeads(ws.dir);
  assert.deepEqual(conflictingHeads(heads), []);
  assert.ok(heads.some((h) => h.path === join(TARGET_FILE, '..', '..', 'versions', created.split('/').pop()).replace(/\\/g, '/')
    || created.endsWith(h.path)), `the new revision is a head: ${JSON.stringify(heads)}`);
});

test('migration-lsp.create for ClickHouse makes the next numbered SQL file', async (t) => {
  if (!init.capabilities.executeCommandProvider.commands.includes('migration-lsp.create')) {
    t.skip('this server does not offer migration-lsp.create yet');
    return;
  }
  const result = await client.request('workspace/executeCommand', {
    command: 'migration-lsp.create',
    arguments: [{ target: 'clickhouse', description: 'create deployments', kind: 'table', table: 'deployments' }],
  });
  assert.ok(result?.uri, JSON.stringify(result));
  const created = fileURLToPath(result.uri);
  assert.match(created, /migrations\/clickhouse\/005_create_deployments\.sql$/);
  await waitFor('the new SQL file on disk', () => existsSync(created) && /CREATE TABLE IF NOT EXISTS deployments/i.test(readFileSync(created, 'utf8')));
});

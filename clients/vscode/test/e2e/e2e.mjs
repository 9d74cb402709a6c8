// Drives a real VS Code (code-server 4.100.3 = VS Code 1.100.3) in Debian's headless Chromium with playwright-core:
// installs the .vsix, opens a temporary copy of examples/ with a planted finding, and checks through the UI that the
// diagnostic shows (squiggle + Problems), its quick fix from the light bulb removes it, "Migrations: Create PostgreSQL
// Migration" from the palette opens the new file, and the status bar shows the Alembic heads. Every wait has a deadline.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cliHeads, conflictingHeads, jarPath, javaExecutable, NATIVE_CODE, PLANTED_CODE, prepareWorkspace, VERSIONS, waitFor,
} from '../support/fixture.mjs';
import { LspTestClient } from '../protocol/lsp-client.mjs';
import { launchBrowser, openWorkbench, startCodeServer } from './codeserver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const vsix = resolve(process.argv[2] ?? join(here, '..', '..', 'migration-lsp.vsix'));
const artifacts = process.env.E2E_ARTIFACTS ?? join(here, 'artifacts');
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });

const t0 = Date.now();
const log = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const results = [];
function step(name, status, detail = '') {
  results.push({ name, status, detail });
  log(`${status.toUpperCase()} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** What the jar offers (commands, code lenses), asked over LSP, so a step the server cannot do says "skipped" honestly. */
async function serverCapabilities(dir) {
  const c = new LspTestClient(javaExecutable, jarPath, dir);
  try {
    return (await c.initialize(dir, {})).capabilities;
  } finally {
    await c.shutdown();
  }
}

const ws = prepareWorkspace('migration-lsp-vscode-');
let codeServer;
let browser;
let page;
let failed = false;
try {
  const capabilities = await serverCapabilities(ws.dir);
  const commands = capabilities.executeCommandProvider?.commands ?? [];
  codeServer = await startCodeServer({ vsix, folder: ws.dir, settings: {
    'migrationLsp.trace.server': 'messages',
    // proves the settings reach the server: revision-mismatch is a warning by default
    'migrationLsp.rules': { 'revision-mismatch': 'error' },
  } });
  log('code-server up with the extension installed');
  browser = await launchBrowser();
  page = await openWorkbench(browser, codeServer.base, ws.dir);
  const shot = (name) => page.screenshot({ path: join(artifacts, `${name}.png`) });
  log('workbench rendered');

  // 1. open the migration with the planted finding through Quick Open
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('0003_create_settings.py');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '0003_create_settings.py' }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab', { hasText: '0003_create_settings.py' }).waitFor({ timeout: 30000 });

  // 2. the diagnostic: squiggle in the editor, row in the Problems panel
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 90000 });
  await shot('1-squiggle');
  await page.keyboard.press('Control+Shift+M');
  const problemRow = page.locator('.markers-panel .monaco-list-row', { hasText: PLANTED_CODE }).first();
  await problemRow.waitFor({ timeout: 30000 });
  await shot('2-problems-panel');
  step('diagnostic shown (squiggle + Problems panel), as an error per migrationLsp.rules', 'passed', PLANTED_CODE);

  // 3. quick fix from the light bulb, for the planted finding and (when the server has the rule) the example's own
  // string-column: go to the problem, click the bulb, pick the fix (not "Ignore ...")
  const codes = [PLANTED_CODE];
  if (await page.locator('.markers-panel .monaco-list-row', { hasText: NATIVE_CODE }).count()) codes.push(NATIVE_CODE);
  else step(`${NATIVE_CODE} quick fix`, 'skipped', `the server reports no ${NATIVE_CODE}`);
  for (const [i, code] of codes.entries()) {
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: code }).first();
    // click the message (not the rule-code link) and press Enter: the editor gets the cursor on the problem
    await row.click({ position: { x: 80, y: 10 } });
    await page.keyboard.press('Enter');
    const bulb = page.locator('.monaco-editor .lightBulbWidget').first();
    await bulb.waitFor({ state: 'visible', timeout: 30000 });
    await bulb.click();
    const fixRow = page.locator('.action-widget .monaco-list-row.action').filter({ hasNotText: /ignore/i }).first();
    await fixRow.waitFor({ timeout: 30000 });
    await shot(`3${'abc'[i]}-light-bulb-menu-${code}`);
    const fixTitle = (await fixRow.getAttribute('aria-label')) ?? (await fixRow.innerText()).trim();
    // the action widget takes keys (a pointer block covers it for clicks): move the focus onto the fix, then Enter
    const focused = page.locator('.action-widget .monaco-list-row.action.focused');
    for (let k = 0; k < 10 && (await focused.getAttribute('aria-label').catch(() => null)) !== fixTitle; k++) {
      await page.keyboard.press('ArrowDown');
    }
    if ((await focused.getAttribute('aria-label')) !== fixTitle) throw new Error(`could not focus the fix "${fixTitle}"`);
    await page.keyboard.press('Enter');
    await waitFor(`${code} to leave the Problems panel`, async () =>
      (await page.locator('.markers-panel .monaco-list-row', { hasText: code }).count()) === 0, 30000, 100);
    await shot(`4${'abc'[i]}-after-quick-fix-${code}`);
    step(`quick fix from the light bulb removes ${code}`, 'passed', fixTitle);
  }
  await waitFor('the squiggles to go', async () =>
    (await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').count()) === 0, 30000, 100);
  await shot('4-no-findings-left');

  // 3'. the code lens over `revision = ...` (parent, children, head) opens the children as references when the server
  // offers lenses; the client turns the server's JSON arguments into the editor's objects for showReferences
  if (capabilities.codeLensProvider) {
    const lens = page.locator('.monaco-editor .codelens-decoration a', { hasText: /child/ }).first();
    await lens.waitFor({ timeout: 30000 });
    const lensText = (await lens.innerText()).trim();
    await lens.click();
    await page.locator('.monaco-editor .peekview-widget', { hasText: '0004' }).first().waitFor({ timeout: 30000 });
    await shot('4c-code-lens-references');
    await page.keyboard.press('Escape');
    step('the code lens shows the child revisions as references', 'passed', lensText);
  } else {
    step('code lens', 'skipped', 'the server offers no code lenses');
  }

  // 4. status bar: the Alembic heads
  const headsItem = page.locator('.statusbar-item', { hasText: 'Alembic' }).first();
  await headsItem.waitFor({ timeout: 30000 });
  await waitFor('the heads 0005 and 0006 in the status bar', async () => {
    const t = await headsItem.innerText();
    return t.includes('0005') && t.includes('0006');
  }, 30000, 100);
  await shot('5-status-bar-heads');
  step('status bar shows the heads', 'passed', (await headsItem.innerText()).trim());

  // 5. "Migrations: Create PostgreSQL Migration" from the command palette
  if (!commands.includes('migration-lsp.create')) {
    step('create from the command palette', 'skipped', 'the server does not offer migration-lsp.create yet');
  } else {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('Migrations: Create PostgreSQL Migration');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Migrations: Create PostgreSQL Migration' }).first().waitFor({ timeout: 30000 });
    await shot('6-palette');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'kind' }).waitFor({ timeout: 30000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Schema change' }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'branch' }).waitFor({ timeout: 30000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Default branch' }).first().waitFor({ timeout: 30000 });
    await shot('7-branch-pick');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'description' }).waitFor({ timeout: 30000 });
    await page.keyboard.type('say "hi"');
    await page.locator('.quick-input-widget .quick-input-message', { hasText: /quotes/ }).waitFor({ timeout: 30000 });
    await shot('8-description-validation');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('add locale to orgs');
    await waitFor('the validation message to clear', async () =>
      (await page.locator('.quick-input-widget .quick-input-message', { hasText: /quotes/ }).count()) === 0, 10000, 100);
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'add_locale_to_orgs' }).waitFor({ timeout: 60000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'add locale to orgs' }).first().waitFor({ timeout: 30000 });
    await shot('9-created-file');
    // created through workspace/applyEdit (CreateFile + text): VS Code saves such refactoring edits itself, shortly after
    const versions = join(ws.dir, VERSIONS);
    let created = [];
    await waitFor('the new revision saved on disk, revising 0006', () => {
      created = readdirSync(versions).filter((f) => f.includes('add_locale_to_orgs'));
      return created.length === 1 && /down_revision[^=]*=\s*"0006"/.test(readFileSync(join(versions, created[0]), 'utf8'));
    }, 30000, 100);
    const conflicts = conflictingHeads(cliHeads(ws.dir));
    if (conflicts.length) throw new Error(`a branch has several heads after create: ${conflicts}`);
    await waitFor('the status bar to show the new head', async () => !(await headsItem.innerText()).includes('0006'), 30000, 100);
    await shot('10-status-bar-after-create');
    step('create from the command palette opens the new file', 'passed', `${created[0]}; heads: ${(await headsItem.innerText()).trim()}`);
  }

  // 6. "Migrations: Show Heads" lists the heads in a quick pick
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Migrations: Show Heads');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Migrations: Show Heads' }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget', { hasText: 'Alembic heads' }).waitFor({ timeout: 30000 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '0005' }).first().waitFor({ timeout: 30000 });
  await shot('11-show-heads');
  await page.keyboard.press('Escape');
  step('"Migrations: Show Heads" lists the heads', 'passed');

  // 6'. "Migrations: Show History Graph" opens the server's SVG in a webview
  if (!commands.includes('migration-lsp.graph')) {
    step('"Migrations: Show History Graph"', 'skipped', 'the server does not offer migration-lsp.graph');
  } else {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Migrations: Show History Graph');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Migrations: Show History Graph' }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab', { hasText: 'Alembic History' }).waitFor({ timeout: 30000 });
  const graphImage = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame').locator('img[alt="Alembic revision graph"]');
  await graphImage.waitFor({ timeout: 30000 });
  await waitFor('the graph image to load', async () => graphImage.evaluate((img) => img.complete && img.naturalWidth > 0), 30000, 100);
  await shot('11b-history-graph');
  step('"Migrations: Show History Graph" shows the graph', 'passed');
  }

  // 7. a second head on application_schema appears on disk (as from a teammate's branch): the status bar warns
  const conflicting = join(ws.dir, VERSIONS, '0099_conflicting_head.py');
  writeFileSync(conflicting, [
    '"""Conflicting head.', '', 'Revision ID: 0099', 'Revises: 0004', 'Create Date: 2025-04-01 00:00:00.000000', '"""', '',
    'revision = "0099"', 'down_revision = "0004"', 'branch_labels = None', 'depends_on = None', '', '',
    'def upgrade() -> None:', '    pass', '', '', 'def downgrade() -> None:', '    pass', ''].join('\n'));
  await waitFor('the status bar to warn about two heads on a branch', async () => /heads on/.test(await headsItem.innerText()), 30000, 100);
  const warningBackground = await headsItem.evaluate((el) => getComputedStyle(el).backgroundColor);
  await shot('12-status-bar-two-heads');
  step('the status bar warns when a branch has two heads', 'passed', `${(await headsItem.innerText()).trim()} (background ${warningBackground})`);
} catch (e) {
  failed = true;
  step('scenario', 'failed', e.message);
  if (page) await page.screenshot({ path: join(artifacts, 'failure.png') }).catch(() => {});
} finally {
  await browser?.close().catch(() => {});
  await codeServer?.stop();
  // the extension's output channel (client log + server stderr), for failures
  if (codeServer) {
    try {
      execFileSync('bash', ['-c', `find "${join(codeServer.state, 'user-data', 'logs')}" -name '*Migration LSP*' -exec cp {} "${artifacts}/" \\;`]);
    } catch { /* no logs */ }
  }
  if (!process.env.KEEP_WORKSPACE) {
    rmSync(ws.dir, { recursive: true, force: true });
    codeServer?.remove();
  }
}

// No Java 17 anywhere (setting points nowhere, no JAVA_HOME, PATH without java): the user is told what was tried and how
// to fix it. PATH is a folder of links to the few tools the workbench uses, without java.
{
  const noJava = prepareWorkspace('migration-lsp-vscode-nojava-');
  const bin = mkdtempSync(join(tmpdir(), 'migration-lsp-path-without-java-'));
  for (const tool of ['sh', 'bash', 'env', 'ps', 'uname', 'git', 'rg', 'cat', 'ls']) {
    for (const dir of ['/usr/bin', '/bin']) {
      if (existsSync(join(dir, tool)) && !existsSync(join(bin, tool))) symlinkSync(join(dir, tool), join(bin, tool));
    }
  }
  // VS Code takes the environment of a login shell (`$SHELL -i -l -c ...`), whose profile would put /usr/bin back on
  // PATH: this shell just runs the command with the environment it is given
  writeFileSync(join(bin, 'plain-shell'), '#!/bin/sh\nshift 3\nexec /bin/sh -c "$1"\n', { mode: 0o755 });
  const env = { ...process.env, PATH: bin, SHELL: join(bin, 'plain-shell') };
  delete env.JAVA_HOME;
  let cs;
  let b;
  let p;
  try {
    cs = await startCodeServer({ vsix, folder: noJava.dir, env, settings: { 'migrationLsp.java.home': '/opt/no-such-jdk' } });
    b = await launchBrowser();
    p = await openWorkbench(b, cs.base, noJava.dir);
    // the extension activates on workspaceContains:**/alembic.ini and looks for Java at once
    const toast = p.locator('.notification-toast', { hasText: 'Java 17 or newer' }).first();
    await toast.waitFor({ timeout: 60000 });
    const text = await toast.innerText();
    await p.screenshot({ path: join(artifacts, '13-no-java-message.png') });
    for (const expected of ['/opt/no-such-jdk', 'PATH: no', 'JAVA_HOME: not set', 'migrationLsp.java.home', 'Open Settings']) {
      if (!text.includes(expected)) throw new Error(`the message lacks "${expected}": ${text}`);
    }
    step('without Java 17 the user is told what was tried and how to fix it', 'passed', text.replace(/\s+/g, ' ').slice(0, 160));
  } catch (e) {
    failed = true;
    step('no-Java message', 'failed', e.message);
    if (p) await p.screenshot({ path: join(artifacts, 'failure-no-java.png') }).catch(() => {});
    if (cs) {
      try {
        execFileSync('bash', ['-c', `find "${join(cs.state, 'user-data', 'logs')}" -name '*Migration LSP*' -exec cp {} "${artifacts}/no-java-output.log" \\;`]);
      } catch { /* no logs */ }
    }
  } finally {
    await b?.close().catch(() => {});
    await cs?.stop();
    rmSync(noJava.dir, { recursive: true, force: true });
    rmSync(bin, { recursive: true, force: true });
    cs?.remove();
  }
}
const passed = results.filter((r) => r.status === 'passed').length;
const failedCount = results.filter((r) => r.status === 'failed').length;
const skipped = results.filter((r) => r.status === 'skipped').length;
console.log(`vscode-e2e: ${passed} passed, ${failedCount} failed${skipped ? `, ${skipped} skipped` : ''}`);
console.log(`screenshots in ${artifacts} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);

// Starts code-server (VS Code in a browser) on a free loopback port with its own user data and extensions folders,
// the .vsix installed, and quiet user settings; and Debian's Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../support/fixture.mjs';

export const prefix = process.env.CODE_SERVER_PREFIX
  ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'migration-lsp', 'code-server-4.100.3');
const codeServer = join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
    s.on('error', rej);
  });
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
};

/**
 * @param env the environment of code-server and so of the extension host (e.g. a PATH without Java)
 * @returns {Promise<{base: string, state: string, output: () => string, stop: () => Promise<void>}>}
 */
export async function startCodeServer({ vsix, folder, settings = {}, env = process.env }) {
  const state = mkdtempSync(join(tmpdir(), 'migration-lsp-code-server-'));
  const fullEnv = { ...env, XDG_CONFIG_HOME: join(state, 'config'), XDG_DATA_HOME: join(state, 'data'), XDG_CACHE_HOME: join(state, 'cache') };
  const common = ['--user-data-dir', join(state, 'user-data'), '--extensions-dir', join(state, 'extensions')];
  mkdirSync(join(state, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(state, 'user-data', 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  // node by absolute path: the environment may have a PATH made for the test
  execFileSync(process.execPath, [codeServer, ...common, '--install-extension', vsix], { env: fullEnv, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await freePort();
  const server = spawn(process.execPath, [codeServer, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => { output += d; });
  server.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000).unref())]);
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    }
  };
  try {
    await waitFor('code-server /healthz', async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.ok, 60000, 200);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n${output}`);
  }
  return { base, state, output: () => output, stop, remove: () => rmSync(state, { recursive: true, force: true }) };
}

export async function launchBrowser() {
  const { chromium } = createRequire(join(prefix, 'package.json'))('playwright-core');
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}

/** Opens the folder in a new page and waits for the workbench and the explorer. */
export async function openWorkbench(browser, base, folder) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench .statusbar', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  return page;
}

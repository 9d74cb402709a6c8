// Shared by the protocol and VS Code end-to-end tests: where the jar and examples are, a temporary copy of examples/
// prepared for the scenario, Java, polling with a deadline, and the CLI's view of the heads.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..', '..', '..');
export const jarPath = resolve(process.env.MIGRATION_LSP_JAR ?? join(repoRoot, 'server', 'target', 'migration-lsp.jar'));
export const examplesPath = resolve(process.env.MIGRATION_LSP_EXAMPLES ?? join(repoRoot, 'examples'));
export const javaExecutable = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

export const VERSIONS = 'src/dev_health_ops/alembic/versions';
/** The file the scenario edits, and the finding it plants: a docstring `Revision ID:` that disagrees with `revision`. */
export const TARGET_FILE = `${VERSIONS}/0003_create_settings.py`;
export const PLANTED_CODE = 'revision-mismatch';
export const PLANTED_LINE = 2; // 0-based line of "Revision ID: ..." in the docstring
/** The finding examples/ has on its own in that file (sa.String(length=255)); tested too once the server reports it. */
export const NATIVE_CODE = 'string-column';
export const NATIVE_LINE = 28;

/** A temporary copy of examples/ whose 0003 migration has `Revision ID: 0099` while `revision = "0003"`. */
export function prepareWorkspace(prefix = 'migration-lsp-editor-test-') {
  if (!existsSync(jarPath)) throw new Error(`${jarPath} is missing: run ./mvnw -q package -DskipTests at ${repoRoot}`);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(examplesPath, dir, { recursive: true });
  const file = join(dir, TARGET_FILE);
  const text = readFileSync(file, 'utf8');
  const planted = text.replace('Revision ID: 0003', 'Revision ID: 0099');
  if (planted === text) throw new Error(`${TARGET_FILE} no longer has "Revision ID: 0003"; update the test fixture`);
  writeFileSync(file, planted);
  return { dir, file };
}

/** Polls `probe` until it returns a truthy value or the deadline passes (then throws with `what`). */
export async function waitFor(what, probe, timeoutMs = 30000, intervalMs = 50) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** `migration-lsp heads --format json` on the workspace: the CLI's independent view of the revision graph. */
export function cliHeads(dir) {
  const out = execFileSync(javaExecutable, ['-jar', jarPath, 'heads', dir, '--format', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out);
}

/** The heads the CLI marks as conflicting (a branch with more than one head). */
export function conflictingHeads(heads) {
  return heads.filter((h) => h.conflict).map((h) => h.revision);
}

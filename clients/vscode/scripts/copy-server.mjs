// Copies the server jar built by Maven into the extension (server/migration-lsp.jar), so the .vsix carries it.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(process.env.MIGRATION_LSP_JAR ?? join(here, '..', '..', '..', 'server', 'target', 'migration-lsp.jar'));
const target = join(here, '..', 'server', 'migration-lsp.jar');
if (!existsSync(source)) {
  console.error(`copy-server: ${source} does not exist; build it first with \`./mvnw -q package -DskipTests\` at the repository root`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`copy-server: ${source} -> ${target} (${Math.round(statSync(target).size / 1024)} KiB)`);

#!/usr/bin/env bash
# Real VS Code end-to-end test: installs code-server + Chromium if needed, builds the .vsix (with the jar from
# server/target or $MIGRATION_LSP_JAR), then drives VS Code through the UI (e2e.mjs). Screenshots: test/e2e/artifacts/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ext=$(cd "$here/../.." && pwd)
repo=$(cd "$ext/../.." && pwd)
start=$(date +%s)
"$here/install.sh"
jar=${MIGRATION_LSP_JAR:-$repo/server/target/migration-lsp.jar}
if [ ! -f "$jar" ]; then (cd "$repo" && ./mvnw -q package -DskipTests); fi
cd "$ext"
[ -d node_modules ] || npm ci --no-audit --no-fund
MIGRATION_LSP_JAR=$jar npm run -s package >/dev/null
export CODE_SERVER_PREFIX=${CODE_SERVER_PREFIX:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/migration-lsp/code-server-4.100.3}
node "$here/e2e.mjs" "$ext/migration-lsp.vsix"
echo "vscode e2e: $(( $(date +%s) - start )) s including install checks and packaging"

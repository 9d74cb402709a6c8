#!/usr/bin/env bash
# Runs every editor test against server/target/migration-lsp.jar (built if missing) and prints how long each took:
#   vscode-lint      ESLint on the extension, its tests and scripts (`npm run lint`, eslint.config.mjs)
#   vscode-unit      node's test runner on the extension's VS Code-free logic (part of `npm run package`)
#   vscode-protocol  the editor scenario through vscode-languageserver-protocol against the jar
#   neovim           headless Neovim (Debian's 0.7.2) with clients/neovim
#   emacs            Emacs 28 batch + eglot 1.9 (Debian emacs-nox + elpa-eglot)
#   vscode-e2e       real VS Code (code-server 4.100.3) in headless Chromium via playwright-core
# Usage: scripts/editor-tests.sh [suite...]   (default: all). Installs what is missing (apt, npm) on the way;
# needs Node.js 20+ with npm, which scripts/ensure-node.sh provides.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(vscode-lint vscode-unit vscode-protocol neovim emacs vscode-e2e)
export MIGRATION_LSP_JAR=${MIGRATION_LSP_JAR:-$repo/server/target/migration-lsp.jar}
if [ ! -f "$MIGRATION_LSP_JAR" ]; then
  (cd "$repo" && ./mvnw -q package -DskipTests) || { echo "editor-tests: building the jar failed"; exit 1; }
fi
# Node.js 20+ (Debian bookworm's own nodejs is 18, too old for code-server 4.100.3): the machine's when it is new
# enough, else Node 20 from the npm registry (scripts/ensure-node.sh says what is missing when it cannot help).
node_bin=$("$repo/scripts/ensure-node.sh") || { echo "editor-tests: cannot run without Node.js 20+ and npm"; exit 1; }
if [ -n "$node_bin" ]; then export PATH=$node_bin:$PATH; fi
vscode=$repo/clients/vscode
if [ ! -d "$vscode/node_modules" ]; then (cd "$vscode" && npm ci --no-audit --no-fund --loglevel=error) || exit 1; fi

passed=0; failed=0; summary=()
run() {
  local name=$1; shift
  local t0=$(date +%s.%N)
  echo "=== $name"
  if "$@"; then status=passed; passed=$((passed + 1)); else status=FAILED; failed=$((failed + 1)); fi
  local secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  summary+=("$(printf '%-16s %-7s %6s s' "$name" "$status" "$secs")")
}
for s in "${suites[@]}"; do
  case $s in
    vscode-lint) run "$s" bash -c "cd '$vscode' && npm run -s lint" ;;
    vscode-unit) run "$s" bash -c "cd '$vscode' && npm run -s package" ;;
    vscode-protocol) run "$s" bash -c "cd '$vscode' && node --test --test-concurrency=1 test/protocol/" ;;
    neovim) run "$s" bash "$repo/clients/neovim/test/run.sh" ;;
    emacs) run "$s" bash "$repo/clients/emacs/test/run.sh" ;;
    vscode-e2e) run "$s" bash "$vscode/test/e2e/run.sh" ;;
    *) echo "unknown suite $s"; failed=$((failed + 1)) ;;
  esac
done
echo "=== editor tests against $MIGRATION_LSP_JAR"
printf '%s\n' "${summary[@]}"
echo "editor-tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Headless Neovim end-to-end test on a temporary copy of examples/ (Debian's neovim; installs it when missing).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
plugin=$(cd "$here/.." && pwd)
repo=$(cd "$plugin/../.." && pwd)
start=$(date +%s)
if ! command -v nvim >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq neovim >/dev/null
fi
export MIGRATION_LSP_JAR=${MIGRATION_LSP_JAR:-$repo/server/target/migration-lsp.jar}
if [ ! -f "$MIGRATION_LSP_JAR" ]; then (cd "$repo" && ./mvnw -q package -DskipTests); fi
ws=$(mktemp -d "${TMPDIR:-/tmp}/migration-lsp-nvim-XXXXXX")
trap 'rm -rf "$ws"' EXIT
cp -R "$repo/examples/." "$ws/"
# the planted finding: a docstring Revision ID that disagrees with revision = "0003" (revision-mismatch, safe fix)
target=src/dev_health_ops/alembic/versions/0003_create_settings.py
grep -q 'Revision ID: 0003' "$ws/$target"
sed -i 's/Revision ID: 0003/Revision ID: 0099/' "$ws/$target"
export MIGRATION_LSP_TEST_WORKSPACE=$ws MIGRATION_LSP_TEST_FILE=$target
cd "$ws"
status=0
nvim --headless -u NONE -i NONE -n --cmd "set rtp^=$plugin" --cmd 'filetype on' \
  -c "luafile $here/scenario.lua" || status=$?
echo "neovim e2e: $(( $(date +%s) - start )) s ($(nvim --version | head -1))"
exit $status

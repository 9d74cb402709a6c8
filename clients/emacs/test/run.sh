#!/usr/bin/env bash
# Emacs (Debian emacs-nox 28 + elpa-eglot 1.9) in batch mode against the jar, on a temporary copy of examples/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
start=$(date +%s)
if ! command -v emacs >/dev/null || [ ! -d /usr/share/emacs/site-lisp/elpa/eglot-1.9 ] && ! emacs --batch --eval '(require (quote eglot))' 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq emacs-nox elpa-eglot >/dev/null
fi
export MIGRATION_LSP_JAR=${MIGRATION_LSP_JAR:-$repo/server/target/migration-lsp.jar}
if [ ! -f "$MIGRATION_LSP_JAR" ]; then (cd "$repo" && ./mvnw -q package -DskipTests); fi
ws=$(mktemp -d "${TMPDIR:-/tmp}/migration-lsp-emacs-XXXXXX")
trap 'rm -rf "$ws"' EXIT
cp -R "$repo/examples/." "$ws/"
target=src/dev_health_ops/alembic/versions/0003_create_settings.py
grep -q 'Revision ID: 0003' "$ws/$target"
sed -i 's/Revision ID: 0003/Revision ID: 0099/' "$ws/$target"
export MIGRATION_LSP_TEST_WORKSPACE=$ws MIGRATION_LSP_TEST_FILE=$target
status=0
emacs --batch -l "$here/eglot-test.el" 2>"$ws/emacs-stderr.log" || status=$?
[ $status -eq 0 ] || tail -20 "$ws/emacs-stderr.log"
echo "emacs e2e: $(( $(date +%s) - start )) s ($(emacs --version | head -1))"
exit $status

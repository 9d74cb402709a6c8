#!/bin/sh
# Runs migration-lsp over real public migration histories (manifest.tsv) and judges what it reports:
# - ClickHouse folders: `check` with the folder configured, every statement judged by real ClickHouse's parser (chdb),
#   and the forward steps replayed in a chdb session;
# - Alembic repositories: `heads` compared with real Alembic's heads per history (application imports stubbed), and
#   `check`'s findings counted by code.
# The repositories are not vendored: give a folder holding a git directory (or a clone) per repository, named
# <owner>+<name>/repo or <owner>+<name> (e.g. the mirrors the `fetch` tool makes under /work/.mirror).
# Usage: bench/real-histories/run.sh MIRRORS [WORKDIR]      (WORKDIR default: a new temporary folder)
# Needs: the built jar (./mvnw -o -DskipTests package), /usr/bin/python3 with Alembic, node and oracles/node_modules/chdb.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../.." && pwd)
mirrors=${1:?usage: run.sh MIRRORS [WORKDIR]}
work=${2:-$(mktemp -d)}
lsp="$root/bin/migration-lsp"
chdb="$root/oracles/node_modules/chdb"
mkdir -p "$work"
gitdir() {
  for c in "$mirrors/$(echo "$1" | tr / +)/repo" "$mirrors/$(echo "$1" | tr / +)" "$mirrors/$(basename "$1")"; do
    if [ -d "$c" ]; then echo "$c"; return; fi
  done
  return 1
}
# The loop reads the manifest on descriptor 3: chdb reads standard input for INSERT data, which would eat the manifest.
grep -v '^#' "$here/manifest.tsv" > "$work/manifest.tsv"
while IFS='	' read -r name repo commit kind paths <&3; do
  g=$(gitdir "$repo") || { echo "$name: no copy of $repo under $mirrors (skipped)"; continue; }
  dest="$work/$name"
  rm -rf "$dest"
  mkdir -p "$dest/src"
  if [ "$kind" = clickhouse ]; then
    # shellcheck disable=SC2086
    git -C "$g" archive "$commit" $paths | tar -x -C "$dest/src"
    mkdir -p "$dest/ws"
    mv "$dest/src/$paths" "$dest/ws/clickhouse"
    printf 'clickhouse-migrations = "clickhouse"\n' > "$dest/ws/.migration-lsp.toml"
    "$lsp" check "$dest/ws" --format json > "$dest/check.json" || true
    echo "$name ($repo@$(echo "$commit" | cut -c1-10), $paths):"
    python3 - "$dest/check.json" <<'PY'
import collections, json, sys
found = json.load(open(sys.argv[1]))
print("  findings by severity/code:", sorted(collections.Counter((f["severity"], f["code"]) for f in found).items()))
for f in found:
    if f["severity"] == "error":
        print("  error %s:%d:%d %s %s" % (f["path"], f["line"], f["column"], f["code"], f["message"][:120]))
PY
    node "$here/clickhouse_oracle_dir.js" "$chdb" "$dest/ws/clickhouse" < /dev/null | sed 's/^/  clickhouse parser: /'
    node "$here/clickhouse_replay.js" "$chdb" "$dest/ws/clickhouse" < /dev/null | sed 's/^/  clickhouse replay: /'
  else
    git -C "$g" archive "$commit" ':(glob)**/*.py' ':(glob)**/*.ini' ':(glob)**/*.toml' ':(glob)**/*.mako' \
      | tar -x -C "$dest/src"
    "$lsp" check "$dest/src" --format json > "$dest/check.json" 2> "$dest/check.err" || true
    "$lsp" heads "$dest/src" --format json > "$dest/heads.json" || true
    echo "$name ($repo@$(echo "$commit" | cut -c1-10)):"
    python3 - "$dest" "$here/alembic_heads_stubbed.py" <<'PY'
import collections, json, os, subprocess, sys, tempfile
dest, driver = sys.argv[1], sys.argv[2]
src = os.path.join(dest, "src")
found = json.load(open(os.path.join(dest, "check.json")))
print("  findings by severity:", dict(collections.Counter(f["severity"] for f in found)))
print("  findings by code:", collections.Counter(f["code"] for f in found).most_common())
for f in found:
    if f["severity"] == "error":
        print("  error %s:%d %s %s" % (f["path"], f["line"], f["code"], f["message"][:120]))
failed = sum(1 for line in open(os.path.join(dest, "check.err")) if "failed on" in line)
print("  rules that threw:", failed)
heads = collections.defaultdict(list)
for h in json.load(open(os.path.join(dest, "heads.json"))):
    heads[h.get("history", "-")].append(h)
empty = tempfile.mkdtemp()
for history, hs in sorted(heads.items()):
    dirs = sorted({os.path.join(os.path.abspath(src), os.path.dirname(h["path"])) for h in hs})
    out = subprocess.run(["/usr/bin/python3", driver, empty] + dirs, capture_output=True, text=True, cwd=src)
    try:
        alembic = json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        alembic = {"error": out.stderr.strip()[-200:]}
    ours = sorted(h["revision"] for h in hs)
    if "heads" in alembic:
        verdict = "same heads as Alembic" if alembic["heads"] == ours else "DIFFERENT from Alembic %s" % alembic["heads"]
        print("  history %s: %d revisions, heads %s: %s" % (history, alembic["count"], ours, verdict))
    else:
        print("  history %s: heads %s; Alembic could not load it here: %s" % (history, ours, alembic["error"][:100]))
PY
  fi
done 3< "$work/manifest.tsv"

#!/usr/bin/env bash
# Issue 15: what reading a TOML configuration costs a short command. Runs `heads` and `check` of examples/ (whose
# pyproject.toml has [tool.migration-lsp]) through bin/migration-lsp with each jar given, interleaved, each jar with a
# private MIGRATION_LSP_CACHE (the first run of each records its AppCDS archive and is not counted), and prints the
# median wall and CPU (user+sys) milliseconds with the load average.
# Usage: bench/toml/run.sh BEFORE.jar [AFTER.jar]      (AFTER defaults to server/target/migration-lsp.jar; RUNS=9)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
RUNS=${RUNS:-9}
BEFORE=${1:?usage: bench/toml/run.sh BEFORE.jar [AFTER.jar]}
AFTER=${2:-$ROOT/server/target/migration-lsp.jar}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/toml-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cp "$BEFORE" "$WORK/before.jar"
cp "$AFTER" "$WORK/after.jar"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# wall and CPU (user+sys of the child, from wait4's rusage: microsecond resolution, unlike /usr/bin/time's 10 ms)
cat >"$WORK/timed.py" <<'PY'
import os, sys, time
t0 = time.monotonic()
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.execvp(sys.argv[1], sys.argv[1:])
_, _, ru = os.wait4(pid, 0)
print("%d %d" % ((time.monotonic() - t0) * 1000, (ru.ru_utime + ru.ru_stime) * 1000))
PY
run() { # jar command -> appends "wall_ms cpu_ms" to $WORK/<jar>-<command>
  MIGRATION_LSP_CACHE=$WORK/cache-$1 MIGRATION_LSP_JAR=$WORK/$1.jar /usr/bin/python3 "$WORK/timed.py" \
    bin/migration-lsp "$2" "$ROOT/examples" >>"$WORK/$1-$2"
}
for jar in before after; do for cmd in heads check; do run $jar $cmd; : >"$WORK/$jar-$cmd"; done; done # archives
for ((i = 0; i < RUNS; i++)); do
  for cmd in heads check; do for jar in before after; do run $jar $cmd; done; done
done
. bench/median.sh
printf '%-8s %-7s %10s %10s\n' command jar 'wall ms' 'CPU ms'
for cmd in heads check; do for jar in before after; do
  printf '%-8s %-7s %10s %10s\n' $cmd $jar "$(cut -d' ' -f1 "$WORK/$jar-$cmd" | median)" \
    "$(cut -d' ' -f2 "$WORK/$jar-$cmd" | median)"
done; done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

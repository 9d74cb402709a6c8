#!/usr/bin/env bash
# `check` of a 100-revision + 100-ClickHouse-file workspace (as bench/targets/run.sh section 2 makes it) with two builds
# of the shaded jar, through bin/migration-lsp (C1 only + SerialGC + each jar's own AppCDS archive), against
# `alembic heads` on the same 100 revisions with a warm __pycache__. Runs are interleaved (alembic, before, after, ...)
# so machine load hits all alike; prints median wall and median CPU (user+sys) time, which a loaded machine disturbs
# less. Also per jar: the invokedynamic call sites `check` links (ours, from dev.migrationlsp classes, and all), and
# whether both jars report the same findings (`check --format json` on the workspace and on examples/).
# Builds from 2026-11-30 on remember check's answer while nothing changed: to compare the analysis itself, run this
# with MIGRATION_LSP_NO_CACHE=1 in the environment (every build honours it; no header cache either then).
# Usage: bench/check/compare.sh BEFORE.jar [AFTER.jar=server/target/migration-lsp.jar]   (RUNS=9 rounds by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BEFORE=$(realpath "${1:?usage: bench/check/compare.sh BEFORE.jar [AFTER.jar]}")
AFTER=$(realpath "${2:-server/target/migration-lsp.jar}")
RUNS=${RUNS:-9}
PYTHON=${PYTHON:-/usr/bin/python3}
CLASSES=$ROOT/server/target/test-classes
WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
if [ ! -f "$CLASSES/dev/migrationlsp/alembic/HistoryGenerator.class" ]; then
  ./mvnw -q -o test-compile || ./mvnw -q test-compile
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

java -cp "$CLASSES:$AFTER" dev.migrationlsp.alembic.HistoryGenerator "$WORK/mixed" 100 1 >/dev/null
"$PYTHON" bench/clickhouse/generate.py 100 "$WORK/ch" >/dev/null
cp -r "$WORK/ch/migrations/clickhouse" "$WORK/mixed/migrations/clickhouse"
env -u PYTHONDONTWRITEBYTECODE "$PYTHON" -m alembic -c "$WORK/mixed/alembic.ini" heads >/dev/null # warm __pycache__

echo; echo "| jar | call sites linked (ours / all) | same findings as before |"
echo "|---|---|---|"
for n in before after; do
  jar=$BEFORE; [ $n = after ] && jar=$AFTER
  # each jar its own header cache and launcher archive; the first launcher run records the archive
  MIGRATION_LSP_CACHE=$WORK/cache-$n MIGRATION_LSP_JAR=$jar bin/migration-lsp check "$WORK/mixed" >/dev/null 2>&1 || true
  MIGRATION_LSP_CACHE=$WORK/cache-$n java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true -jar "$jar" check "$WORK/mixed" >"$WORK/trace-$n" 2>&1 || true
  for w in "$WORK/mixed" "$ROOT/examples"; do
    MIGRATION_LSP_CACHE=$WORK/cache-$n java -jar "$jar" check --format json "$w" >>"$WORK/json-$n" 2>&1 || true
  done
  ours=$(grep -c '^linkCallSite dev\.migrationlsp' "$WORK/trace-$n" || true)
  all=$(grep '^linkCallSite ' "$WORK/trace-$n" | grep -vc '^linkCallSite =>' || true)
  same=-; [ $n = after ] && { cmp -s "$WORK/json-before" "$WORK/json-after" && same=yes || same=NO; }
  echo "| $n | $ours / $all | $same |"
done

NAMES=("alembic heads (100 revisions, warm __pycache__)" "before: bin/migration-lsp check" "after: bin/migration-lsp check")
CMDS=("env -u PYTHONDONTWRITEBYTECODE $PYTHON -m alembic -c $WORK/mixed/alembic.ini heads"
  "env MIGRATION_LSP_CACHE=$WORK/cache-before MIGRATION_LSP_JAR=$BEFORE $ROOT/bin/migration-lsp check $WORK/mixed"
  "env MIGRATION_LSP_CACHE=$WORK/cache-after MIGRATION_LSP_JAR=$AFTER $ROOT/bin/migration-lsp check $WORK/mixed")
TIMEFORMAT='%3R %3U %3S'
for i in "${!CMDS[@]}"; do : >"$WORK/t.$i"; done
for ((r = 1; r <= RUNS; r++)); do
  for i in "${!CMDS[@]}"; do { time ${CMDS[$i]} >/dev/null 2>&1; } 2>>"$WORK/t.$i"; done
done
. bench/median.sh
echo; echo "| command ($RUNS runs each, interleaved) | median wall | median CPU (user+sys) |"
echo "|---|---|---|"
for i in "${!CMDS[@]}"; do
  echo "| ${NAMES[$i]} | $(awk '{print $1}' "$WORK/t.$i" | median 1000) ms | $(awk '{print $2 + $3}' "$WORK/t.$i" | median 1000) ms |"
done
echo; echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

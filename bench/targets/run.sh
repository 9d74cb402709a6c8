#!/usr/bin/env bash
# The start-up and latency targets of issue 15, measured in one run (so machine load hits every number alike):
#   1. `heads` on 200 and 5,000 revisions against `alembic heads` with a warm __pycache__   (bench/heads/run.sh)
#   2. `check` of a 100-revision + 100-ClickHouse-file workspace against `alembic heads` on those 100 revisions
#   3. spawn -> `initialize` result of the language server                                     (bench/startup/run.sh)
#   4. edit -> diagnostics p50/p95 in a 2,000-line migration, after 300 and 2,000 keystrokes    (bench/lsp/editing.sh)
# Usage: bench/targets/run.sh            (RUNS=5 rounds per timing; RUNS=10 for steadier medians)
# Prints the machine, date and load average next to the numbers: record them in docs/benchmarks.md as they are.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
RUNS=${RUNS:-5}
PYTHON=${PYTHON:-/usr/bin/python3}
JAR=$ROOT/server/target/migration-lsp.jar
CLASSES=$ROOT/server/target/test-classes
WORK=$(mktemp -d "${TMPDIR:-/tmp}/targets-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
if [ ! -f "$JAR" ] || [ ! -f "$CLASSES/dev/migrationlsp/alembic/HistoryGenerator.class" ]; then
  ./mvnw -q -o package -DskipTests || ./mvnw -q package -DskipTests
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo; echo "### 1. heads, 200 revisions"
REVISIONS=200 RUNS=$RUNS bench/heads/run.sh | sed -n '/^machine:/,$p'
echo; echo "### 1. heads, 5,000 revisions"
REVISIONS=5000 RUNS=$RUNS bench/heads/run.sh | sed -n '/^machine:/,$p'

echo; echo "### 2. check: 100 revisions + 100 ClickHouse files"
java -cp "$CLASSES:$JAR" dev.migrationlsp.alembic.HistoryGenerator "$WORK/mixed" 100 1 >/dev/null
"$PYTHON" bench/clickhouse/generate.py 100 "$WORK/ch" >/dev/null
cp -r "$WORK/ch/migrations/clickhouse" "$WORK/mixed/migrations/clickhouse"
env -u PYTHONDONTWRITEBYTECODE "$PYTHON" -m alembic -c "$WORK/mixed/alembic.ini" heads >/dev/null # warm __pycache__
MIGRATION_LSP_CACHE=$WORK/cache MIGRATION_LSP_JAR=$JAR bin/migration-lsp check "$WORK/mixed" >/dev/null 2>&1 || true
# `check` remembers its answer while no input changed (docs/configuration.md, header cache): the warm run, as a user
# re-running it sees; `--no-cache` is the full analysis of every file, what a changed workspace or a fresh CI clone costs
NAMES=("alembic heads (100 revisions, warm __pycache__)" "bin/migration-lsp check (100 + 100 files)"
  "bin/migration-lsp check --no-cache (analysed in full)" "java -jar ... check --no-cache")
CMDS=("env -u PYTHONDONTWRITEBYTECODE $PYTHON -m alembic -c $WORK/mixed/alembic.ini heads"
  "env MIGRATION_LSP_CACHE=$WORK/cache MIGRATION_LSP_JAR=$JAR $ROOT/bin/migration-lsp check $WORK/mixed"
  "env MIGRATION_LSP_CACHE=$WORK/cache MIGRATION_LSP_JAR=$JAR $ROOT/bin/migration-lsp check --no-cache $WORK/mixed"
  "java -jar $JAR check --no-cache $WORK/mixed")
. bench/jdk25.sh
if [ -n "$JDK25" ]; then
  JAVA_HOME=$JDK25 MIGRATION_LSP_CACHE=$WORK/cache MIGRATION_LSP_JAR=$JAR bin/migration-lsp check "$WORK/mixed" >/dev/null 2>&1 || true
  NAMES+=("bin/migration-lsp check (JDK 25, AOT cache)")
  CMDS+=("env JAVA_HOME=$JDK25 MIGRATION_LSP_CACHE=$WORK/cache MIGRATION_LSP_JAR=$JAR $ROOT/bin/migration-lsp check $WORK/mixed")
fi
TIMEFORMAT='%3R %3U %3S'
for i in "${!CMDS[@]}"; do : >"$WORK/t.$i"; done
for ((r = 1; r <= RUNS; r++)); do
  for i in "${!CMDS[@]}"; do { time ${CMDS[$i]} >/dev/null 2>&1; } 2>>"$WORK/t.$i"; done
done
. bench/median.sh
printf '%-50s %12s %12s\n' command "median wall" "median CPU"
for i in "${!CMDS[@]}"; do
  printf '%-50s %9s ms %9s ms\n' "${NAMES[$i]}" "$(awk '{print $1}' "$WORK/t.$i" | median 1000)" \
    "$(awk '{print $2 + $3}' "$WORK/t.$i" | median 1000)"
done

echo; echo "### 3. server initialize (200 revisions + 100 ClickHouse files)"
bench/startup/run.sh 200 100 "$RUNS"

echo; echo "### 4. edit -> diagnostics, 2,000-line migration"
bench/lsp/editing.sh 200 2000
# and once the JIT has settled (~2,000 keystrokes: a few minutes of editing)
bench/lsp/editing.sh 300 2000 2000 | tail -n 2
echo; echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

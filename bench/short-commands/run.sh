#!/usr/bin/env bash
# Before/after benchmark of the short commands (issue 15 item 1), all in one run, interleaved, through the launcher:
#   heads on 200 and 5,000 generated revisions (warm header cache) against `alembic heads` with a warm __pycache__,
#   check of 100 revisions + 100 ClickHouse files against `alembic heads` on those 100 revisions.
# Each jar gets its own cache folder (class archive, header cache, remembered answer), warmed by untimed runs first.
#
#   bench/short-commands/run.sh BEFORE_JAR [AFTER_JAR]     # AFTER_JAR defaults to server/target/migration-lsp.jar
#   RUNS=10 bench/short-commands/run.sh /tmp/main.jar
#
# Prints median wall and median CPU (user + system) per command, the ratios, the machine, the date and load average.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BEFORE=$(readlink -f "${1:?usage: $0 BEFORE_JAR [AFTER_JAR]}")
AFTER=$(readlink -f "${2:-$ROOT/server/target/migration-lsp.jar}")
RUNS=${RUNS:-7}
PYTHON=${PYTHON:-/usr/bin/python3}
CLASSES=$ROOT/server/target/test-classes
WORK=$(mktemp -d "${TMPDIR:-/tmp}/short-commands-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
[ -f "$CLASSES/dev/migrationlsp/alembic/HistoryGenerator.class" ] || ./mvnw -q -o package -DskipTests

for n in 200 5000; do
  java -cp "$CLASSES:$AFTER" dev.migrationlsp.alembic.HistoryGenerator "$WORK/h$n" "$n" 1 >/dev/null
done
java -cp "$CLASSES:$AFTER" dev.migrationlsp.alembic.HistoryGenerator "$WORK/mixed" 100 1 >/dev/null
"$PYTHON" bench/clickhouse/generate.py 100 "$WORK/ch" >/dev/null
cp -r "$WORK/ch/migrations/clickhouse" "$WORK/mixed/migrations/clickhouse"
# Files written seconds ago are "racily clean" to the header cache: wait them out so warm runs are warm.
sleep 3
for w in h200 h5000 mixed; do
  env -u PYTHONDONTWRITEBYTECODE "$PYTHON" -m alembic -c "$WORK/$w/alembic.ini" heads >/dev/null # warm __pycache__
done
launch() { # launch JAR-NAME ARGS...: bin/migration-lsp with that jar and its own cache folder
  local name=$1; shift
  local jar=$BEFORE; [ "$name" = after ] && jar=$AFTER
  env MIGRATION_LSP_CACHE="$WORK/cache-$name" MIGRATION_LSP_JAR="$jar" "$ROOT/bin/migration-lsp" "$@"
}
for name in before after; do
  for _ in 1 2 3; do
    launch $name heads "$WORK/h200" >/dev/null 2>&1; launch $name heads "$WORK/h5000" >/dev/null 2>&1
    launch $name check "$WORK/mixed" >/dev/null 2>&1 || true
  done
done
for w in h200 h5000; do # the answers agree before the timings mean anything
  diff <(env -u PYTHONDONTWRITEBYTECODE "$PYTHON" -m alembic -c "$WORK/$w/alembic.ini" heads | cut -d' ' -f1 | sort) \
    <(launch after heads "$WORK/$w" 2>/dev/null | cut -d' ' -f1 | sort) || { echo "heads differ on $w" >&2; exit 1; }
done
cmp <(launch before check "$WORK/mixed" 2>&1 || true) <(launch after check "$WORK/mixed" 2>&1 || true) ||
  { echo "check output differs between the jars" >&2; exit 1; }

NAMES=() CMDS=()
add() { NAMES+=("$1"); CMDS+=("$2"); }
for w in h200 h5000; do
  add "alembic heads, $w (warm __pycache__)" "env -u PYTHONDONTWRITEBYTECODE $PYTHON -m alembic -c $WORK/$w/alembic.ini heads"
  add "before: heads $w" "launch before heads $WORK/$w"
  add "after: heads $w" "launch after heads $WORK/$w"
done
add "alembic heads, mixed 100 (warm __pycache__)" "env -u PYTHONDONTWRITEBYTECODE $PYTHON -m alembic -c $WORK/mixed/alembic.ini heads"
add "before: check mixed 100+100" "launch before check $WORK/mixed"
add "after: check mixed 100+100" "launch after check $WORK/mixed"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
TIMEFORMAT='%3R %3U %3S'
for i in "${!CMDS[@]}"; do : >"$WORK/t.$i"; done
for ((r = 1; r <= RUNS; r++)); do
  for i in "${!CMDS[@]}"; do { time ${CMDS[$i]} >/dev/null 2>&1; } 2>>"$WORK/t.$i" || true; done
done
. bench/median.sh
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1); alembic $("$PYTHON" -c 'import alembic; print(alembic.__version__)')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); RUNS=$RUNS; load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "before: $BEFORE"; echo "after:  $AFTER"
printf '%-46s %12s %10s %12s %12s\n' command "median wall" "min wall" "median CPU" "wall ratio"
ref=1
for i in "${!CMDS[@]}"; do
  wall=$(awk '{print $1*1000}' "$WORK/t.$i" | median)
  mn=$(awk '{print $1*1000}' "$WORK/t.$i" | sort -n | head -1)
  cpu=$(awk '{print ($2+$3)*1000}' "$WORK/t.$i" | median)
  case "${NAMES[$i]}" in alembic*) ref=$wall ;; esac
  printf '%-46s %9s ms %7s ms %9s ms %11s\n' "${NAMES[$i]}" "$wall" "$mn" "$cpu" \
    "$(awk -v a="$wall" -v b="$ref" 'BEGIN {printf "%.2fx", a/b}')"
done
echo "(ratios against the alembic row above each group; issue 15 targets: heads <= 0.25x at 200, <= 0.1x at 5,000; check <= 1x)"

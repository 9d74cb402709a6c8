#!/usr/bin/env bash
# Benchmark: `heads` on a generated Alembic history (default 5,000 revisions of ~4 KB), real Alembic vs migration-lsp,
# JVM start included (the launcher with its header cache warm, and without it), all commands timed in the same run
# and interleaved (A B C A B C ...) so that load from other
# processes hits every command alike. Prints min and median wall time per command and the ratios.
#
#   bench/heads/run.sh                       # 5,000 revisions, 10 rounds
#   REVISIONS=2000 RUNS=5 bench/heads/run.sh
#
# Needs: a JDK 17, Debian's python3-alembic (/usr/bin/python3 -m alembic), and a built tree
# (`./mvnw -q package -DskipTests` builds the jar and the test classes holding the generator).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
REVISIONS=${REVISIONS:-5000}
RUNS=${RUNS:-10}
SEED=${SEED:-1}
PYTHON=${PYTHON:-/usr/bin/python3}
JAR=${JAR:-$ROOT/server/target/migration-lsp.jar}
CLASSES=${CLASSES:-$ROOT/server/target/test-classes}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/heads-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Every migration-lsp run of this script keeps its header cache (and the launcher its class archive) in $WORK, not in
# the user's ~/.cache: `java -jar` uses the header cache too.
export MIGRATION_LSP_CACHE="$WORK/cache"

if [ ! -f "$JAR" ] || [ ! -f "$CLASSES/dev/migrationlsp/alembic/HistoryGenerator.class" ]; then
  ./mvnw -q -o package -DskipTests || ./mvnw -q package -DskipTests
fi

echo "== generating $REVISIONS revisions (seed $SEED) in $WORK/history"
java -cp "$CLASSES:$JAR" dev.migrationlsp.alembic.HistoryGenerator "$WORK/history" "$REVISIONS" "$SEED"
echo "   $(find "$WORK/history/migrations/versions" -name '*.py' | wc -l) files," \
  "$(cat "$WORK"/history/migrations/versions/*.py | wc -c | awk '{printf "%.1f MB", $1/1e6}')"

# A second copy for Alembic with a warm __pycache__ (what a developer's checkout usually has after one run).
cp -r "$WORK/history" "$WORK/history-pyc"
env -u PYTHONDONTWRITEBYTECODE "$PYTHON" -m alembic -c "$WORK/history-pyc/alembic.ini" heads >/dev/null

# The answers must agree before the timings mean anything.
diff <(PYTHONDONTWRITEBYTECODE=1 "$PYTHON" -m alembic -c "$WORK/history/alembic.ini" heads | cut -d' ' -f1 | sort) \
     <(java -jar "$JAR" heads "$WORK/history" 2>/dev/null | cut -d' ' -f1 | sort) \
  || { echo "heads differ between Alembic and migration-lsp" >&2; exit 1; }
echo "== both report the same heads: $(java -jar "$JAR" heads "$WORK/history" 2>/dev/null | cut -d' ' -f1 | tr '\n' ' ')"

# AppCDS: one training run dumps the loaded classes; later runs map them instead of loading and verifying them.
FAST_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
java $FAST_FLAGS -XX:ArchiveClassesAtExit="$WORK/migration-lsp.jsa" -jar "$JAR" heads "$WORK/history" >/dev/null 2>&1
# The shipped launcher records its own archive and its header cache on first use: do that before timing. Twice: files
# written seconds before the first run are "racily clean" to the header cache (re-read until a later run rewrites it).
for _ in 1 2; do
  MIGRATION_LSP_CACHE="$WORK/cache" MIGRATION_LSP_JAR="$JAR" "$ROOT/bin/migration-lsp" heads "$WORK/history" >/dev/null 2>&1
done

NAMES=(
  "alembic heads (no bytecode cache)"
  "alembic heads (warm __pycache__)"
  "migration-lsp heads (java -jar)"
  "migration-lsp heads (C1, SerialGC, AppCDS)"
  "bin/migration-lsp heads (launcher)"
  "bin/migration-lsp heads --no-cache"
)
CMDS=(
  "env PYTHONDONTWRITEBYTECODE=1 $PYTHON -m alembic -c $WORK/history/alembic.ini heads"
  "env -u PYTHONDONTWRITEBYTECODE $PYTHON -m alembic -c $WORK/history-pyc/alembic.ini heads"
  "java -jar $JAR heads $WORK/history"
  "java $FAST_FLAGS -XX:SharedArchiveFile=$WORK/migration-lsp.jsa -jar $JAR heads $WORK/history"
  "env MIGRATION_LSP_CACHE=$WORK/cache MIGRATION_LSP_JAR=$JAR $ROOT/bin/migration-lsp heads $WORK/history"
  "env MIGRATION_LSP_CACHE=$WORK/cache MIGRATION_LSP_JAR=$JAR $ROOT/bin/migration-lsp heads --no-cache $WORK/history"
)

# A JDK 25+ beside the default one (JDK25=/path/to/jdk, or the first found under /usr/lib/jvm; JDK25= to skip): the
# launcher on it, with its AOT cache trained by the first run.
. bench/jdk25.sh
if [ -n "$JDK25" ]; then
  for _ in 1 2; do
    JAVA_HOME="$JDK25" MIGRATION_LSP_JAR="$JAR" "$ROOT/bin/migration-lsp" heads "$WORK/history" >/dev/null 2>&1
  done
  NAMES+=("bin/migration-lsp heads (JDK 25, AOT cache)")
  CMDS+=("env JAVA_HOME=$JDK25 MIGRATION_LSP_CACHE=$WORK/cache MIGRATION_LSP_JAR=$JAR $ROOT/bin/migration-lsp heads $WORK/history")
fi

for i in "${!CMDS[@]}"; do : >"$WORK/times.$i"; done
echo "== $RUNS interleaved rounds"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
TIMEFORMAT='%3R %3U %3S' # bash's `time`: wall, user and system seconds
for ((r = 1; r <= RUNS; r++)); do
  for i in "${!CMDS[@]}"; do
    { time ${CMDS[$i]} >/dev/null 2>&1; } 2>>"$WORK/times.$i"
  done
done

. bench/median.sh
stats() { # min wall, median wall, median CPU (user + system) of the runs in file $1, in ms
  echo "$(awk '{print $1}' "$1" | sort -n | head -1 | awk '{printf "%d", $1*1000}')" \
    "$(awk '{print $1}' "$1" | median 1000)" "$(awk '{print $2 + $3}' "$1" | median 1000)"
}
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -r); $(java -version 2>&1 | head -1); alembic $("$PYTHON" -c 'import alembic; print(alembic.__version__)')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-48s %12s %12s %12s\n' "command" "min wall ms" "median wall" "median CPU"
for i in "${!CMDS[@]}"; do
  read -r mn md mc < <(stats "$WORK/times.$i")
  printf '%-48s %12s %12s %12s\n' "${NAMES[$i]}" "$mn" "$md" "$mc"
  echo "$mn $md" >"$WORK/stat.$i"
done
echo
read -r a_min a_med <"$WORK/stat.0"
read -r p_min p_med <"$WORK/stat.1"
for ((i = 2; i < ${#CMDS[@]}; i++)); do
  read -r o_min o_med <"$WORK/stat.$i"
  awk -v n="${NAMES[$i]}" -v a="$a_med" -v p="$p_med" -v o="$o_med" \
    'BEGIN {printf "%s: median %.2fx of alembic (no cache), %.2fx of alembic (warm cache)\n", n, o/a, o/p}'
done
echo "(issue 15 targets against the warm __pycache__: <= 0.25x at 200 revisions, <= 0.1x at 5,000)"
echo
echo "timed command lines:"
for i in "${!CMDS[@]}"; do echo "  ${CMDS[$i]}"; done

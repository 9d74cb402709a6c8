#!/usr/bin/env bash
# Benchmark: zero-configuration discovery, `heads` and `check` on a generated monorepo (default 100,000 files, most not
# Python; six Alembic environments of 500 revisions each in the layouts discovery understands, see generate.py).
# Prints the in-process discovery and workspace-load times (DiscoveryBenchmark, warm JVM), then wall and CPU time of
# the CLI commands (JVM start included), min and median over RUNS.
#
#   bench/monorepo/run.sh                    # 100,000 files, 5 rounds
#   FILES=20000 RUNS=3 bench/monorepo/run.sh
#
# Needs: a JDK 17, python3, and a built tree (`./mvnw -q package -DskipTests`: the jar and the test classes).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FILES=${FILES:-100000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
JAR=$ROOT/server/target/migration-lsp.jar
CLASSES=$ROOT/server/target/test-classes
WORK=$(mktemp -d "${TMPDIR:-/tmp}/monorepo-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [ ! -f "$JAR" ] || [ ! -f "$CLASSES/dev/migrationlsp/bench/DiscoveryBenchmark.class" ]; then
  ./mvnw -q -o package -DskipTests || ./mvnw -q package -DskipTests
fi

echo "== generating $FILES files (seed $SEED) in $WORK/repo"
python3 "$ROOT/bench/monorepo/generate.py" "$WORK/repo" "$FILES" "$SEED"
echo "   $(find "$WORK/repo" -type f | wc -l) files in $(find "$WORK/repo" -type d | wc -l) folders," \
  "$(find "$WORK/repo" -name '*.py' | wc -l) of them Python"

echo "== heads (every history found with no configuration)"
java -jar "$JAR" heads "$WORK/repo"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== in process (warm JVM)"
java -cp "$CLASSES:$JAR" dev.migrationlsp.bench.DiscoveryBenchmark "$WORK/repo" 10

NAMES=("heads (java -jar)" "check (java -jar)")
CMDS=("java -jar $JAR heads $WORK/repo" "java -jar $JAR check $WORK/repo")
for i in "${!CMDS[@]}"; do : >"$WORK/times.$i"; done
echo "== $RUNS interleaved rounds of the CLI"
TIMEFORMAT='%3R %3U %3S'
for ((r = 1; r <= RUNS; r++)); do
  for i in "${!CMDS[@]}"; do
    { time ${CMDS[$i]} >/dev/null 2>&1 || true; } 2>>"$WORK/times.$i"
  done
done
. bench/median.sh
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -r); $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %12s %12s %12s\n' "command" "min wall ms" "median wall" "median CPU"
for i in "${!CMDS[@]}"; do
  printf '%-24s %12s %12s %12s\n' "${NAMES[$i]}" \
    "$(awk '{print $1}' "$WORK/times.$i" | sort -n | head -1 | awk '{printf "%d", $1*1000}')" \
    "$(awk '{print $1}' "$WORK/times.$i" | median 1000)" "$(awk '{print $2 + $3}' "$WORK/times.$i" | median 1000)"
done
echo "check findings: $(java -jar "$JAR" check "$WORK/repo" --format json 2>/dev/null | grep -c '"code"' || true)"

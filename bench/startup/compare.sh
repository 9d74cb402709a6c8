#!/usr/bin/env bash
# Two builds of the shaded jar side by side, in one run (so machine load hits both alike): server start-up as editors
# run it (SerialGC + each jar's own AppCDS archive) and `check` of a 100-revision + 100-ClickHouse-file workspace,
# through bin/migration-lsp and with plain java -jar. Rounds alternate the jars (A B, then B A).
# Usage: bench/startup/compare.sh BEFORE.jar [AFTER.jar=server/target/migration-lsp.jar] [ROUNDS=2]
#   RUNS (default 5) server starts per jar and round; the check timings run ROUNDS * RUNS times per jar.
#   e.g. git -C /work/main stash; build main; cp server/target/migration-lsp.jar /tmp/before.jar; then this script.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BEFORE=$(realpath "${1:?usage: bench/startup/compare.sh BEFORE.jar [AFTER.jar] [ROUNDS]}")
AFTER=$(realpath "${2:-server/target/migration-lsp.jar}")
ROUNDS=${3:-2}
RUNS=${RUNS:-5}
PYTHON=${PYTHON:-/usr/bin/python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/compare-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
./mvnw -q -o -pl server test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for j in "$BEFORE" "$AFTER"; do
  echo "$(basename "$j"): $(unzip -l "$j" | tail -1 | awk '{print $2}') jar entries"
done

name() { [ "$1" = "$BEFORE" ] && echo before || echo after; }
start() { # jar, jvm options, runs
  java -Dmigrationlsp.jar="$1" -cp "$CP" dev.migrationlsp.bench.StartupBenchmark "$2" 200 100 "$3"
}
echo; echo "### server start-up, 200 revisions + 100 ClickHouse files (SerialGC + AppCDS, what editors run)"
for j in "$BEFORE" "$AFTER"; do # one training start per jar records the classes it loads
  start "$j" "-XX:ArchiveClassesAtExit=$WORK/$(name "$j").jsa" 1 >/dev/null
  test -s "$WORK/$(name "$j").jsa" || { echo "no AppCDS archive for $j" >&2; exit 1; }
done
echo "| jar | round | command | workspace | initialize | first diagnostics | memory | CPU at initialize |"
echo "|---|---|---|---|---|---|---|---|"
for ((r = 1; r <= ROUNDS; r++)); do
  order=("$BEFORE" "$AFTER")
  ((r % 2 == 0)) && order=("$AFTER" "$BEFORE")
  for j in "${order[@]}"; do
    echo "| $(name "$j") | $r $(start "$j" "-XX:+UseSerialGC -Xshare:auto -XX:SharedArchiveFile=$WORK/$(name "$j").jsa" "$RUNS")"
  done
done

echo; echo "### check: 100 revisions + 100 ClickHouse files"
java -cp "server/target/test-classes:$AFTER" dev.migrationlsp.alembic.HistoryGenerator "$WORK/mixed" 100 1 >/dev/null
"$PYTHON" bench/clickhouse/generate.py 100 "$WORK/ch" >/dev/null
cp -r "$WORK/ch/migrations/clickhouse" "$WORK/mixed/migrations/clickhouse"
NAMES=() CMDS=()
for j in "$BEFORE" "$AFTER"; do
  n=$(name "$j")
  # the launcher's first run per jar writes its AppCDS archive; the timed runs use it
  MIGRATION_LSP_CACHE=$WORK/cache-$n MIGRATION_LSP_JAR=$j bin/migration-lsp check "$WORK/mixed" >/dev/null 2>&1 || true
  NAMES+=("$n: bin/migration-lsp check" "$n: java -jar ... check")
  CMDS+=("env MIGRATION_LSP_CACHE=$WORK/cache-$n MIGRATION_LSP_JAR=$j $ROOT/bin/migration-lsp check $WORK/mixed"
    "java -jar $j check $WORK/mixed")
done
TIMEFORMAT='%3R %3U %3S'
for i in "${!CMDS[@]}"; do : >"$WORK/t.$i"; done
for ((r = 1; r <= ROUNDS * RUNS; r++)); do
  order=(0 1 2 3)
  ((r % 2 == 0)) && order=(2 3 0 1)
  for i in "${order[@]}"; do { time ${CMDS[$i]} >/dev/null 2>&1; } 2>>"$WORK/t.$i"; done
done
. bench/median.sh
printf '%-40s %12s %12s\n' command "median wall" "median CPU"
for i in "${!CMDS[@]}"; do
  printf '%-40s %9s ms %9s ms\n' "${NAMES[$i]}" "$(awk '{print $1}' "$WORK/t.$i" | median 1000)" \
    "$(awk '{print $2 + $3}' "$WORK/t.$i" | median 1000)"
done
echo; echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

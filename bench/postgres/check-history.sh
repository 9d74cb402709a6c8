#!/usr/bin/env bash
# Times `migration-lsp check` (the shaded jar, a fresh JVM each run) on a generated history of N Alembic revisions.
# Usage: bench/postgres/check-history.sh [N=5000] [RUNS=5]     (from the repository root, after ./mvnw -o package)
#        LAUNCHER=bin/migration-lsp bench/postgres/check-history.sh   times the launcher script instead of java -jar
set -euo pipefail
n="${1:-5000}"
runs="${2:-5}"
variant="${VARIANT:-}"   # VARIANT=alter: every 5th revision also alters an older table (safety rules at work)
dir="${TMPDIR:-/tmp}/migration-lsp-history-$n${variant:+-$variant}"
jar="server/target/migration-lsp.jar"
[ -f "$jar" ] || { echo "build first: ./mvnw -q -o package -DskipTests" >&2; exit 2; }
[ -d "$dir/alembic/versions" ] || python3 bench/postgres/generate_history.py "$dir" "$n" $variant >&2
echo "check on $n revisions ($(du -sh "$dir" | cut -f1)), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  if [ -n "${LAUNCHER:-}" ]; then
    /usr/bin/time -f "run $i: %e s wall, %U s user, %S s sys, %M KB max RSS" "$LAUNCHER" check "$dir" >/dev/null || true
  else
    /usr/bin/time -f "run $i: %e s wall, %U s user, %S s sys, %M KB max RSS" java ${JAVA_OPTS:-} -jar "$jar" check "$dir" >/dev/null || true
  fi
done 2>&1

#!/usr/bin/env bash
# Linear time (issue 12): ClickHouse files doubling in one dimension (comment on line 1, block comment, string, nesting,
# long line, many statements), analysed by every rule; prints a Markdown table of CPU time per size.
# Usage: bench/clickhouse/linear.sh [FROM_CHARS] [DOUBLINGS]   (default 10000 5: 10k..160k characters)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o -pl server test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%RZ)"
java -cp "$CP" dev.migrationlsp.clickhouse.ClickHouseLinearBench "$@"

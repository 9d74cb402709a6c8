#!/usr/bin/env bash
# LSP latency on a generated history, over stdio against the shaded jar.
# Usage: bench/lsp/run.sh [REVISIONS=5000] [EDITS=120]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o package -DskipTests 2>/dev/null || ./mvnw -q package -DskipTests
./mvnw -q -pl server test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
java -Dmigrationlsp.jar=server/target/migration-lsp.jar -cp "$CP" dev.migrationlsp.bench.LspLatencyBenchmark "${1:-5000}" "${2:-120}"

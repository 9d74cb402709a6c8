#!/usr/bin/env bash
# Scripted editing session: didChange -> publishDiagnostics latency (p50/p95/p99) in a 2,000-line migration.
# Usage: bench/lsp/editing.sh [EDITS=200] [LINES=2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o package -DskipTests 2>/dev/null || ./mvnw -q package -DskipTests
./mvnw -q -pl server test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
java -Dmigrationlsp.jar=server/target/migration-lsp.jar -cp "$CP" dev.migrationlsp.bench.EditingSessionBenchmark "${1:-200}" "${2:-2000}"

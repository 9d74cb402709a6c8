#!/usr/bin/env bash
# check, heads and server indexing time against history size; writes docs/scaling.svg.
# Usage: bench/scaling/run.sh [SIZES...]   (default: 500 5000 20000)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o package -DskipTests 2>/dev/null || ./mvnw -q package -DskipTests
./mvnw -q -pl server test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
java -Dmigrationlsp.jar=server/target/migration-lsp.jar -cp "$CP" dev.migrationlsp.bench.ScalingBenchmark docs/scaling.svg "$@"

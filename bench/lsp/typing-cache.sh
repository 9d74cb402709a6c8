#!/usr/bin/env bash
# Rule-results cache while typing: how many file analyses re-run rules (hit rate), in-process, no jar needed.
# Usage: bench/lsp/typing-cache.sh [KEYSTROKES_PER_PHASE=100]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o -pl server test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
java -cp "$CP" dev.migrationlsp.bench.TypingCacheBenchmark "${1:-100}"

#!/usr/bin/env bash
# Scripted editing session: didChange -> publishDiagnostics latency (p50/p95/p99) in a 2,000-line migration.
# The server runs with the GC bin/migration-lsp gives it on JDK 17 (G1; SERVER_JVM= to change, e.g. -XX:+UseSerialGC).
# WARMUP keystrokes come first and are reported on their own line (the JIT compiles the analysis meanwhile), as JMH's
# warm-up iterations.
# The last line gives the server's CPU per measured keystroke and how much of it the JIT compiler threads took: while
# that share is large the keystrokes are not warm yet (a larger WARMUP, e.g. 2000, measures them after C2 settles).
# SERVER_JAR= runs another build's server with this benchmark (e.g. the jar of an earlier commit, for before/after).
# PACE_MS: 0 (the default) sends each keystroke as soon as the previous one's diagnostics arrived, so the server and its
# JIT never idle; 60 sends at most one keystroke every 60 ms (16 a second, faster than a fast typist), as when typing.
# WHERE: top (the default) types the new column before the 2,000 generated ones, bottom after them.
# SHAPE: what the migration is made of: one-table (the default: one create_table of 2,000 columns, issue 15's target),
# add-column, execute (ALTER TABLE in op.execute), sql-tables (multi-line CREATE TABLEs in op.execute) or create-index
# (2,000 non-concurrent index findings); the statement shapes type an op.add_column above (or below) the statements.
# Usage: bench/lsp/editing.sh [EDITS=200] [LINES=2000] [WARMUP=300] [PACE_MS=0] [WHERE=top] [SHAPE=one-table]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o package -DskipTests 2>/dev/null || ./mvnw -q package -DskipTests
./mvnw -q -pl server test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
java -Dmigrationlsp.jar="${SERVER_JAR:-server/target/migration-lsp.jar}" -Dmigrationlsp.serverJvm="${SERVER_JVM--XX:+UseG1GC}" \
  -cp "$CP" dev.migrationlsp.bench.EditingSessionBenchmark "${1:-200}" "${2:-2000}" "${3:-300}" "${4:-0}" "${5:-top}" "${6:-one-table}"

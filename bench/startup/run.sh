#!/usr/bin/env bash
# Cold start of the language server on a generated workspace, plain and with an AppCDS archive.
# Usage: bench/startup/run.sh [REVISIONS=5000] [CLICKHOUSE_FILES=1000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o package -DskipTests 2>/dev/null || ./mvnw -q package -DskipTests
./mvnw -q -pl server test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
JAR=server/target/migration-lsp.jar
JSA=server/target/migration-lsp.jsa
run() { java -Dmigrationlsp.jar="$JAR" -cp "$CP" dev.migrationlsp.bench.StartupBenchmark "$1" "${2:-5000}" "${3:-1000}" "${4:-5}"; }
# AppCDS (JDK 17): one training session records the classes the server loads; later runs map them from the archive.
rm -f "$JSA"
run "-XX:ArchiveClassesAtExit=$JSA" "${1:-5000}" "${2:-1000}" 1 >/dev/null
test -s "$JSA" || { echo "no AppCDS archive was written" >&2; exit 1; }
echo "| command | workspace | initialize | first diagnostics | memory | CPU at initialize |"
echo "|---|---|---|---|---|---|"
run - "${1:-5000}" "${2:-1000}" "${3:-5}"
run "-XX:TieredStopAtLevel=1" "${1:-5000}" "${2:-1000}" "${3:-5}"
run "-XX:SharedArchiveFile=$JSA" "${1:-5000}" "${2:-1000}" "${3:-5}"
run "-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1" "${1:-5000}" "${2:-1000}" "${3:-5}"
# what editors run on JDK 19-24 (bin/migration-lsp lsp, the VS Code extension, the Neovim plugin): serial GC, archive
run "-XX:+UseSerialGC -Xshare:auto -XX:SharedArchiveFile=$JSA" "${1:-5000}" "${2:-1000}" "${3:-5}"
# what they run on JDK 17-18: G1, whose archived heap objects (the module graph) JDK 17's serial GC cannot map
run "-XX:+UseG1GC -Xshare:auto -XX:SharedArchiveFile=$JSA" "${1:-5000}" "${2:-1000}" "${3:-5}"
# JDK 25+ beside the default one (JDK25=/path/to/jdk, or the first under /usr/lib/jvm; JDK25= to skip): what editors run
# there, an AOT cache trained by one session (without AOT class linking, as bin/migration-lsp lsp and the extension do)
. bench/jdk25.sh
if [ -n "$JDK25" ]; then
  AOT=server/target/migration-lsp-server.aot
  run25() { "$JDK25/bin/java" -Dmigrationlsp.jar="$JAR" -cp "$CP" dev.migrationlsp.bench.StartupBenchmark "$1" "${2:-5000}" "${3:-1000}" "${4:-5}"; }
  rm -f "$AOT"
  run25 "-XX:+UseSerialGC -XX:-AOTClassLinking -XX:AOTCacheOutput=$AOT" "${1:-5000}" "${2:-1000}" 1 >/dev/null 2>&1
  test -s "$AOT" || { echo "no AOT cache was written by $JDK25" >&2; exit 1; }
  echo "| (JDK 25: $("$JDK25/bin/java" -version 2>&1 | head -1)) | | | | | |"
  run25 "-XX:+UseSerialGC -XX:-AOTClassLinking -XX:AOTCache=$AOT" "${1:-5000}" "${2:-1000}" "${3:-5}"
  # for comparison, the dynamic CDS archive JDK 19-24 get
  JSA25=server/target/migration-lsp-server-25.jsa
  rm -f "$JSA25"
  run25 "-XX:+UseSerialGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$JSA25" "${1:-5000}" "${2:-1000}" 1 >/dev/null 2>&1
  run25 "-XX:+UseSerialGC -Xshare:auto -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$JSA25" "${1:-5000}" "${2:-1000}" "${3:-5}"
fi

#!/usr/bin/env bash
# Where one uncached search of the load test's mix spends its time, in one thread, without
# HTTP (not a test). Uses the index run.sh left in search-server/target/bench (or builds it).
#
#   search-server/bench/search-cost.sh [ROUNDS=15]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# shellcheck source=../../scripts/find-jdk.sh
. scripts/find-jdk.sh
find_jdk
work="$root/search-server/target/bench"
jar="$root/search-server/target/search-server-0.1.0-SNAPSHOT-app.jar"
./mvnw -q -B -pl search-server test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work.classpath" >/dev/null
if [ ! -f "$work/index/CURRENT" ]; then
  [ -f "$jar" ] || ./mvnw -q -B -pl search-server package -DskipTests
  mkdir -p "$work"
  "$JAVA_HOME/bin/java" -cp "$jar" search-server/bench/GenerateDocuments.java 20000 "$work/documents.jsonl"
  "$JAVA_HOME/bin/java" -cp "$jar" search-server/bench/IndexDocuments.java "$work/documents.jsonl" "$work/index" 2>/dev/null
fi
"$JAVA_HOME/bin/java" -cp "search-server/target/test-classes:search-server/target/classes:$(cat "$work.classpath")" \
  eu.transferhub.search.query.SearchCostBenchmark "$work/index" search-server/bench/queries.lua "${1:-15}" 2>/dev/null

#!/usr/bin/env bash
# Search-server benchmark (not a test): indexes ~20,000 synthetic documents, then load-tests
# the API over loopback with wrk (Debian package `wrk`) for a bounded time, and reports
# indexing time, throughput, latency percentiles, errors and the server's peak RSS.
#
#   search-server/bench/run.sh                  # 20,000 documents, 30 s of load, 32 connections
#   DOCS=5000 DURATION=10s CONNECTIONS=16 search-server/bench/run.sh
#   CACHE=0 search-server/bench/run.sh          # every request searches (no response cache)
#
# Only 127.0.0.1 is ever contacted. The server is stopped (SIGTERM) at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# shellcheck source=../../scripts/find-jdk.sh
. scripts/find-jdk.sh
find_jdk
command -v wrk >/dev/null || { echo "bench: needs wrk (apt-get install -y wrk)" >&2; exit 1; }

docs="${DOCS:-20000}"
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-32}"
port="${PORT:-18181}"
cache="${CACHE:-1024}"
work="${BENCH_DIR:-$root/search-server/target/bench}"
jar="$root/search-server/target/search-server-0.1.0-SNAPSHOT-app.jar"
java="$JAVA_HOME/bin/java"

if [ ! -f "$jar" ]; then
  ./mvnw -q -B -pl search-server package -DskipTests
fi
rm -rf "$work" && mkdir -p "$work/site/en/search"
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

"$java" -cp "$jar" search-server/bench/GenerateDocuments.java "$docs" "$work/documents.jsonl"
echo "== indexing (one JVM, three publishes; the first includes JIT warm-up)"
"$java" -cp "$jar" search-server/bench/IndexDocuments.java "$work/documents.jsonl" "$work/index" 2>/dev/null

echo "== serving"
"$java" -Xms256m -Xmx256m -XX:+UseParallelGC -jar "$jar" --site "$work/site" --index "$work/index" \
  --port "$port" --host 127.0.0.1 --cache "$cache" 2>"$work/server.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/health"; echo

echo "== warm-up (20 s, not measured: JIT compilation, first pass over the mix)"
wrk -t2 -c16 -d20s -s search-server/bench/queries.lua "http://127.0.0.1:$port" >/dev/null
echo "== load: wrk -t2 -c$connections -d$duration, $(grep -c '^  "/api' search-server/bench/queries.lua) fixed + generated requests, response cache $cache"
wrk -t2 -c"$connections" -d"$duration" --timeout 2s -s search-server/bench/queries.lua "http://127.0.0.1:$port"
echo "== server memory"
grep -E 'VmHWM|VmRSS' "/proc/$pid/status"
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT

#!/usr/bin/env bash
# Live-preview benchmark: starts `./hub serve` on the synthetic corpus (default 10,000
# bundles, created as for the build benchmark), then saves one page SAVES times and measures
# from each save to that page, with the edit, fetched after the reload event — what an
# editor with an open tab waits for. The page is restored at the end.
#
#   bench/run-preview-benchmark.sh [BUNDLES] [SAVES]
#   CONTENT=content PAGE=good-practices/as-fabrik/index.en.md URL=/en/good-practices/as-fabrik/ TARGET_MS=300 \
#     bench/run-preview-benchmark.sh 0 30        # the bundled content instead
#
# Only 127.0.0.1 is contacted. The first saves include JIT warm-up; the summary reports
# them apart.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
find_jdk || exit 1

bundles="${1:-10000}"
saves="${2:-30}"
port="${PORT:-18090}"
work="$root/bench/target"
corpus="${CONTENT:+$root/$CONTENT}"
corpus="${corpus:-$work/corpus-$bundles}"
page="$corpus/${PAGE:-good-practices/practice-1/index.en.md}"
url="${URL:-/en/good-practices/practice-1/}"
mkdir -p "$work"
if [ ! -d "$corpus" ]; then
  "$JAVA_HOME/bin/java" "$root/bench/CorpusGenerator.java" "$corpus" "$bundles"
fi
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cp "$page" "$work/page.saved"
log="$work/preview-serve.log"
"$root/hub" serve --content "$corpus" --port "$port" >"$log" 2>&1 &
pid=$!
cleanup() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cp "$work/page.saved" "$page"
}
trap cleanup EXIT
echo "== first build (the preview serves once it is done)"
for _ in $(seq 1 600); do
  grep -q '^Serving' "$log" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
grep -m1 '^Rebuilt in' "$log" || true
echo "== $saves saves of $page"
"$JAVA_HOME/bin/java" "$root/bench/PreviewLatency.java" "http://127.0.0.1:$port" "$page" \
    "$url" "$saves" "${TARGET_MS:-1000}"
echo "== the preview's own figures (save → files written and tabs told)"
grep '^Rebuilt in' "$log" | tail -n +2 | awk '{print $3}' | tr '\n' ' '; echo

#!/usr/bin/env bash
# Build benchmark: generates a synthetic corpus (default 10,000 bundles, ~20,000 Markdown
# files, ~160 MB) once, then times `./hub build` on it and reports wall time and peak RSS.
#
#   bench/run-build-benchmark.sh [BUNDLES] [RUNS]
#
# Work files go to bench/target/ (ignored by git). Every run is a fresh JVM and includes JIT
# warm-up like any real invocation of the CLI, reading the AOT cache `./hub` keeps on JDK 25+
# (trained first, as run 0, when the jar is newer than the cache). Each of the RUNS builds the
# search index afresh (the previous one is removed first) and writes over the previous run's
# site; one more run then rebuilds with nothing changed, which keeps the index's documents (a
# rebuild after a small edit does nearly the same).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
find_jdk || exit 1

bundles="${1:-10000}"
runs="${2:-3}"
work="$root/bench/target"
corpus="$work/corpus-$bundles"
mkdir -p "$work"
if [ ! -d "$corpus" ]; then
  "$JAVA_HOME/bin/java" "$root/bench/CorpusGenerator.java" "$corpus" "$bundles"
fi
echo "corpus: $corpus ($(find "$corpus/" -name '*.md' | wc -l) Markdown files, $(du -shL "$corpus" | cut -f1))"

measure() { # run label
  local run="$1" label="$2" log="$work/time-$1.log"
  /usr/bin/time -v "$root/hub" build --content "$corpus" --out "$work/public" --index "$work/search-index" \
      --themes "$root/themes" --verbose >"$work/build-$run.out" 2>"$log" || { tail -n 30 "$log"; exit 1; }
  wall="$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')"
  rss_kb="$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')"
  user="$(grep 'User time' "$log" | awk '{print $NF}')"
  echo "run $run ($label): wall $wall, CPU user ${user} s, peak RSS $((rss_kb / 1024)) MB, load $(cut -d' ' -f1 /proc/loadavg)" \
       "— $(tail -n 1 "$work/build-$run.out")"
  echo "  $(grep '^load ' "$log" | tail -n 1)"
}

# On JDK 25+ `./hub` keeps an AOT cache that the first build with a new jar trains; the cache
# is then written in the background. Measured runs must neither be that training run nor race
# the writing, so a stale cache is trained here first (reported as run 0: what the first build
# after an install or an upgrade costs) and waited for.
jar="$root/generator/target/generator-0.1.0-SNAPSHOT-app.jar"
"$root/hub" --version >/dev/null # builds the jar first when the sources are newer
cache="${HUB_AOT_DIR:-$root/generator/target/aot}/hub-$(basename "$(readlink -f "$JAVA_HOME")").aot"
aot_fresh() { [ -f "$cache" ] && [ -f "$jar" ] && [ "$cache" -nt "$jar" ]; }
if [ "${HUB_AOT:-1}" != 0 ] && [ "$(_hub_java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null && ! aot_fresh; then
  rm -rf "$work/search-index"
  measure 0 "training the AOT cache"
  for _ in $(seq 1 300); do aot_fresh && break; sleep 1; done
  aot_fresh || { echo "bench: the AOT cache was not written; see ${cache%/*}/create.log" >&2; exit 1; }
fi

for run in $(seq 1 "$runs"); do
  rm -rf "$work/search-index"
  measure "$run" "index afresh"
done
measure "$((runs + 1))" "rebuild, nothing changed"

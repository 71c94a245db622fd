#!/usr/bin/env bash
# The explorer's first page on a store: how the start-up warm-up went (its log line), how long the
# tallies took (logged by the first stats), then the most connected entities and the whole Overview
# query, each executed (Cache-Control: no-cache) RUNS times in a row over HTTP, median and max.
# Usage: [RUNS=7] [PAGECACHE=2g] bench/overview.sh [jar] [data-dir]
#   (defaults: target/migration-graph.jar, target/scale-1000000 made by bench/scale.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=${1:-target/migration-graph.jar}
data=${2:-target/scale-1000000}
port=18083
[ -d "$data" ] || { echo "no store in $data: make one with bench/scale.sh first" >&2; exit 1; }
log=$(mktemp)
start_on_store "$jar" $port "$data" "${PAGECACHE:-2g}" "$log"
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
await_first_answer $port $pid "$log"
await_warm_up "$log" 300
grep -o "Warm-up:.*" "$log"
# The warm-up's Overview may have timed out before the tallies were made; wait for them.
until grep -q "Tallied the graph's counts" "$log"; do sleep 1; done
grep -o "Tallied the graph's counts.*" "$log"
time_ms() {
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' \
    -d "{\"query\":\"$1\"}" "http://127.0.0.1:$port/graphql" | awk '{ printf "%.0f\n", $1 * 1000 }'
}
errors() {
  curl -s -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' -d "{\"query\":\"$1\"}" "http://127.0.0.1:$port/graphql" \
    | grep -o '"code":"[A-Z_]*"' | sort | uniq -c | tr '\n' ' '
}
most='{ stats { mostConnected(limit: 12) { degree entity { id name kind } } } }'
overview='{ stats { entities relations byKind { key count } byRelationType { key count } mostConnected(limit: 12) { degree entity { id name kind } } } }'
echo "| query (executed, ${RUNS:-7} in a row) | median ms | max ms | errors in one more |"
echo "|---|---|---|---|"
for name in most overview; do
  q=${!name}
  times=$(for _ in $(seq "${RUNS:-7}"); do time_ms "$q"; done | sort -n)
  n=$(echo "$times" | wc -l)
  echo "| $name | $(echo "$times" | sed -n "$(( (n + 1) / 2 ))p") | $(echo "$times" | tail -1) | $(errors "$q") |"
done
echo
echo "jar: $jar; machine: $(nproc) cores; store: $(du -shL "$data" | cut -f1) in $data; $(date -u +%FT%TZ)"

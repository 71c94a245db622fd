#!/usr/bin/env bash
# The service on a large synthetic graph: generates it once (java -jar ... --generate=N) into
# target/scale-N/ unless it is there, then starts the jar on it and reports, for each operation
# executed (Cache-Control: no-cache) over HTTP: p50/p90/p99 at 1 connection and requests/s at 16
# (wrk, bench/scale-op.lua), each after WARM seconds (default 2) of its own warm-up (Neo4j plans a
# statement once per shape, a few hundred ms; the JIT takes tens of seconds of load to settle on
# a heavy operation such as the shortest path, so WARM=30 measures the steady state), then
# start-up to the first answer and the heap in use.
# SETTLE=30s has the service's own start-up warm-up go on for that long first (the readiness
# probe's wait, migration-graph.warm-up.settle).
# Usage: [PAGECACHE=2g] [WARM=2] [SETTLE=0s] [JAVA=java] [JAVA_OPTS=...] bench/scale.sh [entities] [seconds-per-operation] [data-dir]
# (default 1000000, 8 and target/scale-ENTITIES; loopback only). JAVA and JAVA_OPTS choose the JVM
# and its options for the measured service, e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
# JAVA_OPTS=-XX:+UseZGC.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
entities=${1:-1000000}
seconds=${2:-8}
jar=target/migration-graph.jar
data=${3:-target/scale-$entities}
port=18081
[ -f "$jar" ] || mvn -q -B package -DskipTests
common=(--migration-graph.embedded.data-dir="$data" --migration-graph.embedded.bolt-port=0
        --migration-graph.embedded.config.server.memory.pagecache.size="${PAGECACHE:-2g}")
if [ ! -d "$data" ]; then
  java -Xmx2g -jar "$jar" --generate="$entities" "${common[@]}"
fi
started=$(date +%s%3N)
start_on_store "$jar" $port "$data" "${PAGECACHE:-2g}" "$data.log"
await_first_answer $port $pid "$data.log"
startup=$(( $(date +%s%3N) - started ))
await_warm_up "$data.log" 300   # its queries would be measured too

deep=$(printf 'rel:ADDRESSED_TO\nstatement:gen-5' | base64 -w0 | tr '+/' '-_' | tr -d '=')
declare -a names=(lookup search search-100k-hits search-600k-hits neighbourhood-hub neighbourhood-through-hub shortest-path member-states-page-20 nested-page-20 nested-page-100 hub-relations-page-1 hub-relations-deep-page hub-relations-total)
declare -a bodies=(
  '{"query":"{ entity(id: \"statement:gen-40000-3\") { id name kind aliases } }"}'
  '{"query":"{ search(query: \"Phil\", first: 10) { edges { score node { id name } } } }"}'
  '{"query":"{ search(query: \"protection\", first: 10) { edges { score node { id name } } } }"}'
  '{"query":"{ search(query: \"governance\", first: 10) { edges { score node { id name } } } }"}'
  '{"query":"{ neighborhood(id: \"framework:gcm\", depth: 2, limit: 200) { nodes { id name kind } edges { type source target } } }"}'
  '{"query":"{ neighborhood(id: \"statement:gen-40000-3\", depth: 2, limit: 200) { nodes { id name kind } edges { type source target } } }"}'
  '{"query":"{ shortestPath(from: \"person:gen-10-0\", to: \"person:gen-70000-1\") { length nodes { id name } edges { type citations { quote } } } }"}'
  '{"query":"{ memberStates(first: 20) { nodes { id name } } }"}'
  '{"query":"{ memberStates(first: 20) { nodes { id name relations(first: 5) { edges { type node { id name } } } } } }"}'
  '{"query":"{ memberStates(first: 100) { nodes { id name relations(first: 5) { edges { type node { id name } } } } } }"}'
  '{"query":"{ entity(id: \"org:network\") { relations(first: 100) { edges { id } pageInfo { endCursor } } } }"}'
  "{\"query\":\"{ entity(id: \\\"org:network\\\") { relations(first: 100, after: \\\"$deep\\\") { edges { id } pageInfo { endCursor } } } }\"}"
  '{"query":"{ entity(id: \"org:network\") { relations(first: 1) { totalCount } } }"}'
)
run() { BODY="$2" wrk -t1 -c"$1" -d"${seconds}s" -s bench/scale-op.lua "http://127.0.0.1:$port/graphql" | grep RESULT; }
run 4 "${bodies[0]}" > /dev/null   # JIT and page cache warm-up
echo "| operation (executed) | p50 ms | p90 ms | p99 ms | req/s at 1 conn | req/s at 16 conns | errors |"
echo "|---|---|---|---|---|---|---|"
for i in "${!names[@]}"; do
  BODY="${bodies[$i]}" wrk -t1 -c1 -d"${WARM:-2}s" -s bench/scale-op.lua "http://127.0.0.1:$port/graphql" > /dev/null   # plans its statements, warms the JIT
  one=$(run 1 "${bodies[$i]}")
  many=$(run 16 "${bodies[$i]}")
  field() { echo "$1" | sed -E "s/.*$2=([0-9.]+).*/\1/"; }
  echo "| ${names[$i]} | $(field "$one" p50) | $(field "$one" p90) | $(field "$one" p99) | $(field "$one" rps) | $(field "$many" rps) | $(( $(field "$one" errors) + $(field "$many" errors) )) |"
done
echo
echo "start-up to the first answer: $startup ms; heap after the runs (1 GB given): $(jcmd $pid GC.heap_info | awk 'NR == 2 {$1 = $1; print}')"   # G1 or ZGC wording
echo "machine: $(nproc) cores; store: $(du -shL "$data" | cut -f1) in $data; page cache ${PAGECACHE:-2g}; warm-up ${WARM:-2} s per operation, the service's own ${SETTLE:-0s}: $(grep -o 'Warm-up:.*' "$data.log")"

#!/usr/bin/env bash
# This service side by side with its peer, @neo4j/graphql on Apollo Server (bench/peer/server.mjs),
# both on the same Neo4j: the service's embedded one, which the peer reaches over Bolt. For each of
# six operations, the same question asked both ways, at 16 connections for the given seconds
# (wrk, bench/scale-op.lua): the service executed (Cache-Control: no-cache) and answered from its
# response cache, the peer (which has no response cache), and raw Cypher through the Neo4j Java
# driver (bench/peer/RawCypher.java, 16 threads, one statement per question); requests/s, p50, and
# the ratios of the service executed to the peer and to raw Cypher.
# Usage: [WARM=seconds] bench/peer/run.sh [seconds] [data-dir]   (default 10 and the seed in target/valid-time-seed)
# Each side is warmed on each question for WARM seconds (default: as long as it is measured) before
# it is measured: the service's JIT takes one to two minutes of load to settle on a path
# (docs/benchmarks.md), so short warm-ups measure a JVM still compiling.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
seconds=${1:-10}
warm=${WARM:-$seconds}
data=$(realpath -m "${2:-target/valid-time-seed}")
jar=target/migration-graph.jar
port=18096; bolt=17696; peer=4196
[ -f "$jar" ] || mvn -q -B package -DskipTests
[ -d bench/peer/node_modules ] || (cd bench/peer && npm ci --no-audit --no-fund > /dev/null)
# The raw side's classpath: the driver and what it needs, taken from the service's own jar.
mkdir -p target/bench-lib && unzip -q -o -j "$jar" 'BOOT-INF/lib/neo4j-java-driver-*' 'BOOT-INF/lib/neo4j-bolt-connection*' \
  'BOOT-INF/lib/netty-*' 'BOOT-INF/lib/reactive-streams-*' -d target/bench-lib
java -Xmx1g -jar "$jar" --server.port=$port --migration-graph.rate-limit.points-per-minute=1000000000 \
     --migration-graph.embedded.data-dir="$data" --migration-graph.embedded.bolt-port=$bolt \
     --migration-graph.embedded.config.server.memory.pagecache.size="${PAGECACHE:-512m}" > "$data.peer-service.log" 2>&1 &
service=$!
trap 'kill $service ${peer_pid:-} 2>/dev/null || true' EXIT
await_first_answer $port $service "$data.peer-service.log"
await_warm_up "$data.peer-service.log" 300   # its queries would be measured too
rm -f "$data.peer.log"   # the child truncates it only once it runs: an old "peer ready" must not be read meanwhile
NEO4J_URI=bolt://127.0.0.1:$bolt NEO4J_PASSWORD=$(cat "$data/bolt-password") PORT=$peer node bench/peer/server.mjs > "$data.peer.log" 2>&1 &
peer_pid=$!
until grep -q "peer ready" "$data.peer.log" 2>/dev/null; do kill -0 $peer_pid || { cat "$data.peer.log"; exit 1; }; sleep 0.2; done

# Each operation: its name, this service's query, the peer's query for the same answer.
# neighbourhood-2-deep-edges: this service and raw Cypher also find the edges among the entities;
# the peer's statement cannot, and answers its entities alone as in neighbourhood-2-deep.
declare -a names=(lookup search neighbourhood-2-deep neighbourhood-2-deep-edges shortest-path nested-page-20)
declare -a ours=(
  '{ entity(id: \"state:PHL\") { id name kind aliases } }'
  '{ search(query: \"migration\", first: 10) { edges { node { id name } } } }'
  '{ neighborhood(id: \"org:network\", depth: 2, limit: 200) { nodes { id name kind } } }'
  '{ neighborhood(id: \"org:network\", depth: 2, limit: 200) { nodes { id name kind } edges { type source target } } }'
  '{ shortestPath(from: \"state:PHL\", to: \"framework:gcm\") { nodes { id name } } }'
  '{ memberStates(first: 20) { nodes { id name relations(first: 5) { edges { node { id name } } } } } }'
)
declare -a theirs=(
  '{ entities(where: {id: {eq: \"state:PHL\"}}) { id name kind aliases } }'
  '{ search(query: \"migration\", first: 10) { id name } }'
  '{ neighbourhood(id: \"org:network\", limit: 200) { id name kind } }'
  '{ neighbourhood(id: \"org:network\", limit: 200) { id name kind } }'
  '{ shortestPath(from: \"state:PHL\", to: \"framework:gcm\") { id name } }'
  '{ entities(where: {kind: {eq: \"MemberState\"}}, limit: 20, sort: [{name: ASC}]) { id name related(first: 5) { id name } } }'
)
run() { BODY="{\"query\":\"$2\"}" CACHED=${3:-0} wrk -t2 -c16 -d"${4:-$seconds}s" --timeout 30s -s bench/scale-op.lua "$1" | grep RESULT; }
field() { echo "$1" | sed -E "s/.*$2=([0-9.]+|NaN).*/\1/"; }
# The service executed against another side's rate; "-" when that side answered nothing.
ratio() { awk -v a="$(field "$executed" rps)" -v b="$(field "$1" rps)" 'BEGIN { if (b == 0) print "-"; else printf "%.1f", a / b }'; }
raw() { java -Djava.util.logging.config.file=/dev/null -cp 'target/bench-lib/*' bench/peer/RawCypher.java "bolt://127.0.0.1:$bolt" "$(cat "$data/bolt-password")" "$1" "$seconds" 16 "$warm"; }
echo "| operation (16 connections) | service executed req/s (p50 ms) | service cached req/s (p50 ms) | @neo4j/graphql req/s (p50 ms) | raw Cypher req/s (p50 ms) | executed / peer | executed / raw | errors (service / peer / raw) |"
echo "|---|---|---|---|---|---|---|---|"
for i in "${!names[@]}"; do
  run "http://127.0.0.1:$port/graphql" "${ours[$i]}" 0 "$warm" > /dev/null; run "http://127.0.0.1:$peer/" "${theirs[$i]}" 0 "$warm" > /dev/null   # warm both
  # Raw Cypher (with a warm-up of its own) before the service: the embedded database is the
  # service's JVM, so each side is measured after at least two runs' worth of load on that code.
  cypher=$(raw "${names[$i]}")
  executed=$(run "http://127.0.0.1:$port/graphql" "${ours[$i]}")
  cached=$(run "http://127.0.0.1:$port/graphql" "${ours[$i]}" 1)
  other=$(run "http://127.0.0.1:$peer/" "${theirs[$i]}")
  errors="$(( $(field "$executed" errors) + $(field "$cached" errors) )) / $(field "$other" errors) / $(field "$cypher" errors)"
  echo "| ${names[$i]} | $(field "$executed" rps) ($(field "$executed" p50)) | $(field "$cached" rps) ($(field "$cached" p50)) | $(field "$other" rps) ($(field "$other" p50)) | $(field "$cypher" rps) ($(field "$cypher" p50)) | $(ratio "$other") | $(ratio "$cypher") | $errors |"
done
echo
echo "machine: $(nproc) cores; each side warmed ${warm} s and measured ${seconds} s per question; $(java -version 2>&1 | head -1); node $(node --version); @neo4j/graphql $(node -p "require('./bench/peer/node_modules/@neo4j/graphql/package.json').version"); store: $(du -shL "$data" | cut -f1) in $data; $(date -u +%FT%TZ)"

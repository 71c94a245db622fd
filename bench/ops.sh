#!/usr/bin/env bash
# Executed throughput per operation, to compare two builds: starts a jar (default
# target/migration-graph.jar) on loopback with a fresh data dir, warms it up with 25 s of
# executed mixed load, then runs each operation alone for 8 s on one connection and the mixed
# load on 8, all with Cache-Control: no-cache. Needs wrk. Usage: bench/ops.sh [jar]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/migration-graph.jar}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
port=18096
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar "$jar" --server.port=$port --migration-graph.embedded.data-dir="$work/data" \
     --migration-graph.embedded.bolt-port=0 --migration-graph.rate-limit.enabled=false > "$work/log.txt" 2>&1 &
for _ in $(seq 1 120); do
  curl -sf -m 2 "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
url="http://127.0.0.1:$port/graphql"
NO_CACHE=1 wrk -t1 -c4 -d25s -s bench/mixed-load.lua "$url" > /dev/null
while IFS='|' read -r name body; do
  printf '%s\n' 'wrk.method = "POST"' 'wrk.headers["Content-Type"] = "application/json"' \
    'wrk.headers["Cache-Control"] = "no-cache"' "wrk.body = [[$body]]" > "$work/op.lua"
  echo "$name: $(wrk -t1 -c1 -d8s -s "$work/op.lua" "$url" | awk '/Requests\/sec/ {print $2}') requests/s"
done <<'OPS'
entity lookup|{"query":"{ entity(id: \"state:PHL\") { id name kind aliases } }"}
search|{"query":"{ search(query: \"Phil\", first: 10) { edges { score node { id name } } } }"}
shortest path|{"query":"{ shortestPath(from: \"state:PHL\", to: \"framework:gcm\") { length nodes { id name } edges { type citations { quote } } } }"}
2-deep neighbourhood|{"query":"{ neighborhood(id: \"org:network\", depth: 2, limit: 100) { nodes { id name kind } edges { type source target } } }"}
nested page|{"query":"{ memberStates(first: 20) { nodes { id name relations(first: 5) { edges { type node { id name } } } } } }"}
OPS
echo "mixed load, 8 connections: $(NO_CACHE=1 wrk -t1 -c8 -d10s -s bench/mixed-load.lua "$url" | grep -o '[0-9]* requests/s')"

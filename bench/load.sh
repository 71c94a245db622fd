#!/usr/bin/env bash
# Mixed read load with a native client (Debian's wrk, one thread), so that the client costs the 2 cores far
# less than the server does. Starts the jar on loopback, warms it up, loads it, stops it. Rate limiting
# is off: every connection comes from one address, which the per-client budget would throttle by design.
# Usage: bench/load.sh [seconds] [connections]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-8}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
[ -f target/migration-graph.jar ] || mvn -q -B package -DskipTests
port=18095
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar target/migration-graph.jar --server.port=$port --migration-graph.embedded.data-dir="$work/data" \
     --migration-graph.embedded.bolt-port=0 --migration-graph.rate-limit.enabled=false > "$work/log.txt" 2>&1 &
for _ in $(seq 1 120); do
  curl -sf -m 2 "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
# Warm-up: executed requests for 30 s; with less, the JIT has not settled and executed figures come out 2-3x lower.
NO_CACHE=1 wrk -t1 -c"$connections" -d30s -s bench/mixed-load.lua "http://127.0.0.1:$port/graphql" > /dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); wrk -t1 -c$connections -d${seconds}s"
# The same load twice: answered by the response cache, then executed every time (Cache-Control: no-cache).
wrk -t1 -c"$connections" -d"${seconds}s" -s bench/mixed-load.lua "http://127.0.0.1:$port/graphql" | grep 'mixed load'
NO_CACHE=1 wrk -t1 -c"$connections" -d"${seconds}s" -s bench/mixed-load.lua "http://127.0.0.1:$port/graphql" | grep 'mixed load'
# The floor: a GraphQL request executed with no data work at all.
printf '%s\n' 'wrk.method = "POST"' 'wrk.headers["Content-Type"] = "application/json"' 'wrk.headers["Cache-Control"] = "no-cache"' \
  'wrk.body = [[{"query":"{ __typename }"}]]' > "$work/floor.lua"
echo "floor, { __typename } executed: $(wrk -t1 -c"$connections" -d"${seconds}s" -s "$work/floor.lua" "http://127.0.0.1:$port/graphql" | awk '/Requests\/sec/ {print $2}') requests/s"

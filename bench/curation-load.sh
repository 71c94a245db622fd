#!/usr/bin/env bash
# Curated writes under load (issue 14): the read mix of bench/load.sh over 32 connections (wrk,
# response cache on, so every write also empties it) while 8 curators edit 4 overlapping
# entities (bench/curators.py; some CONFLICTs are intended). Prints reads/s with p50/p99, writes/s
# with p50/p99, the conflicts, and a check that every acknowledged write is in the graph and its
# history. Twice: curators writing without pause (a stress: more writes than the write lock lets
# through under this read load), then pausing about a second after each write, as people do.
# Usage: bench/curation-load.sh [seconds] [connections] [curators]   (needs wrk, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-32}
curators=${3:-8}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
[ -f target/migration-graph.jar ] || mvn -q -B package -DskipTests
port=18097
work=$(mktemp -d)
keys=$(java -jar target/migration-graph.jar --new-api-key=bench:editor)
key=$(echo "$keys" | grep -m1 -o 'mgk_[A-Za-z0-9_-]*')
hash=$(echo "$keys" | sed -n "s/.*_HASH='\(.*\)'/\1/p" | head -1)
MIGRATION_GRAPH_SECURITY_KEYS_0_NAME=bench MIGRATION_GRAPH_SECURITY_KEYS_0_HASH="$hash" MIGRATION_GRAPH_SECURITY_KEYS_0_ROLES=editor \
java -jar target/migration-graph.jar --server.port=$port --migration-graph.embedded.data-dir="$work/data" \
     --migration-graph.embedded.bolt-port=0 --migration-graph.rate-limit.enabled=false > "$work/log.txt" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; timeout 15 tail --pid=$pid -f /dev/null || kill -9 $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf -m 2 "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { echo "the service did not start:" >&2; tail -20 "$work/log.txt" >&2; exit 1; }
  sleep 1
done
url="http://127.0.0.1:$port/graphql"
NO_CACHE=1 wrk -t1 -c"$connections" -d30s -s bench/mixed-load.lua "$url" > /dev/null   # JIT warm-up
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "reads alone:"
wrk -t1 -c"$connections" -d"${seconds}s" -s bench/mixed-load.lua "$url" | grep 'mixed load'
for pause in 0 1; do
  echo "reads with $curators curators writing (pause $pause s):"
  wrk -t1 -c"$connections" -d"${seconds}s" -s bench/mixed-load.lua "$url" > "$work/reads.txt" &
  wrk_pid=$!
  python3 bench/curators.py "$url" "$key" "$seconds" "$curators" "$pause" > "$work/writes.txt" || status=$?
  wait $wrk_pid
  grep 'mixed load' "$work/reads.txt"
  cat "$work/writes.txt"
done
exit ${status:-0}

#!/usr/bin/env bash
# Executed search latency of one or more builds, alternated in one run so that machine noise
# falls on both: starts each jar on loopback with a fresh data dir, from an empty folder so that
# each uses the seed packed in it (not ./graph-seed/), times 1,000 requests per
# query after a warm-up (bench/SearchLatency.java), stops it, and repeats the sequence twice.
# Usage: bench/search.sh [jar ...]   (default target/migration-graph.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/migration-graph.jar)
port=18097
for pass in 1 2; do
  for jar in "${jars[@]}"; do
    work=$(mktemp -d)
    abs=$(realpath "$jar")
    (cd "$work" && exec java -jar "$abs" --server.port=$port \
         --migration-graph.embedded.data-dir="$work/data" --migration-graph.embedded.bolt-port=0 --migration-graph.rate-limit.enabled=false > "$work/log.txt" 2>&1) &
    pid=$!
    for _ in $(seq 1 120); do
      curl -sf -m 2 "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
      sleep 1
    done
    echo "== pass $pass: $jar"
    java bench/SearchLatency.java $port 1000
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$work"
  done
done

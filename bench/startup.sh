#!/usr/bin/env bash
# Start-up figures for the README: cold start (empty data dir) to the first answered GraphQL
# query, warm restart (same data, seed unchanged), seed validation, the jar's size.
# Usage: bench/startup.sh [runs]   (builds the jar first if it is missing; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/migration-graph.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
port=18080
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

# Starts the service on $1 (data dir), waits for a real answer, prints milliseconds, stops it cleanly.
start_to_first_answer() {
  local data=$1 started pid
  started=$(now_ms)
  java -jar "$jar" --server.port=$port --migration-graph.embedded.data-dir="$data" \
       --migration-graph.embedded.bolt-port=0 > "$work/log.txt" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -sf -H 'Content-Type: application/json' -d '{"query":"{ entity(id: \"state:PHL\") { name } }"}' \
         "http://127.0.0.1:$port/graphql" 2>/dev/null | grep -q Philippines; then
      echo $(( $(now_ms) - started ))
      kill -TERM $pid; wait $pid 2>/dev/null || true
      return
    fi
    kill -0 $pid 2>/dev/null || { cat "$work/log.txt" >&2; exit 1; }
    sleep 0.05
  done
  echo "no answer within 60 s" >&2; exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

cold=(); warm=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  cold+=("$(start_to_first_answer "$work/data")")
  warm+=("$(start_to_first_answer "$work/data")")
done
seed_line=$(grep -o 'seed [a-z]* [^;]*' "$work/log.txt" | tail -1 || true)
rm -rf "$work/data"; start_to_first_answer "$work/data" > /dev/null
load_line=$(grep -o 'seed loaded from [^;]*' "$work/log.txt" | tail -1)
validate=$(java -jar "$jar" --validate-seed | tail -1)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "cold start to first answered query (ms), $runs runs: ${cold[*]} -> median $(printf '%s\n' "${cold[@]}" | median)"
echo "warm restart to first answered query (ms), $runs runs: ${warm[*]} -> median $(printf '%s\n' "${warm[@]}" | median)"
echo "seed load at cold start: $load_line"
echo "seed at warm start: $seed_line"
echo "seed validation alone (java -jar ... --validate-seed): $validate"
echo "jar: $(du -m "$jar" | cut -f1) MB"

#!/usr/bin/env bash
# Time from SIGTERM to exit of an idle service, embedded mode, over several runs on one data
# dir (the first run also seeds it); prints each run and the median. The target (issue 13):
# under 3 s with no traffic. Usage: bench/shutdown.sh [runs] [jar]   (defaults 5, target/migration-graph.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$(realpath "${2:-target/migration-graph.jar}")
port=18098
work=$(mktemp -d)
times=()
for run in $(seq 1 "$runs"); do
  java -jar "$jar" --server.port=$port --migration-graph.embedded.data-dir="$work/data" \
       --migration-graph.embedded.bolt-port=0 > "$work/log.txt" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    grep -q "Warm-up:" "$work/log.txt" 2>/dev/null && break
    sleep 1
  done
  start=$(date +%s%N)
  kill -TERM $pid
  wait $pid 2>/dev/null || true
  took=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "run $run: ${took} ms from SIGTERM to exit"
  times+=("$took")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median: ${median} ms over $runs runs"
rm -rf "$work"

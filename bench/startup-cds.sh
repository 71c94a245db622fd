#!/usr/bin/env bash
# Start-up on an existing store, to the first answered query: the jar as built (java -jar), and
# the same jar extracted with a class data sharing archive (Spring Boot's way to start faster:
# `java -Djarmode=tools -jar ... extract`, then one training run with -XX:ArchiveClassesAtExit
# that stops once the context is refreshed). Most of a start is loading classes from the nested
# jar; the archive holds them already parsed.
# Usage: bench/startup-cds.sh [data-dir] [runs]   (default target/valid-time-seed and 3; loopback only)
#   PAGECACHE=2g for a large store, as bench/scale.sh gives it.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=$(realpath "${1:-target/valid-time-seed}")
runs=${2:-3}
jar=target/migration-graph.jar
extracted=target/extracted
port=18083
[ -f "$jar" ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

if [ ! -f "$extracted/app.jsa" ] || [ "$jar" -nt "$extracted/app.jsa" ]; then
  rm -rf "$extracted"
  java -Djarmode=tools -jar "$jar" extract --destination "$extracted" > /dev/null
  # The training run loads what a start loads, on a scratch store, and exits once the context is up.
  (cd "$extracted" && java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar migration-graph.jar \
     --server.port=0 --migration-graph.embedded.data-dir="$work/training" --migration-graph.embedded.bolt-port=0 \
     --migration-graph.warm-up.enabled=false > "$work/training.log" 2>&1) || { tail -20 "$work/training.log"; exit 1; }
fi

# Starts with the given java options and jar, waits for a real answer, prints milliseconds, stops it.
start_to_first_answer() {
  local started pid
  started=$(date +%s%3N)
  java -Xmx1g "$@" --server.port=$port --migration-graph.embedded.data-dir="$data" \
       --migration-graph.embedded.bolt-port=0 --migration-graph.warm-up.enabled=false \
       --migration-graph.embedded.config.server.memory.pagecache.size="${PAGECACHE:-512m}" > "$work/log.txt" 2>&1 &
  pid=$!
  await_first_answer $port $pid "$work/log.txt"
  echo $(( $(date +%s%3N) - started ))
  kill -TERM $pid; wait $pid 2>/dev/null || true
}

median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One start first, so that both sides find the store as a restart does (and migrations done).
start_to_first_answer -jar "$jar" > /dev/null
plain=(); shared=()
for _ in $(seq "$runs"); do
  plain+=("$(start_to_first_answer -jar "$jar")")
  shared+=("$(cd "$extracted" && start_to_first_answer -XX:SharedArchiveFile=app.jsa -jar migration-graph.jar)")
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); store: $(du -shL "$data" | cut -f1) in $data"
echo "java -jar, to the first answer (ms), $runs runs: ${plain[*]} -> median $(echo "${plain[*]}" | median)"
echo "extracted, class data sharing (ms), $runs runs: ${shared[*]} -> median $(echo "${shared[*]}" | median)"

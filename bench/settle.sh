#!/usr/bin/env bash
# A new instance's first seconds of load once its start-up warm-up has finished (when the readiness
# probe lets a load balancer send it users): the service started on DATA-DIR as it comes (one pass
# of its own warm-up operations), then with the warm-up going on for SETTLE (default 30s) with the
# operations in WARM-UP-FILE (- for the service's own); the two alternated ROUNDS times. After each
# start, each question of QUERY-FILE (one a line, # for a comment) is asked for FIRST seconds (default 2), then
# measured for SECONDS_EACH (default 6), at CONNECTIONS (default 1), executed. Prints one row per
# start and question.
# Usage: [PAGECACHE=2g] [SETTLE=30s] [FIRST=2] [SECONDS_EACH=6] [CONNECTIONS=1] bench/settle.sh DATA-DIR ROUNDS QUERY-FILE WARM-UP-FILE
#   e.g. PAGECACHE=2g bash bench/settle.sh /tmp/scale/data1m 2 bench/settle-questions.graphql bench/warm-up-million.graphql
#        PAGECACHE=512m FIRST=0 SECONDS_EACH=10 CONNECTIONS=16 bash bench/settle.sh /tmp/seed-store 2 bench/small-questions.graphql -
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
data=${1:?the store to start on}
rounds=${2:-2}
questions=${3:?a file of GraphQL questions, one a line}
warm_up_file=${4:?the warm-up operations for the settled starts, - for those of the service}
own=''
[ "$warm_up_file" = - ] || own="file:$(realpath "$warm_up_file")"
jar=target/migration-graph.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
port=18083
threads=$(( ${CONNECTIONS:-1} > 1 ? 2 : 1 ))
measure() {   # label: starts the jar, waits for its warm-up, asks each question
  local label=$1 log="$data.settle-$1.log"
  start_on_store "$jar" $port "$data" "${PAGECACHE:-2g}" "$log"
  await_first_answer $port "$pid" "$log"
  await_warm_up "$log" 600
  local warm; warm=$(grep -o 'Warm-up:.*' "$log")
  while IFS= read -r query; do
    case "$query" in ''|'#'*) continue ;; esac
    body=$(printf '{"query":"%s"}' "${query//\"/\\\"}")
    if [ "${FIRST:-2}" != 0 ]; then
      BODY="$body" wrk -t1 -c1 -d"${FIRST:-2}s" -s bench/scale-op.lua "http://127.0.0.1:$port/graphql" > /dev/null
    fi
    result=$(BODY="$body" wrk -t"$threads" -c"${CONNECTIONS:-1}" -d"${SECONDS_EACH:-6}s" -s bench/scale-op.lua "http://127.0.0.1:$port/graphql" | grep RESULT)
    field() { echo "$result" | sed -E "s/.*$1=([0-9.]+).*/\1/"; }
    echo "| ${query:0:60} | $label | $(field p50) | $(field p90) | $(field p99) | $(field rps) | $(field errors) |"
  done < "$questions"
  echo "| ($warm) | $label | | | | | |"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "| question | start | p50 ms | p90 ms | p99 ms | req/s | errors |"
echo "|---|---|---|---|---|---|---|"
for round in $(seq "$rounds"); do
  SETTLE=0s WARM_UP_OPERATIONS='' measure "one-pass-$round"
  SETTLE=${SETTLE:-30s} WARM_UP_OPERATIONS=$own measure "settled-$round"
done
echo "machine: $(nproc) cores; store: $data; page cache ${PAGECACHE:-2g}; settle ${SETTLE:-30s} with $warm_up_file; ${CONNECTIONS:-1} connections, ${FIRST:-2} s then ${SECONDS_EACH:-6} s per question"

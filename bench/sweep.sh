#!/usr/bin/env bash
# Every question in a query file (bench/sweep.graphql by default: what the explorer asks first,
# and a question of each kind the API offers around the busiest entities), executed over HTTP
# (Cache-Control: no-cache), one request at a time, on a large store: to find what fails or
# crawls there, and to compare two builds. Prints, per query, the median, fastest and slowest of
# RUNS requests (after one unmeasured request), the answer's size, a hash of the last answer (the
# same in two builds when they answer the same) and the error codes of those that failed.
# Usage: [PAGECACHE=2g] [JAR=other.jar] bench/sweep.sh DATA-DIR [RUNS] [QUERY-FILE]   (RUNS 5 by default; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=${1:?the store to measure, e.g. target/scale-1000000 (bench/scale.sh makes it)}
runs=${2:-5}
queries=${3:-bench/sweep.graphql}
port=18085
start_measured "$data" $port sweep

answer=$(mktemp)
trap 'kill $pid 2>/dev/null || true; rm -f "$answer"' EXIT
post() { timed_post $port "$1" "$answer"; }
answer_hash() { md5sum "$answer" | cut -c1-8; }

echo "| query (executed, $runs runs) | median ms | fastest | slowest | bytes | answer | errors |"
echo "|---|---|---|---|---|---|---|"
grep -v '^#' "$queries" | grep -v '^$' | while IFS= read -r query; do
  name=$(echo "$query" | cut -c1-90 | sed 's/|/\\|/g')
  measure "\`$name\`" "${query//\"/\\\"}" answer_hash
done

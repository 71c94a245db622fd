#!/usr/bin/env bash
# Lists on a large store, executed over HTTP (Cache-Control: no-cache), one request at a time:
# a page of 20 of a large kind (Statement) in name order (the default), its 50th page reached by
# following endCursor, in id order, the whole graph's entities, a small kind (Member States), and
# meetings by date. Prints, per operation, the median, fastest and slowest of RUNS requests, the
# answer's size, its first node's id (the same in every build) and the error codes of those that
# failed (a TIMEOUT is a figure too). Also the start-up log lines of derived properties.
# Usage: [PAGECACHE=2g] [JAR=other.jar] bench/lists.sh DATA-DIR [RUNS]   (RUNS 5 by default; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=${1:?the store to measure, e.g. target/scale-1000000 (bench/scale.sh makes it)}
runs=${2:-5}
port=18084
start_measured "$data" $port lists
grep -ao "Derived [^|]*\|migration-graph ready in [0-9]* ms" "$data.lists.log" || true

answer=$(mktemp)
trap 'kill $pid 2>/dev/null || true; rm -f "$answer"' EXIT
post() { timed_post $port "$1" "$answer"; }
first_id() { grep -o '"id":"[^"]*"' "$answer" | head -1 | cut -d'"' -f4 || true; }

fields='nodes { id name kind } pageInfo { hasNextPage endCursor }'
# The cursor of the 50th page of statements in name order, by following the pages as a reader would.
cursor=""
walked=0
for _ in $(seq 49); do
  read -r _ _ code <<< "$(post "{ statements(first: 20$cursor) { $fields } }")"
  [ "$code" = "-" ] || { echo "page $((walked + 1)) failed ($code), so page 50 is not measured" >&2; break; }
  walked=$((walked + 1))
  grep -q '"hasNextPage":true' "$answer" || { echo "only $walked pages of statements, so page 50 is not measured" >&2; walked=0; break; }
  cursor=", after: \\\"$(sed -E 's/.*"endCursor":"([^"]+)".*/\1/' "$answer")\\\""
done

echo "| operation (executed, $runs runs) | median ms | fastest | slowest | bytes | first id | errors |"
echo "|---|---|---|---|---|---|---|"
measure "statements, page 1 by name" "{ statements(first: 20) { $fields } }" first_id
[ "$walked" -lt 49 ] || measure "statements, page 50 by name" "{ statements(first: 20$cursor) { $fields } }" first_id
measure "statements, page 1 by id" "{ statements(first: 20, orderBy: [{field: ID}]) { $fields } }" first_id
measure "entities, page 1 by name" "{ entities(first: 20) { $fields } }" first_id
measure "memberStates, page 1 by name" "{ memberStates(first: 20) { $fields } }" first_id
measure "meetings, page 1 by date" "{ meetings(first: 20, orderBy: [{field: DATE, direction: DESC}]) { $fields } }" first_id

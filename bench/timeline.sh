#!/usr/bin/env bash
# The timeline on a large store, executed over HTTP (Cache-Control: no-cache), with the
# explorer's kinds and fields: the deprecated whole `timeline` against `timelineItems` pages of
# 100 (the first, and the 50th reached by following endCursor), `totalCount` alone and
# `timelineDates`. Prints, per operation, the median, fastest and slowest of RUNS requests, the
# answer's size and the error codes of those that failed (a TIMEOUT is a figure too).
# Usage: [PAGECACHE=2g] [JAR=other.jar] bench/timeline.sh DATA-DIR [RUNS]   (RUNS 5 by default; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=${1:?the store to measure, e.g. target/scale-1000000 (bench/scale.sh makes it)}
runs=${2:-5}
port=18083
start_measured "$data" $port timeline

kinds='kinds: [\"Meeting\", \"Event\", \"Initiative\"]'
entry='date endDate status entity { id name kind description }'
answer=$(mktemp)
trap 'kill $pid 2>/dev/null || true; rm -f "$answer"' EXIT
post() { timed_post $port "$1" "$answer"; }
page() {
  local after=""
  if [ -n "$1" ]; then after=", after: \\\"$1\\\""; fi
  echo "{ timelineItems($kinds, first: 100$after) { pageInfo { hasNextPage endCursor } nodes { $entry } } }"
}
end_cursor() { sed -E 's/.*"endCursor":"([^"]+)".*/\1/' "$answer"; }

# The cursor of the 50th page (or the last, on a smaller store), by following the pages as a reader would.
cursor=""
deepest=1
while [ "$deepest" -lt 50 ]; do
  read -r _ _ code <<< "$(post "$(page "$cursor")")"
  [ "$code" = "-" ] || { echo "a page failed: $(head -c 400 "$answer")" >&2; exit 1; }
  grep -q '"hasNextPage":true' "$answer" || break
  cursor=$(end_cursor)
  deepest=$((deepest + 1))
done

echo "| operation (executed, $runs runs) | median ms | fastest | slowest | bytes | errors |"
echo "|---|---|---|---|---|---|"
measure "timeline (deprecated, all of it)" "{ timeline($kinds) { $entry } }"
measure "timelineItems, page 1 of 100" "$(page "")"
measure "timelineItems, page $deepest of 100" "$(page "$cursor")"
measure "timelineItems totalCount" "{ timelineItems($kinds, first: 1) { totalCount } }"
measure "timelineItems totalCount, to 2020" "{ timelineItems($kinds, to: \\\"2020\\\", first: 1) { totalCount } }"
measure "timelineItems totalCount, from 2020" "{ timelineItems($kinds, from: \\\"2020\\\", first: 1) { totalCount } }"
measure "timelineDates" "{ timelineDates($kinds) }"

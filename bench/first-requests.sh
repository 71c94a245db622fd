#!/usr/bin/env bash
# The first request of each question in a query file after a start, when Neo4j plans its statement,
# and the same request again (planned): builds alternated on the same store, ROUNDS starts each.
# Prints per question and build the median of the first requests and of the second. The service
# starts with its warm-up, and is measured once the warm-up has finished, as a user would meet it.
# Usage: [PAGECACHE=64m] bench/first-requests.sh DATA-DIR ROUNDS QUERY-FILE JAR [JAR ...]
#   e.g. bench/first-requests.sh /tmp/seed-store 3 bench/first-requests.graphql /tmp/before.jar target/migration-graph.jar
#   (a new DATA-DIR is seeded by the first start; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=${1:?the store to start on (a new directory gets the seed)}
rounds=${2:-3}
queries=${3:-bench/first-requests.graphql}
shift 3
[ $# -gt 0 ] || { echo "name at least one jar" >&2; exit 1; }
port=18087
answer=$(mktemp)
times=$(mktemp)
trap 'rm -f "$answer" "$times"' EXIT

for round in $(seq "$rounds"); do
  for jar in "$@"; do
    JAR=$jar PAGECACHE=${PAGECACHE:-64m} start_measured "$data" $port first-requests
    trap 'kill $pid 2>/dev/null || true; rm -f "$answer" "$times"' EXIT # start_measured sets its own
    grep -v '^#' "$queries" | grep -v '^$' | while IFS= read -r query; do
      read -r first _ code1 <<< "$(timed_post $port "${query//\"/\\\"}" "$answer")"
      read -r again _ code2 <<< "$(timed_post $port "${query//\"/\\\"}" "$answer")"
      printf '%s\t%s\t%s\t%s\t%s\n' "$query" "$jar" "$first" "$again" "$code1$code2" >> "$times"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done

echo "| question ($rounds starts per build) | build | first request, median ms | again, median ms | errors |"
echo "|---|---|---|---|---|"
python3 - "$times" <<'PY'
import sys, statistics, collections
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    query, jar, first, again, codes = line.rstrip('\n').split('\t')
    rows.setdefault((query, jar), []).append((float(first), float(again), codes))
for (query, jar), measured in rows.items():
    errors = sorted({c for _, _, c in measured if c != '--'})
    print('| `%s` | %s | %.1f | %.1f | %s |' % (query[:80].replace('|', '\\|'), jar, statistics.median(f for f, _, _ in measured),
          statistics.median(a for _, a, _ in measured), ', '.join(errors) or '0'))
PY

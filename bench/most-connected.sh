#!/usr/bin/env bash
# `stats { mostConnected }` executed, five requests per question, each build started in turn on
# the store (after its warm-up, and after its degree tallies are made, the dated relations' last,
# waiting up to 90 s for a build that makes none), ROUNDS times; prints each request's ms and a
# digest of the last answer, so that builds can be seen to answer alike.
# Usage: [PAGECACHE=2g] bench/most-connected.sh DATA-DIR ROUNDS JAR [JAR ...]
#   e.g. bench/most-connected.sh /tmp/scale/data1m 2 /tmp/before.jar target/migration-graph.jar
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=${1:?the store}
rounds=${2:-2}
shift 2
[ $# -gt 0 ] || { echo "name at least one jar" >&2; exit 1; }
answer=$(mktemp)
questions=(
  '{ stats { mostConnected(limit: 12) { degree entity { id name kind } } } }'
  '{ stats { mostConnected(limit: 100) { degree entity { id } } } }'
  '{ stats(asOf: "2020-06-01") { mostConnected(limit: 12) { degree entity { id } } } }'
  '{ stats(asOf: "2020-06-01") { mostConnected(limit: 100) { degree entity { id } } } }'
  '{ stats(during: {from: "2023", to: "2024"}, undatedFacts: EXCLUDE) { mostConnected(limit: 12) { degree entity { id } } } }'
  '{ stats(asOf: "2020-06-01", undatedFacts: EXCLUDE) { mostConnected(limit: 100) { degree entity { id } } } }'
)
for round in $(seq "$rounds"); do
  for jar in "$@"; do
    JAR=$jar PAGECACHE=${PAGECACHE:-2g} start_measured "$data" 18093 most-connected
    # "Tallied the relations": ac21dc9's one tally, before the dated relations were tallied too
    for _ in $(seq 90); do grep -Eq "Tallied the relations|most dated relations" "$data.most-connected.log" && break; sleep 1; done
    for q in "${questions[@]}"; do
      times=""
      for i in 1 2 3 4 5; do times="$times $(timed_post 18093 "${q//\"/\\\"}" "$answer" | cut -d' ' -f1)"; done
      echo "| $jar | $q |$times | $(md5sum < "$answer" | cut -c1-8) |"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
rm -f "$answer"

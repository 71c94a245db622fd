#!/usr/bin/env bash
# Entity.relations { totalCount } on a running service, executed (Cache-Control: no-cache), one
# request at a time over HTTP: a hub (the Network) and a busy State (Ireland), under no filter,
# two types, one direction, and a kind (which reads every relation). Prints each total and the
# median and p90 of 21 requests, after one that plans the statement.
# Usage: bench/relation-totals.sh [port]   (default 18090; start the jar on a store first, e.g.
# java -Xmx1g -jar target/migration-graph.jar --server.port=18090 --migration-graph.embedded.data-dir=/tmp/scale/data1m ...)
set -euo pipefail
port=${1:-18090}
for f in 'first: 1' 'first: 1, types: [\"MEMBER_OF\", \"ATTENDED\"]' 'first: 1, direction: INCOMING' 'first: 1, kinds: [\"MemberState\"]'; do
  for id in org:network state:IRL; do
    q="{\"query\":\"{ entity(id: \\\"$id\\\") { relations($f) { totalCount } } }\"}"
    # The first request plans the statement; its answer is the total, or the error's code.
    total=$(curl -s -H 'Content-Type: application/json' -d "$q" "http://127.0.0.1:$port/graphql" \
      | grep -o '"totalCount":[0-9]*\|"code":"[A-Z_]*"' | head -1 || true)
    printf '%-14s %-50s %-22s ' "$id" "$f" "$total"
    for _ in $(seq 21); do curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' -d "$q" "http://127.0.0.1:$port/graphql"
    done | sort -n | awk '{t[NR]=$1} END {printf "median %.1f ms p90 %.1f\n", t[int(NR/2)+1]*1000, t[int(NR*0.9)]*1000}'
  done
done

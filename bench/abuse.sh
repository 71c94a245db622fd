#!/usr/bin/env bash
# The read mix of bench/load.sh, executed (no response cache) over 32 connections, first alone
# and then with the reliability audit's abusive requests mixed in at one per second: reports
# requests/s, p50 and p99 of the normal requests and their errors, how each abusive request was
# answered, and the JVM's heap and RSS before and after. Issue 13 asks that the abuse moves the
# normal p99 by no more than 20%. Usage: bench/abuse.sh [seconds] [connections]   (needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-32}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
[ -f target/migration-graph.jar ] || mvn -q -B package -DskipTests
port=18096
work=$(mktemp -d)
java -jar target/migration-graph.jar --server.port=$port --migration-graph.embedded.data-dir="$work/data" \
     --migration-graph.embedded.bolt-port=0 --migration-graph.rate-limit.enabled=false > "$work/log.txt" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; timeout 15 tail --pid=$pid -f /dev/null || kill -9 $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf -m 2 "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { echo "the service did not start:" >&2; tail -20 "$work/log.txt" >&2; exit 1; }
  sleep 1
done
url="http://127.0.0.1:$port/graphql"

# The audit's requests (reliability-2026-11.md, cases 1.2, 1.21, 1.3, 1.15d, 2.4d).
not='{"name":{"eq":"x"}}'; for _ in $(seq 400); do not="{\"NOT\":$not}"; done
echo "{\"query\":\"query(\$w: EntityWhere) { entities(where: \$w) { nodes { id } } }\",\"variables\":{\"w\":$not}}" > "$work/not.json"
or=$(seq 1000 | sed 's/.*/{"id":{"eq":"x&"}}/' | paste -sd, -)
echo "{\"query\":\"query(\$w: EntityWhere) { entities(where: \$w) { nodes { id } } }\",\"variables\":{\"w\":{\"OR\":[$or]}}}" > "$work/or.json"
keys=$(seq 1000 | sed 's/.*/{"field":"NAME"}/' | paste -sd, -)
echo "{\"query\":\"query(\$o: [EntityOrder!]) { topics(orderBy: \$o) { nodes { id } } }\",\"variables\":{\"o\":[$keys]}}" > "$work/order.json"
kinds=$(seq 150 | sed 's/.*/"Meeting"/' | paste -sd, -)
echo "{\"query\":\"query(\$k: [String!]) { search(query: \\\"a\\\", kinds: \$k) { edges { score } } }\",\"variables\":{\"k\":[$kinds]}}" > "$work/kinds.json"
echo '{"query":"{ entity(id: \"framework:gcm\") { mentionedIn { mentions { mentionedIn { mentions { mentionedIn { mentions { mentionedIn { mentions { id } } } } } } } } } }"}' > "$work/chain.json"
printf '{"query":"{ stats { entities } }","variables":{"x":"%s"}}' "$(head -c 200000 /dev/zero | tr '\0' a)" > "$work/big.json"

memory() {
  local rss heap
  rss=$(( $(ps -o rss= -p $pid) / 1024 ))
  heap=$(jcmd $pid GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {print $(NF-2)}' | head -1)
  echo "RSS ${rss} MB, heap used ${heap:-?}"
}

NO_CACHE=1 wrk -t1 -c"$connections" -d30s -s bench/mixed-load.lua "$url" > /dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); wrk -t1 -c$connections -d${seconds}s, executed"
echo "before: $(memory)"
echo "alone:        $(NO_CACHE=1 wrk -t1 -c"$connections" -d"${seconds}s" -s bench/mixed-load.lua "$url" | grep 'mixed load')"

abuse() {
  local end=$((SECONDS + seconds)) files=(not or order kinds chain big)
  local i=0
  while [ $SECONDS -lt $end ]; do
    local f=${files[$((i % ${#files[@]}))]}
    curl -s -o "$work/answer.json" -w "$f %{http_code} %{time_total}s " -H 'Content-Type: application/json' \
         -H 'Cache-Control: no-cache' --data-binary "@$work/$f.json" "$url" >> "$work/abuse.txt"
    grep -o '"code":"[A-Z_]*"' "$work/answer.json" | head -1 >> "$work/abuse.txt" || echo >> "$work/abuse.txt"
    i=$((i + 1))
    sleep 1
  done
}
abuse &
abuser=$!
echo "with abuse:   $(NO_CACHE=1 wrk -t1 -c"$connections" -d"${seconds}s" -s bench/mixed-load.lua "$url" | grep 'mixed load')"
wait $abuser 2>/dev/null || true
echo "abusive requests (file, status, time, code), counted:"
awk '{print $1, $2, $4}' "$work/abuse.txt" | sort | uniq -c
echo "slowest abusive answer: $(awk '{print $3}' "$work/abuse.txt" | sort -n | tail -1)"
echo "after: $(memory)"

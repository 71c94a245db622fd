#!/usr/bin/env bash
# What asking "as of a date" costs: each operation executed (Cache-Control: no-cache) over HTTP at
# one connection, without asOf and with it, alternately in the same run (wrk, bench/scale-op.lua),
# ROUNDS times (3 unless set), and the ratio of the median p50s. The issue's budget is 1.3.
# Usage: [ROUNDS=3] [PAGECACHE=2g] [ONLY="stats shortest-path"] [JAR=other.jar] bench/valid-time.sh [seconds-per-run] [data-dir]
#   without data-dir: the seed, in target/valid-time-seed (made on first use);
#   with one: a store made by --generate (bench/scale.sh makes target/scale-1000000); PAGECACHE=2g
#   gives Neo4j the page cache bench/scale.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds=${1:-5}
data=${2:-target/valid-time-seed}
jar=${JAR:-target/migration-graph.jar}
port=18082
[ -f "$jar" ] || mvn -q -B package -DskipTests
start_on_store "$jar" $port "$data" "${PAGECACHE:-512m}" "$data.log"
await_first_answer $port $pid "$data.log"
await_warm_up "$data.log" 300   # its queries would be measured too
# Each operation is written with ASOF where the time argument goes: "" for the plain run.
declare -a names=(relations-page neighbourhood-2-deep shortest-path meetings-list timeline stats network-meetings-and-states)
declare -a bodies=(
  '{ entity(id: \"org:network\") { relations(first: 50 ASOF) { edges { type node { id name } } } } }'
  '{ neighborhood(id: \"org:network\", depth: 2, limit: 200 ASOF) { nodes { id name kind } edges { type source target } } }'
  '{ shortestPath(from: \"state:PHL\", to: \"framework:gcm\" ASOF) { length nodes { id } edges { type } } }'
  '{ meetings(first: 50 ASOF) { nodes { id name } } }'
  '{ timeline(kinds: [\"Meeting\", \"Initiative\"] ASOF) { date status entity { id } } }'
  '{ stats(ASOF) { entities relations byKind { key count } } }'
  '{ network(kinds: [\"Meeting\", \"MemberState\"], limit: 300 ASOF) { nodes { id } edges { type source target } } }'
)
body() { local q=${1//ASOF/$2}; q=${q//(\)/}; q=${q//(, /(}; echo "{\"query\":\"$q\"}"; }
run() { BODY="$1" wrk -t1 -c1 -d"${seconds}s" --timeout 60s -s bench/scale-op.lua "http://127.0.0.1:$port/graphql" | grep RESULT; }
# One answer of each kind before measuring, so neither run pays for the other's cold pages.
warm() { curl -s -o /dev/null -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' -d "$1" "http://127.0.0.1:$port/graphql"; }
field() { echo "$1" | sed -E "s/.*$2=([0-9.]+).*/\1/"; }
run "$(body "${bodies[0]}" "")" > /dev/null   # JIT and page cache warm-up
run "$(body "${bodies[1]}" ', asOf: \"2020-06\"')" > /dev/null
echo "| operation (executed, 1 connection; median of ${ROUNDS:-3} rounds) | p50 ms without | p50 ms asOf 2020-06 | ratio | p99 without | p99 asOf | errors and time-outs |"
echo "|---|---|---|---|---|---|---|"
# The middle of an odd number of values.
median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for i in "${!names[@]}"; do
  [[ -z "${ONLY:-}" || " $ONLY " == *" ${names[$i]} "* ]] || continue
  warm "$(body "${bodies[$i]}" "")"; warm "$(body "${bodies[$i]}" ', asOf: \"2020-06\"')"
  # ROUNDS alternations of the two runs: a busy moment of the machine falls on one round, not on one side.
  p50s=""; t50s=""; p99s=""; t99s=""; errors=0
  for round in $(seq "${ROUNDS:-3}"); do
    plain=$(run "$(body "${bodies[$i]}" "")")
    timed=$(run "$(body "${bodies[$i]}" ', asOf: \"2020-06\"')")
    p50s="$p50s $(field "$plain" p50)"; t50s="$t50s $(field "$timed" p50)"
    p99s="$p99s $(field "$plain" p99)"; t99s="$t99s $(field "$timed" p99)"
    errors=$(( errors + $(field "$plain" errors) + $(field "$timed" errors) ))
  done
  p50=$(echo $p50s | median); t50=$(echo $t50s | median)
  ratio=$(awk -v a="$t50" -v b="$p50" 'BEGIN { printf "%.2f", a / b }')
  echo "| ${names[$i]} | $p50 | $t50 | $ratio | $(echo $p99s | median) | $(echo $t99s | median) | $errors |"
done
echo
echo "machine: $(nproc) cores; store: $(du -shL "$data" | cut -f1) in $data; $(date -u +%FT%TZ)"

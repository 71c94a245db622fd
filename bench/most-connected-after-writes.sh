#!/usr/bin/env bash
# `stats { mostConnected }` in two windows, executed, right after curated writes on a large store.
# Each build is started in turn with an editor key and waits for its warm-up and its degree
# tallies (the dated relations' last, up to 90 s); then WRITES times: one curated write (a new
# meeting and its relation to HUB, in one batch), and both questions asked in turn again and again
# until each answers in under a second, up to 120 s. Prints per write the write's ms, each question's
# first answer (ms and error code) and the seconds until it answered in under a second, and the
# log's tally lines since the write. The meetings are deleted at the end (their history stays,
# as for any curated change).
# Usage: [PAGECACHE=2g] [WRITES=3] [HUB=org:network] bench/most-connected-after-writes.sh DATA-DIR JAR [JAR ...]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=${1:?the store}
shift
[ $# -gt 0 ] || { echo "name at least one jar" >&2; exit 1; }
writes=${WRITES:-3}
hub=${HUB:-org:network}
port=18094
answer=$(mktemp)
keys=$(java -jar "$1" --new-api-key=bench:editor)
key=$(echo "$keys" | grep -m1 -o 'mgk_[A-Za-z0-9_-]*')
hash=$(echo "$keys" | sed -n "s/.*_HASH='\(.*\)'/\1/p" | head -1)
export MIGRATION_GRAPH_SECURITY_KEYS_0_NAME=bench MIGRATION_GRAPH_SECURITY_KEYS_0_HASH="$hash" MIGRATION_GRAPH_SECURITY_KEYS_0_ROLES=editor
every='{ stats(asOf: \"2020-06-01\") { mostConnected(limit: 12) { degree entity { id } } } }'
dated='{ stats(during: {from: \"2023\", to: \"2024\"}, undatedFacts: EXCLUDE) { mostConnected(limit: 12) { degree entity { id } } } }'

# Posts the mutation $1 (its lines joined: a JSON text holds no raw line break) with the editor's key.
as_editor() {
  curl -s -H 'Content-Type: application/json' -H "Authorization: Bearer $key" --max-time 60 -d "{\"query\":\"$(echo "$1" | tr '\n' ' ')\"}" \
    "http://127.0.0.1:$port/graphql"
}

# Asks both questions in turn, each until it answers in under a second (up to 120 s in all): prints,
# for each, its first answer's ms and code and the seconds until it answered so.
until_quick() {
  local began ms code q now
  local -a first=("" "") took=("" "") questions=("$every" "$dated")
  began=$(date +%s.%N)
  while [ -z "${took[0]}" ] || [ -z "${took[1]}" ]; do
    for q in 0 1; do
      [ -z "${took[$q]}" ] || continue
      read -r ms _ code <<< "$(timed_post $port "${questions[$q]}" "$answer")"
      now=$(awk -v b="$began" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - b }')
      [ -n "${first[$q]}" ] || first[$q]="$ms, $code"
      if [ "$code" = "-" ] && awk -v t="$ms" 'BEGIN { exit !(t < 1000) }'; then took[$q]=$now; fi
    done
    awk -v n="$now" 'BEGIN { exit !(n > 120) }' && break
    sleep 0.2
  done
  echo "${first[0]}, ${took[0]:-over 120} | ${first[1]}, ${took[1]:-over 120}"
}

echo "| build | write | write ms | asOf 2020-06-01: first ms, code, s until < 1 s | 2023-2024 without undated: first ms, code, s until < 1 s | tallies since the write |"
echo "|---|---|---|---|---|---|"
for jar in "$@"; do
  JAR=$jar PAGECACHE=${PAGECACHE:-2g} start_measured "$data" $port after-writes
  log="$data.after-writes.log"
  for _ in $(seq 90); do grep -q "most dated relations" "$log" && break; sleep 1; done
  made=()
  for w in $(seq "$writes"); do
    id="meeting:bench-$(date +%s%N)"
    lines=$(wc -l < "$log")
    began=$(date +%s%N)
    as_editor "mutation { applyChanges(changes: [
      {createEntity: {id: \\\"$id\\\", kinds: [\\\"Meeting\\\"], name: \\\"Bench meeting $id\\\", properties: [{key: \\\"date\\\", value: \\\"2023-05\\\"}], reason: \\\"bench\\\"}},
      {createRelation: {from: \\\"$id\\\", type: \\\"MEMBER_OF\\\", to: \\\"$hub\\\", properties: [{key: \\\"since\\\", value: \\\"2023\\\"}],
        citations: [{reference: \\\"ref:un-m49\\\"}], reason: \\\"bench\\\"}}]) { revision userErrors { message } } }" > "$answer.write"
    took=$(( ($(date +%s%N) - began) / 1000000 ))
    grep -q '"revision":[0-9]' "$answer.write" || { echo "the write failed: $(cat "$answer.write")" >&2; exit 1; }
    made+=("$id")
    asked=$(until_quick)
    sleep 1
    tallies=$(tail -n +"$((lines + 1))" "$log" | grep -o "\(Patched\|Tallied\) the [^(]*([^)]*) in [0-9]* ms" | sed 's/ entities with the most / /' | paste -sd ';' -)
    echo "| $(basename "$jar") | $w | $took | $asked | ${tallies:-none} |"
  done
  for id in "${made[@]}"; do
    as_editor "mutation { deleteEntity(input: {id: \\\"$id\\\", expectedVersion: 1, deleteRelations: true, reason: \\\"bench: clean up\\\"}) { revision } }" > /dev/null
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -f "$answer" "$answer.write"
echo
echo "machine: $(nproc) cores; store: $data; hub: $hub; $(date -u +%FT%TZ)"

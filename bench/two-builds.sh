#!/usr/bin/env bash
# Requests/s of builds of the service on the same store, started in turn (A, B, A, B, ... ROUNDS
# times), for each question in a query file, executed (Cache-Control: no-cache) over HTTP at 16
# connections, with the p50. Each question is first asked for WARM_EACH seconds (30 by default) at
# 16 connections: on 2 cores the JIT took about 90 s of load to settle on a nested page (73, 139,
# 214, 304, then about 440 requests/s), and a build measured before then measures its compiler.
# The builds must give the same answer: each answer's hash is printed, and a question whose
# answers differ between builds is flagged. Prints the median per question and build, and
# each build's ratio to the first. A store is locked by the JVM that opened it, so the builds
# cannot run side by side.
# Usage: [SECONDS_EACH=10] [WARM_EACH=30] [PAGECACHE=512m] bench/two-builds.sh DATA-DIR ROUNDS QUERY-FILE JAR [JAR ...]
#   e.g. bench/two-builds.sh /tmp/seed-store 3 bench/nested-pages.graphql /tmp/before.jar target/migration-graph.jar
#   (a new DATA-DIR is seeded by the first start; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
data=${1:?the store to start on (a new directory gets the seed)}
rounds=${2:-3}
queries=${3:?a query file: one GraphQL query a line, # for comments}
shift 3
[ $# -gt 0 ] || { echo "name at least one jar" >&2; exit 1; }
seconds=${SECONDS_EACH:-10}
port=18088
results=$(mktemp)
trap 'rm -f "$results"' EXIT
warm=${WARM_EACH:-30}
run() { BODY="$1" wrk -t2 -c16 -d"${2:-$seconds}s" --timeout 30s -s bench/scale-op.lua "http://127.0.0.1:$port/graphql" | grep RESULT; }
field() { echo "$1" | sed -E "s/.*$2=([0-9.]+|NaN).*/\1/"; }

for round in $(seq "$rounds"); do
  for jar in "$@"; do
    JAR=$jar PAGECACHE=${PAGECACHE:-512m} start_measured "$data" $port two-builds
    trap 'kill $pid 2>/dev/null || true; rm -f "$results"' EXIT # start_measured sets its own
    grep -v '^#' "$queries" | grep -v '^$' | while IFS= read -r query; do
      body="{\"query\":\"${query//\"/\\\"}\"}"
      hash=$(curl -s -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' -d "$body" "http://127.0.0.1:$port/graphql" | sha1sum | cut -c1-10)
      run "$body" "$warm" > /dev/null
      result=$(run "$body")
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$query" "$jar" "$(field "$result" rps)" "$(field "$result" p50)" "$(field "$result" errors)" "$hash" >> "$results"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done

echo "| question ($rounds starts per build, ${seconds} s at 16 connections after ${warm} s) | build | req/s, median (each start) | p50 ms, median | to the first build | errors | answer |"
echo "|---|---|---|---|---|---|---|"
python3 - "$results" <<'PY'
import sys, statistics, collections
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    query, jar, rps, p50, errors, answer = line.rstrip('\n').split('\t')
    row = rows.setdefault(query, collections.OrderedDict()).setdefault(jar, {'rps': [], 'p50': [], 'errors': 0, 'answers': set()})
    row['rps'].append(float(rps)); row['p50'].append(float(p50)); row['errors'] += int(errors); row['answers'].add(answer)
for query, builds in rows.items():
    first = None
    answers = set().union(*(b['answers'] for b in builds.values()))
    for jar, b in builds.items():
        rps = statistics.median(b['rps'])
        first = first or rps
        flag = ' '.join(sorted(b['answers'])) + ('' if len(answers) == 1 else ' (the builds differ)')
        short = query if len(query) <= 90 else query[:87] + '...'
        runs = ', '.join(f"{r:.0f}" for r in b['rps'])
        print(f"| `{short}` | {jar} | {rps:.0f} ({runs}) | {statistics.median(b['p50']):.1f} | {rps / first:.2f} | {b['errors']} | {flag} |")
PY
echo
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); store: $(du -shL "$data" | cut -f1) in $data; $(date -u +%FT%TZ)"

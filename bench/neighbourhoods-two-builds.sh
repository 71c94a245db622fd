#!/usr/bin/env bash
# Two builds of the service on the same store, in turn (A, B, A, B): the 2-deep neighbourhood
# through a hub, centred on a hub and of a busy State, and two that ask for the entities alone,
# executed (Cache-Control: no-cache) over HTTP. For each: the answer's size and a hash of its
# sorted edges or its nodes (the builds must agree), p50/p90/p99 at 1 connection (10 s after 4 s
# of warm-up) and requests/s at 16 (8 s). A store is locked by the JVM that opened it, so the
# builds cannot run side by side.
# Usage: bench/neighbourhoods-two-builds.sh JAR_A JAR_B [data-dir]   (default target/scale-1000000,
# made by bench/scale.sh; e.g. JAR_A from `git worktree add /tmp/a main && (cd /tmp/a && mvn -q package -DskipTests)`)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
[ $# -ge 2 ] || { echo "usage: $0 JAR_A JAR_B [data-dir]" >&2; exit 2; }
jar_a=$1
jar_b=$2
data=${3:-target/scale-1000000}
[ -d "$data" ] || { echo "no store in $data: make one with bench/scale.sh first" >&2; exit 1; }
port=18082
# The "-nodes" ones ask for the entities alone, as bench/peer/run.sh asks both services.
declare -a names=(through-a-hub centred-on-a-hub busy-state through-a-hub-nodes network-nodes)
declare -a bodies=(
  '{"query":"{ neighborhood(id: \"statement:gen-40000-3\", depth: 2, limit: 200) { nodes { id name kind } edges { type source target } } }"}'
  '{"query":"{ neighborhood(id: \"framework:gcm\", depth: 2, limit: 200) { nodes { id name kind } edges { type source target } } }"}'
  '{"query":"{ neighborhood(id: \"state:IRL\", depth: 2, limit: 200) { nodes { id name kind } edges { type source target } } }"}'
  '{"query":"{ neighborhood(id: \"statement:gen-40000-3\", depth: 2, limit: 200) { nodes { id name kind } } }"}'
  '{"query":"{ neighborhood(id: \"org:network\", depth: 2, limit: 200) { nodes { id name kind } } }"}'
)
# The answer's size and a hash of its sorted edges, or of its nodes in order when it has no edges.
shape() {
  python3 -c "import json,sys,hashlib; d=json.load(sys.stdin)['data']['neighborhood']; e=sorted(x['source']+' '+x['type']+' '+x['target'] for x in d['edges']) if 'edges' in d else [x['id'] for x in d['nodes']]; print(len(d['nodes']), 'nodes', len(d.get('edges', [])), 'edges', hashlib.sha1('\n'.join(e).encode()).hexdigest()[:12])"
}
run() { BODY="$2" wrk -t1 -c"$1" -d"$3" -s bench/scale-op.lua "http://127.0.0.1:$port/graphql" | grep RESULT; }
echo "| build | operation | answer | 1 connection | 16 connections |"
echo "|---|---|---|---|---|"
for jar in "$jar_a" "$jar_b" "$jar_a" "$jar_b"; do
  start_on_store "$jar" $port "$data" "${PAGECACHE:-2g}" "$data.two-builds.log"
  await_first_answer $port $pid "$data.two-builds.log"
  await_warm_up "$data.two-builds.log" 300
  for i in "${!names[@]}"; do
    answer=$(curl -s -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' "http://127.0.0.1:$port/graphql" -d "${bodies[$i]}" | shape)
    run 1 "${bodies[$i]}" 4s > /dev/null
    echo "| $jar | ${names[$i]} | $answer | $(run 1 "${bodies[$i]}" 10s) | $(run 16 "${bodies[$i]}" 8s) |"
  done
  kill $pid
  wait $pid 2>/dev/null || true
done

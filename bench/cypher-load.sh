#!/usr/bin/env bash
# How long `cypher-shell -f graph.cypher` takes to load the whole-graph export into an empty
# Neo4j: the seed plus ENTITIES generated entities are exported by this build (and by BASE's, if
# given, from the same store), then each file is loaded RUNS times into a second, empty service's
# Neo4j (wiped and its query caches cleared before each run, alternating between the files,
# after one unmeasured load).
# Prints the file's size, the median seconds and, with a base, the ratio.
# Usage: bench/cypher-load.sh [entities=10000] [runs=3] [base-commit]
# cypher-shell is Neo4j's, from Maven Central (the test dependency), with the 5.x driver the build
# copies for it (pom.xml, cypher-shell.driver.version). Loopback only; ports 18093-18094.
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:-10000}
runs=${2:-3}
base=${3:-}
source bench/lib.sh
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

mvn -q -B package -DskipTests > "$work/build.log" 2>&1
mvn -q -B dependency:copy@cypher-shell-driver dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/cp.txt" >> "$work/build.log" 2>&1 2>&1
driver=$(ls target/cypher-shell/neo4j-java-driver-*.jar)
shell_cp="$driver:$(tr ':' '\n' < "$work/cp.txt" | grep -v '/neo4j-java-driver/\|/neo4j-bolt-connection' | paste -sd:)"
jars=(after=target/migration-graph.jar)
if [ -n "$base" ]; then
  git clone -q . "$work/src" && git -C "$work/src" checkout -q "$(git rev-parse "$base")"
  (cd "$work/src" && mvn -q -B package -DskipTests > "$work/build-before.log" 2>&1)
  jars+=(before="$work/src/target/migration-graph.jar")
fi

# The source store: the seed, plus the generated entities.
if [ "$entities" -gt 0 ]; then
  java -jar target/migration-graph.jar --generate="$entities" --migration-graph.embedded.data-dir="$work/source" \
       --migration-graph.embedded.bolt-port=0 > "$work/generate.log" 2>&1
fi
for entry in "${jars[@]}"; do
  name=${entry%%=*}
  java -jar "${entry#*=}" --server.port=18093 --migration-graph.embedded.data-dir="$work/source" \
       --migration-graph.embedded.bolt-port=0 --migration-graph.rate-limit.enabled=false > "$work/source-$name.log" 2>&1 &
  pid=$!
  await_first_answer 18093 $pid "$work/source-$name.log"
  curl -sf http://127.0.0.1:18093/export/graph.cypher -o "$work/$name.cypher"
  kill -TERM $pid; wait $pid 2>/dev/null || true
done

# The target: an empty store, no seed, no transaction time-out (a batch of the old format took longer than 5 s).
java -jar target/migration-graph.jar --server.port=18094 --migration-graph.embedded.data-dir="$work/target" \
     --migration-graph.embedded.bolt-port=17694 --migration-graph.seed.on-startup=false \
     --migration-graph.embedded.config.db.transaction.timeout=0 > "$work/target.log" 2>&1 &
target_pid=$!
until [ -s "$work/target/bolt-password" ] && grep -q "Started MigrationGraphApplication" "$work/target.log"; do
  kill -0 $target_pid 2>/dev/null || { tail -20 "$work/target.log" >&2; exit 1; }
  sleep 0.5
done
export NEO4J_PASSWORD; NEO4J_PASSWORD=$(cat "$work/target/bolt-password")
shell() { java -cp "$shell_cp" org.neo4j.shell.Main -a bolt://127.0.0.1:17694 -u neo4j --non-interactive --fail-fast "$@"; }

# Seconds for one load of file $1 into the wiped target.
load() {
  shell "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS" > /dev/null
  shell "CALL db.clearQueryCaches()" > /dev/null
  local started; started=$(date +%s%N)
  shell -f "$1" > "$work/load.log" 2>&1 || { tail -5 "$work/load.log" >&2; exit 1; }
  echo "scale=2; ($(date +%s%N) - $started) / 1000000000" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A seconds
load "$work/after.cypher" > /dev/null # unmeasured: the target's JIT is cold on its first load
for _ in $(seq 1 "$runs"); do
  for entry in "${jars[@]}"; do
    name=${entry%%=*}
    seconds[$name]+="$(load "$work/$name.cypher") "
  done
done
nodes=$(shell --format plain "MATCH (n) RETURN count(n)" | tail -1)
relations=$(shell --format plain "MATCH ()-[r]->() RETURN count(r)" | tail -1)

echo "machine: $(nproc) cores; $entities generated entities plus the seed: $nodes nodes, $relations relations after a load"
echo "| build | bytes | runs (s) | median (s) |"
echo "|---|---:|---|---:|"
for entry in "${jars[@]}"; do
  name=${entry%%=*}
  m=$(echo "${seconds[$name]}" | tr ' ' '\n' | grep . | median)
  echo "| $name $([ "$name" = before ] && git rev-parse --short "$base" || git rev-parse --short HEAD) | $(stat -c %s "$work/$name.cypher") | ${seconds[$name]}| $m |"
  eval "median_$name=$m"
done
[ -z "$base" ] || printf "before / after: %.1fx\n" "$(echo "scale=3; $median_before / $median_after" | bc)"

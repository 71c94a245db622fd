#!/usr/bin/env bash
# The start-up warm-up of an instance locked down the ways the prod profile allows: safelist mode
# and a key for every read, with prod's 30 s settle time (the rate limit is out of the way, as in
# every bench here; LockedDownWarmUpIT covers it). Starts JAR on a copy of DATA-DIR, waits for the
# warm-up's log line, asks the readiness probe and one anonymous query (which the key check must
# refuse: 401), stops it, and prints the three.
# Usage: bench/locked-warm-up.sh JAR DATA-DIR   e.g. bench/locked-warm-up.sh target/migration-graph.jar /tmp/seed-store
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=${1:?the jar to start}
store=${2:?the store to copy (a new directory gets the seed)}
port=18091
copy=$(mktemp -d)
mkdir -p "$store"
cp -r "$store/." "$copy"
JAVA_OPTS="-Dspring.profiles.active=prod -Dmigration-graph.api.safelist=true -Dmigration-graph.security.reads-require-key=true" \
  start_on_store "$jar" $port "$copy" 512m "$copy.log"
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$copy" "$copy.log"' EXIT   # start_on_store sets its own
await_warm_up "$copy.log" 300
echo "warm-up: $(grep -o 'Warm-up:.*' "$copy.log" | cut -c1-300)"
echo "readiness: $(curl -s -o /dev/null -w '%{http_code}' localhost:$port/actuator/health/readiness)"
echo "anonymous query: $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"query":"{ stats { entities } }"}' localhost:$port/graphql)"

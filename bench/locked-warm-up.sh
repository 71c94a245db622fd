#!/usr/bin/env bash
# The start-up warm-up of an instance locked down every way the prod profile allows: safelist
# mode, a key for every read, and prod's 30 s settle time. Starts JAR on a copy of DATA-DIR,
# waits for the warm-up's log line, asks the readiness probe and one anonymous query (which the
# key check must refuse: 401), stops it, and prints the three.
# Usage: bench/locked-warm-up.sh JAR DATA-DIR   e.g. bench/locked-warm-up.sh target/migration-graph.jar /tmp/seed-store
set -euo pipefail
jar=${1:?the jar to start}
store=${2:?the store to copy (a new directory gets the seed)}
port=18091
copy=$(mktemp -d)
log=$copy.log
mkdir -p "$store"
cp -r "$store/." "$copy"
java -Xmx1g -jar "$jar" --spring.profiles.active=prod --server.port=$port --migration-graph.api.safelist=true \
  --migration-graph.security.reads-require-key=true --migration-graph.embedded.data-dir="$copy" \
  --migration-graph.embedded.bolt-port=0 --migration-graph.embedded.config.server.memory.pagecache.size=512m > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$copy" "$log"' EXIT
until grep -q "Warm-up:" "$log"; do kill -0 $pid || { tail -20 "$log"; exit 1; }; sleep 1; done
echo "warm-up: $(grep -o 'Warm-up:.*' "$log" | cut -c1-300)"
echo "readiness: $(curl -s -o /dev/null -w '%{http_code}' localhost:$port/actuator/health/readiness)"
echo "anonymous query: $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"query":"{ stats { entities } }"}' localhost:$port/graphql)"

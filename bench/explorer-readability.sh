#!/usr/bin/env bash
# The default graph views' readability before and after a change, in one run: labels painted,
# label collisions (label on label, label on node) and layout times at 1400x900 and 390x844 in
# headless Chromium, with screenshots in target/explorer-screenshots/{before,after}-*.png.
# Usage: bench/explorer-readability.sh [base-commit]   (default: the commit before HEAD)
# The base commit's jar is built in a temporary clone and run on port 18091 next to this build.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD~1}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q . "$work/src" && git -C "$work/src" checkout -q "$(git rev-parse "$base")"
(cd "$work/src" && mvn -q -B package -DskipTests)
java -jar "$work/src/target/migration-graph.jar" --server.port=18091 --migration-graph.embedded.data-dir="$work/data" \
     --migration-graph.embedded.bolt-port=0 > "$work/before.log" 2>&1 &
for _ in $(seq 1 600); do curl -sf http://127.0.0.1:18091/ >/dev/null 2>&1 && break; sleep 0.2; done
mvn -q -B test -Dtest=ExplorerReadabilityBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.before-url=http://127.0.0.1:18091
echo "machine: $(nproc) cores, $(chromium --version 2>/dev/null || echo 'no chromium'); base $(git rev-parse --short "$base"), after $(git rev-parse --short HEAD) plus the work tree"
cat target/explorer-readability-report.md

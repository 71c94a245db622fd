#!/usr/bin/env bash
# Explorer budgets: first view interactive (< 1 s) and the whole seed network laid out (< 2 s),
# measured in headless Chromium (Debian packages chromium and chromium-driver) against the
# service on loopback. Usage: bench/explorer.sh   (also written to target/explorer-benchmark-report.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=ExplorerBenchmark -Dsurefire.failIfNoSpecifiedTests=false
echo "machine: $(nproc) cores, $(chromium --version 2>/dev/null || echo 'no chromium')"
cat target/explorer-benchmark-report.md

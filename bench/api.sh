#!/usr/bin/env bash
# API benchmark: GraphQL over HTTP against the equivalent raw Cypher, in one run, then a mixed
# read load. Starts the service on loopback with its embedded Neo4j; bounded in count and time.
# Usage: bench/api.sh    (prints a Markdown table; also written to target/benchmark-report.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=ApiBenchmark -Dsurefire.failIfNoSpecifiedTests=false
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
cat target/benchmark-report.md

#!/usr/bin/env bash
# A relation page's statement with its degrees counted in Cypher and by the embedded database's
# function (ADR 16), timed in-process on a store (bench/RelationDegreesTimes.java): the first run,
# which plans, and p50/p90/p99 after. Stop any service on the store first: the JVM that opens it locks it.
# Usage: bench/relation-degrees.sh [data-dir] [ids, comma-separated] [runs]
# (default target/scale-1000000, made by bench/scale.sh; the Global Compact and the Network, both
# hubs; 300)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
run_on_store bench/RelationDegreesTimes.java "${1:-}" "${2:-framework:gcm,org:network}" "${3:-300}"

#!/usr/bin/env bash
# The 2-deep neighbourhood statement with and without the embedded database's procedure (ADR 16),
# timed in-process on a store (bench/NeighbourhoodStatementTimes.java). Stop any service on the
# store first: the store is locked by the JVM that opens it.
# Usage: bench/neighbourhood-statements.sh [data-dir] [centre id] [runs]
# (default target/scale-1000000, made by bench/scale.sh; statement:gen-40000-3, whose neighbourhood
# passes through hubs; 300)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
run_on_store bench/NeighbourhoodStatementTimes.java "${1:-}" "${2:-statement:gen-40000-3}" "${3:-300}"

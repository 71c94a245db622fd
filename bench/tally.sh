#!/usr/bin/env bash
# What a whole-graph pass over every record's validity costs on a store: the tallies stats counts
# from, and stats as of a date counted fact by fact (bench/TallyTimes.java, in-process). Stop any
# service on the store first: the store is locked by the JVM that opens it. The store must have been
# started once by this build: an older store keeps validity as a list until then (ADR 17).
# Usage: bench/tally.sh [data-dir] [runs]   (default target/scale-1000000, made by bench/scale.sh; 3)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
run_on_store bench/TallyTimes.java "${1:-}" "${2:-3}"

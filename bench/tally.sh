#!/usr/bin/env bash
# What a whole-graph pass over every record's validity costs on a store: the tallies stats counts
# from, and stats as of a date counted fact by fact (bench/TallyTimes.java, in-process). Stop any
# service on the store first: the store is locked by the JVM that opens it. The store must have been
# started once by this build: an older store keeps validity as a list until then (ADR 17).
# Usage: bench/tally.sh [data-dir] [runs]   (default target/scale-1000000, made by bench/scale.sh; 3)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=${1:-target/scale-1000000}
[ -d "$data" ] || { echo "no store in $data: make one with bench/scale.sh first" >&2; exit 1; }
run_in_process bench/TallyTimes.java "$data" "${2:-3}"
echo
echo "machine: $(nproc) cores; store: $(du -shL "$data" | cut -f1) in $data; $(date -u +%FT%TZ)"

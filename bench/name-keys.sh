#!/usr/bin/env bash
# What folding a name for search costs (support.NameKeys), against the rule as first written in
# regular expressions: a million names, one thread, in-process (bench/NameKeysFold.java). The
# generator folds one per entity, in the importer's node stage (docs/benchmarks.md).
# Usage: bench/name-keys.sh [rounds]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
run_in_process bench/NameKeysFold.java "${1:-5}"
echo
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(date -u +%FT%TZ)"

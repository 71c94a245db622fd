#!/usr/bin/env bash
# Exports in constant heap: a synthetic cited graph of 10,000 and then 100,000 entities (about
# 300,000 relations) exported in every format through the service's in-process reads; prints
# bytes, seconds and the peak heap after GC during each export (ExportBenchmark, kept out of the
# test suite by its name). The heap is capped at 256 MB, so an export that held the graph would fail.
# usage: bench/export.sh       (also written to target/export-benchmark.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx256m" > target/export-benchmark.log
cat target/export-benchmark.md

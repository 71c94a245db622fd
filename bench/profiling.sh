#!/usr/bin/env bash
# What profiling costs a loaded service: the neighbourhood of the Network with its edges (2 deep,
# limit 200) executed at 16 connections, 20 s windows (wrk, bench/scale-op.lua): three before and
# four while a Flight Recorder recording runs, started by jcmd on the warm service (or seven with
# a recording started with the JVM, FROM_START=1), then two after it stops. Prints requests/s and
# p50 per window, and where the recording was written (to open with jfr or JDK Mission Control).
# Usage: [FROM_START=1] [SETTINGS=default] bench/profiling.sh [data-dir]   (default: the seed in target/valid-time-seed)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
data=$(realpath -m "${1:-target/valid-time-seed}")
port=18098
settings=${SETTINGS:-default}
recording=$(mktemp -d)/service.jfr
if [ "${FROM_START:-0}" = 1 ]; then
  JAVA_OPTS="${JAVA_OPTS:-} -XX:StartFlightRecording=name=ops,settings=$settings,filename=$recording"
fi
PAGECACHE=${PAGECACHE:-512m} start_measured "$data" $port profiling
body='{"query":"{ neighborhood(id: \"org:network\", depth: 2, limit: 200) { nodes { id name kind } edges { type source target } } }"}'
window() {
  BODY="$body" wrk -t2 -c16 -d20s --timeout 30s -s bench/scale-op.lua "http://127.0.0.1:$port/graphql" | grep RESULT \
    | sed -E "s/.*p50=([0-9.]+).*rps=([0-9]+).*/| $1 | \2 | \1 |/"
}
echo "| window (20 s each) | req/s | p50 ms |"
echo "|---|---|---|"
if [ "${FROM_START:-0}" = 1 ]; then
  for i in 1 2 3 4 5 6 7; do window "recording since the start $i"; done
  jcmd $pid JFR.stop name=ops > /dev/null
else
  for i in 1 2 3; do window "before $i"; done
  jcmd $pid JFR.start name=ops settings="$settings" filename="$recording" > /dev/null
  for i in 1 2 3 4; do window "recording, started by jcmd $i"; done
  jcmd $pid JFR.stop name=ops > /dev/null
fi
for i in 1 2; do window "after $i"; done
echo
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); settings: $settings; recording: $recording; $(date -u +%FT%TZ)"

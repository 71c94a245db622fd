# Shared by the bench scripts (sourced, not run).

# Waits until the service on port $1 answers a real query; if process $2 ends first, shows the
# end of its log $3 and fails.
await_first_answer() {
  local port=$1 pid=$2 log=$3
  until curl -sf -H 'Content-Type: application/json' -d '{"query":"{ entity(id: \"state:PHL\") { name } }"}' \
        "http://127.0.0.1:$port/graphql" 2>/dev/null | grep -q Philippines; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
}

# Waits until the service logging to $1 has finished its start-up warm-up (up to $2 seconds,
# 120 by default): on a large store the warm-up's queries run for tens of seconds after the
# first answer, and measuring then measures them too.
await_warm_up() {
  local log=$1 limit=${2:-120} waited=0
  until grep -q "Warm-up:" "$log"; do
    sleep 1; waited=$((waited + 1))
    [ "$waited" -lt "$limit" ] || { echo "no warm-up line in $log after $limit s" >&2; return 1; }
  done
}

# Starts the jar $1 on the store in $3 (port $2, Neo4j's page cache $4, log $5), with the rate
# limit out of the way and Bolt on a free port; sets pid, and a trap that stops it when the script
# ends. JAVA and JAVA_OPTS choose the JVM and its options; SETTLE (e.g. 30s) keeps the service's
# start-up warm-up sending its operations for that long (migration-graph.warm-up.settle), and
# WARM_UP_OPERATIONS (file:...) gives it other operations (migration-graph.warm-up.operations).
start_on_store() {
  local jar=$1 port=$2 data=$3 pagecache=$4 log=$5
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  "${JAVA:-java}" -Xmx1g ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" \
    --migration-graph.rate-limit.points-per-minute=1000000000 --migration-graph.embedded.data-dir="$data" \
    --migration-graph.embedded.bolt-port=0 --migration-graph.embedded.config.server.memory.pagecache.size="$pagecache" \
    ${SETTLE:+--migration-graph.warm-up.settle="$SETTLE"} \
    ${WARM_UP_OPERATIONS:+--migration-graph.warm-up.operations="$WARM_UP_OPERATIONS"} > "$log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
}

# Starts ${JAR:-target/migration-graph.jar} (built first if missing) on the store in $1, port $2,
# logging to $1.$3.log with ${PAGECACHE:-2g} of page cache, and waits for its first answer and its
# warm-up: what a bench that times single requests on a large store does first. Sets pid and jar.
start_measured() {
  local data=$1 port=$2 name=$3
  jar=${JAR:-target/migration-graph.jar}
  [ -f "$jar" ] || mvn -q -B package -DskipTests
  start_on_store "$jar" "$port" "$data" "${PAGECACHE:-2g}" "$data.$name.log"
  await_first_answer "$port" "$pid" "$data.$name.log"
  await_warm_up "$data.$name.log" 300
}

# Posts the GraphQL query $2 to the service on port $1, executed (Cache-Control: no-cache), and
# prints its time in ms, its size in bytes and its first error code (- for none); the answer is
# left in the file $3.
timed_post() {
  local port=$1 query=$2 answer=$3 timing code
  timing=$(curl -s -o "$answer" -w '%{time_total} %{size_download}' -H 'Content-Type: application/json' \
    -H 'Cache-Control: no-cache' --max-time 60 -d "{\"query\":\"$query\"}" "http://127.0.0.1:$port/graphql")
  code=$(grep -o '"code":"[A-Z_]*"' "$answer" | head -1 | cut -d'"' -f4 || true)
  echo "$timing ${code:--}" | awk '{ printf "%.1f %d %s\n", $1 * 1000, $2, $3 }'
}

# Posts the query $2 ${runs} times (after one unmeasured request, which has Neo4j plan the
# statement) through the script's post function and prints a table row: the name $1, the median,
# fastest and slowest time in ms, the answer's size, the output of the command $3 on the last
# answer if given (a column of its own), and the error codes of those that failed.
measure() {
  local name=$1 query=$2 column=${3:-} times=() bytes=0 errors="" ms code extra=""
  post "$query" > /dev/null
  for _ in $(seq "$runs"); do
    read -r ms bytes code <<< "$(post "$query")"
    times+=("$ms")
    [ "$code" = "-" ] || errors="$errors $code"
  done
  [ -z "$column" ] || extra=" $($column) |"
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v bytes="$bytes" -v extra="$extra" -v errors="${errors:- none}" '
    { t[NR] = $1 } END { printf "| %s | %.1f | %.1f | %.1f | %d |%s%s |\n", name, (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[1], t[NR], bytes, extra, errors }'
}

# Runs the single-file Java program $1 with arguments $2... in a JVM of its own, on the project's
# classes and dependencies (compiled first): for the benches that open a store in-process. Its
# stderr (Neo4j's start-up) is shown only if it fails.
run_in_process() {
  local program=$1 work
  shift
  work=$(mktemp -d)
  mvn -q -B compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" > "$work/build.log" 2>&1 \
    || { tail -20 "$work/build.log" >&2; rm -rf "$work"; return 1; }
  java -Xmx1g -cp "target/classes:$(cat "$work/cp.txt")" "$program" "$@" 2> "$work/java.log" \
    || { grep -v "^\s*at " "$work/java.log" | tail -8 >&2; rm -rf "$work"; return 1; }
  rm -rf "$work"
}

# The same, on the store in $2 (target/scale-1000000 when empty, which bench/scale.sh makes), with
# arguments $3...: fails at once when there is no store there. Stop any service on the store
# first: the JVM that opens it locks it.
run_on_store() {
  local program=$1 data=${2:-target/scale-1000000}
  shift 2
  [ -d "$data" ] || { echo "no store in $data: make one with bench/scale.sh first" >&2; exit 1; }
  run_in_process "$program" "$data" "$@"
}

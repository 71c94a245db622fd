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

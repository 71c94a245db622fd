-- wrk script: cycles through the five read operations of the API benchmark as POST bodies.
-- NO_CACHE=1 adds "Cache-Control: no-cache", so every request is executed (no response cache).
local bodies = {
  '{"query":"{ entity(id: \\"state:PHL\\") { id name kind aliases } }"}',
  '{"query":"{ search(query: \\"Phil\\", first: 10) { edges { score node { id name } } } }"}',
  '{"query":"{ neighborhood(id: \\"org:network\\", depth: 2, limit: 100) { nodes { id name kind } edges { type source target } } }"}',
  '{"query":"{ shortestPath(from: \\"state:PHL\\", to: \\"framework:gcm\\") { length nodes { id name } edges { type citations { quote } } } }"}',
  '{"query":"{ memberStates(first: 20) { nodes { id name relations(first: 5) { edges { type node { id name } } } } } }"}',
}
local i = 0
local mode = os.getenv("NO_CACHE") == "1" and "Cache-Control: no-cache" or "response cache on"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if os.getenv("NO_CACHE") == "1" then
  wrk.headers["Cache-Control"] = "no-cache"
end

request = function()
  i = i + 1
  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])
end

local errors = 0
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("mixed load (%s): %d requests in %.1f s, %.0f requests/s, p50 %.2f ms, p99 %.2f ms, %d non-2xx or GraphQL errors, %d socket errors\n",
    mode, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + errors, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

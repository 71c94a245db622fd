-- wrk script: one GraphQL operation, executed (Cache-Control: no-cache; CACHED=1 lets a response
-- cache answer), the body from BODY.
-- Counts answers that are not 200 or carry "errors", and requests that timed out, and prints p50/p90/p99 in ms as one line.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if os.getenv("CACHED") ~= "1" then
  wrk.headers["Cache-Control"] = "no-cache"
end
wrk.body = os.getenv("BODY")

local errors = 0
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.1f p90=%.1f p99=%.1f rps=%.0f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, errors + summary.errors.status + summary.errors.timeout))
end

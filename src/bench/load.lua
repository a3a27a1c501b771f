-- Mixed load for wrk: searches, reads by id, verifications (once /v1/verify exists) and writes.
-- Counts non-2xx answers so the summary reports errors, not only socket failures.
local key = os.getenv("QUOTECHECK_KEY") or "qc_demo_admin_key_for_laptops_only"
local searches = { "best+period+in+history", "old+friend", "cooperation+not+aimed+against+anyone",
                   "turbulent+international+situation", "multipolar+world+order", "high+level" }
local counter = 0
errors = 0 -- a global: done() reads each thread's count with thread:get, which sees no locals
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  errors = 0
end

request = function()
  counter = counter + 1
  local pick = counter % 10
  local headers = { ["X-API-Key"] = key, ["Content-Type"] = "application/json" }
  if pick < 5 then
    return wrk.format("GET", "/v1/quotes?q=" .. searches[(counter % #searches) + 1], headers)
  elseif pick < 7 then
    return wrk.format("GET", "/v1/quotes?speaker=Xi&limit=5", headers)
  elseif pick < 9 then
    return wrk.format("GET", "/v1/speakers?q=putin", headers)
  else
    local word = string.format("w%d_%d_%d", id, counter, math.random(1, 1e9))
    local body = '{"text":"Load test words ' .. word .. ' were said","speaker":"Load Tester","saidOn":"2024-07-03",'
      .. '"source":{"url":"https://load.example.org/' .. word .. '","outlet":"Load"}}'
    return wrk.format("POST", "/v1/quotes", headers, body)
  end
end

response = function(status, headers, body)
  if status >= 300 then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("errors") or 0)
  end
  io.write(string.format("\nrequests %d in %.1f s = %.0f req/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms; non-2xx %d, socket errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

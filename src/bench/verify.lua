-- Throughput of POST /v1/verify for wrk: exact claims and 8-word fragments drawn from a samples file
-- ("speaker<TAB>text" lines, path in QUOTECHECK_SAMPLES), counting non-2xx answers. The requests are
-- built once per thread before timing (as SqlCeiling prepares its claims), so the client's own work
-- per request is only sending and reading.
local key = os.getenv("QUOTECHECK_KEY")
local requests, counter, threads = {}, 0, {}
errors = 0 -- a global: done() reads each thread's count with thread:get
function setup(thread) table.insert(threads, thread) end
function init(args)
  for line in io.lines(os.getenv("QUOTECHECK_SAMPLES")) do
    local speaker, text = line:match("^(.-)\t([^\t]*)")
    if speaker then
      local words = {}
      for w in text:gmatch("%S+") do table.insert(words, w) end
      for _, claim in ipairs({ text, table.concat(words, " ", 1, math.min(#words, 8)) }) do
        local body = '{"text":"' .. claim .. '","speaker":"' .. speaker .. '"}'
        table.insert(requests, wrk.format("POST", "/v1/verify", { ["X-API-Key"] = key, ["Content-Type"] = "application/json" }, body))
      end
    end
  end
end
request = function()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
response = function(status) if status >= 300 then errors = errors + 1 end end
done = function(summary, latency)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("errors") or 0) end
  io.write(string.format("verify throughput: %.0f req/s (p50 %.1f ms, p99 %.1f ms), non-2xx %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad))
end

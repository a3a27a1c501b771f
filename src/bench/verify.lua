-- Throughput of POST /v1/verify for wrk: exact claims and fragments drawn from a samples file
-- ("speaker<TAB>text" lines, path in QUOTECHECK_SAMPLES), counting non-2xx answers.
local key = os.getenv("QUOTECHECK_KEY")
local samples = {}
for line in io.lines(os.getenv("QUOTECHECK_SAMPLES")) do
  local speaker, text = line:match("^(.-)\t([^\t]*)")
  if speaker then table.insert(samples, { speaker, text }) end
end
local counter, errors, threads = 0, 0, {}
function setup(thread) table.insert(threads, thread) end
request = function()
  counter = counter + 1
  local s = samples[(counter % #samples) + 1]
  local text = s[2]
  if counter % 2 == 0 then
    local words = {}
    for w in text:gmatch("%S+") do table.insert(words, w) end
    text = table.concat(words, " ", 1, math.min(#words, 8))
  end
  local body = '{"text":"' .. text .. '","speaker":"' .. s[1] .. '"}'
  return wrk.format("POST", "/v1/verify", { ["X-API-Key"] = key, ["Content-Type"] = "application/json" }, body)
end
response = function(status) if status >= 300 then errors = errors + 1 end end
done = function(summary, latency)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("errors") or 0) end
  io.write(string.format("verify throughput: %.0f req/s (p50 %.1f ms, p99 %.1f ms), non-2xx %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad))
end

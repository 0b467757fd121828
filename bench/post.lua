-- wrk script for bench/load: POSTs one JSON body (BENCH_BODY, a file) with the headers in BENCH_HEADERS
-- ("Name: value" pairs separated by "|"), counts answers that are not 2xx, and prints the figures as
-- "result NAME.key=value" lines (NAME from BENCH_NAME) for bench/load to collect.
local f = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
for pair in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^|]+") do
  local name, value = string.match(pair, "^%s*([^:]+):%s*(.-)%s*$")
  if name then wrk.headers[name] = value end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  first_bad = ""
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    -- keep one example so a failed run says why
    if first_bad == "" then first_bad = status .. " " .. string.sub(body or "", 1, 160) end
  end
end

function done(summary, latency, requests)
  local bad, example = 0, ""
  for _, t in ipairs(threads) do
    bad = bad + t:get("non2xx")
    if example == "" then example = t:get("first_bad") end
  end
  local name = os.getenv("BENCH_NAME") or "run"
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("result %s.requests=%d\n", name, summary.requests))
  io.write(string.format("result %s.all_rps=%.1f\n", name, summary.requests / seconds))
  -- a fast error answer is not throughput: requests/s counts 2xx answers only
  io.write(string.format("result %s.rps=%.1f\n", name, (summary.requests - bad) / seconds))
  -- latencies are of every answer, 2xx or not (wrk records no per-status latency)
  io.write(string.format("result %s.p50_ms=%.2f\n", name, latency:percentile(50) / 1000))
  io.write(string.format("result %s.p99_ms=%.2f\n", name, latency:percentile(99) / 1000))
  io.write(string.format("result %s.non2xx=%d\n", name, bad))
  io.write(string.format("result %s.socket_errors=%d\n", name, e.connect + e.read + e.write + e.timeout))
  if example ~= "" then
    io.write(string.format("result %s.first_bad=%s\n", name, string.gsub(example, "[\r\n]", " ")))
  end
end

-- wrk script for bench/web_load.sh: each request takes the next path of the mix (one mix per
-- run, given as WEB_PATHS, newline-separated), and non-2xx answers are counted so that a fast
-- stream of errors cannot pass for throughput.
local paths = {}
for p in string.gmatch(os.getenv("WEB_PATHS") or "/api/events", "[^\n]+") do paths[#paths + 1] = p end
local i = 0
local errors = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
response = function(status, headers, body)
  if status < 200 or status > 299 then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("requests/s %.1f\n", summary.requests / (summary.duration / 1e6)))
end

-- wrk script for scripts/bench-burst.sh: every request is made as a different signed-in person, rotating
-- through a file of goen.auth cookie values (one a line); counts answers other than 200 (a redirect to the
-- sign-in page would otherwise look like a fast success) and prints one line that the script parses.
-- Usage: wrk -t2 -c300 -d10s --timeout 30s --latency -s scripts/wrk-cookies.lua http://127.0.0.1:PORT -- PATH COOKIES_FILE

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  cookies = {}
  for line in io.lines(args[2]) do
    if #line > 0 then cookies[#cookies + 1] = line end
  end
  -- Threads start half the file apart, so two threads do not send the same person at once.
  counter = id * math.floor(#cookies / 2)
  not200 = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", path, { ["Cookie"] = "goen.auth=" .. cookies[(counter % #cookies) + 1] })
end

function response(status, headers, body)
  if status ~= 200 then not200 = not200 + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("not200") end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50_ms=%.1f p99_ms=%.1f max_ms=%.1f rps=%.1f requests=%d not200=%d socket_errors=%d timeouts=%d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, bad, errors, summary.errors.timeout))
end

-- wrk script for benchmarks/load_benchmark.py.
--
-- Counts every response that is not 2xx (wrk itself counts only 4xx/5xx, so a
-- redirect would pass unseen), and prints one JSON line, "BENCH_JSON {...}",
-- with the totals and latency percentiles in microseconds.
--
-- With BENCH_NOCACHE=1 in the environment each request gets its own query
-- parameter (_nocache=<thread>-<counter>), so every request misses a page cache
-- that keys on the full query string. Without it, no request() function is
-- defined and wrk sends its pre-built request: no Lua per request.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

non2xx = 0

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

if os.getenv("BENCH_NOCACHE") == "1" then
  local counter = 0
  local separator = "?"

  function init(args)
    if string.find(wrk.path, "?", 1, true) then
      separator = "&"
    end
  end

  function request()
    counter = counter + 1
    local path = wrk.path .. separator .. "_nocache=" .. id .. "-" .. counter
    return wrk.format(nil, path)
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "non2xx": %d, '
      .. '"connect_errors": %d, "read_errors": %d, "write_errors": %d, '
      .. '"timeouts": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, '
      .. '"max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, bad,
    errors.connect, errors.read, errors.write, errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean
  ))
end

-- wrk script: each request a different signed-in person's page. Reads the file named by
-- BENCH_REQUESTS: one request a line, its path and the session cookie to send with it, separated by a
-- tab (bench/common.sh writes these after signing people in). The threads go through the lines in
-- turn, each starting at its own place, so consecutive requests are for different people.
-- Usage: BENCH_REQUESTS=target/bench-for-you.tsv wrk -s bench/wrk/sessions.lua http://127.0.0.1:18080
-- Non-200 answers (a redirect to sign in included) are counted and printed at the end.

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("first", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  lines = {}
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local path, cookie = line:match("^([^\t]+)\t(.*)$")
    if path then lines[#lines + 1] = { path, cookie } end
  end
  if #lines == 0 then error("no requests in " .. tostring(os.getenv("BENCH_REQUESTS"))) end
  n = first * 7919
  unexpected = 0
end

function request()
  n = n + 1
  local line = lines[(n % #lines) + 1]
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Cookie"] = line[2]
  return wrk.format("GET", line[1], headers)
end

function response(status, headers, body)
  if status ~= 200 then unexpected = unexpected + 1 end
end

function done(summary, latency, requests)
  local count = 0
  for _, thread in ipairs(threads) do count = count + thread:get("unexpected") end
  io.write(string.format("Not 200: %d\n", count))
end

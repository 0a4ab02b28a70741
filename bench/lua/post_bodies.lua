-- wrk script: POST the JSON bodies of a file (one a line) in turn, count GraphQL errors,
-- and print one JSON line of results. Usage: wrk ... -s post_bodies.lua URL -- BODIES_FILE
-- A line "TOKEN<tab>JSON" is sent with "Authorization: Bearer TOKEN". Every "__N__" in a body
-- becomes a number unique to the request (thread id, then a per-thread counter).
local bodies = {}
local tokens = {}
local index = 0
local sent = 0
thread_id = 0 -- global: setup() gives each thread its own
graphql_errors = 0 -- global: done() reads it from each thread
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function init(args)
  for line in io.lines(args[1]) do
    local tab = string.find(line, "\t", 1, true)
    if tab then
      table.insert(tokens, string.sub(line, 1, tab - 1))
      table.insert(bodies, string.sub(line, tab + 1))
    else
      table.insert(tokens, false)
      table.insert(bodies, line)
    end
  end
  -- Threads start at different offsets so they do not ask for the same body in lockstep.
  index = math.random(#bodies) - 1
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  index = (index % #bodies) + 1
  sent = sent + 1
  local body = bodies[index]
  if string.find(body, "__N__", 1, true) then
    body = string.gsub(body, "__N__", "w" .. thread_id .. "n" .. sent)
  end
  local headers = nil
  if tokens[index] then
    -- wrk.format uses the given headers instead of wrk.headers, not in addition to them
    headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[index]}
  end
  return wrk.format(nil, nil, headers, body)
end

function response(status, headers, body)
  if string.find(body, '"errors":[{', 1, true) then -- a payload's empty "errors":[] is not one
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local errors = 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("graphql_errors")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,' ..
    '"write_errors":%d,"status_errors":%d,"timeouts":%d,"graphql_errors":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout, errors,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end

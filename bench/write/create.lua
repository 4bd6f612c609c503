-- POSTs the seed's create body (no components, IsNotify false) with the key in KEY.
-- Usage: KEY=... wrk -s bench/write/create.lua http://host/api/admin/Incident
local key = os.getenv("KEY")
local body = '{"Title":"Database Connectivity Issues","Description":"We are investigating reports of database timeouts.","Status":"Investigating","Impact":"Major Outage","AffectedComponents":[],"IsNotify":false}'
request = function()
  return wrk.format("POST", wrk.path, { ["X-API-KEY"] = key, ["Content-Type"] = "application/json" }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("non2xx %d\n", summary.errors.status))
  for _, p in ipairs({ 50, 99 }) do
    io.write(string.format("p%d_ms %.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max_ms %.2f\n", latency.max / 1000))
end

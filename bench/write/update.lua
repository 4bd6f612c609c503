-- PUTs an update (no status change, IsNotify false) on the incident in INCIDENT, with the key in KEY.
-- Usage: KEY=... INCIDENT=<id> wrk -s bench/write/update.lua http://host/api/admin/Incident
local key = os.getenv("KEY")
local body = '{"IncidentId":"' .. os.getenv("INCIDENT") .. '","Description":"Still investigating.","IsNotify":false}'
request = function()
  return wrk.format("PUT", wrk.path, { ["X-API-KEY"] = key, ["Content-Type"] = "application/json" }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("non2xx %d\n", summary.errors.status))
  io.write(string.format("p50_ms %.2f\np99_ms %.2f\nmax_ms %.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

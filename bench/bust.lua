-- Cache-busting attempt: a random query string and Cache-Control: no-cache on every request.
-- BUST=0 sends the plain path through the same script (the like-for-like warm baseline: the
-- script's own cost on the shared cores is then the same in both runs).
-- Usage: BUST=1 wrk -s bench/bust.lua http://host/api/public/default/summary
local bust = os.getenv("BUST") ~= "0"
local counter = 0
request = function()
  counter = counter + 1
  if not bust then
    return wrk.format("GET", wrk.path)
  end
  local path = wrk.path .. "?nocache=" .. math.random(1, 1000000000) .. "&_=" .. counter
  return wrk.format("GET", path, { ["Cache-Control"] = "no-cache", ["Pragma"] = "no-cache" })
end

#!/usr/bin/env bash
# CPU profile of creates at concurrency 1 (issue 16): starts the Release service on SQLite, or on a
# fresh PostgreSQL database when INCIDENTS_BENCH_POSTGRES is set, posts the seed's create body with
# wrk for 40 s, samples 30 s of it with dotnet-trace, and prints where the running time goes.
# Needs wrk and dotnet-trace (`dotnet tool install -g dotnet-trace`).
# KEEP=FILE keeps the speedscope trace there, for a closer look.
# Usage: [INCIDENTS_BENCH_POSTGRES=…] [TRACE=dotnet-trace] [KEEP=FILE] bash bench/profile/create.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
TRACE="${TRACE:-dotnet-trace}"
if [ -n "${INCIDENTS_BENCH_POSTGRES:-}" ]; then
  . bench/write/pg-service.sh
  WORK="$(mktemp -d)"
  trap 'stop_service; drop_database; rm -rf "$WORK"' EXIT
  fresh_database incidents_profile_
else
  . bench/write/sqlite-service.sh
fi
start_service
URL="http://127.0.0.1:$port/api/admin/Incident"
KEY="$KEY" wrk -t1 -c4 -d20s -s bench/write/create.lua "$URL" >/dev/null   # warm-up (JIT)
KEY="$KEY" wrk -t1 -c1 -d40s -s bench/write/create.lua "$URL" >"$WORK/wrk.txt" &
sleep 2
"$TRACE" collect -p "$pid" --profile dotnet-sampled-thread-time --duration 00:00:00:30 -o "$WORK/create.nettrace" >/dev/null
wait %2 || true
grep -E "Requests/sec" "$WORK/wrk.txt"
"$TRACE" convert --format speedscope -o "$WORK/create.json" "$WORK/create.nettrace" >/dev/null
if [ -n "${KEEP:-}" ]; then cp "$WORK/create.speedscope.json" "$KEEP"; fi
echo "== inclusive share of running time, our code"
python3 bench/profile/running_time.py "$WORK/create.speedscope.json" "Incidents." incl | head -40
echo "== self time by assembly"
python3 bench/profile/running_time.py "$WORK/create.speedscope.json" "" self |
  awk 'NR>1{split($2,a,"!"); m[a[1]]+=$1} END{for(k in m) printf "%6.1f%% %s\n", m[k], k}' | sort -rn | head -15

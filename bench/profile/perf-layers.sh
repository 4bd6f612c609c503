#!/usr/bin/env bash
# Where the service's CPU goes by layer during creates at concurrency C (1), sampled with perf
# (issue 16): starts the Release service on a fresh PostgreSQL database (INCIDENTS_BENCH_POSTGRES),
# or on SQLite when that is unset, with perf maps on so managed frames have names; warms it with
# 40 s of creates at concurrency 4, posts creates for 25 s and records 10 s of it with call stacks
# (`perf record -g`, all CPUs), then prints the share of the process's samples per layer
# (bench/profile/layers.py) and the request rate. Needs perf and wrk; run as root.
# KEEP=FILE keeps the `perf script` text there, for a closer look (layers.py with other patterns).
# Usage: [INCIDENTS_BENCH_POSTGRES=…] [C=1] [KEEP=FILE] bash bench/profile/perf-layers.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
C="${C:-1}"
WORK="$(mktemp -d)"
if [ -n "${INCIDENTS_BENCH_POSTGRES:-}" ]; then
  . bench/write/pg-service.sh
  trap 'stop_service; drop_database; rm -rf "$WORK"' EXIT
  fresh_database incidents_layers_
  start_release_service PostgreSql "$(pg_connection "$db")" /dev/null \
    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
else
  . bench/write/release-service.sh
  trap 'stop_service; rm -rf "$WORK"' EXIT
  start_release_service Sqlite "Data Source=$WORK/incidents.db" /dev/null \
    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
fi
URL="http://127.0.0.1:$port/api/admin/Incident"
# Warm-up: the tiered JIT recompiles some 20,000 methods over the first 30-35 s at c=4 here.
KEY="$KEY" wrk -t1 -c4 -d40s -s bench/write/create.lua "$URL" >/dev/null
KEY="$KEY" wrk -t"$(( C < 2 ? 1 : 2 ))" -c"$C" -d25s -s bench/write/create.lua "$URL" >"$WORK/wrk.txt" &
load=$!
sleep 5
perf record -a -g -F 2000 -o "$WORK/perf.data" -- sleep 10 >/dev/null 2>&1
wait "$load" || true
grep -E "Requests/sec" "$WORK/wrk.txt"
perf script -i "$WORK/perf.data" -F comm,tid,ip,sym 2>/dev/null >"$WORK/perf.txt"
python3 bench/profile/layers.py "$WORK/perf.txt"
if [ -n "${KEEP:-}" ]; then cp "$WORK/perf.txt" "$KEEP"; fi

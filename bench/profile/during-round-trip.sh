#!/usr/bin/env bash
# What the service's process runs while a create waits for PostgreSQL (issue 16). Starts the
# Release service (or, with APP=rows, BareCreate's rows endpoint) on a fresh PostgreSQL database with bench/profile/StageHook loaded (HOOK_DUMP:
# every create's round trip, npgsql.start → npgsql.stop, in CLOCK_MONOTONIC ns) and perf maps on,
# warms it 40 s at concurrency 4, posts creates at concurrency 1 and records 8 s of it with
# `perf record -k CLOCK_MONOTONIC` (all CPUs, call stacks), then prints, for the samples that fall
# inside a round trip and for those outside, the share per process and per thread of the app, and
# the app's leading frames inside round trips (bench/profile/during_round_trip.py).
# SERVICE_ENV="NAME=VALUE …" adds to the service's environment. APP=rows records
# bench/write/BareCreate's /create-service-rows instead (the service's four inserts in one Npgsql
# batch, into the same kind of database), with the same hook and perf maps.
# Usage: INCIDENTS_BENCH_POSTGRES=… [APP=rows] [SERVICE_ENV=…] bash bench/profile/during-round-trip.sh
# Needs perf and wrk; run as root.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
db="incidents_rtprof_$RANDOM$RANDOM"; work=$(mktemp -d)
cleanup() {
  stop_service; stop_bare_create
  pg_drop "$db"; rm -rf "$work"
}
trap cleanup EXIT
psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"
build_stage_hook
hook=("$stage_hook" HOOK_REPORT=500 HOOK_DUMP="$work/trips.txt" DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
if [ "${APP:-service}" = rows ]; then
  migrate_database "$db"
  service_rows_env "$db"
  start_bare_create "$work/app.log" ConnectionString="$(pg_connection "$db")" "${rows_env[@]}" "${hook[@]}"
  recorded="$bare_pid"; url="http://127.0.0.1:$bare_port/create-service-rows"
else
  # shellcheck disable=SC2086 # the assignments are words on purpose
  start_release_service PostgreSql "$(pg_connection "$db")" "$work/app.log" "${hook[@]}" ${SERVICE_ENV:-}
  recorded="$pid"; url="http://127.0.0.1:$port/api/admin/Incident"
fi
KEY="$KEY" wrk -t1 -c4 -d40s -s bench/write/create.lua "$url" >/dev/null
KEY="$KEY" wrk -t1 -c1 -d22s -s bench/write/create.lua "$url" >"$work/wrk.txt" &
load=$!
sleep 8
: >"$work/trips.txt"
perf record -q -k CLOCK_MONOTONIC -F 2999 -a -g -o "$work/perf.data" -- sleep 8 >/dev/null 2>&1
wait "$load"
grep -E "Requests/sec" "$work/wrk.txt"
perf script -i "$work/perf.data" -F comm,pid,tid,time,ip,sym 2>/dev/null >"$work/perf.txt"
python3 bench/profile/during_round_trip.py "$work/perf.txt" "$work/trips.txt" "$recorded"

#!/usr/bin/env bash
# What an idle vCPU's wake-up costs a concurrency-1 create (issue 16). This guest has no cpuidle
# driver (/sys/devices/system/cpu/cpuidle/current_driver reads "none"): a vCPU with nothing to run
# halts at once and the host must wake it again. ROUNDS (5) × two halves, SEG (4) s per part:
# pgbench's three inserts, the Release service's create and BareCreate's /create-service-rows (the
# service's four inserts in one batch, on a database the service migrated), first alone, then beside
# N (2) sched_yield loops at nice 19, which keep every vCPU from halting and give way to any other
# task. Each app's part gives its rate and its median database round trip (npgsql.start → stop,
# from bench/profile/StageHook's HOOK_DUMP), in µs. The service runs with its defaults (workers on).
# Usage: INCIDENTS_BENCH_POSTGRES=… [ROUNDS=5] [SEG=4] [N=2] [SERVICE_ENV=…] bash bench/write/pg-idle.sh
# Needs wrk, psql, pgbench and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
suffix="$RANDOM$RANDOM"
raw="incidents_idle_raw_$suffix"; svc="incidents_idle_svc_$suffix"; rows="incidents_idle_rows_$suffix"
work=$(mktemp -d); loops=()
stop_loops() { for l in "${loops[@]}"; do kill "$l" 2>/dev/null || true; wait "$l" 2>/dev/null || true; done; loops=(); }
cleanup() {
  stop_loops; stop_service; stop_bare_create
  pg_drop "$raw" "$svc" "$rows"
  rm -rf "$work"
}
trap cleanup EXIT
for db in "$raw" "$svc" "$rows"; do psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"; done
psql -q "$(pg_url "$raw")" -f bench/write/pgbench-schema.sql
build_stage_hook
migrate_database "$rows"
service_rows_env "$rows"
# shellcheck disable=SC2086 # the assignments are words on purpose
start_release_service PostgreSql "$(pg_connection "$svc")" /dev/null "$stage_hook" HOOK_REPORT=200 \
  HOOK_DUMP="$work/service.trips" ${SERVICE_ENV:-}
start_bare_create /dev/null ConnectionString="$(pg_connection "$raw")" "${rows_env[@]}" "$stage_hook" HOOK_REPORT=200 \
  HOOK_DUMP="$work/rows.trips"
declare -A URL=([service]="http://127.0.0.1:$port/api/admin/Incident" [rows]="http://127.0.0.1:$bare_port/create-service-rows")
for side in service rows; do KEY="$KEY" wrk -t1 -c4 -d"${WARM:-30s}" -s bench/write/create.lua "${URL[$side]}" >/dev/null; done
SEG="${SEG:-4}"
# "RATE/s RT": the app's rate and the median of the round trips the hook wrote during the part.
part() {
  : >"$work/$1.trips"
  local rate
  rate=$(KEY="$KEY" wrk -t1 -c1 -d"${SEG}s" -s bench/write/create.lua "${URL[$1]}" | awk '/Requests\/sec/ {print $2}')
  sleep 0.3
  python3 - "$work/$1.trips" "$rate" <<'PY'
import statistics, sys
trips = [(int(b) - int(a)) / 1000 for a, b in (l.split() for l in open(sys.argv[1]) if l.strip())]
print("%.0f/s %.0f" % (float(sys.argv[2]), statistics.median(trips)))
PY
}
start_loops() {
  for _ in $(seq 1 "$1"); do
    nice -n 19 python3 -c 'import os
while True: os.sched_yield()' &
    loops+=("$!")
  done
  sleep 0.2
}
calc() { python3 -c "print(round($1, 3))"; }
echo "req/s and median round trip (µs); left alone, right beside ${N:-2} yield loops"
printf '%-6s %8s %14s %14s | %8s %14s %14s\n' round pgbench service rows pgbench service rows
sums=(0 0 0 0)
for round in $(seq 1 "${ROUNDS:-5}"); do
  p0=$(pgbench_create 1 "$SEG" "$raw"); s0=$(part service); r0=$(part rows)
  start_loops "${N:-2}"
  p1=$(pgbench_create 1 "$SEG" "$raw"); s1=$(part service); r1=$(part rows)
  stop_loops
  printf '%-6s %8.0f %14s %14s | %8.0f %14s %14s\n' "$round" "$p0" "$s0" "$r0" "$p1" "$s1" "$r1"
  sums=("$(calc "${sums[0]}+$p0")" "$(calc "${sums[1]}+${s0%%/*}")" "$(calc "${sums[2]}+$p1")" "$(calc "${sums[3]}+${s1%%/*}")")
done
echo "sums: service / pgbench alone $(calc "${sums[1]}/${sums[0]}"), beside the loops $(calc "${sums[3]}/${sums[2]}"); service beside / alone $(calc "${sums[3]}/${sums[1]}")"

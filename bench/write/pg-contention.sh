#!/usr/bin/env bash
# How much a busy CPU elsewhere on the machine costs a concurrency-1 create that does no work of
# its own (issue 16): bench/write/BareCreate's /create-service-rows (the service's four inserts in
# one Npgsql batch, on a database the service migrated) at c=1, ROUNDS (3) × three SEG (4s)
# segments: alone, beside one busy loop (a shell spinning, never yielding), and beside one
# sched_yield loop (Python, yielding on every turn: what the .NET thread pool's idle workers do).
# On a 2-vCPU machine the busy loop leaves a whole vCPU to the app, PostgreSQL and wrk; the drop
# in rate is what the wake-ups of the chain (wrk → app → PostgreSQL → app → wrk) pay for sharing.
# Usage: INCIDENTS_BENCH_POSTGRES=… [ROUNDS=3] [SEG=4s] bash bench/write/pg-contention.sh
# Needs wrk, psql and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
db="incidents_contention_$RANDOM$RANDOM"
cleanup() {
  stop_service
  stop_bare_create
  pg_drop "$db"
}
trap cleanup EXIT
psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"
migrate_database "$db"
service_rows_env "$db"
start_bare_create /dev/null ConnectionString="$(pg_connection "$db")" "${rows_env[@]}"
url="http://127.0.0.1:$bare_port/create-service-rows"
rate() { KEY="$KEY" wrk -t1 -c1 -d"${SEG:-4s}" -s bench/write/create.lua "$url" | awk '/Requests\/sec/ {print $2}'; }
KEY="$KEY" wrk -t1 -c1 -d"${WARM:-20s}" -s bench/write/create.lua "$url" >/dev/null
for round in $(seq 1 "${ROUNDS:-3}"); do
  alone=$(rate)
  ( while :; do :; done ) & burner=$!; sleep 0.2
  busy=$(rate); kill "$burner"; wait "$burner" 2>/dev/null || true
  python3 -c 'import os
while True: os.sched_yield()' & burner=$!; sleep 0.2
  yielding=$(rate); kill "$burner"; wait "$burner" 2>/dev/null || true
  echo "round $round, req/s: alone $alone | beside a busy loop $busy | beside a sched_yield loop $yielding"
done

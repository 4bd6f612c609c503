#!/usr/bin/env bash
# The service's database round trip against the same rows sent without the service (issue 16).
# Three web apps at concurrency 1, interleaved ROUNDS (4) × SEG (5s) after a WARM (40s) warm-up at
# WARM_C (1) connections, each with bench/profile/StageHook loaded (DOTNET_STARTUP_HOOKS):
#   bare     bench/write/BareCreate's /create: pgbench's three inserts in one Npgsql batch;
#   rows     BareCreate's /create-service-rows: the service's own four inserts (its schema,
#            statements, order and values' sizes) in one Npgsql batch, on a database the service
#            migrated; ROWS_QUERY="?spin=300" adds 300 µs of CPU in the process before the send;
#   service  the Release service's create, its outbox workers off unless WORKERS=1 (a diagnostic:
#            at concurrency 1 they change nothing, and off, the round trips are the create's alone).
# ROWS_ON_SERVICE=1 sends the rows endpoint's inserts to the service's own database instead.
# SERVICE_ENV="NAME=VALUE …" adds to the service's environment.
# Prints each round's rates, then per app the hook's medians, every HOOK_REPORT (2500) requests:
# the database round trip (npgsql.start → npgsql.received-first-response) and the whole request
# (begin → end), in µs. Full stage tables stay in $OUT (a temporary directory, printed).
# Usage: INCIDENTS_BENCH_POSTGRES=… [ROUNDS=4] [SEG=5s] [WARM=40s] [WARM_C=1] [ROWS_QUERY=…]
#        [ROWS_ON_SERVICE=1] [WORKERS=1] [SERVICE_ENV=…] bash bench/write/pg-round-trip.sh
# Needs wrk and psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
suffix="$RANDOM$RANDOM"
bare="incidents_rt_bare_$suffix"; svc="incidents_rt_svc_$suffix"; rows="incidents_rt_rows_$suffix"
OUT=$(mktemp -d); pids=()
cleanup() {
  stop_service
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pg_drop "$bare" "$svc" "$rows"
}
trap cleanup EXIT
for db in "$bare" "$svc" "$rows"; do psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"; done
psql -q "$(pg_url "$bare")" -f bench/write/pgbench-schema.sql
build_stage_hook
REPORT="${HOOK_REPORT:-2500}"

# The rows endpoint's database: migrated and bootstrapped by a service that is then stopped.
migrate_database "$rows"
workers=(); [ -n "${WORKERS:-}" ] || workers=(Notifications__Workers__Enabled=false)
# shellcheck disable=SC2086 # the assignments are words on purpose
start_release_service PostgreSql "$(pg_connection "$svc")" "$OUT/service.log" "$stage_hook" HOOK_REPORT="$REPORT" "${workers[@]}" ${SERVICE_ENV:-}
target="$rows"; [ -z "${ROWS_ON_SERVICE:-}" ] || target="$svc"
service_rows_env "$target"
declare -A URL=([service]="http://127.0.0.1:$port/api/admin/Incident")
for side in bare rows; do
  start_bare_create "$OUT/$side.log" ConnectionString="$(pg_connection "$bare")" "${rows_env[@]}" "$stage_hook" HOOK_REPORT="$REPORT"
  pids+=("$bare_pid")
  URL[$side]="http://127.0.0.1:$bare_port/create"
done
URL[rows]="${URL[rows]}-service-rows${ROWS_QUERY:-}"

SIDES=(bare rows service)
for side in "${SIDES[@]}"; do
  r=$(KEY="$KEY" wrk -t1 -c"${WARM_C:-1}" -d"${WARM:-40s}" -s bench/write/create.lua "${URL[$side]}")
  grep -q "non2xx 0" <<<"$r" || { echo "$side answered non-2xx: $r" >&2; exit 1; }
done
# Only the hook's reports written after the warm-up count.
declare -A SKIP_LINES
for side in "${SIDES[@]}"; do SKIP_LINES[$side]=$(wc -l <"$OUT/$side.log"); done
for round in $(seq 1 "${ROUNDS:-4}"); do
  line="round $round, req/s:"
  for side in "${SIDES[@]}"; do
    rate=$(KEY="$KEY" wrk -t1 -c1 -d"${SEG:-5s}" -s bench/write/create.lua "${URL[$side]}" | awk '/Requests\/sec/ {print $2}')
    line="$line $side $rate"
  done
  echo "$line"
done
sleep 1
echo "medians per $REPORT requests after the warm-up, µs: database round trip (npgsql.start → first response) / whole request"
for side in "${SIDES[@]}"; do
  python3 - "$OUT/$side.log" "${SKIP_LINES[$side]}" "$side" <<'PY'
import sys
lines = open(sys.argv[1]).read().splitlines()[int(sys.argv[2]):]
out, block = [], {}
for line in lines + ["=="]:
    if line.startswith("=="):
        if "npgsql.start" in block and "npgsql.received-first-response" in block:
            trip = block["npgsql.received-first-response"] - block["npgsql.start"]
            out.append("%.0f/%.0f" % (trip, block.get("asp.Hosting.EndRequest", 0)))
        block = {}
    elif "(+" in line:
        parts = line.split()
        block[parts[-1]] = float(parts[0])
print("%-8s %s" % (sys.argv[3], " ".join(out)))
PY
done
echo "stage tables: $OUT"
trap - EXIT; cleanup

#!/usr/bin/env bash
# The floor under the PostgreSQL concurrency-1 target (issue 16: the service's create ≥ 0.4 of
# pgbench's three inserts). Side by side at concurrency 1, pgbench's transaction
# (bench/write/pgbench-create.sql) and three web apps doing a create:
#   bare     the same three inserts behind a bare ASP.NET Core endpoint (bench/write/BareCreate:
#            the seed's body in, one Npgsql batch, the envelope out, none of the service's pipeline);
#   ef       the same endpoint writing them through EF Core's SaveChanges (still one round trip);
#   service  the Release service's create, on its own fresh database.
# All are warmed with WARM (20s) at concurrency 4, then ROUNDS (8) × (pgbench SEG, bare SEG,
# pgbench SEG, ef SEG, pgbench SEG, service SEG), interleaved so the machine's drift falls on all
# alike. Prints each round, each web app's CPU per request over its segments (user + system time
# from /proc; the service's includes its outbox workers) and the sums' ratios: bare / pgbench is
# what the platform (Kestrel, the runtime, Npgsql, wrk) leaves of pgbench's rate on this machine,
# ef / bare what EF Core's unit of work costs, service / bare what all of the service's work costs.
# Usage: INCIDENTS_BENCH_POSTGRES=… [ROUNDS=8] [SEG=3] [WARM=20s] bash bench/write/pg-floor.sh
# Needs wrk, psql, pgbench.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
SEG="${SEG:-3}"
suffix="$RANDOM$RANDOM"
raw="incidents_floor_raw_$suffix"; bare="incidents_floor_bare_$suffix"; svc="incidents_floor_svc_$suffix"
pids=(); rate=$(mktemp)
cleanup() {
  rm -f "$rate"
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  for db in "$raw" "$bare" "$svc"; do psql -q "$(pg_url postgres)" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; done
}
trap cleanup EXIT
for db in "$raw" "$bare" "$svc"; do psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"; done
for db in "$raw" "$bare"; do psql -q "$(pg_url "$db")" -f bench/write/pgbench-schema.sql; done

start_release_service PostgreSql "$(pg_connection "$svc")" /dev/null
pids+=("$pid")
declare -A URL=([service]="http://127.0.0.1:$port/api/admin/Incident") PID=([service]="$pid")

dotnet build bench/write/BareCreate -c Release -v q -nologo >/dev/null
bare_port=$(free_port)
(
  ASPNETCORE_ENVIRONMENT=Production ConnectionString="$(pg_connection "$bare")" \
    exec dotnet bench/write/BareCreate/bin/Release/net10.0/BareCreate.dll --urls "http://127.0.0.1:$bare_port"
) >/dev/null 2>&1 &
pids+=("$!"); PID[bare]="$!"; PID[ef]="$!"
URL[bare]="http://127.0.0.1:$bare_port/create"; URL[ef]="http://127.0.0.1:$bare_port/create-ef"
for _ in $(seq 1 120); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$bare_port/")" != 000 ] && break; sleep 0.5; done

SIDES=(bare ef service)
for side in "${SIDES[@]}"; do KEY="$KEY" wrk -t1 -c4 -d"${WARM:-20s}" -s bench/write/create.lua "${URL[$side]}" >/dev/null; done
# The bare endpoints ignore the key header create.lua sends; a non-2xx from any is fatal.
declare -A TICKS COUNT RATE BASE
for side in "${SIDES[@]}"; do TICKS[$side]=0; COUNT[$side]=0; RATE[$side]=0; BASE[$side]=0; done
ticks() { awk '{print $14 + $15}' "/proc/${PID[$1]}/stat"; }
run() {
  local out before
  before=$(ticks "$1")
  out=$(KEY="$KEY" wrk -t1 -c1 -d"${SEG}s" -s bench/write/create.lua "${URL[$1]}")
  TICKS[$1]=$((TICKS[$1] + $(ticks "$1") - before))
  COUNT[$1]=$((COUNT[$1] + $(awk '/requests in/ {print $1}' <<<"$out")))
  [ "$(awk '/^non2xx/ {print $2}' <<<"$out")" = 0 ] || { echo "$1 answered non-2xx" >&2; exit 1; }
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
baseline() { pgbench_create 1 "$SEG" "$raw"; }
calc() { python3 -c "print(round($1, 3))"; }
printf '%-6s' round; for side in "${SIDES[@]}"; do printf ' %9s %9s %7s' pgbench "$side" "/pgb"; done; echo
for round in $(seq 1 "${ROUNDS:-8}"); do
  printf '%-6s' "$round"
  for side in "${SIDES[@]}"; do
    # run counts CPU and requests in this shell, so its rate goes through a file, not $(…).
    p=$(baseline); run "$side" >"$rate"; r=$(<"$rate")
    printf ' %9.1f %9.1f %7s' "$p" "$r" "$(calc "$r/$p")"
    RATE[$side]=$(calc "${RATE[$side]}+$r"); BASE[$side]=$(calc "${BASE[$side]}+$p")
  done
  echo
done
hz=$(getconf CLK_TCK)
printf 'CPU per request:'; for side in "${SIDES[@]}"; do printf ' %s %s ms' "$side" "$(calc "${TICKS[$side]}*1000/$hz/${COUNT[$side]}")"; done; echo
printf 'sums:'; for side in "${SIDES[@]}"; do printf '   %s / pgbench %s' "$side" "$(calc "${RATE[$side]}/${BASE[$side]}")"; done
echo "   ef / bare $(calc "${RATE[ef]}/${RATE[bare]}")   service / bare $(calc "${RATE[service]}/${RATE[bare]}")"

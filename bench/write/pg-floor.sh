#!/usr/bin/env bash
# The floor under the PostgreSQL concurrency-1 target (issue 16: the service's create ≥ 0.4 of
# pgbench's three inserts). Three things side by side at concurrency 1, each on its own fresh
# database: pgbench's transaction (bench/write/pgbench-create.sql); the same three inserts behind a
# bare ASP.NET Core endpoint (bench/write/BareCreate: the seed's body in, one Npgsql batch, the
# envelope out, none of the service's pipeline); and the Release service's create. Both web apps
# are warmed with WARM (20s) at concurrency 4, then ROUNDS (8) × (pgbench SEG, bare SEG, pgbench
# SEG, service SEG), interleaved so the machine's drift falls on all alike. Prints each round and
# the sums' ratios: bare / pgbench is what the platform (Kestrel, the runtime, Npgsql, wrk) leaves
# of pgbench's rate on this machine; service / bare is what the service's own work costs. Also
# each web app's CPU per request over its segments (user + system time from /proc; the
# service's includes its outbox workers).
# Usage: INCIDENTS_BENCH_POSTGRES=… [ROUNDS=8] [SEG=3] [WARM=20s] bash bench/write/pg-floor.sh
# Needs wrk, psql, pgbench.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${INCIDENTS_BENCH_POSTGRES:?set INCIDENTS_BENCH_POSTGRES}"
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

start_release_service PostgreSql "${INCIDENTS_BENCH_POSTGRES/Database=postgres/Database=$svc}" /dev/null
pids+=("$pid")
declare -A URL=([service]="http://127.0.0.1:$port/api/admin/Incident") PID=([service]="$pid")

dotnet build bench/write/BareCreate -c Release -v q -nologo >/dev/null
bare_port=$(free_port)
(
  ASPNETCORE_ENVIRONMENT=Production ConnectionString="${INCIDENTS_BENCH_POSTGRES/Database=postgres/Database=$bare}" \
    exec dotnet bench/write/BareCreate/bin/Release/net10.0/BareCreate.dll --urls "http://127.0.0.1:$bare_port"
) >/dev/null 2>&1 &
pids+=("$!"); PID[bare]="$!"
URL[bare]="http://127.0.0.1:$bare_port/create"
for _ in $(seq 1 120); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$bare_port/")" != 000 ] && break; sleep 0.5; done

for side in bare service; do KEY="$KEY" wrk -t1 -c4 -d"${WARM:-20s}" -s bench/write/create.lua "${URL[$side]}" >/dev/null; done
# The bare endpoint ignores the key header create.lua sends; a non-2xx from either is fatal.
declare -A TICKS=([bare]=0 [service]=0) COUNT=([bare]=0 [service]=0)
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
sum_b=0; sum_s=0; base_b=0; base_s=0
printf '%-6s %9s %9s %7s %9s %9s %7s\n' round pgbench bare "b/pgb" pgbench service "s/pgb"
for round in $(seq 1 "${ROUNDS:-8}"); do
  # run counts CPU and requests in this shell, so its rate goes through a file, not $(…).
  p1=$(baseline); run bare >"$rate"; b=$(<"$rate"); p2=$(baseline); run service >"$rate"; s=$(<"$rate")
  printf '%-6s %9.1f %9.1f %7s %9.1f %9.1f %7s\n' "$round" "$p1" "$b" "$(calc "$b/$p1")" "$p2" "$s" "$(calc "$s/$p2")"
  sum_b=$(calc "$sum_b+$b"); sum_s=$(calc "$sum_s+$s"); base_b=$(calc "$base_b+$p1"); base_s=$(calc "$base_s+$p2")
done
hz=$(getconf CLK_TCK)
echo "CPU per request: bare $(calc "${TICKS[bare]}*1000/$hz/${COUNT[bare]}") ms, service $(calc "${TICKS[service]}*1000/$hz/${COUNT[service]}") ms"
echo "sums: bare / pgbench $(calc "$sum_b/$base_b")   service / pgbench $(calc "$sum_s/$base_s")   service / bare $(calc "$sum_s/$sum_b")"

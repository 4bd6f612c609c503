#!/usr/bin/env bash
# The floor under the PostgreSQL concurrency-1 target (issue 16: the service's create ≥ 0.4 of
# pgbench's three inserts). Side by side at concurrency 1, pgbench's transaction
# (bench/write/pgbench-create.sql) and three web apps doing a create:
#   bare     the same three inserts behind a bare ASP.NET Core endpoint (bench/write/BareCreate:
#            the seed's body in, one Npgsql batch, the envelope out, none of the service's pipeline);
#   ef       the same endpoint writing them through EF Core's SaveChanges (still one round trip);
#   service  the Release service's create, on its own fresh database.
# All are warmed with WARM (40s) at concurrency 4, then ROUNDS (8) × (pgbench SEG, bare SEG,
# pgbench SEG, ef SEG, pgbench SEG, service SEG), interleaved so the machine's drift falls on all
# alike. Prints each round, each web app's CPU per request over its segments (user + system time
# from /proc; the service's includes its outbox workers) and the sums' ratios: bare / pgbench is
# what the platform (Kestrel, the runtime, Npgsql, wrk) leaves of pgbench's rate on this machine,
# ef / bare what EF Core's unit of work costs, service / bare what all of the service's work costs.
# PHASES=1 also captures each web app segment's loopback packets (tcpdump) and prints, per app, the
# median (mean) milliseconds of a request before the database, in it, after it, and in the client
# (bench/write/phases.py): where the wall time goes, without instrumenting the process.
# ROWS=1 adds pgbench running the service's own four inserts in one round trip on the service's
# database (bench/write/pgbench-service-pipeline.sql): what PostgreSQL alone allows for the
# service's rows, so service / rows is the share the service's process leaves of it.
# SERVICE_ENV="NAME=VALUE …" adds to the service's environment (a diagnostic switch).
# Usage: INCIDENTS_BENCH_POSTGRES=… [ROUNDS=8] [SEG=3] [WARM=40s] [PHASES=1] [ROWS=1] [SERVICE_ENV=…] bash bench/write/pg-floor.sh
# Needs wrk, psql, pgbench (and tcpdump for PHASES=1; run as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
SEG="${SEG:-3}"
suffix="$RANDOM$RANDOM"
raw="incidents_floor_raw_$suffix"; bare="incidents_floor_bare_$suffix"; svc="incidents_floor_svc_$suffix"
pids=(); rate=$(mktemp); captures=$(mktemp -d)
if [ -n "${PHASES:-}" ]; then
  command -v tcpdump >/dev/null || { echo "PHASES=1 needs tcpdump" >&2; exit 1; }
  [ "$SEG" -ge 2 ] || { echo "PHASES=1 needs SEG of 2 s or more" >&2; exit 1; }
fi
cleanup() {
  rm -rf "$rate" "$captures"
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pg_drop "$raw" "$bare" "$svc"
}
trap cleanup EXIT
for db in "$raw" "$bare" "$svc"; do psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"; done
for db in "$raw" "$bare"; do psql -q "$(pg_url "$db")" -f bench/write/pgbench-schema.sql; done

# shellcheck disable=SC2086 # the assignments are words on purpose
start_release_service PostgreSql "$(pg_connection "$svc")" /dev/null ${SERVICE_ENV:-}
pids+=("$pid")
declare -A URL=([service]="http://127.0.0.1:$port/api/admin/Incident") PID=([service]="$pid")

start_bare_create /dev/null ConnectionString="$(pg_connection "$bare")"
pids+=("$bare_pid"); PID[bare]="$bare_pid"; PID[ef]="$bare_pid"
URL[bare]="http://127.0.0.1:$bare_port/create"; URL[ef]="http://127.0.0.1:$bare_port/create-ef"
declare -A PORT=([service]="$port" [bare]="$bare_port" [ef]="$bare_port")

SIDES=(bare ef service)
for side in "${SIDES[@]}"; do KEY="$KEY" wrk -t1 -c4 -d"${WARM:-40s}" -s bench/write/create.lua "${URL[$side]}" >/dev/null; done
# The bare endpoints ignore the key header create.lua sends; a non-2xx from any is fatal.
declare -A TICKS SWITCHES COUNT RATE BASE
for side in "${SIDES[@]}"; do TICKS[$side]=0; SWITCHES[$side]=0; COUNT[$side]=0; RATE[$side]=0; BASE[$side]=0; done
ticks() { awk '{print $14 + $15}' "/proc/${PID[$1]}/stat"; }
# Context switches of all the process's threads (voluntary and not): each is a wake-up, and on this
# kind of VM a wake-up costs tens of microseconds.
switches() { cat /proc/"${PID[$1]}"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {n += $2} END {print n}'; }
# Packets that carry data, to and from the app's port and PostgreSQL's, for the segment (less its
# first and last half second).
capture() {
  sleep 0.5
  timeout "$(( SEG - 1 ))" tcpdump -i lo -nn -tt -q \
    "(port $2 or port 5432) and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)" \
    >"$captures/$1.$round" 2>/dev/null || true
}
run() {
  local out before sw tap=""
  before=$(ticks "$1"); sw=$(switches "$1")
  if [ -n "${PHASES:-}" ]; then capture "$1" "${PORT[$1]}" & tap=$!; fi
  out=$(KEY="$KEY" wrk -t1 -c1 -d"${SEG}s" -s bench/write/create.lua "${URL[$1]}")
  if [ -n "$tap" ]; then wait "$tap"; fi
  TICKS[$1]=$((TICKS[$1] + $(ticks "$1") - before))
  SWITCHES[$1]=$((SWITCHES[$1] + $(switches "$1") - sw))
  COUNT[$1]=$((COUNT[$1] + $(awk '/requests in/ {print $1}' <<<"$out")))
  [ "$(awk '/^non2xx/ {print $2}' <<<"$out")" = 0 ] || { echo "$1 answered non-2xx" >&2; exit 1; }
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
baseline() { pgbench_create 1 "$SEG" "$raw"; }
calc() { python3 -c "print(round($1, 3))"; }
rows_sum=0; rows_base=0
if [ -n "${ROWS:-}" ]; then
  service_ids "$svc"
  rows() {
    "$PGBENCH" -n -M prepared -c 1 -T "$SEG" -D page="$service_page" -D key="$service_key" \
      -f bench/write/pgbench-service-pipeline.sql "$(pg_url "$svc")" 2>/dev/null | awk '/^tps/ {print $3}'
  }
fi
printf '%-6s' round; for side in "${SIDES[@]}"; do printf ' %9s %9s %7s' pgbench "$side" "/pgb"; done
if [ -n "${ROWS:-}" ]; then printf ' %9s %9s %7s' pgbench rows "/pgb"; fi; echo
for round in $(seq 1 "${ROUNDS:-8}"); do
  printf '%-6s' "$round"
  for side in "${SIDES[@]}"; do
    # run counts CPU and requests in this shell, so its rate goes through a file, not $(…).
    p=$(baseline); run "$side" >"$rate"; r=$(<"$rate")
    printf ' %9.1f %9.1f %7s' "$p" "$r" "$(calc "$r/$p")"
    RATE[$side]=$(calc "${RATE[$side]}+$r"); BASE[$side]=$(calc "${BASE[$side]}+$p")
  done
  if [ -n "${ROWS:-}" ]; then
    p=$(baseline); r=$(rows)
    printf ' %9.1f %9.1f %7s' "$p" "$r" "$(calc "$r/$p")"
    rows_sum=$(calc "$rows_sum+$r"); rows_base=$(calc "$rows_base+$p")
  fi
  echo
done
hz=$(getconf CLK_TCK)
printf 'CPU per request:'; for side in "${SIDES[@]}"; do printf ' %s %s ms' "$side" "$(calc "${TICKS[$side]}*1000/$hz/${COUNT[$side]}")"; done; echo
printf 'context switches per request:'; for side in "${SIDES[@]}"; do printf ' %s %s' "$side" "$(calc "${SWITCHES[$side]}/${COUNT[$side]}")"; done; echo
if [ -n "${PHASES:-}" ]; then
  echo "ms per request, median (mean): before the database, database, after the database, client, total"
  for side in "${SIDES[@]}"; do python3 bench/write/phases.py "${PORT[$side]}" "$side" "$captures/$side".*; done
fi
printf 'sums:'; for side in "${SIDES[@]}"; do printf '   %s / pgbench %s' "$side" "$(calc "${RATE[$side]}/${BASE[$side]}")"; done
echo "   ef / bare $(calc "${RATE[ef]}/${RATE[bare]}")   service / bare $(calc "${RATE[service]}/${RATE[bare]}")"
if [ -n "${ROWS:-}" ]; then
  echo "rows / pgbench $(calc "$rows_sum/$rows_base")   service / rows $(calc "${RATE[service]}/$rows_sum")"
fi

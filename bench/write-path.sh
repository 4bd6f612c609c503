#!/usr/bin/env bash
# The write path (issue 16), against baselines measured in the same run. Starts the service in
# Release with rate limits lifted, and with wrk posts the seed's create body (no components,
# IsNotify false) and PUTs updates:
#   SQLite: create at concurrency 1 and 16 vs a bare SQLite loop of the same three inserts
#           (the loop also runs on tmpfs, to show what the machine's disk costs), and vs
#           Uptime Kuma 2 posting an incident (the 724/s the issue quotes is Kuma's, measured on
#           another machine) when bench/kuma/install.sh has installed it (KUMA=0 leaves it out);
#           a 30 s run at concurrency 1 for stalls (max latency);
#           create and update with 100,000 stored updates vs an empty database;
#           an update on an incident with 2,000 updates vs one on a fresh incident (the two in
#           turn, the order swapped every round; the row also gives the median of the pairs).
#   PostgreSQL (when INCIDENTS_BENCH_POSTGRES is set, a login that may CREATE DATABASE):
#           create at concurrency 1 and 16 vs pgbench running the same three inserts, each
#           concurrency on its own instance (so the concurrency-1 runs do not inherit the pool of
#           18 connections the concurrency-16 runs grow; the warm-up below grows it to about 5,
#           which measured 0.991 of a pool warmed at concurrency 1: docs/performance.md).
#   Fan-out (bench/Incidents.Notifications.Bench, on SQLite and, when set, PostgreSQL): an
#           incident on a page with 10,000 webhook subscribers, 12 rounds in one host, each
#           followed by the plain HttpClient loop posting the same bodies at the same concurrency:
#           deliveries/s and first webhook of the warm rounds, ratio to the paired loop,
#           duplicates; REPEAT runs per database, alternated, the row giving their medians and
#           each run's ratio (about 40 s per run).
# Usage: [REPEAT=3] [DURATION=10s] [WARMUP=40s] [SYNC=Normal|Full] [PARTS="sqlite postgres fanout"] bash bench/write-path.sh
# Each service instance first takes WARMUP of creates at concurrency 4: the JIT recompiles the
# hot path with profile data (tiered PGO) over the first tens of thousands of requests (on
# PostgreSQL here, some 20,000 methods in the first 30–35 s at concurrency 4), and a
# service that has been running is measured, not one still compiling.
# Needs wrk, curl, python3 (and pgbench for the PostgreSQL part; node for Uptime Kuma).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"; DURATION_SAVED="$DURATION"
WARMUP="${WARMUP:-40s}"
REPEAT="${REPEAT:-3}"
SYNC="${SYNC:-Normal}"
. bench/write/release-service.sh   # KEY, start_release_service
. bench/kuma/kuma-service.sh       # kuma_installed, start_kuma, kuma_post
WORK="$(mktemp -d)"
PIDS=()
SHM=""   # the bare loop's tmpfs folder, while it exists
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$WORK" ${SHM:+"$SHM"}; }
trap cleanup EXIT

dotnet build bench/Incidents.Notifications.Bench -c Release -v q -nologo >/dev/null

# start NAME PROVIDER CONNECTION → sets URL to the instance's base URL (its output in $WORK/NAME.log)
start() {
  start_release_service "$2" "$3" "$WORK/$1.log" Database__Sqlite__Synchronous="$SYNC"
  PIDS+=("$pid")
  URL="http://127.0.0.1:$port"
}
stop_all() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; PIDS=(); }
seed() { dotnet bench/Incidents.Notifications.Bench/bin/Release/net10.0/Incidents.Notifications.Bench.dll seed-history "$@"; }

# wrk_case CONCURRENCY SCRIPT URL [INCIDENT] → "rps p50 p99 max non2xx"
wrk_case() {
  local out
  out=$(KEY="$KEY" INCIDENT="${4:-}" wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"$DURATION" -s "$2" "$3/api/admin/Incident")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '/^p50_ms/ {print $2}' <<<"$out") $(awk '/^p99_ms/ {print $2}' <<<"$out") $(awk '/^max_ms/ {print $2}' <<<"$out") $(awk '/^non2xx/ {print $2}' <<<"$out")"
}
# warm_up URL: creates at concurrency 4 for WARMUP (JIT, connections), results discarded
warm_up() { DURATION="$WARMUP" wrk_case 4 bench/write/create.lua "$1" >/dev/null; }
# median_to DIGITS VALUE... → their median with DIGITS decimals; median: one decimal (rates)
median_to() { python3 -c 'import statistics,sys; print(f"{statistics.median(map(float, sys.argv[2:])):.{int(sys.argv[1])}f}")' "$@"; }
median() { median_to 1 "$@"; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
col() { awk -v c="$1" '{print $c}'; }
# med FIELD RUN... → the median of one field of wrk_case results
med() { local field=$1; shift; local values=(); for r in "$@"; do values+=("$(col "$field" <<<"$r")"); done; median "${values[@]}"; }
row() { printf '%-58s %9s %9s %9s %9s  %s\n' "$@"; }

if [[ " ${PARTS:-sqlite postgres fanout} " == *" sqlite "* ]]; then
echo "== SQLite (synchronous=$SYNC), wrk $DURATION per run, medians of $REPEAT alternating runs"
python3 bench/write/sqlite_baseline.py "$WORK/warm.db" "$SYNC" 2 >/dev/null
# The seeded database: the service creates it, stops, the seeder fills it, the service restarts.
start seeded Sqlite "Data Source=$WORK/seeded.db"; stop_all
read -r LONG FRESH STORED < <(seed Sqlite "Data Source=$WORK/seeded.db" 2000 50 2000 | tail -1 | sed 's/[a-z]*=//g')
start empty Sqlite "Data Source=$WORK/empty.db"; EMPTY=$URL
start seeded Sqlite "Data Source=$WORK/seeded.db"; SEEDED=$URL
warm_up "$EMPTY"
warm_up "$SEEDED"
KUMA_RUNS=$([ "${KUMA:-1}" != 0 ] && kuma_installed && echo 1 || true)
if [ -n "$KUMA_RUNS" ]; then
  start_kuma "$WORK/kuma" "$WORK/kuma.log"; PIDS+=("$kuma_pid")
  kuma_post 4 "${WARMUP%s}" >/dev/null # V8 compiles its hot path too
fi

# update_case INCIDENT → one wrk_case of PUTs on that incident of the seeded database
update_case() { wrk_case 1 bench/write/update.lua "$SEEDED" "$1"; }
bare=(); shm=(); c1=(); c16=(); seeded=(); upd_fresh=(); upd_long=(); upd_pair=(); kuma1=(); kuma16=(); kpair1=(); kpair16=()
# The same bare loop in memory (tmpfs), when the machine has one: the absolute create target
# (724/s) depends on the disk under $WORK, and machines of this kind have differed by 2× there.
SHM=$([ -d /dev/shm ] && [ -w /dev/shm ] && mktemp -d -p /dev/shm || true)
for round in $(seq 1 "$REPEAT"); do
  bare+=("$(python3 bench/write/sqlite_baseline.py "$WORK/bare.db" "$SYNC" "${DURATION%s}")")
  if [ -n "$SHM" ]; then shm+=("$(python3 bench/write/sqlite_baseline.py "$SHM/bare.db" "$SYNC" "${DURATION%s}")"); fi
  c1+=("$(wrk_case 1 bench/write/create.lua "$EMPTY")")
  seeded+=("$(wrk_case 1 bench/write/create.lua "$SEEDED")")
  c16+=("$(wrk_case 16 bench/write/create.lua "$EMPTY")")
  if [ -n "$KUMA_RUNS" ]; then
    # In the same round as the service's creates (its c=16 run just before): the pair shares the machine's drift.
    kuma1+=("$(kuma_post 1 "${DURATION%s}")"); kpair1+=("$(ratio "$(col 1 <<<"${c1[-1]}")" "$(col 1 <<<"${kuma1[-1]}")")")
    kuma16+=("$(kuma_post 16 "${DURATION%s}")"); kpair16+=("$(ratio "$(col 1 <<<"${c16[-1]}")" "$(col 1 <<<"${kuma16[-1]}")")")
  fi
  # The two incidents in turn, the order swapped every round (as bench/write/update-ab.sh does),
  # and each round's pair kept: a slow stretch then falls on both sides of a pair.
  if (( round % 2 )); then f=$(update_case "$FRESH"); l=$(update_case "$LONG"); else l=$(update_case "$LONG"); f=$(update_case "$FRESH"); fi
  upd_fresh+=("$f"); upd_long+=("$l")
  upd_pair+=("$(ratio "$(col 1 <<<"${upd_long[-1]}")" "$(col 1 <<<"${upd_fresh[-1]}")")")
done
B=$(median "${bare[@]}")
row "case" "req/s" "p50 ms" "p99 ms" "max ms" "ratio"
row "bare SQLite, 3 inserts per transaction (c=1)" "$B" "" "" "" "runs: ${bare[*]}"
if [ -n "$SHM" ]; then
  rm -rf "$SHM"; SHM=""
  row "  the same in memory (tmpfs): the machine, not a target" "$(median "${shm[@]}")" "" "" "" "disk / memory $(ratio "$B" "$(median "${shm[@]}")"); runs: ${shm[*]}"
fi
for name in c1 c16 seeded; do
  declare -n runs=$name
  label=$([ $name = c1 ] && echo "create, c=1, empty database" || ([ $name = c16 ] && echo "create, c=16, empty database" || echo "create, c=1, $STORED stored updates"))
  base=$([ $name = seeded ] && med 1 "${c1[@]}" || echo "$B")
  of=$([ $name = seeded ] && echo "of empty" || echo "of bare")
  row "$label" "$(med 1 "${runs[@]}")" "$(med 2 "${runs[@]}")" "$(med 3 "${runs[@]}")" "$(med 4 "${runs[@]}")" "$(ratio "$(med 1 "${runs[@]}")" "$base") $of; non-2xx $(med 5 "${runs[@]}")"
done
if [ -n "$KUMA_RUNS" ]; then
  for n in 1 16; do
    declare -n kr=kuma$n ours=c$n pairs=kpair$n
    row "Uptime Kuma 2 postIncident, c=$n (table emptied first)" "$(med 1 "${kr[@]}")" "$(med 2 "${kr[@]}")" "$(med 3 "${kr[@]}")" "$(med 4 "${kr[@]}")" "errors $(med 5 "${kr[@]}")"
    row "  create, c=$n / Uptime Kuma, c=$n" "" "" "" "" "$(ratio "$(med 1 "${ours[@]}")" "$(med 1 "${kr[@]}")") of medians; paired $(median_to 2 "${pairs[@]}"): ${pairs[*]}"
  done
elif [ "${KUMA:-1}" != 0 ]; then
  echo "(Uptime Kuma 2 not measured: bash bench/kuma/install.sh installs it)"
fi
row "update, fresh incident (seeded db)" "$(med 1 "${upd_fresh[@]}")" "$(med 2 "${upd_fresh[@]}")" "$(med 3 "${upd_fresh[@]}")" "$(med 4 "${upd_fresh[@]}")" ""
row "update, incident with 2,000 updates" "$(med 1 "${upd_long[@]}")" "$(med 2 "${upd_long[@]}")" "$(med 3 "${upd_long[@]}")" "$(med 4 "${upd_long[@]}")" "$(ratio "$(med 1 "${upd_long[@]}")" "$(med 1 "${upd_fresh[@]}")") of fresh; paired $(median_to 2 "${upd_pair[@]}"): ${upd_pair[*]}"
DURATION=30s
r=$(wrk_case 1 bench/write/create.lua "$EMPTY")
row "create, c=1, one 30 s run (stalls: max)" "$(col 1 <<<"$r")" "$(col 2 <<<"$r")" "$(col 3 <<<"$r")" "$(col 4 <<<"$r")" "non-2xx $(col 5 <<<"$r")"
DURATION="${DURATION_SAVED:-10s}"
stop_all
fi

if [ -n "${INCIDENTS_BENCH_POSTGRES:-}" ] && [[ " ${PARTS:-sqlite postgres fanout} " == *" postgres "* ]]; then
  echo "== PostgreSQL"
  suffix="$RANDOM$RANDOM"; db1="incidents_write1_$suffix"; db16="incidents_write16_$suffix"; raw="incidents_raw_$suffix"
  . bench/write/pg-url.sh
  drop_pg() { pg_drop "$db1" "$db16" "$raw"; }
  psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db1" -c "CREATE DATABASE $db16" -c "CREATE DATABASE $raw"
  trap 'cleanup; drop_pg || true' EXIT
  psql -q "$(pg_url "$raw")" -f bench/write/pgbench-schema.sql
  # One instance per concurrency, alternated as before. Npgsql hands idle connections out in
  # turn, so on one instance the concurrency-1 runs measured a pool that the concurrency-16 run
  # before had grown to 18 connections, each backend cold by its turn: 0.84 of the same service
  # on a pool sized for its load (ADR 0182). pgbench at concurrency 1 has one connection.
  start pg1 PostgreSql "$(pg_connection "$db1")"; PG1=$URL
  start pg16 PostgreSql "$(pg_connection "$db16")"; PG16=$URL
  warm_up "$PG1"; warm_up "$PG16"
  pg1=(); pg16=(); raw1=(); raw16=(); pair1=(); pair16=()
  pgb() { pgbench_create "$1" "${DURATION%s}" "$raw"; }
  for _ in $(seq 1 "$REPEAT"); do
    raw1+=("$(pgb 1)"); pg1+=("$(wrk_case 1 bench/write/create.lua "$PG1")")
    raw16+=("$(pgb 16)"); pg16+=("$(wrk_case 16 bench/write/create.lua "$PG16")")
    # Each service run against the pgbench run just before it: the machine's load drifts over
    # tens of seconds, so adjacent runs share more of it than the medians of all runs do.
    pair1+=("$(ratio "$(col 1 <<<"${pg1[-1]}")" "${raw1[-1]}")")
    pair16+=("$(ratio "$(col 1 <<<"${pg16[-1]}")" "${raw16[-1]}")")
  done
  row "pgbench, the three inserts, c=1" "$(median "${raw1[@]}")" "" "" "" "runs: ${raw1[*]}"
  row "create through the service, c=1" "$(med 1 "${pg1[@]}")" "$(med 2 "${pg1[@]}")" "$(med 3 "${pg1[@]}")" "$(med 4 "${pg1[@]}")" "$(ratio "$(med 1 "${pg1[@]}")" "$(median "${raw1[@]}")") of pgbench (target >= 0.4); paired $(median_to 2 "${pair1[@]}"): ${pair1[*]}"
  row "pgbench, the three inserts, c=16" "$(median "${raw16[@]}")" "" "" "" "runs: ${raw16[*]}"
  row "create through the service, c=16" "$(med 1 "${pg16[@]}")" "$(med 2 "${pg16[@]}")" "$(med 3 "${pg16[@]}")" "$(med 4 "${pg16[@]}")" "$(ratio "$(med 1 "${pg16[@]}")" "$(median "${raw16[@]}")") of pgbench (target >= 0.5); paired $(median_to 2 "${pair16[@]}"): ${pair16[*]}"
  stop_all
  # Dropped now, not at exit: autovacuum works through this part's tables after its writes
  # (seen in pg_stat_activity), and must not while the fan-out part below is measured.
  drop_pg
  trap cleanup EXIT
fi

if [[ " ${PARTS:-sqlite postgres fanout} " == *" fanout "* ]]; then
  echo "== Fan-out, 10,000 webhook subscribers (12 rounds in one host; the plain HttpClient loop after each round)"
  row "case" "deliv/s" "first ms" "max ms" "" "ratio (warm rounds 9-12)"
  # REPEAT runs per database, alternated, so both meet the same drift of the machine's load.
  fanout() {
    dotnet bench/Incidents.Notifications.Bench/bin/Release/net10.0/Incidents.Notifications.Bench.dll 10000 >"$WORK/fanout-$1-$2.txt" 2>&1 || true
  }
  for i in $(seq -w 1 "$REPEAT"); do
    (unset INCIDENTS_BENCH_POSTGRES; fanout SQLite "$i")
    if [ -n "${INCIDENTS_BENCH_POSTGRES:-}" ]; then fanout PostgreSQL "$i"; fi
  done
  python3 bench/write/fanout_summary.py SQLite "$WORK"/fanout-SQLite-*.txt || true
  if [ -n "${INCIDENTS_BENCH_POSTGRES:-}" ]; then
    python3 bench/write/fanout_summary.py PostgreSQL "$WORK"/fanout-PostgreSQL-*.txt || true
  fi
fi

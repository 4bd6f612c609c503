#!/usr/bin/env bash
# Two configurations of the service side by side at concurrency C (1) on PostgreSQL (issue 16), e.g.
# a diagnostic switch against the default: both Release services up at once on their own fresh
# databases, warmed with WARM (40s) of creates at concurrency 4, then ROUNDS (8) × (pgbench SEG,
# A SEG, pgbench SEG, B SEG) — short segments, interleaved, so the machine's drift over tens of
# seconds falls on both and on their baselines alike. Prints each round and the sums' ratios:
# A / pgbench, B / pgbench and B / A, each with a 95 % interval from resampling the rounds
# (ab_summary.py). A and B are environment assignments for the service; A_CONN and B_CONN are
# appended to that side's connection string (e.g. B_CONN=";Multiplexing=true"), A_PGB and B_PGB
# to the URL of the pgbench segment before that side (e.g. B_PGB="?sslmode=disable"); A_SEG and B_SEG
# give that side (and the pgbench segment before it) its own length in seconds; A_WARM_C and
# B_WARM_C that side's warm-up concurrency (4), which sets how many connections its pool holds.
# Usage: INCIDENTS_BENCH_POSTGRES=… A="" B="Notifications__Workers__Enabled=false" \
#        [A_CONN=""] [B_CONN=""] [A_PGB=""] [B_PGB=""] [A_SEG=$SEG] [B_SEG=$SEG] [A_WARM_C=4] [B_WARM_C=4]
#        [C=1] [ROUNDS=8] [SEG=3] [WARM=40s] bash bench/write/pg-ab.sh
# Needs wrk, psql, pgbench.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
. bench/write/ab-rounds.sh        # ab_rounds
SEG="${SEG:-3}"; C="${C:-1}"
suffix="$RANDOM$RANDOM"
raw="incidents_ab_raw_$suffix"
pids=()
rounds_file=$(mktemp)
# side_value SIDE NAME DEFAULT → the value of SIDE_NAME (e.g. B_CONN), or DEFAULT when unset
side_value() { local v="${1}_$2"; echo "${!v:-$3}"; }
cleanup() {
  rm -f "$rounds_file"
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pg_drop "$raw" "incidents_ab_a_$suffix" "incidents_ab_b_$suffix"
}
trap cleanup EXIT
psql -q "$(pg_url postgres)" -c "CREATE DATABASE $raw"
psql -q "$(pg_url "$raw")" -f bench/write/pgbench-schema.sql
declare -A URL
for side in A B; do
  db="incidents_ab_${side,,}_$suffix"
  psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"
  # shellcheck disable=SC2086 # the side's assignments are words on purpose
  start_release_service PostgreSql "$(pg_connection "$db")$(side_value "$side" CONN "")" /dev/null ${!side:-}
  pids+=("$pid")
  URL[$side]="http://127.0.0.1:$port/api/admin/Incident"
done
for side in A B; do
  warm_c=$(side_value "$side" WARM_C 4)
  KEY="$KEY" wrk -t"$(( warm_c < 2 ? 1 : 2 ))" -c"$warm_c" -d"${WARM:-40s}" -s bench/write/create.lua "${URL[$side]}" >/dev/null
done
# service SIDE → its rate over the side's segment; baseline SIDE → pgbench's over the same length
service() { KEY="$KEY" wrk -t"$(( C < 2 ? 1 : 2 ))" -c"$C" -d"$(side_value "$1" SEG "$SEG")s" -s bench/write/create.lua "${URL[$1]}" | awk '/Requests\/sec/ {print $2}'; }
baseline() { pgbench_create "$C" "$(side_value "$1" SEG "$SEG")" "$raw" "$(side_value "$1" PGB "")"; }
ab_rounds pgbench pgb "$rounds_file"

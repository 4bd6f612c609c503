#!/usr/bin/env bash
# Two configurations of the service side by side on SQLite (issue 16), e.g. a setting against the
# default: both Release services up at once, each on its own fresh database file in one folder on
# the disk, warmed with WARM (40s) of creates at concurrency 4, then ROUNDS (8) × (bare SEG,
# A SEG, bare SEG, B SEG) at concurrency C (1): short segments, interleaved, so the machine's drift
# falls on both sides and on their baselines alike. The baseline is the bare SQLite loop of
# bench/write-path.sh (sqlite_baseline.py, one connection, three inserts per transaction) on the
# same disk. Prints each round and the sums' ratios A / bare, B / bare and B / A, each with a 95 %
# interval from resampling the rounds (ab_summary.py). A and B are environment assignments for
# the service (e.g. B="Database__Sqlite__PageSize=2048").
# Usage: A="" B="…" [C=1] [ROUNDS=8] [SEG=3] [WARM=40s] [SYNC=Normal] bash bench/write/sqlite-ab.sh
# Needs wrk, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/release-service.sh
. bench/write/ab-rounds.sh        # ab_rounds
SEG="${SEG:-3}"; C="${C:-1}"; SYNC="${SYNC:-Normal}"
WORK="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
declare -A URL
for side in A B; do
  # shellcheck disable=SC2086 # the side's assignments are words on purpose
  start_release_service Sqlite "Data Source=$WORK/${side,,}.db" "$WORK/${side,,}.log" \
    Database__Sqlite__Synchronous="$SYNC" ${!side:-}
  pids+=("$pid")
  URL[$side]="http://127.0.0.1:$port/api/admin/Incident"
done
for side in A B; do
  KEY="$KEY" wrk -t2 -c4 -d"${WARM:-40s}" -s bench/write/create.lua "${URL[$side]}" >/dev/null
done
service() { KEY="$KEY" wrk -t"$(( C < 2 ? 1 : 2 ))" -c"$C" -d"${SEG}s" -s bench/write/create.lua "${URL[$1]}" | awk '/Requests\/sec/ {print $2}'; }
baseline() { python3 bench/write/sqlite_baseline.py "$WORK/bare.db" "$SYNC" "$SEG"; }
ab_rounds bare bare "$WORK/rounds"

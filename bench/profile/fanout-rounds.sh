#!/usr/bin/env bash
# Where a warm fan-out's thread-pool CPU goes, by layer (issue 16): runs the notifications bench
# (10,000 webhook subscribers, ROUNDS rounds, on SQLite, or on PostgreSQL when
# INCIDENTS_BENCH_POSTGRES is set) with perf maps on, and samples each round from FROM on with
# call stacks for its first 0.8 s (`perf record -a -g`, started as the bench prints the round's
# start), so the paired loop that follows each round is left out. Then prints the share of the
# thread-pool workers' samples per layer, the service frames nearest the leaf, and the leaf
# frames (bench/profile/fanout_layers.py), and the bench's own ratio. Needs perf; run as root.
# KEEP=FILE keeps the `perf script` text. Usage: [ROUNDS=16] [FROM=9] [KEEP=FILE] bash bench/profile/fanout-rounds.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${ROUNDS:-16}"
FROM="${FROM:-9}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
dotnet build -c Release bench/Incidents.Notifications.Bench >/dev/null
INCIDENTS_BENCH_ROUNDS="$ROUNDS" DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  dotnet bench/Incidents.Notifications.Bench/bin/Release/net10.0/Incidents.Notifications.Bench.dll 10000 \
  >"$WORK/bench.txt" 2>&1 &
bench=$!
for r in $(seq "$FROM" "$ROUNDS"); do
  until grep -q "Fan-out $r of $ROUNDS starts" "$WORK/bench.txt"; do
    kill -0 "$bench" 2>/dev/null || { tail -20 "$WORK/bench.txt"; exit 1; }
    sleep 0.02
  done
  perf record -a -g -F 1999 -o "$WORK/round$r.data" -- sleep 0.8 >/dev/null 2>&1
done
wait "$bench"
for r in $(seq "$FROM" "$ROUNDS"); do
  perf script -i "$WORK/round$r.data" -F comm,tid,ip,sym 2>/dev/null
done >"$WORK/perf.txt"
python3 bench/profile/fanout_layers.py "$WORK/perf.txt"
grep -E "Paired ratio.*median|CPU per delivery, this" "$WORK/bench.txt"
if [ -n "${KEEP:-}" ]; then cp "$WORK/perf.txt" "$KEEP"; fi

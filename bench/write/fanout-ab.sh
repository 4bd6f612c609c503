#!/bin/bash
# Two builds of the notifications bench, alternated run by run in one hour, on SQLite and (when
# INCIDENTS_BENCH_POSTGRES is set) PostgreSQL: the way a fan-out change is measured against the
# build before it (ADR 0184, docs/performance.md "Thirty-fourth pass").
#   bash bench/write/fanout-ab.sh BASE_CHECKOUT NEW_CHECKOUT [ROUNDS=3] [SUBSCRIBERS=10000]
# Each checkout must hold a Release build of the bench:
#   (cd DIR && dotnet build bench/Incidents.Notifications.Bench -c Release)
# e.g. a baseline checkout: git worktree add /tmp/base <commit>. Each run prints the paired ratio
# (warm rounds' median of deliveries/s over the plain HttpClient loop run right after each round),
# the unpaired ratio, the warm first-webhook latency and the duplicates; the reports stay in
# $OUT (default /tmp/fanout-ab) for bench/write/fanout_summary.py.
set -u
base=$1 new=$2 rounds=${3:-3} subscribers=${4:-10000}
out=${OUT:-/tmp/fanout-ab}
mkdir -p "$out"
bench=bench/Incidents.Notifications.Bench/bin/Release/net10.0/Incidents.Notifications.Bench.dll
databases=sqlite
[ -n "${INCIDENTS_BENCH_POSTGRES:-}" ] && databases="sqlite pg"
field() { grep -F "$1" "$2" | tail -1 | awk -F'|' '{print $3}' | xargs; }
for round in $(seq 1 "$rounds"); do
  for db in $databases; do
    for build in base new; do
      dir=$base
      [ "$build" = new ] && dir=$new
      report=$out/$round-$db-$build.txt
      if [ "$db" = sqlite ]; then
        (cd "$dir" && timeout 600 env -u INCIDENTS_BENCH_POSTGRES dotnet "$bench" "$subscribers" >"$report" 2>&1)
      else
        (cd "$dir" && timeout 600 dotnet "$bench" "$subscribers" >"$report" 2>&1)
      fi
      dups=$(grep -F "duplicates" "$report" | awk -F'|' '{print $3}' | sort -u | xargs)
      printf '%s round %s %-6s %-4s paired %s  unpaired %s  first webhook (warm) %s  duplicates/reached %s\n' \
        "$(date +%H:%M:%S)" "$round" "$db" "$build" \
        "$(field "Paired ratio fan-out / its round's loop: median" "$report")" \
        "$(field "Ratio fan-out / baseline throughput: median" "$report")" \
        "$(field "Fan-out (12, warm): first webhook received after the create's response" "$report")" \
        "$dups"
    done
  done
done

#!/usr/bin/env bash
# Where the PostgreSQL creates' CPU goes at concurrency 1 and 16 (issue 16): the Release service
# on a fresh database, WARM (40s) of creates at concurrency 4 to warm it, then RUN (10s) at each
# concurrency, with the CPU of the service, of all PostgreSQL processes and the machine's idle
# time, read from /proc, per second of the run (2 = both cores). Diagnostics, e.g.
# Notifications__Workers__Enabled=false, reach the service through the environment.
# Usage: INCIDENTS_BENCH_POSTGRES=… [WARM=40s] [RUN=10s] bash bench/write/pg-cpu.sh     Needs wrk, psql.
# The warm-up was 20 s: on a slower machine (2026-12-02) the JIT's tiering thread was still
# compiling some 6,000 methods in the first run after it, 0.77 of a core counted as the service's.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-service.sh
fresh_database incidents_cpu_
start_service
URL="http://127.0.0.1:$port/api/admin/Incident"
KEY="$KEY" wrk -t1 -c4 -d"${WARM:-40s}" -s bench/write/create.lua "$URL" >/dev/null
# service, PostgreSQL, idle: clock ticks so far
cpu() {
  local service postgres
  service=$(awk '{print $14+$15}' "/proc/$pid/stat")
  postgres=$(for q in $(pgrep -u postgres); do awk '{print $14+$15}' "/proc/$q/stat" 2>/dev/null || true; done | awk '{t+=$1} END{print t+0}')
  echo "$service $postgres $(awk '/^cpu /{print $5+$6}' /proc/stat)"
}
printf '%-4s %10s %10s %12s %8s\n' "c" "req/s" "service" "PostgreSQL" "idle"
for c in 1 16; do
  before=$(cpu); start=$(date +%s.%N)
  rps=$(KEY="$KEY" wrk -t1 -c"$c" -d"${RUN:-10s}" -s bench/write/create.lua "$URL" | awk '/Requests\/sec/ {print $2}')
  after=$(cpu); end=$(date +%s.%N)
  python3 - "$c" "$rps" "$before" "$after" "$start" "$end" "$(getconf CLK_TCK)" <<'PY'
import sys
c, rps, before, after, start, end, hz = sys.argv[1:]
wall = float(end) - float(start)
used = [(int(b) - int(a)) / int(hz) / wall for a, b in zip(before.split(), after.split())]
print(f"{c:<4} {float(rps):10.1f} {used[0]:10.2f} {used[1]:12.2f} {used[2]:8.2f}")
PY
done

#!/usr/bin/env bash
# Where the stalls of a SQLite create at concurrency 1 come from (issue 16): RUNS (4) runs of 30 s
# at c=1 on one warm Release service, after 40 s of warm-up at c=4. The service carries
# bench/profile/StageHook, which prints every request that took SLOW_MS (40) or more with the
# stages that held it; with STRACE=1 the service runs under strace too, and every fsync,
# fdatasync and ftruncate it made is listed with how long it took (strace stops only on those
# calls, through seccomp, so the rate moves little). Prints each run's rate, p99 and max, then the
# slow requests of the runs, then the gaps between requests as long (outside the request's span),
# then the moments the whole process was held (a collection's pause)
# or not scheduled (the hook's watch thread woke late), then (STRACE=1) the calls of the runs that took 15 ms or more and
# the share of the runs' wall time spent in those calls.
# STRACE_CALLS (fsync,fdatasync,ftruncate) traces other calls instead; STRACE_KEEP=FILE keeps the
# whole trace (e.g. socket calls around a gap: STRACE_CALLS=epoll_wait,recvfrom,sendmsg,pwrite64,fdatasync).
# Usage: [RUNS=4] [SLOW_MS=40] [STRACE=1] bash bench/write/stalls.sh [NAME=VALUE…  the service's environment]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/sqlite-service.sh
build_stage_hook
trace=()
if [ "${STRACE:-0}" = 1 ]; then
  trace=(strace -f --seccomp-bpf -e trace="${STRACE_CALLS:-fsync,fdatasync,ftruncate}" -tt -T -o "$WORK/strace.txt")
fi
start_release_service Sqlite "Data Source=$WORK/p.db" "$WORK/service.log" "$stage_hook" \
  HOOK_REPORT=0 HOOK_SLOW_MS="${SLOW_MS:-40}" "$@" "${trace[@]}"
URL="http://127.0.0.1:$port/api/admin/Incident"
KEY="$KEY" wrk -t2 -c4 -d40s -s bench/write/create.lua "$URL" >/dev/null
start=$(date -u +%T.%N | cut -c1-12)
for i in $(seq 1 "${RUNS:-4}"); do
  echo "run $i starts at $(date -u +%T.%N | cut -c1-12)"
  KEY="$KEY" wrk -t1 -c1 -d30s -s bench/write/create.lua "$URL" |
    awk -v run="$i" '/Requests\/sec/ {r=$2} /p99_ms/ {p=$2} /max_ms/ {m=$2} END {printf "run %s: %s req/s, p99 %s ms, max %s ms\n", run, r, p, m}'
done
end=$(date -u +%T.%N | cut -c1-12)
# Under strace, $pid is strace's, which outlives a SIGTERM while its child runs: stop the child.
if [ "${STRACE:-0}" = 1 ]; then pkill -TERM -P "$pid" || true; fi
if [ -n "${STRACE_KEEP:-}" ]; then sleep 1; cp "$WORK/strace.txt" "$STRACE_KEEP"; cp "$WORK/service.log" "$STRACE_KEEP.service.log"; fi
stop_service
echo "== requests of the runs that took ${SLOW_MS:-40} ms or more (stages of 1 ms or more)"
awk -v s="$start" -v e="$end" '$1 == "slow" && $2 >= s && $2 <= e' "$WORK/service.log"
echo "== gaps of ${SLOW_MS:-40} ms or more between one request's end and the next one's start (a run's first request waits for wrk to start)"
awk -v s="$start" -v e="$end" '$1 == "gap" && $2 >= s && $2 <= e' "$WORK/service.log"
echo "== the service's process held or not scheduled (a watch thread woke $(( ${SLOW_MS:-40} / 2 )) ms late or more, or a collection paused it 10 ms or more), or its thread pool stuck as long"
awk -v s="$start" -v e="$end" '$1 == "hiccup" && $2 >= s && $2 <= e' "$WORK/service.log"
if [ "${STRACE:-0}" = 1 ]; then
  echo "== fsync, fdatasync and ftruncate of the runs: 15 ms or more"
  awk -v s="$start" -v e="$end" '$2 >= s && $2 <= e && $NF ~ /^</ {d=$NF; gsub(/[<>]/, "", d); if (d >= 0.015) print}' "$WORK/strace.txt"
  awk -v s="$start" -v e="$end" '$2 >= s && $2 <= e && $NF ~ /^</ {d=$NF; gsub(/[<>]/, "", d); n++; t+=d}
    END {printf "%d calls, %.1f s in all: %.1f %% of the runs\x27 wall time\n", n, t, 100 * t / (30 * '"${RUNS:-4}"')}' "$WORK/strace.txt"
fi

#!/usr/bin/env bash
# The control for bench/write/stalls.sh: five 30 s runs at c=1 of a GET that writes nothing (the
# liveness endpoint, or PATH_UNDER) on a warm Release SQLite service, with each run's maximum. If
# these never stall while the creates do, the stall comes with the writes.
# Usage: [PATH_UNDER=/health/live] bash bench/write/get-stalls.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/sqlite-service.sh
start_release_service Sqlite "Data Source=$WORK/p.db" "$WORK/service.log"
URL="http://127.0.0.1:$port${PATH_UNDER:-/health/live}"
curl -s -o /dev/null -w "%{http_code}\n" "$URL"
wrk -t2 -c4 -d20s "$URL" >/dev/null
for i in 1 2 3 4 5; do
  wrk -t1 -c1 -d30s --latency "$URL" | awk -v run=$i '/Requests\/sec/ {r=$2} /Latency/ && !l {l=$0} /99%/ {p=$2} END {printf "GET run %s: %s req/s, p99 %s; %s\n", run, r, p, l}'
done
stop_service

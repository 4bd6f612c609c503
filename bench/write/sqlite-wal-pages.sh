#!/usr/bin/env bash
# What a create writes to SQLite's log, page by page (issue 16): starts the Release service on a
# fresh SQLite database, posts creates (the seed's body, IsNotify false) at concurrency 1 for
# RUN (5s), kills the service so the log is left as it was (no checkpoint at close), and names
# every page of every transaction still in the log (bench/write/wal_pages.py). A checkpoint empties
# the log every ~1,000 pages, so this shows the transactions since the last one.
# Usage: [RUN=5s] bash bench/write/sqlite-wal-pages.sh     Needs wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/sqlite-service.sh
start_service
KEY="$KEY" wrk -t1 -c1 -d"${RUN:-5s}" -s bench/write/create.lua "http://127.0.0.1:$port/api/admin/Incident" | grep -E "requests in|Requests/sec"
sleep 0.3   # the outbox dispatcher's last pass
kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=""
python3 bench/write/wal_pages.py "$WORK/p.db" 8

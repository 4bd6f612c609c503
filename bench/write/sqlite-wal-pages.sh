#!/usr/bin/env bash
# What a create writes to SQLite's log, page by page (issue 16): starts the Release service on a
# fresh SQLite database, posts creates (the seed's body, IsNotify false) at concurrency 1 for
# RUN (5s), kills the service so the log is left as it was (no checkpoint at close), and names
# every page of every transaction still in the log (bench/write/wal_pages.py). A checkpoint empties
# the log every ~1,000 pages, so this shows the transactions since the last one.
# Usage: [RUN=5s] bash bench/write/sqlite-wal-pages.sh     Needs wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
KEY="bench-key-0123456789abcdefghij"
WORK="$(mktemp -d)"
dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
(
  cd src/Incidents.Api
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=Sqlite ConnectionStrings__Incidents="Data Source=$WORK/p.db" \
  Auth__BootstrapApiKey="$KEY" RateLimiting__PermitsPerMinute=100000000 RateLimiting__Burst=10000000 \
  Logging__LogLevel__Default=Warning exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "http://127.0.0.1:$port"
) >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill -9 $SERVICE 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.5; done
KEY="$KEY" wrk -t1 -c1 -d"${RUN:-5s}" -s bench/write/create.lua "http://127.0.0.1:$port/api/admin/Incident" | grep -E "requests in|Requests/sec"
sleep 0.3   # the outbox dispatcher's last pass
kill -9 "$SERVICE"; wait "$SERVICE" 2>/dev/null || true
python3 bench/write/wal_pages.py "$WORK/p.db" 8

#!/usr/bin/env bash
# Where PostgreSQL's time goes for the service's creates: starts the Release service on a fresh
# database, warms it with creates at concurrency 4, then resets pg_stat_statements, posts creates
# at concurrency 16 and prints the statements by total time (calls, rows, ms, µs per row).
# Needs INCIDENTS_BENCH_POSTGRES (a login that may CREATE DATABASE), wrk, and pg_stat_statements
# loaded by the server (shared_preload_libraries = 'pg_stat_statements', then
# CREATE EXTENSION pg_stat_statements in the postgres database, as a superuser: PGSUPER).
# Usage: [WARMUP=25s] [DURATION=10s] [PGSUPER="su postgres -c"] bash bench/write/pg-statements.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${INCIDENTS_BENCH_POSTGRES:?set INCIDENTS_BENCH_POSTGRES}"
WARMUP="${WARMUP:-25s}"; DURATION="${DURATION:-10s}"; PGSUPER="${PGSUPER:-su postgres -c}"
KEY="bench-key-0123456789abcdefghij"
db="incidents_stmts_$RANDOM$RANDOM"
URL() { python3 -c 'import sys; kv=dict(p.split("=",1) for p in sys.argv[1].split(";") if p); print("postgresql://%s:%s@%s:%s/%s" % (kv["Username"], kv["Password"], kv["Host"], kv.get("Port", "5432"), sys.argv[2]))' "$INCIDENTS_BENCH_POSTGRES" "$1"; }
dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
psql -q "$(URL postgres)" -c "CREATE DATABASE $db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
(
  cd src/Incidents.Api
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql \
  ConnectionStrings__Incidents="${INCIDENTS_BENCH_POSTGRES/Database=postgres/Database=$db}" \
  Auth__BootstrapApiKey="$KEY" RateLimiting__PermitsPerMinute=100000000 RateLimiting__Burst=10000000 \
  Logging__LogLevel__Default=Warning exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "http://127.0.0.1:$port"
) >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; psql -q "$(URL postgres)" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.5; done
KEY="$KEY" wrk -t2 -c4 -d"$WARMUP" -s bench/write/create.lua "http://127.0.0.1:$port/api/admin/Incident" >/dev/null
$PGSUPER "psql -qAt -c 'SELECT pg_stat_statements_reset()'" >/dev/null
KEY="$KEY" wrk -t2 -c16 -d"$DURATION" -s bench/write/create.lua "http://127.0.0.1:$port/api/admin/Incident" | grep Requests/sec
$PGSUPER "psql -qAt -F ' | ' -c \"SELECT calls, rows, round(total_exec_time::numeric) AS ms, round((total_exec_time / greatest(rows, 1) * 1000)::numeric) AS us_per_row, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '$db' ORDER BY total_exec_time DESC LIMIT 12\""

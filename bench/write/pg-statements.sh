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
WARMUP="${WARMUP:-25s}"; DURATION="${DURATION:-10s}"; PGSUPER="${PGSUPER:-su postgres -c}"
. bench/write/pg-service.sh
fresh_database incidents_stmts_
start_service
KEY="$KEY" wrk -t2 -c4 -d"$WARMUP" -s bench/write/create.lua "http://127.0.0.1:$port/api/admin/Incident" >/dev/null
$PGSUPER "psql -qAt -c 'SELECT pg_stat_statements_reset()'" >/dev/null
KEY="$KEY" wrk -t2 -c16 -d"$DURATION" -s bench/write/create.lua "http://127.0.0.1:$port/api/admin/Incident" | grep Requests/sec
$PGSUPER "psql -qAt -F ' | ' -c \"SELECT calls, rows, round(total_exec_time::numeric) AS ms, round((total_exec_time / greatest(rows, 1) * 1000)::numeric) AS us_per_row, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '$db' ORDER BY total_exec_time DESC LIMIT 12\""

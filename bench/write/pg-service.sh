# Sourced by the PostgreSQL bench scripts (from the repository root): a fresh database and the
# Release service on it. Needs INCIDENTS_BENCH_POSTGRES, a login that may CREATE DATABASE.
#   pg_url DATABASE   → a URL for psql, from the connection string
#   fresh_database P  → creates database P<random> as $db; dropped on exit
#   start_service     → the Release service on $db (migrated, rate limits lifted), healthy, on
#                       http://127.0.0.1:$port; stopped on exit, or earlier with stop_service
: "${INCIDENTS_BENCH_POSTGRES:?set INCIDENTS_BENCH_POSTGRES}"
KEY="bench-key-0123456789abcdefghij"
db=""; pid=""; port=""
. bench/write/pg-url.sh
stop_service() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
drop_database() { if [ -n "$db" ]; then psql -q "$(pg_url postgres)" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; fi; }
trap 'stop_service; drop_database' EXIT
fresh_database() {
  db="$1$RANDOM$RANDOM"
  psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"
}
start_service() {
  dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  (
    cd src/Incidents.Api
    ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql \
    ConnectionStrings__Incidents="${INCIDENTS_BENCH_POSTGRES/Database=postgres/Database=$db}" \
    Auth__BootstrapApiKey="$KEY" RateLimiting__PermitsPerMinute=100000000 RateLimiting__Burst=10000000 \
    Logging__LogLevel__Default=Warning exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "http://127.0.0.1:$port"
  ) >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && return; sleep 0.5; done
  echo "the service did not become healthy" >&2; return 1
}

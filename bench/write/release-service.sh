# Sourced by bench/write-path.sh and the scripts in bench/write/ and bench/profile/ (from the
# repository root): the Release service, rate limits lifted, on a free loopback port, and the bare
# endpoints it is measured against.
#   start_release_service PROVIDER CONNECTION LOG [NAME=VALUE…]
#                                                 → $pid and $port, healthy on
#                                                   http://127.0.0.1:$port (its output in LOG);
#                                                   NAME=VALUE… added to its environment
#   stop_service                                  → stops it (safe to call twice)
#   free_port                                     → prints a free loopback port
#   migrate_database DB                           → PostgreSQL database DB migrated and bootstrapped
#                                                   by a service that is then stopped (call it
#                                                   before start_release_service: it uses $pid)
#   service_ids DB                                → $service_page and $service_key: the page and
#                                                   the API key the service bootstrapped in DB
#   service_rows_env DB                           → $rows_env: the NAME=VALUE words that point
#                                                   BareCreate's /create-service-rows at DB (migrated)
#   start_bare_create LOG [NAME=VALUE…]           → $bare_pid and $bare_port: bench/write/BareCreate
#                                                   up (output in LOG), its databases from NAME=VALUE…
#                                                   (ConnectionString for /create and /create-ef,
#                                                   $rows_env for /create-service-rows)
#   stop_bare_create                              → stops it (safe to call twice)
#   build_stage_hook                              → $stage_hook: bench/profile/StageHook built, and
#                                                   the NAME=VALUE word that loads it into an app
# The migrate, ids and rows functions need bench/write/pg-url.sh sourced too.
KEY="bench-key-0123456789abcdefghij"
pid=""; port=""; release_built=""; bare_pid=""; bare_port=""; bare_built=""; rows_env=(); service_page=""; service_key=""; stage_hook=""
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
start_release_service() {
  # One build per script, however many services it starts.
  if [ -z "$release_built" ]; then dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null; release_built=1; fi
  port=$(free_port)
  (
    cd src/Incidents.Api
    ASPNETCORE_ENVIRONMENT=Production Database__Provider="$1" ConnectionStrings__Incidents="$2" \
    Auth__BootstrapApiKey="$KEY" RateLimiting__PermitsPerMinute=100000000 RateLimiting__Burst=10000000 \
    Logging__LogLevel__Default=Warning exec env "${@:4}" dotnet bin/Release/net10.0/Incidents.Api.dll --urls "http://127.0.0.1:$port"
  ) >"$3" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && return; sleep 0.5; done
  echo "the service did not become healthy" >&2; return 1
}
stop_service() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
migrate_database() { start_release_service PostgreSql "$(pg_connection "$1")" /dev/null; stop_service; }
service_ids() {
  read -r service_page service_key < <(psql -qAt -F' ' "$(pg_url "$1")" \
    -c 'SELECT (SELECT "Id" FROM "StatusPages" ORDER BY "Id" LIMIT 1), (SELECT "Id" FROM "ApiKeys" ORDER BY "Id" LIMIT 1)')
}
service_rows_env() {
  service_ids "$1"
  rows_env=("ServiceConnectionString=$(pg_connection "$1")" "ServicePage=$service_page" "ServiceKey=$service_key")
}
start_bare_create() {
  if [ -z "$bare_built" ]; then dotnet build bench/write/BareCreate -c Release -v q -nologo >/dev/null; bare_built=1; fi
  bare_port=$(free_port)
  (
    ASPNETCORE_ENVIRONMENT=Production exec env "${@:2}" \
      dotnet bench/write/BareCreate/bin/Release/net10.0/BareCreate.dll --urls "http://127.0.0.1:$bare_port"
  ) >"$1" 2>&1 &
  bare_pid=$!
  for _ in $(seq 1 120); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$bare_port/")" != 000 ] && return; sleep 0.5; done
  echo "BareCreate did not start" >&2; return 1
}
stop_bare_create() { if [ -n "$bare_pid" ]; then kill "$bare_pid" 2>/dev/null || true; wait "$bare_pid" 2>/dev/null || true; bare_pid=""; fi; }
build_stage_hook() {
  dotnet build bench/profile/StageHook -c Release -v q -nologo >/dev/null
  stage_hook="DOTNET_STARTUP_HOOKS=$PWD/bench/profile/StageHook/bin/Release/net10.0/StageHook.dll"
}

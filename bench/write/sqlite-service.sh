# Sourced by the SQLite bench scripts (from the repository root): the Release service on a fresh
# SQLite database in a temporary folder.
#   start_service → $WORK (the folder, holding p.db and service.log), the service's $pid and $port,
#                   healthy on http://127.0.0.1:$port; stopped and the folder removed on exit
KEY="bench-key-0123456789abcdefghij"
WORK="$(mktemp -d)"
pid=""; port=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
start_service() {
  dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  (
    cd src/Incidents.Api
    ASPNETCORE_ENVIRONMENT=Production Database__Provider=Sqlite ConnectionStrings__Incidents="Data Source=$WORK/p.db" \
    Auth__BootstrapApiKey="$KEY" RateLimiting__PermitsPerMinute=100000000 RateLimiting__Burst=10000000 \
    Logging__LogLevel__Default=Warning exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "http://127.0.0.1:$port"
  ) >"$WORK/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && return; sleep 0.5; done
  echo "the service did not become healthy" >&2; return 1
}

# Sourced by bench/write-path.sh, bench/write/pg-service.sh, sqlite-service.sh and pg-ab.sh (from the
# repository root): the Release service, rate limits lifted, on a free loopback port.
#   start_release_service PROVIDER CONNECTION LOG [NAME=VALUE…]
#                                                 → $pid and $port, healthy on
#                                                   http://127.0.0.1:$port (its output in LOG);
#                                                   NAME=VALUE… added to its environment
#   stop_service                                  → stops it (safe to call twice)
#   free_port                                     → prints a free loopback port
KEY="bench-key-0123456789abcdefghij"
pid=""; port=""; release_built=""
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

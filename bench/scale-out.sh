#!/usr/bin/env bash
# Scale-out (issue 6): the public summary through nginx in front of one vs two instances of the
# service (Release, PostgreSQL, Redis), and with two instances while the admin API writes
# 20 updates/s through nginx — all in one run, so the ratios compare like with like.
# Usage: bash bench/scale-out.sh [duration, default 10s]. Needs wrk, nginx, curl, python3, a local
# PostgreSQL with the CI login (incidents/incidents) and Redis on 127.0.0.1:6379 (.ci/run starts both).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10s}"
CONNECTIONS=64
KEY="bench-key-0123456789abcdefghij"
WORK="$(mktemp -d)"
DB="incidents_bench_$(date +%s)"
PG_ADMIN="postgresql://incidents:incidents@127.0.0.1:5432/postgres"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
P1=$(free_port); P2=$(free_port); PN=$(free_port)

psql "$PG_ADMIN" -qc "CREATE DATABASE $DB" >/dev/null
dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
start_instance() { # $1 = port
  (
    cd src/Incidents.Api
    ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=PostgreSql \
    ConnectionStrings__Incidents="Host=127.0.0.1;Username=incidents;Password=incidents;Database=$DB" \
    Redis__ConnectionString=127.0.0.1:6379 Redis__Prefix="bench-$DB" \
    Auth__BootstrapApiKey="$KEY" \
    RateLimiting__PermitsPerMinute=1000000 RateLimiting__Burst=100000 \
    Logging__LogLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "http://127.0.0.1:$1"
  ) >"$WORK/service-$1.log" 2>&1 &
  echo $!
}
nginx_conf() { # upstream servers...
  {
    echo "worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/nginx.err; events { worker_connections 4096; }"
    echo "http { access_log off; upstream app { keepalive 64;"
    for p in "$@"; do echo "  server 127.0.0.1:$p;"; done
    echo "} server { listen 127.0.0.1:$PN; location / { proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection \"\"; } } }"
  } >"$WORK/nginx.conf"
}
start_nginx() { nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' >"$WORK/nginx.out" 2>&1 & echo $!; }

S1=$(start_instance "$P1"); sleep 2; S2=$(start_instance "$P2")
NGINX=""
cleanup() {
  kill $S1 $S2 $NGINX 2>/dev/null || true; wait 2>/dev/null || true
  psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for p in $P1 $P2; do for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$p/health/ready" >/dev/null && break; sleep 0.5; done; done

BASE="http://127.0.0.1:$P1"
admin() { curl -fs -X "$1" "$BASE$2" -H "X-API-KEY: $KEY" -H 'Content-Type: application/json' -d "$3"; }
result() { python3 -c 'import json,sys; print(json.load(sys.stdin)["Result"])'; }
C1=$(admin POST /api/admin/Component '{"Name":"API","Group":"Core","DisplayOrder":1}' | result)
C2=$(admin POST /api/admin/Component '{"Name":"Web","Group":"Core","DisplayOrder":2}' | result)
admin POST /api/admin/Incident "{\"Title\":\"Checkout errors\",\"Description\":\"Investigating.\",\"Impact\":\"Major Outage\",\"AffectedComponents\":[\"$C1\"]}" >/dev/null

rps() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "$1" | awk '/Requests\/sec/ {print $2}'; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
URL="http://127.0.0.1:$PN/api/public/default/summary"

nginx_conf "$P1"; NGINX=$(start_nginx); sleep 1
rps "$URL" >/dev/null # warm-up
ONE=$(rps "$URL"); kill $NGINX; wait $NGINX 2>/dev/null || true
nginx_conf "$P1" "$P2"; NGINX=$(start_nginx); sleep 1
rps "$URL" >/dev/null
TWO=$(rps "$URL")
python3 bench/writer.py "http://127.0.0.1:$PN" "$KEY" "$C2" 20 "${DURATION%s}" >"$WORK/writer.json" 2>"$WORK/writer.err" &
WRITER=$!
TWO_WRITES=$(rps "$URL")
wait $WRITER || echo "writer failed: $(cat "$WORK/writer.err")"

echo "wrk -t2 -c$CONNECTIONS -d$DURATION through nginx, PostgreSQL + Redis, Release build"
printf '%-52s %12s\n' "nginx -> 1 instance" "$ONE"
printf '%-52s %12s  ratio %s of one instance\n' "nginx -> 2 instances" "$TWO" "$(ratio "$TWO" "$ONE")"
printf '%-52s %12s  ratio %s of two instances\n' "nginx -> 2 instances, admin writes 20 updates/s" "$TWO_WRITES" "$(ratio "$TWO_WRITES" "$TWO")"
echo "writer through nginx (round-robin: each write and its visibility check may hit different instances): $(cat "$WORK/writer.json")"

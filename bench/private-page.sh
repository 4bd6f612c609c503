#!/usr/bin/env bash
# A Password page served to a valid session cookie vs the same page public (issue 15), in one run.
# Starts the service in Release on a free port with a fresh SQLite database, creates two pages
# seeded alike (8 components, 10 resolved incidents, 1 active), makes one a Password page, signs
# in like a browser (sign-in form, antiforgery token, password) and compares with wrk (64
# connections, medians of REPEAT alternating runs):
#   GET /status/{private} with the session cookie   vs   GET /status/{public}   (HTML)
#   GET /api/public/{private}/summary with cookie   vs   GET /api/public/{public}/summary   (JSON)
# The private answers cost the access check (rules in memory + one Data Protection Unprotect of the
# cookie) on top of the same snapshot hit. Target: ratio >= 0.8.
# Usage: [REPEAT=3] bash bench/private-page.sh [duration per run, default 5s]. Needs wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-5s}"
REPEAT="${REPEAT:-3}"
CONNECTIONS=64
THREADS=2
KEY="bench-key-0123456789abcdefghij"
PASSWORD="bench password 0123"
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
DLL=src/Incidents.Api/bin/Release/net10.0/Incidents.Api.dll
export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Incidents="Data Source=$WORK/bench.db" \
  Auth__BootstrapApiKey="$KEY" Logging__LogLevel__Default=Warning \
  RateLimiting__PermitsPerMinute=100000000 RateLimiting__Burst=10000000

dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
# Two pages made by the operator CLI (the same database), each with its own Admin key.
PUBLIC_KEY=$(dotnet "$DLL" pages create --name "Bench public" --slug bench-public 2>/dev/null | tail -1)
PRIVATE_KEY=$(dotnet "$DLL" pages create --name "Bench private" --slug bench-private 2>/dev/null | tail -1)
(cd src/Incidents.Api && exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "$BASE") >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do curl -fs "$BASE/health/live" >/dev/null && break; sleep 0.5; done

admin() { curl -fs -X "$2" "$BASE$3" -H "X-API-KEY: $1" -H 'Content-Type: application/json' -d "$4"; }
result() { python3 -c 'import json,sys; print(json.load(sys.stdin)["Result"])'; }
seed() { # $1 = the page's key
  local components=() id
  for i in $(seq 1 8); do
    components+=("$(admin "$1" POST /api/admin/Component "{\"Name\":\"Component $i\",\"Group\":\"Core\",\"DisplayOrder\":$i,\"Status\":\"Operational\"}" | result)")
  done
  for i in $(seq 1 10); do
    id=$(admin "$1" POST /api/admin/Incident "{\"Title\":\"Past incident $i\",\"Description\":\"Investigating.\",\"Status\":\"Investigating\",\"Impact\":\"Partial Outage\",\"AffectedComponents\":[\"${components[$((i % 8))]}\"],\"IsNotify\":false}" | result)
    admin "$1" POST /api/admin/Incident/ResolveIncident "{\"IncidentId\":\"$id\",\"Description\":\"Resolved.\"}" >/dev/null
  done
  admin "$1" POST /api/admin/Incident "{\"Title\":\"Checkout errors\",\"Description\":\"Investigating.\",\"Status\":\"Investigating\",\"Impact\":\"Major Outage\",\"AffectedComponents\":[\"${components[0]}\"],\"IsNotify\":false}" >/dev/null
}
seed "$PUBLIC_KEY"
seed "$PRIVATE_KEY"
admin "$PRIVATE_KEY" PUT /api/admin/Page/Access "{\"Visibility\":\"Password\",\"Password\":\"$PASSWORD\"}" >/dev/null

# Sign in as a browser does: the form's antiforgery token and cookie, then the password.
JAR="$WORK/cookies"
TOKEN=$(curl -fs -c "$JAR" "$BASE/status/bench-private/signin" | python3 -c 'import re,sys,html; print(html.unescape(re.search(r"name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", sys.stdin.read()).group(1)))')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$BASE/status/bench-private/signin" \
  --data-urlencode "__RequestVerificationToken=$TOKEN" --data-urlencode "Password=$PASSWORD" --data-urlencode "ReturnUrl=/status/bench-private"
SESSION=$(awk '$6 ~ /^incidents_page_/ {print $6 "=" $7}' "$JAR")
[ -n "$SESSION" ] || { echo "sign-in failed"; exit 1; }
test "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/status/bench-private")" = 302
test "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SESSION" "$BASE/status/bench-private")" = 200

rps() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$@" | awk '/Requests\/sec/ {print $2}'; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
median() { python3 -c 'import statistics,sys; print(f"{statistics.median(map(float, sys.argv[1:])):.0f}")' "$@"; }
run_case() {
  case "$1" in
    public_html) rps "$BASE/status/bench-public" ;;
    private_html) rps -H "Cookie: $SESSION" "$BASE/status/bench-private" ;;
    public_json) rps "$BASE/api/public/bench-public/summary" ;;
    private_json) rps -H "Cookie: $SESSION" "$BASE/api/public/bench-private/summary" ;;
  esac
}
measure() {
  local base=() cand=()
  for _ in $(seq 1 "$REPEAT"); do base+=("$(run_case "$1")"); cand+=("$(run_case "$2")"); done
  echo "$(median "${base[@]}") $(median "${cand[@]}") [$(IFS=,; echo "${base[*]}")] [$(IFS=,; echo "${cand[*]}")]"
}
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, medians of $REPEAT alternating runs; pages: $(curl -fs "$BASE/status/bench-public" | wc -c) B public, $(curl -fs -H "Cookie: $SESSION" "$BASE/status/bench-private" | wc -c) B private"
run_case public_html >/dev/null # warm-up (JIT, connections, snapshots)
run_case private_html >/dev/null
read -r PUB_HTML PRIV_HTML H1 H2 < <(measure public_html private_html)
read -r PUB_JSON PRIV_JSON J1 J2 < <(measure public_json private_json)
printf '%-52s %12s\n' "case" "req/s"
printf '%-52s %12s  %s\n' "GET /status/bench-public (public page)" "$PUB_HTML" "$H1"
printf '%-52s %12s  ratio %s (target >= 0.8)\n' "GET /status/bench-private with the session cookie" "$PRIV_HTML" "$(ratio "$PRIV_HTML" "$PUB_HTML")"
echo "    runs: $H2"
printf '%-52s %12s  %s\n' "GET /api/public/bench-public/summary" "$PUB_JSON" "$J1"
printf '%-52s %12s  ratio %s (target >= 0.8)\n' "GET /api/public/bench-private/summary with cookie" "$PRIV_JSON" "$(ratio "$PRIV_JSON" "$PUB_JSON")"
echo "    runs: $J2"

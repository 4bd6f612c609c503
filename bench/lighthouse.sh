#!/usr/bin/env bash
# Lighthouse 12.2.3 on the status page (issue 13): starts the service in Release on a free port with
# a fresh SQLite database, seeds a page (2 components, an active and a resolved incident) and runs
# Lighthouse (tools/npm/lighthouse, the system Chromium) on the home page, the history and the
# active incident's permalink, RUNS times each; prints the median score of each category.
# Usage: [RUNS=3] [PRESET=desktop|mobile] bash bench/lighthouse.sh
# Needs: npm ci --prefix tools/npm/lighthouse, /usr/bin/chromium, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
PRESET="${PRESET:-desktop}"
KEY="bench-key-0123456789abcdefghij"
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
LIGHTHOUSE="tools/npm/lighthouse/node_modules/lighthouse/cli/index.js"
[ -f "$LIGHTHOUSE" ] || { echo "run: npm ci --prefix tools/npm/lighthouse"; exit 1; }

dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
(
  cd src/Incidents.Api
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Incidents="Data Source=$WORK/lh.db" \
  Auth__BootstrapApiKey="$KEY" \
  Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "$BASE"
) >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do curl -fs "$BASE/health/live" >/dev/null && break; sleep 0.5; done

admin() { curl -fs -X "$1" "$BASE$2" -H "X-API-KEY: $KEY" -H 'Content-Type: application/json' -d "$3"; }
result() { python3 -c 'import json,sys; print(json.load(sys.stdin)["Result"])'; }
DB=$(admin POST /api/admin/Component '{"Name":"Database","Group":"Core"}' | result)
admin POST /api/admin/Component '{"Name":"Checkout API","Group":"Core"}' >/dev/null
OLD=$(admin POST /api/admin/Incident "{\"Title\":\"Login errors\",\"Description\":\"Investigating.\",\"Impact\":\"Major Outage\",\"AffectedComponents\":[\"$DB\"]}" | result)
admin POST /api/admin/Incident/ResolveIncident "{\"IncidentId\":\"$OLD\",\"Description\":\"A bad deploy was rolled back.\"}" >/dev/null
ACTIVE=$(admin POST /api/admin/Incident "{\"Title\":\"Slow queries on the primary database\",\"Description\":\"Investigating.\",\"Impact\":\"Degraded Performance\",\"AffectedComponents\":[\"$DB\"]}" | result)

printf '%-26s %12s %14s %15s %6s\n' page performance accessibility best-practices seo
for path in /status/default /status/default/history "/status/default/incidents/$ACTIVE"; do
  for i in $(seq 1 "$RUNS"); do
    CHROME_PATH=/usr/bin/chromium node "$LIGHTHOUSE" "$BASE$path" --quiet --output=json \
      --output-path="$WORK/run-$i.json" --preset="$PRESET" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
  done
  python3 - "$path" "$WORK"/run-*.json <<'PY'
import json, statistics, sys
path, files = sys.argv[1], sys.argv[2:]
runs = [json.load(open(f))["categories"] for f in files]
med = lambda c: statistics.median(r[c]["score"] for r in runs)
label = path.split("/incidents/")[0] + "/incidents/{id}" if "/incidents/" in path else path
print(f"{label:26} {med('performance'):12.2f} {med('accessibility'):14.2f} {med('best-practices'):15.2f} {med('seo'):6.2f}")
PY
  rm -f "$WORK"/run-*.json
done

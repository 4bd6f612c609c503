#!/usr/bin/env bash
# The operator console's dashboard (issue 17): server time with 10,000 incidents (20 open) and 200
# components on the page. Starts the service in Release on a free port with a fresh SQLite
# database, seeds through the admin API, creates an owner with the CLI (--password-stdin), signs in
# like a browser (antiforgery token + cookie) and times N sequential GETs of /admin/<page> on one
# keep-alive connection, against GET /health/live (the floor: Kestrel + the pipeline, no work) in
# the same run, and against the admin API's list of open incidents (the same read, as JSON). Prints
# p50/p95/p99 in ms and the p95 ratio. Target: dashboard p95 <= 100 ms.
# Usage: [INCIDENTS=10000] [COMPONENTS=200] [REQUESTS=500] bash bench/console-dashboard.sh
# Needs curl and python3. Run it on a quiet machine: the figures are timings.
set -euo pipefail
cd "$(dirname "$0")/.."
INCIDENTS="${INCIDENTS:-10000}"
COMPONENTS="${COMPONENTS:-200}"
REQUESTS="${REQUESTS:-500}"
KEY="bench-key-0123456789abcdefghij"
PASSWORD="bench password 0123456789"
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Incidents="Data Source=$WORK/bench.db"
export Auth__BootstrapApiKey="$KEY"
export RateLimiting__PermitsPerMinute=100000000 RateLimiting__Burst=10000000
export Console__SignInPermitsPerMinute=100000 Console__SignInBurst=100000
export Notifications__Workers__Enabled=false
export Logging__LogLevel__Default=Warning

dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
DLL="$PWD/src/Incidents.Api/bin/Release/net10.0/Incidents.Api.dll"
(cd src/Incidents.Api && exec dotnet "$DLL" --urls "$BASE") >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do curl -fs "$BASE/health/live" >/dev/null && break; sleep 0.5; done

echo "$PASSWORD" | (cd "$WORK" && dotnet "$DLL" users create --email bench@example.test --role Owner --password-stdin) >/dev/null 2>&1

python3 - "$PORT" "$KEY" "$PASSWORD" "$INCIDENTS" "$COMPONENTS" "$REQUESTS" <<'PY'
import http.client, json, re, sys, time, urllib.parse
port, key, password, incidents, components, requests = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
c = http.client.HTTPConnection("127.0.0.1", int(port))
def admin(method, path, body):
    c.request(method, path, json.dumps(body), {"X-API-KEY": key, "Content-Type": "application/json"})
    r = c.getresponse(); data = json.loads(r.read())
    assert data["Success"], data
    return data.get("Result")
ids = [admin("POST", "/api/admin/Component", {"Name": f"Component {i}", "Group": f"Group {i % 10}", "DisplayOrder": i, "Status": "Operational"}) for i in range(components)]
start = time.time()
for i in range(incidents):
    iid = admin("POST", "/api/admin/Incident", {"Title": f"Incident {i}", "Description": "Investigating.", "Status": "Investigating", "Impact": "Partial Outage", "AffectedComponents": [ids[i % components]], "IsNotify": False})
    if i < incidents - 20:
        admin("POST", "/api/admin/Incident/ResolveIncident", {"IncidentId": iid, "Description": "Resolved."})
print(f"seeded {components} components, {incidents} incidents (20 open) in {time.time() - start:.0f} s", file=sys.stderr)

# Sign in as a browser does: the form's antiforgery token and its cookie, then the session cookie.
cookies = {}
def keep(r):
    for name, value in r.getheaders():
        if name.lower() == "set-cookie":
            k, v = value.split(";")[0].split("=", 1); cookies[k] = v
def header(): return "; ".join(f"{k}={v}" for k, v in cookies.items())
c.request("GET", "/admin/signin"); r = c.getresponse(); html = r.read().decode(); keep(r)
token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)
body = urllib.parse.urlencode({"Email": "bench@example.test", "Password": password, "__RequestVerificationToken": token})
c.request("POST", "/admin/signin", body, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": header()})
r = c.getresponse(); r.read(); keep(r)
assert r.status == 302, r.status

def timed(path, auth):
    samples = []
    for _ in range(requests):
        t = time.perf_counter()
        c.request("GET", path, headers={"Cookie": header()} if auth == "cookie" else {"X-API-KEY": key} if auth == "key" else {})
        r = c.getresponse(); r.read()
        samples.append((time.perf_counter() - t) * 1000)
        assert r.status == 200, (path, r.status)
    samples.sort()
    pick = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))]
    return pick(0.50), pick(0.95), pick(0.99)
timed("/admin/default", "cookie")  # warm-up
floor = timed("/health/live", None)
api = timed("/api/admin/Incident?status=open", "key")
dash = timed("/admin/default", "cookie")
print(f"health/live   p50 {floor[0]:.2f} ms  p95 {floor[1]:.2f} ms  p99 {floor[2]:.2f} ms")
print(f"API open list p50 {api[0]:.2f} ms  p95 {api[1]:.2f} ms  p99 {api[2]:.2f} ms  (GET /api/admin/Incident?status=open, the same open-incident read)")
print(f"dashboard     p50 {dash[0]:.2f} ms  p95 {dash[1]:.2f} ms  p99 {dash[2]:.2f} ms  ({incidents} incidents, {components} components, {requests} sequential requests)")
print(f"dashboard p95 / health p95 = {dash[1] / max(floor[1], 0.001):.1f}; target p95 <= 100 ms: {'met' if dash[1] <= 100 else 'NOT met'}")
PY

#!/usr/bin/env python3
"""Writes through the admin API at a fixed rate, in cycles of open incident / post update / resolve
(so the summary keeps its size), and after each open measures how long until the public summary
shows it. Prints JSON: writes, achieved rate, visibility max/median in ms."""
import json, sys, time, urllib.request

base, key, component, rate, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
slug = sys.argv[6] if len(sys.argv) > 6 else "default"

def admin(method, path, body):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method=method,
                                 headers={"X-API-KEY": key, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        answer = json.load(r)
        assert answer["Success"], answer
        return answer.get("Result")

def visible(token):
    with urllib.request.urlopen(base + f"/api/public/{slug}/summary") as r:
        return token in r.read().decode()

def write(step):
    global incident
    if step == 0:
        token = f"bench-{writes}-{time.time_ns()}"
        incident = admin("POST", "/api/admin/Incident", {"Title": token, "Description": "Investigating.",
                         "Status": "Investigating", "Impact": "Degraded Performance",
                         "AffectedComponents": [component], "IsNotify": False})
        written = time.monotonic()
        while not visible(token) and time.monotonic() - written < 5:
            pass
        lags.append((time.monotonic() - written) * 1000)
    elif step == 1:
        admin("PUT", "/api/admin/Incident", {"IncidentId": incident, "Description": "Identified.", "Status": "Identified"})
    else:
        admin("POST", "/api/admin/Incident/ResolveIncident", {"IncidentId": incident})

start = time.monotonic()
writes, lags, incident, errors = 0, [], None, []
while time.monotonic() - start < seconds:
    due = start + writes / rate
    now = time.monotonic()
    if due > now:
        time.sleep(due - now)
    step = writes % 3
    try:
        write(step)
    except Exception as e:  # counted and reported, so one failed write does not end the run
        errors.append(repr(e)[:200])
    writes += 1

elapsed = time.monotonic() - start
lags.sort()
print(json.dumps({"writes": writes, "rate": round(writes / elapsed, 1),
                  "visible_max_ms": round(max(lags), 1) if lags else None,
                  "visible_median_ms": round(lags[len(lags) // 2], 1) if lags else None,
                  "errors": len(errors), "first_error": errors[0] if errors else None}))

#!/usr/bin/env bash
# What a fan-out's delivery rows cost PostgreSQL itself, without the service: on the service's own
# schema (a fresh database, migrated by starting the Release service once), rounds of 10,000
# deliveries are written the way a fan-out writes them — INSERTs of 500 rows leased to a sender,
# then the sender's success UPDATEs by id, 250 at a time — and the backend's CPU per delivery is
# read from /proc (so PostgreSQL must run on this host). Three variants, alternated per round:
#   insert           the leased INSERT alone
#   insert-final     the same rows inserted already succeeded (what recording after sending
#                    would cost: not an option, see docs/performance.md, sixteenth pass)
#   insert+update    the INSERT and the sender's outcome UPDATE (what a delivery costs today)
# Prints each variant's CPU per delivery, round by round, and the median of rounds 3 on.
# Needs INCIDENTS_BENCH_POSTGRES (a login that may CREATE DATABASE) and psql.
# Usage: [ROUNDS=10] [FILLFACTOR=100] bash bench/write/pg-delivery-rows.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${INCIDENTS_BENCH_POSTGRES:?set INCIDENTS_BENCH_POSTGRES}"
ROUNDS="${ROUNDS:-10}"; FILLFACTOR="${FILLFACTOR:-100}"
KEY="bench-key-0123456789abcdefghij"
db="incidents_rows_$RANDOM$RANDOM"
URL() { python3 -c 'import sys; kv=dict(p.split("=",1) for p in sys.argv[1].split(";") if p); print("postgresql://%s:%s@%s:%s/%s" % (kv["Username"], kv["Password"], kv["Host"], kv.get("Port", "5432"), sys.argv[2]))' "$INCIDENTS_BENCH_POSTGRES" "$1"; }
dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
psql -q "$(URL postgres)" -c "CREATE DATABASE $db"
trap 'psql -q "$(URL postgres)" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
(
  cd src/Incidents.Api
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql \
  ConnectionStrings__Incidents="${INCIDENTS_BENCH_POSTGRES/Database=postgres/Database=$db}" \
  Auth__BootstrapApiKey="$KEY" Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "http://127.0.0.1:$port"
) >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.5; done
kill "$pid"; wait "$pid" 2>/dev/null || true
psql -q "$(URL "$db")" -c "ALTER TABLE \"Deliveries\" SET (fillfactor = $FILLFACTOR)"

python3 - "$(URL "$db")" "$ROUNDS" <<'PY'
import os, statistics, subprocess, sys, time
url, rounds = sys.argv[1], int(sys.argv[2])
setup = r'''
CREATE TEMP TABLE subs AS SELECT id, row_number() OVER (ORDER BY id) AS rn
  FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, 10000)) s;
CREATE OR REPLACE PROCEDURE bench_round(final_state text, do_update boolean) LANGUAGE plpgsql AS $$
DECLARE ev uuid := gen_random_uuid(); pay uuid := gen_random_uuid(); s int; ids uuid[] := '{}';
        tok text := 'delivery-bench-' || md5(random()::text);
BEGIN
  FOR s IN 0..19 LOOP
    -- Every variant collects the ids it stored, so they differ only in the UPDATE.
    WITH stored AS (
      INSERT INTO "Deliveries" ("Id", "PageId", "SubscriberId", "EventType", "MessageId", "State",
        "Attempts", "CreatedAt", "NextAttemptAt", "LockedUntil", "LockedBy", "Deferrals",
        "SourceEventId", "PayloadId")
      SELECT x.nid, '11111111-1111-1111-1111-111111111111', x.id, 'incident.created',
        'msg_' || replace(x.nid::text, '-', ''), final_state, 0, now(), now(),
        CASE WHEN final_state = 'Pending' THEN now() + interval '5 min' END,
        CASE WHEN final_state = 'Pending' THEN tok END, 0, ev, pay
      FROM (SELECT gen_random_uuid() AS nid, id FROM subs WHERE rn > s * 500 AND rn <= (s + 1) * 500 ORDER BY rn) x
      RETURNING "Id")
    SELECT ids || array_agg("Id") INTO ids FROM stored;
    COMMIT;
  END LOOP;
  IF do_update THEN
    FOR s IN 0..39 LOOP
      UPDATE "Deliveries" AS d SET "State" = 'Succeeded', "Attempts" = 1, "LastAttemptAt" = now(),
        "ResponseStatus" = 204, "LastError" = NULL, "DeferredReason" = NULL, "CompletedAt" = now(),
        "LockedBy" = NULL, "LockedUntil" = NULL
      WHERE d."Id" = ANY(ids[s * 250 + 1 : (s + 1) * 250]) AND d."LockedBy" = tok;
      COMMIT;
    END LOOP;
  END IF;
END $$;
'''
p = subprocess.Popen(["psql", "-qAt", url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
def q(sql):
    p.stdin.write(sql + "\n\\echo __done\n"); p.stdin.flush()
    out = []
    while (line := p.stdout.readline().strip()) != "__done":
        out.append(line)
    return out
backend = int(q("SELECT pg_backend_pid();")[0])
q(setup)
def cpu():
    f = open(f"/proc/{backend}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
variants = [("insert", "Pending", "false"), ("insert-final", "Succeeded", "false"), ("insert+update", "Pending", "true")]
results = {name: [] for name, _, _ in variants}
for _ in range(rounds):
    for name, state, update in variants:
        before = cpu()
        q(f"CALL bench_round('{state}', {update});")
        results[name].append((cpu() - before) * 1e6 / 10000)
print("| Variant | PostgreSQL CPU per delivery, µs, by round | median from round 3 |")
print("|---|---|---|")
for name, values in results.items():
    print(f"| {name} | {', '.join(f'{v:.0f}' for v in values)} | {statistics.median(values[2:]):.1f} |")
# A success changes State, which the partial indexes name, so no outcome UPDATE can be HOT.
upd, hot = q("""SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'Deliveries';""")[0].split("|")
print(f"\nOutcome UPDATEs: {upd} rows, of which HOT (heap-only, no new index entries): {hot}")
p.stdin.close(); p.wait()
PY

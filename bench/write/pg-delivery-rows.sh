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
# Needs INCIDENTS_BENCH_POSTGRES (a login that may CREATE DATABASE), psql and python3.
# Usage: [ROUNDS=10] [FILLFACTOR=100] bash bench/write/pg-delivery-rows.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${ROUNDS:-10}"; FILLFACTOR="${FILLFACTOR:-100}"
. bench/write/pg-service.sh
fresh_database incidents_rows_
start_service # it migrates the database; then it is stopped, and the rows are written alone
stop_service
psql -q "$(pg_url "$db")" -c "ALTER TABLE \"Deliveries\" SET (fillfactor = $FILLFACTOR)"

python3 - "$(pg_url "$db")" "$ROUNDS" <<'PY'
import os, statistics, subprocess, sys
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

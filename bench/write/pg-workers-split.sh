#!/usr/bin/env bash
# Where the outbox workers' cost to a concurrency-1 create lies (issue 16): in the service's own
# process, or in PostgreSQL. Three Release services are measured side by side, each on its own
# fresh database: ALONE with the workers off (nothing drains its outbox), OTHER with the workers
# off but a second instance (workers on, polling every 50 ms) draining the same database from
# another process, and INPROC with the workers on, as deployed. All are warmed WARM (40s) at
# concurrency 4, then ROUNDS (10) × (ALONE, OTHER, INPROC) for SEG (3) seconds each at concurrency
# 1, interleaved so the machine's drift falls on all three alike. Prints each round (req/s) and the
# sums' ratios to ALONE: OTHER / ALONE is what the workers' PostgreSQL work costs, INPROC / ALONE
# what the workers cost in all.
# Usage: INCIDENTS_BENCH_POSTGRES=… [ROUNDS=10] [SEG=3] [WARM=40s] bash bench/write/pg-workers-split.sh
# Needs wrk, psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
SEG="${SEG:-3}"
suffix="$RANDOM$RANDOM"
dbs=("incidents_split_alone_$suffix" "incidents_split_other_$suffix" "incidents_split_inproc_$suffix")
pids=()
rounds_file=$(mktemp)
cleanup() {
  rm -f "$rounds_file"
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pg_drop "${dbs[@]}"
}
trap cleanup EXIT
for db in "${dbs[@]}"; do psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"; done
start_release_service PostgreSql "$(pg_connection "${dbs[0]}")" /dev/null Notifications__Workers__Enabled=false
pids+=("$pid"); alone=$port
start_release_service PostgreSql "$(pg_connection "${dbs[1]}")" /dev/null Notifications__Workers__Enabled=false
pids+=("$pid"); other=$port
start_release_service PostgreSql "$(pg_connection "${dbs[1]}")" /dev/null Notifications__Workers__PollInterval=00:00:00.050
pids+=("$pid")
start_release_service PostgreSql "$(pg_connection "${dbs[2]}")" /dev/null
pids+=("$pid"); inproc=$port
rate() { KEY="$KEY" wrk -t1 -c"$2" -d"$3" -s bench/write/create.lua "http://127.0.0.1:$1/api/admin/Incident" | awk '/Requests\/sec/ {print $2}'; }
for p in "$alone" "$other" "$inproc"; do rate "$p" 4 "${WARM:-40s}" >/dev/null; done
printf '%-6s %9s %9s %9s\n' round alone other inproc
for round in $(seq 1 "${ROUNDS:-10}"); do
  line="$(rate "$alone" 1 "${SEG}s") $(rate "$other" 1 "${SEG}s") $(rate "$inproc" 1 "${SEG}s")"
  echo "$line" >>"$rounds_file"
  # shellcheck disable=SC2086 # one number a word
  printf '%-6s %9.1f %9.1f %9.1f\n' "$round" $line
done
left=$(psql -Atq "$(pg_url "${dbs[1]}")" -c 'SELECT count(*) FROM "OutboxMessages" WHERE "ProcessedAt" IS NULL')
python3 - "$rounds_file" "$left" <<'PY'
import sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
s = [sum(r[i] for r in rows) for i in range(3)]
print("sums over %d rounds: alone %.0f/s; other / alone %.3f; inproc / alone %.3f"
      % (len(rows), s[0] / len(rows), s[1] / s[0], s[2] / s[0]))
print("OTHER's outbox left unprocessed at the end: %s rows (0: the second instance kept up)" % sys.argv[2])
PY

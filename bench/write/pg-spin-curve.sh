#!/usr/bin/env bash
# How much work of its own per create a client can do at concurrency 1 and keep a given share of
# pgbench's rate on PostgreSQL (issue 16): bench/write/BareCreate's /create-service-rows (the
# service's own four inserts in one Npgsql batch, on a database the service migrated; about 30 µs
# of its own work) with ?spin=N, which busies the request's thread N µs before the send, so
# PostgreSQL's backend sits idle that much longer between transactions, as it does while the
# service runs its pipeline. After a WARM (40s) warm-up at concurrency 1, ROUNDS (4) × (pgbench's
# three inserts SEG, then the endpoint SEG at each N in SPINS), all at concurrency 1, interleaved
# so the machine's drift falls on every level alike; the Release service's create (its defaults)
# runs last in each round, so its rate can be read against the curve. Prints each round, then per
# N and for the service the sums' ratio to pgbench over the rounds (rates in req/s), and where the
# service falls on the curve: the N at which the endpoint would run as fast (interpolated).
# Usage: INCIDENTS_BENCH_POSTGRES=… [SPINS="0 300 400 500 600 700"] [ROUNDS=4] [SEG=3] [WARM=40s]
#        bash bench/write/pg-spin-curve.sh
# Needs wrk, psql, pgbench.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/write/pg-url.sh
. bench/write/release-service.sh
SEG="${SEG:-3}"; read -r -a spins <<<"${SPINS:-0 300 400 500 600 700}"
suffix="$RANDOM$RANDOM"
raw="incidents_spin_raw_$suffix"; rows="incidents_spin_rows_$suffix"; svc="incidents_spin_svc_$suffix"
rounds_file=$(mktemp)
cleanup() { rm -f "$rounds_file"; stop_bare_create; stop_service; pg_drop "$raw" "$rows" "$svc"; }
trap cleanup EXIT
for db in "$raw" "$rows" "$svc"; do psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"; done
psql -q "$(pg_url "$raw")" -f bench/write/pgbench-schema.sql
migrate_database "$rows"
service_rows_env "$rows"
start_bare_create /dev/null ConnectionString="$(pg_connection "$raw")" "${rows_env[@]}"
url="http://127.0.0.1:$bare_port/create-service-rows"
start_release_service PostgreSql "$(pg_connection "$svc")" /dev/null
service_url="http://127.0.0.1:$port/api/admin/Incident"
service_rate() { KEY="$KEY" wrk -t1 -c1 -d"$1" -s bench/write/create.lua "$service_url" | awk '/Requests\/sec/ {print $2}'; }
rows_rate() { wrk -t1 -c1 -d"$2" -s bench/write/create.lua "$url?spin=$1" | awk '/Requests\/sec/ {print $2}'; }
rows_rate 0 "${WARM:-40s}" >/dev/null
service_rate "${WARM:-40s}" >/dev/null
printf '%-6s %9s' round pgbench; for n in "${spins[@]}"; do printf ' %9s' "spin=$n"; done; printf ' %9s\n' service
for round in $(seq 1 "${ROUNDS:-4}"); do
  line="$(pgbench_create 1 "$SEG" "$raw")"
  for n in "${spins[@]}"; do line="$line $(rows_rate "$n" "${SEG}s")"; done
  line="$line $(service_rate "${SEG}s")"
  echo "$line" >>"$rounds_file"
  # shellcheck disable=SC2086 # one number a word
  printf '%-6s' "$round"; printf ' %9.1f' $line; echo
done
python3 - "$rounds_file" "${spins[@]}" <<'PY'
import sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
pgbench = sum(r[0] for r in rows)
print("sums over %d rounds: pgbench %.0f/s" % (len(rows), pgbench / len(rows)))
spins = [float(n) for n in sys.argv[2:]]
ratios = []
for i, n in enumerate(sys.argv[2:], start=1):
    total = sum(r[i] for r in rows)
    ratios.append(total / pgbench)
    print("  spin=%-5s %8.0f/s  %.3f of pgbench" % (n, total / len(rows), total / pgbench))
service = sum(r[-1] for r in rows) / pgbench
print("  service    %8.0f/s  %.3f of pgbench" % (sum(r[-1] for r in rows) / len(rows), service))
def spin_at(ratio):
    # Per-request time is close to linear in the spin, so interpolate 1/ratio between levels.
    for (s0, r0), (s1, r1) in zip(zip(spins, ratios), zip(spins[1:], ratios[1:])):
        if r1 <= ratio <= r0 and r1 != r0:
            return s0 + (s1 - s0) * (1 / ratio - 1 / r0) / (1 / r1 - 1 / r0)
    return None
for label, ratio in (("the service runs like the endpoint with spin", service), ("0.4 of pgbench is the endpoint with spin", 0.4)):
    at = spin_at(ratio)
    print("  %s %s" % (label, "%.0f us" % at if at is not None else "outside the levels measured"))
PY

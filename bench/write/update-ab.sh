#!/usr/bin/env bash
# The flatness target for updates (issue 16: an update on an incident with 2,000 updates ≥ 0.9 of
# one on a fresh incident) with an interval, on SQLite: one Release service on a seeded database
# (as bench/write-path.sh seeds it: 2,000 incidents, 50 updates each, one incident with 2,000),
# warmed for WARM, then ROUNDS rounds of SECONDS-long wrk runs at concurrency 1, the fresh and the
# long incident in turn (the order swapped every round). Prints each round and the ratio of sums
# long / fresh with a 95 % interval from resampling whole rounds.
# Usage: [ROUNDS=10] [SECONDS_PER_RUN=5] [WARM=40] bash bench/write/update-ab.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${ROUNDS:-10}"; SECS="${SECONDS_PER_RUN:-5}"; WARM="${WARM:-40}"
. bench/write/sqlite-service.sh   # $WORK, start_service, stop_service, KEY
dotnet build bench/Incidents.Notifications.Bench -c Release -v q -nologo >/dev/null
start_service; stop_service       # the service creates and migrates p.db; the seeder fills it
read -r LONG FRESH STORED < <(dotnet bench/Incidents.Notifications.Bench/bin/Release/net10.0/Incidents.Notifications.Bench.dll \
  seed-history Sqlite "Data Source=$WORK/p.db" 2000 50 2000 | tail -1 | sed 's/[a-z]*=//g')
start_service
URL="http://127.0.0.1:$port/api/admin/Incident"
KEY="$KEY" wrk -t1 -c4 -d"${WARM}s" -s bench/write/create.lua "$URL" >/dev/null
rate() { KEY="$KEY" INCIDENT="$1" wrk -t1 -c1 -d"${SECS}s" -s bench/write/update.lua "$URL" | awk '/Requests\/sec/ {print $2}'; }
echo "$STORED stored updates; round: fresh long (req/s)"
: >"$WORK/rounds"
for i in $(seq 1 "$ROUNDS"); do
  if (( i % 2 )); then f=$(rate "$FRESH"); l=$(rate "$LONG"); else l=$(rate "$LONG"); f=$(rate "$FRESH"); fi
  echo "$f $l" | tee -a "$WORK/rounds"
done
python3 - "$WORK/rounds" <<'PY'
import random, sys
rounds = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
ratio = lambda rs: sum(r[1] for r in rs) / sum(r[0] for r in rs)
rng = random.Random(16)
draws = sorted(ratio([rng.choice(rounds) for _ in rounds]) for _ in range(10000))
single = sorted(r[1] / r[0] for r in rounds)
print(f"long / fresh {ratio(rounds):.3f} [{draws[250]:.3f}, {draws[9749]:.3f}] (target >= 0.9); single rounds {single[0]:.2f}-{single[-1]:.2f}")
PY

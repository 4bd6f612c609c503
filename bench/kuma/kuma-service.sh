# Sourced by the bench scripts (from the repository root): Uptime Kuma 2 on SQLite, as installed
# by bench/kuma/install.sh, for a baseline measured in the same run as the service. start_kuma
# needs free_port from bench/write/release-service.sh.
#   kuma_installed → whether KUMA_DIR holds an installed KUMA_VERSION
#   start_kuma DATA_DIR LOG → $kuma_pid, $kuma_url (listening on loopback)
#   kuma_post CONCURRENCY SECONDS → "rps p50_ms p99_ms max_ms errors" (its incident table emptied first)
KUMA_DIR="${KUMA_DIR:-$HOME/.cache/incidents-bench/uptime-kuma}"
KUMA_VERSION=2.0.0-dev.0 # the only version of uptime-kuma npm serves (ADR 0142)
kuma_installed() { [ -f "$KUMA_DIR/.installed-$KUMA_VERSION" ]; }
start_kuma() {
  local data="$1" log="$2"
  kuma_port=$(free_port)
  mkdir -p "$data"
  # UPTIME_KUMA_DB_TYPE=sqlite skips the first-run page that asks for a database.
  (cd "$KUMA_DIR" && UPTIME_KUMA_DB_TYPE=sqlite UPTIME_KUMA_HOST=127.0.0.1 UPTIME_KUMA_PORT="$kuma_port" \
    DATA_DIR="$data/" NODE_ENV=production exec node server/server.js >"$log" 2>&1) &
  kuma_pid=$!
  kuma_url="http://127.0.0.1:$kuma_port"
  kuma_db="$data/kuma.db"
  for _ in $(seq 1 120); do
    if grep -q "Listening on" "$log" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "Uptime Kuma did not start; see $log" >&2
  return 1
}
# Kuma's postIncident first unpins every incident of the page (an UPDATE of each row), so its rate
# falls as incidents accumulate; each run starts from an empty table, the best case for Kuma.
kuma_post() {
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=30); c.execute("DELETE FROM incident"); c.commit()' "$kuma_db"
  NODE_PATH="$KUMA_DIR/node_modules" node bench/kuma/post-incidents.js "$kuma_url" "$1" "$2"
}

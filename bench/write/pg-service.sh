# Sourced by the PostgreSQL bench scripts (from the repository root): a fresh database and the
# Release service on it. Needs INCIDENTS_BENCH_POSTGRES, a login that may CREATE DATABASE.
#   pg_url DATABASE, pg_connection DATABASE → its URL and connection string (pg-url.sh)
#   fresh_database P  → creates database P<random> as $db; dropped on exit
#   start_service     → the Release service on $db (migrated, rate limits lifted), healthy, on
#                       http://127.0.0.1:$port; stopped on exit, or earlier with stop_service
. bench/write/release-service.sh
db=""
. bench/write/pg-url.sh
drop_database() { if [ -n "$db" ]; then pg_drop "$db"; fi; }
trap 'stop_service; drop_database' EXIT
fresh_database() {
  db="$1$RANDOM$RANDOM"
  psql -q "$(pg_url postgres)" -c "CREATE DATABASE $db"
}
start_service() {
  start_release_service PostgreSql "$(pg_connection "$db")" /dev/null
}

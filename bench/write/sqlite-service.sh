# Sourced by the SQLite bench scripts (from the repository root): the Release service on a fresh
# SQLite database in a temporary folder.
#   start_service → $WORK (the folder, holding p.db and service.log), the service's $pid and $port,
#                   healthy on http://127.0.0.1:$port; stopped and the folder removed on exit
. bench/write/release-service.sh
WORK="$(mktemp -d)"
trap 'stop_service; rm -rf "$WORK"' EXIT
start_service() { start_release_service Sqlite "Data Source=$WORK/p.db" "$WORK/service.log"; }

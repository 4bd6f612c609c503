# Sourced by the PostgreSQL bench scripts (from the repository root), from the connection string in
# INCIDENTS_BENCH_POSTGRES:
#   pg_url DATABASE                       → a URL for psql and pgbench
#   pg_connection DATABASE                → the connection string, with Database=DATABASE
#   pg_drop DATABASE…                     → drops them (retrying while autovacuum is in one)
#   pgbench_create CLIENTS SECONDS DATABASE [QUERY]
#                                         → pgbench's transactions/s for the raw three inserts
#                                           (pgbench-create.sql) in DATABASE (pgbench-schema.sql);
#                                           QUERY is appended to its URL (e.g. ?sslmode=disable)
: "${INCIDENTS_BENCH_POSTGRES:?set INCIDENTS_BENCH_POSTGRES}"
pg_url() { python3 -c 'import sys; kv=dict(p.split("=",1) for p in sys.argv[1].split(";") if p); print("postgresql://%s:%s@%s:%s/%s" % (kv["Username"], kv["Password"], kv["Host"], kv.get("Port", "5432"), sys.argv[2]))' "$INCIDENTS_BENCH_POSTGRES" "$1"; }
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)
pgbench_create() { "$PGBENCH" -n -c "$1" -j "$(( $1 < 2 ? 1 : 2 ))" -T "$2" -f bench/write/pgbench-create.sql "$(pg_url "$3")${4:-}" 2>/dev/null | awk '/^tps/ {print $3}'; }
pg_connection() { python3 -c 'import sys; kv=dict(p.split("=",1) for p in sys.argv[1].split(";") if p); kv["Database"]=sys.argv[2]; print(";".join(k+"="+v for k,v in kv.items()))' "$INCIDENTS_BENCH_POSTGRES" "$1"; }
# pg_drop DATABASE… → drops each, retrying for up to 10 s. WITH (FORCE) cannot end an autovacuum
# worker visiting the database (this login may not signal it), and one often is, right after a
# benchmark's writes; a database left behind is named on stderr, never fails the script.
pg_drop() {
  local db i
  for db in "$@"; do
    for i in $(seq 1 20); do
      if psql -q "$(pg_url postgres)" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" 2>/dev/null; then break; fi
      if [ "$i" = 20 ]; then echo "left database $db behind (an autovacuum worker in it?)" >&2; else sleep 0.5; fi
    done
  done
}

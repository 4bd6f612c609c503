# Sourced by the PostgreSQL bench scripts: pg_url DATABASE → a URL for psql and pgbench, from the
# connection string in INCIDENTS_BENCH_POSTGRES.
pg_url() { python3 -c 'import sys; kv=dict(p.split("=",1) for p in sys.argv[1].split(";") if p); print("postgresql://%s:%s@%s:%s/%s" % (kv["Username"], kv["Password"], kv["Host"], kv.get("Port", "5432"), sys.argv[2]))' "$INCIDENTS_BENCH_POSTGRES" "$1"; }

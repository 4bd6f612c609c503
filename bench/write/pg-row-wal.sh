#!/usr/bin/env bash
# How much WAL PostgreSQL writes per outbox row for the claim's two ways (issue 16, forty-first
# pass): a row lock (`SELECT … FOR UPDATE`, the claim-in-transaction spike) against the lease
# UPDATE and the "processed" UPDATE of the leased claim. A scratch database with a table shaped like
# the outbox (a ~900-byte payload, a partial index on the unprocessed rows), N (1000) rows per case.
# Before each case: a CHECKPOINT, then a first write to the same pages, so no full-page image is
# counted. Prints bytes per row. Needs the local server's `postgres` superuser (for CHECKPOINT);
# run as root on the CI machine's PostgreSQL.
# Usage: [N=1000] bash bench/write/pg-row-wal.sh
set -euo pipefail
N="${N:-1000}"
db="row_wal_$RANDOM$RANDOM"
sql() { su postgres -c "psql -qAt -v ON_ERROR_STOP=1 -d $db" <<<"$1"; }
su postgres -c "psql -qAt -v ON_ERROR_STOP=1 -c 'CREATE DATABASE $db'"
trap 'su postgres -c "psql -qAt -c \"DROP DATABASE IF EXISTS $db\""' EXIT
sql "CREATE TABLE outbox(id int PRIMARY KEY, occurred timestamptz, processed timestamptz, locked_by text, locked_until timestamptz, payload text);
CREATE INDEX ON outbox(occurred) WHERE processed IS NULL;
INSERT INTO outbox SELECT g, now(), NULL, NULL, NULL, repeat(md5(g::text), 28) FROM generate_series(1, $((3 * N))) g;
VACUUM outbox;"
# measure NAME FIRST LAST STATEMENT: WAL per row of STATEMENT on rows FIRST..LAST (its pages touched first)
measure() {
  sql "CHECKPOINT; UPDATE outbox SET locked_by = NULL WHERE id BETWEEN $2 AND $3;" >/dev/null
  local before
  before=$(sql "SELECT pg_current_wal_insert_lsn()")
  sql "$4" >/dev/null
  printf '%-34s %6d bytes per row\n' "$1" \
    "$(sql "SELECT round(pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '$before') / $N)")"
}
measure "row lock (FOR UPDATE)" 1 "$N" \
  "BEGIN; SELECT id FROM outbox WHERE id BETWEEN 1 AND $N FOR UPDATE; COMMIT;"
measure "lease UPDATE" $((N + 1)) $((2 * N)) \
  "UPDATE outbox SET locked_by = 'x', locked_until = now() WHERE id BETWEEN $((N + 1)) AND $((2 * N))"
measure "processed UPDATE" $((2 * N + 1)) $((3 * N)) \
  "UPDATE outbox SET processed = now(), locked_by = NULL, locked_until = NULL WHERE id BETWEEN $((2 * N + 1)) AND $((3 * N))"

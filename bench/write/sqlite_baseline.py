#!/usr/bin/env python3
"""The bare SQLite baseline for bench/write-path.sh: one connection (concurrency 1), WAL, the given
PRAGMA synchronous, transactions of the three inserts a create makes (incident, its first update,
an outbox row) with bodies of the same size, for N seconds. Prints transactions/s."""
import os, sqlite3, sys, time, uuid

path, sync, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(path + suffix):
        os.remove(path + suffix)
db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute(f"PRAGMA synchronous={sync}")
db.execute("CREATE TABLE incidents(id TEXT PRIMARY KEY, page TEXT, title TEXT, status TEXT, impact TEXT, created INTEGER)")
db.execute("CREATE TABLE updates(id TEXT PRIMARY KEY, incident TEXT, status TEXT, description TEXT, created INTEGER)")
db.execute("CREATE TABLE outbox(id TEXT PRIMARY KEY, type TEXT, payload TEXT, occurred INTEGER)")
db.execute("CREATE INDEX ix_incidents ON incidents(page, created)")
payload = "x" * 420
count, start = 0, time.monotonic()
while time.monotonic() - start < seconds:
    now = time.time_ns()
    i, u, o = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO incidents VALUES (?,?,?,?,?,?)", (i, "page", "Database Connectivity Issues", "Investigating", "MajorOutage", now))
    db.execute("INSERT INTO updates VALUES (?,?,?,?,?)", (u, i, "Investigating", "We are investigating reports of database timeouts.", now))
    db.execute("INSERT INTO outbox VALUES (?,?,?,?)", (o, "IncidentOpened", payload, now))
    db.execute("COMMIT")
    count += 1
print(f"{count / (time.monotonic() - start):.0f}")

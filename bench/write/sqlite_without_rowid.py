#!/usr/bin/env python3
"""Would WITHOUT ROWID tables speed up a create on SQLite (issue 16)? The four tables a create writes
(Incidents, IncidentUpdates, OutboxMessages, AuditEntries), with the service's columns, indexes
and row sizes, created as the migrations make them ("rowid") and as WITHOUT ROWID tables keyed by
their text GUID (no automatic key index: 10 b-trees written per create instead of 14). One
connection, WAL, synchronous=NORMAL, one transaction of four inserts per create, ids time-ordered
(UUID v7, as the service makes them). Runs alternate, RUNS × SECONDS each on the folder given.
Prints creates/s and bytes written per create (/proc/self/io) for each run and the medians.
VARIANTS (comma-separated) picks what alternates: "rowid" and "without_rowid" (the default), or
"pageN", the rowid tables in a file made with N-byte pages (ADR 0143: e.g. page4096,page1024).
Usage: python3 bench/write/sqlite_without_rowid.py FOLDER [SECONDS=5] [RUNS=4] [VARIANTS]"""
import os, sqlite3, statistics, sys, time, uuid

folder = sys.argv[1]
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 4
variants = sys.argv[4].split(",") if len(sys.argv) > 4 else ["rowid", "without_rowid"]

TABLES = [
    """CREATE TABLE "Incidents" ("Id" TEXT NOT NULL PRIMARY KEY, "PageId" TEXT NOT NULL, "Title" TEXT NOT NULL,
    "Status" TEXT NOT NULL, "Impact" TEXT NOT NULL, "Notify" INTEGER NOT NULL, "ExternalId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL, "UpdatedAt" INTEGER NOT NULL, "ResolvedAt" INTEGER NULL, "Version" TEXT NOT NULL,
    "AffectedComponentIds" TEXT NOT NULL, "Backfilled" INTEGER NOT NULL, "PostmortemDraft" TEXT NULL,
    "PostmortemPublished" TEXT NULL, "PostmortemPublishedAt" INTEGER NULL, "IsPublished" INTEGER NOT NULL,
    "TitleTranslations" TEXT NULL)""",
    """CREATE TABLE "IncidentUpdates" ("Id" TEXT NOT NULL PRIMARY KEY, "IncidentId" TEXT NOT NULL,
    "Status" TEXT NOT NULL, "Description" TEXT NOT NULL, "Notify" INTEGER NOT NULL, "CreatedAt" INTEGER NOT NULL,
    "DisplayAt" INTEGER NULL, "EditedAt" INTEGER NULL, "Translations" TEXT NULL)""",
    """CREATE TABLE "OutboxMessages" ("Id" TEXT NOT NULL PRIMARY KEY, "PageId" TEXT NOT NULL, "Type" TEXT NOT NULL,
    "Payload" TEXT NOT NULL, "OccurredAt" INTEGER NOT NULL, "ProcessedAt" INTEGER NULL, "Attempts" INTEGER NOT NULL,
    "LockedUntil" INTEGER NULL, "LockedBy" TEXT NULL, "LastError" TEXT NULL, "FanOutCursor" TEXT NULL)""",
    """CREATE TABLE "AuditEntries" ("Id" TEXT NOT NULL PRIMARY KEY, "PageId" TEXT NOT NULL, "ApiKeyId" TEXT NULL,
    "ApiKeyName" TEXT NOT NULL, "Action" TEXT NOT NULL, "TargetId" TEXT NULL, "OccurredAt" INTEGER NOT NULL,
    "RequestId" TEXT NULL, "Details" TEXT NULL)""",
]
INDEXES = [
    'CREATE INDEX "IX_IncidentUpdates_IncidentId_CreatedAt" ON "IncidentUpdates" ("IncidentId", "CreatedAt")',
    'CREATE INDEX "IX_Incidents_PageId_CreatedAt" ON "Incidents" ("PageId", "CreatedAt")',
    'CREATE UNIQUE INDEX "IX_Incidents_PageId_ExternalId" ON "Incidents" ("PageId", "ExternalId") WHERE "ExternalId" IS NOT NULL AND "ResolvedAt" IS NULL',
    'CREATE INDEX "IX_Incidents_PageId_Status" ON "Incidents" ("PageId", "Status")',
    'CREATE INDEX "IX_AuditEntries_PageId_OccurredAt" ON "AuditEntries" ("PageId", "OccurredAt")',
    'CREATE INDEX "IX_AuditEntries_PageId_TargetId" ON "AuditEntries" ("PageId", "TargetId")',
    'CREATE INDEX "IX_OutboxMessages_OccurredAt" ON "OutboxMessages" ("OccurredAt") WHERE "ProcessedAt" IS NULL',
]
PAGE = "0190d2a4-6b1e-7c3a-9f00-000000000001"
PAYLOAD = "x" * 420  # the IncidentOpened payload's size
DETAILS = "y" * 180  # the audit entry's details


def uuid7():
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms << 80) | (0x7 << 76) | ((rand >> 64) & 0xFFF) << 64 | (0b10 << 62) | (rand & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def written():
    with open("/proc/self/io") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("write_bytes"))


def run(kind):
    path = os.path.join(folder, f"{kind}.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    if kind.startswith("page"):
        db.execute(f"PRAGMA page_size={int(kind[4:])}")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    for sql in TABLES:
        db.execute(sql + (" WITHOUT ROWID" if kind == "without_rowid" else ""))
    for sql in INDEXES:
        db.execute(sql)
    count, before, start = 0, written(), time.monotonic()
    while time.monotonic() - start < seconds:
        now = time.time_ns() // 100
        i = uuid7()
        db.execute("BEGIN IMMEDIATE")
        db.execute('INSERT INTO "AuditEntries" VALUES (?,?,?,?,?,?,?,?,?)', (uuid7(), PAGE, uuid7(), "bench", "incident.create", i, now, "0HNQF9KVGDVMH:00000001", DETAILS))
        db.execute('INSERT INTO "Incidents" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', (i, PAGE, "Database Connectivity Issues", "Investigating", "MajorOutage", 0, None, now, now, None, uuid7(), "[]", 0, None, None, None, 1, None))
        db.execute('INSERT INTO "OutboxMessages" VALUES (?,?,?,?,?,?,?,?,?,?,?)', (uuid7(), PAGE, "IncidentOpened", PAYLOAD, now, None, 0, None, None, None, None))
        db.execute('INSERT INTO "IncidentUpdates" VALUES (?,?,?,?,?,?,?,?,?)', (uuid7(), i, "Investigating", "We are investigating reports of database timeouts.", 0, now, None, None, None))
        db.execute("COMMIT")
        count += 1
    elapsed = time.monotonic() - start
    db.close()
    return count / elapsed, (written() - before) / max(count, 1)


results = {kind: [] for kind in variants}
for r in range(runs):
    for kind in results:
        rate, per = run(kind)
        results[kind].append((rate, per))
        print(f"run {r + 1} {kind:14} {rate:8.0f} creates/s {per / 1024:7.1f} KB written per create", flush=True)
for kind, values in results.items():
    print(f"median {kind:14} {statistics.median(v[0] for v in values):8.0f} creates/s {statistics.median(v[1] for v in values) / 1024:7.1f} KB per create")
first = variants[0]
for kind in variants[1:]:
    print(f"{kind} / {first}: {statistics.median(v[0] for v in results[kind]) / statistics.median(v[0] for v in results[first]):.2f}")

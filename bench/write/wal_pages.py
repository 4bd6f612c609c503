#!/usr/bin/env python3
"""Which pages each transaction in a SQLite WAL file wrote, named by B-tree (table or index).
Usage: wal_pages.py DB   (DB and DB-wal as a crashed process left them; a copy is opened to name
the pages, through SQLite's dbstat table). Prints the frame and transaction counts and the most
common transaction shapes (the B-trees whose pages it wrote, with ×N where it wrote N pages of one)."""
import collections, os, shutil, sqlite3, struct, sys, tempfile

db = sys.argv[1]
wal = open(db + "-wal", "rb").read()
_, _, page_size, _, salt1, salt2, _, _ = struct.unpack(">IIIIIIII", wal[:32])
frames, offset = [], 32
while offset + 24 + page_size <= len(wal):
    page, commit, s1, s2 = struct.unpack(">IIII", wal[offset:offset + 16])
    if (s1, s2) != (salt1, salt2):
        break  # frames of an earlier generation of the log: not part of this one
    frames.append((page, commit))
    offset += 24 + page_size
transactions, current = [], []
for page, commit in frames:
    current.append(page)
    if commit:  # the commit frame carries the database size; others carry 0
        transactions.append(current)
        current = []
with tempfile.TemporaryDirectory() as work:
    copy = os.path.join(work, "copy.db")
    shutil.copy(db, copy)
    shutil.copy(db + "-wal", copy + "-wal")
    names = dict(sqlite3.connect(copy).execute("SELECT pageno, name FROM dbstat").fetchall())
print(f"frames {len(frames)}, transactions {len(transactions)}, "
      f"frames per transaction {len(frames) / max(1, len(transactions)):.1f}")
shapes = collections.Counter(
    tuple(sorted(names.get(p, f"page {p}") for p in t)) for t in transactions)
for shape, count in shapes.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 6):
    pages = collections.Counter(shape)
    listed = ", ".join(n if k == 1 else f"{n} ×{k}" for n, k in sorted(pages.items()))
    print(f"{count} x {len(shape)} pages: {listed}")

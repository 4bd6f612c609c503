"""Splits perf samples (perf script -F comm,pid,tid,time,ip,sym, CLOCK_MONOTONIC) into those inside
a create's database round trip and those outside (the StageHook's HOOK_DUMP file: start and end
in ns per line), and prints the share per process and per thread of the recorded app, and its leading
managed frames inside the round trips. Usage: during_round_trip.py PERF_TXT TRIPS_TXT APP_PID"""
import bisect
import collections
import sys

perf_txt, trips_txt, app_pid = sys.argv[1], sys.argv[2], sys.argv[3]
trips = sorted(tuple(int(x) for x in line.split()) for line in open(trips_txt) if line.strip())
starts = [t[0] for t in trips]


def inside(ns):
    i = bisect.bisect_right(starts, ns) - 1
    return i >= 0 and ns <= trips[i][1]


counts = {True: collections.Counter(), False: collections.Counter()}
threads = {True: collections.Counter(), False: collections.Counter()}
frames = collections.Counter()
leaves = collections.Counter()
first = last = None
unparsed = 0
for block in open(perf_txt).read().split("\n\n"):
    lines = [l for l in block.split("\n") if l.strip()]
    if not lines:
        continue
    head = lines[0].split()
    # comm may contain spaces: ... PID/TID TIME:
    slash = next((i for i, w in enumerate(head) if "/" in w and w.split("/")[0].isdigit()), None)
    if slash is None:
        # perf script now and then prints a stack's tail after a blank line: not a sample.
        unparsed += 1
        continue
    comm = " ".join(head[:slash])
    pid = head[slash].split("/")[0]
    ns = int(round(float(head[slash + 1].rstrip(":")) * 1e9))
    if trips and (ns < trips[0][0] or ns > trips[-1][1]):
        continue
    first = ns if first is None else min(first, ns)
    last = ns if last is None else max(last, ns)
    where = inside(ns)
    process = "app" if pid == app_pid else comm.split()[0] if comm else "?"
    counts[where][process] += 1
    if pid == app_pid:
        name = comm.rstrip("0123456789").strip()
        threads[where][name] += 1
        if where:
            syms = [l.split(None, 1)[1].split("(")[0].strip() if len(l.split(None, 1)) > 1 else "?" for l in lines[1:]]
            leaves[" <- ".join(x[:40] for x in syms[:4])] += 1
            managed = [l.split(None, 1)[1] for l in lines[1:] if "[" in l and "unknown" not in l]
            frames[" <- ".join(m.split("(")[0][:90] for m in managed[:2]) or "(no managed frame)"] += 1

covered = sum(b - a for a, b in trips)
span = (trips[-1][1] - trips[0][0]) if trips else 0
print(f"{len(trips)} round trips, median {sorted(b - a for a, b in trips)[len(trips) // 2] / 1000:.0f} µs; "
      f"round trips cover {covered / span:.0%} of the window" if span else "no round trips")
if unparsed:
    print(f"{unparsed} blocks without a sample header skipped")
for where, label in ((True, "inside round trips"), (False, "outside them")):
    total = sum(counts[where].values())
    print(f"-- {label}: {total} samples; per process")
    for k, v in counts[where].most_common(8):
        print(f"  {v / total:6.1%}  {k}")
    print("   app threads:", ", ".join(f"{k} {v / total:.1%}" for k, v in threads[where].most_common(6)))
print("-- the app inside round trips, leading managed frames")
total = sum(frames.values())
for k, v in frames.most_common(15):
    print(f"  {v / total:6.1%}  {k}")
print("-- the app inside round trips, leading frames of any kind")
total = sum(leaves.values())
for k, v in leaves.most_common(12):
    print(f"  {v / total:6.1%}  {k}")

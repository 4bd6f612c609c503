"""Rows of bench/write-path.sh's fan-out part, from the notifications bench's report (stdin).

The bench (bench/Incidents.Notifications.Bench, `… 10000`) runs 12 fan-outs to 10,000 webhook
subscribers in one host, each followed by the plain HttpClient loop posting the same bodies at
the same concurrency. Rounds 9-12 are the warm ones; the paired ratio is each warm round's
deliveries/s over its own loop's requests/s (median of the four), as the bench prints it.
Usage: python3 bench/write/fanout_summary.py LABEL < report
"""

import re
import statistics
import sys

label = sys.argv[1]
report = sys.stdin.read()
WARM = ("9", "10", "11", "12")


def per_round(measure: str) -> dict[str, str]:
    """The value of one per-round measure, by round number."""
    pattern = r"\| Fan-out \((\d+)[^)]*\): " + re.escape(measure) + r"[^|]*\| ([^|]+) \|"
    return {m.group(1): m.group(2).strip() for m in re.finditer(pattern, report)}


def single(measure: str) -> str:
    found = re.search(r"\| " + re.escape(measure) + r"[^|]*\| ([^|]+) \|", report)
    return found.group(1).strip() if found else "?"


def row(*cells: str) -> None:
    print("%-58s %9s %9s %9s %9s  %s" % cells)


rates = per_round("create → 10,000 signed webhooks received (total)")
firsts = per_round("first webhook received after the create's response (commit)")
reached = per_round("duplicates (webhooks beyond the first per subscriber) / subscribers reached")
if len(rates) < 12:
    row(f"fan-out, {label}", "", "", "", "", "the bench did not finish: see its output")
    sys.exit(1)

warm_rates = [float(re.search(r"= (\d+) deliveries/s", rates[r]).group(1)) for r in WARM]
warm_firsts = [float(firsts[r].split()[0]) for r in WARM]
duplicates = sum(int(v.split("/")[0].replace(",", "")) for v in reached.values())
complete = sum(1 for v in reached.values() if v.split("/")[1].strip() == "10,000")
paired = single("Paired ratio fan-out / its round's loop: median of the last 4 rounds (warm)")
cpu = single("CPU ratio loop request / delivery: median of the last 4 rounds (warm)")
row(
    f"fan-out to 10,000 webhooks, {label}, rounds 9-12",
    f"{statistics.median(warm_rates):.0f}",
    f"{statistics.median(warm_firsts):.0f}",
    f"{max(warm_firsts):.0f}",
    "",
    f"{paired} of the paired loop (target >= 0.4); CPU ratio {cpu}; "
    f"first webhook max {max(warm_firsts):.0f} ms (target <= 1000); "
    f"{duplicates} duplicates, 10,000 reached in {complete} of {len(reached)} rounds",
)

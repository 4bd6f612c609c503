"""Rows of bench/write-path.sh's fan-out part, from the notifications bench's reports.

The bench (bench/Incidents.Notifications.Bench, `… 10000`) runs 12 fan-outs to 10,000 webhook
subscribers in one host, each followed by the plain HttpClient loop posting the same bodies at
the same concurrency. Rounds 9-12 are the warm ones; a run's paired ratio is each warm round's
deliveries/s over its own loop's requests/s (median of the four), as the bench prints it. One
run swings by about ±0.07 on these shared machines, so the row gives the median of the runs
(REPEAT of them, alternated between the databases), each run's ratio listed after it.
Usage: python3 bench/write/fanout_summary.py LABEL REPORT [REPORT …]
"""

import re
import statistics
import sys

WARM = ("9", "10", "11", "12")


def per_round(report: str, measure: str) -> dict[str, str]:
    """The value of one per-round measure, by round number."""
    pattern = r"\| Fan-out \((\d+)[^)]*\): " + re.escape(measure) + r"[^|]*\| ([^|]+) \|"
    return {m.group(1): m.group(2).strip() for m in re.finditer(pattern, report)}


def single(report: str, measure: str) -> float | None:
    found = re.search(r"\| " + re.escape(measure) + r"[^|]*\| ([^|]+) \|", report)
    try:
        return float(found.group(1)) if found else None
    except ValueError:
        return None


def row(*cells: str) -> None:
    print("%-58s %9s %9s %9s %9s  %s" % cells)


def run(report: str) -> dict | None:
    """One run's figures, or None when the bench did not finish."""
    rates = per_round(report, "create → 10,000 signed webhooks received (total)")
    firsts = per_round(report, "first webhook received after the create's response (commit)")
    reached = per_round(
        report, "duplicates (webhooks beyond the first per subscriber) / subscribers reached"
    )
    paired = single(
        report, "Paired ratio fan-out / its round's loop: median of the last 4 rounds (warm)"
    )
    cpu = single(report, "CPU ratio loop request / delivery: median of the last 4 rounds (warm)")
    if len(rates) < 12 or paired is None or cpu is None:
        return None
    warm_firsts = [float(firsts[r].split()[0]) for r in WARM]
    return {
        "rate": statistics.median(
            float(re.search(r"= (\d+) deliveries/s", rates[r]).group(1)) for r in WARM
        ),
        "first": statistics.median(warm_firsts),
        "first_max": max(warm_firsts),
        "paired": paired,
        "cpu": cpu,
        "duplicates": sum(int(v.split("/")[0].replace(",", "")) for v in reached.values()),
        "complete": sum(1 for v in reached.values() if v.split("/")[1].strip() == "10,000"),
        "rounds": len(reached),
    }


label = sys.argv[1]
runs = []
for path in sys.argv[2:]:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            runs.append(run(f.read()))
    except FileNotFoundError:
        runs.append(None)
finished = [r for r in runs if r is not None]
if not finished or len(finished) < len(runs):
    row(f"fan-out, {label}", "", "", "", "", "a bench run did not finish; the end of its output:")
    for path, result in zip(sys.argv[2:], runs):
        if result is None:
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    print("".join(f.readlines()[-10:]), end="")
            except FileNotFoundError:
                print(f"(no report at {path})")
    sys.exit(1)


def median(key: str) -> float:
    return statistics.median(r[key] for r in finished)


met = sum(1 for r in finished if r["paired"] >= 0.4)
row(
    f"fan-out to 10,000 webhooks, {label}, rounds 9-12",
    f"{median('rate'):.0f}",
    f"{median('first'):.0f}",
    f"{max(r['first_max'] for r in finished):.0f}",
    "",
    f"{median('paired'):.2f} of the paired loop (target >= 0.4; median of {len(finished)} runs: "
    + " ".join(f"{r['paired']:.2f}" for r in finished)
    + f", {met} at or above); CPU ratio {median('cpu'):.2f}; "
    f"first webhook max {max(r['first_max'] for r in finished):.0f} ms (target <= 1000); "
    f"{sum(r['duplicates'] for r in finished)} duplicates, 10,000 reached in "
    f"{sum(r['complete'] for r in finished)} of {sum(r['rounds'] for r in finished)} rounds",
)

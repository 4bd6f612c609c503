"""Summary of pg-ab.sh's rounds (issue 16).

Reads one line per round, "pgbench-before-A A pgbench-before-B B" (each a rate in /s), and prints
the ratios of the sums (A / pgbench, B / pgbench, B / A) with a 95 % interval found by resampling
whole rounds (a bootstrap), and the spread of the single segments' ratios. A round is the unit
because its four segments share the machine's load of that moment; the interval says how far the
ratio of sums could move if the same rounds had fallen differently, not how the next hour reads.

Usage: python3 bench/write/ab_summary.py ROUNDS_FILE [RESAMPLES] [BASELINE_NAME (pgbench)]
"""

import random
import statistics
import sys


def ratios(rounds):
    pa = sum(r[0] for r in rounds)
    a = sum(r[1] for r in rounds)
    pb = sum(r[2] for r in rounds)
    b = sum(r[3] for r in rounds)
    return a / pa, b / pb, b / a


def main():
    rounds = [tuple(map(float, line.split())) for line in open(sys.argv[1]) if line.strip()]
    resamples = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    point = ratios(rounds)
    rng = random.Random(16)  # fixed: the same rounds always print the same interval
    draws = [ratios([rng.choice(rounds) for _ in rounds]) for _ in range(resamples)]
    baseline = sys.argv[3] if len(sys.argv) > 3 else "pgbench"
    names = (f"A / {baseline}", f"B / {baseline}", "B / A")
    parts = []
    for i, name in enumerate(names):
        column = sorted(d[i] for d in draws)
        low = column[int(0.025 * (resamples - 1))]
        high = column[int(0.975 * (resamples - 1))]
        parts.append(f"{name} {point[i]:.3f} [{low:.3f}, {high:.3f}]")
    print(f"sums, 95 % interval over {len(rounds)} rounds: " + "   ".join(parts))
    for side, rate, base in (("A", 1, 0), ("B", 3, 2)):
        segments = [r[rate] / r[base] for r in rounds]
        spread = statistics.stdev(segments) if len(segments) > 1 else 0.0
        print(
            f"{side} / {baseline} per round: mean {statistics.mean(segments):.3f}, sd {spread:.3f}, "
            f"min {min(segments):.3f}, max {max(segments):.3f}"
        )


if __name__ == "__main__":
    main()

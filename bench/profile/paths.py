# The call paths into a frame (callers) or out of it (callees), CPU samples only.
# Usage: python3 paths.py TRACE.speedscope.json FRAME-SUBSTRING callers|callees [DEPTH] [COUNT]
import collections
import sys

from speedscope import intervals

trace, target, direction = sys.argv[1], sys.argv[2], sys.argv[3]
depth = int(sys.argv[4]) if len(sys.argv) > 4 else 12
count = int(sys.argv[5]) if len(sys.argv) > 5 else 8
paths = collections.Counter()
total = 0
for names, dt in intervals(trace):
    if names[-1] != 'CPU_TIME':
        continue
    idx = [i for i, n in enumerate(names) if target in n]
    if not idx:
        continue
    i = idx[0]
    part = names[max(0, i - depth):i + 1] if direction == 'callers' else names[i:i + depth]
    paths[' <- '.join(n.split('!')[-1][:90] for n in reversed(part))] += dt
    total += dt
print('total ms', round(total))
for k, v in paths.most_common(count):
    print(round(v), k, '\n')

"""Reads a dotnet-trace trace converted to speedscope: every interval between two events of a
thread, as (frame names of the stack at that time, outermost first; duration in ms)."""
import json


def intervals(path):
    d = json.load(open(path))
    frames = [f['name'] for f in d['shared']['frames']]
    for p in d['profiles']:
        stack = []
        prev = None
        for e in p['events']:
            at = e['at']
            if prev is not None and stack:
                yield [frames[i] for i in stack], at - prev
            if e['type'] == 'O':
                stack.append(e['frame'])
            else:
                # A close event pops up to (and including) its frame.
                while stack:
                    if stack.pop() == e['frame']:
                        break
            prev = at

"""Where a process's CPU samples go, by layer: reads `perf script -F comm,tid,ip,sym` output
(call stacks, leaf first) and gives each sample of the .NET threads to the first layer, walking
from the leaf, whose pattern one of its frames matches; kernel and unnamed native frames are
passed over, so a syscall counts for the managed code that made it.
Usage: python3 layers.py PERF-SCRIPT.txt [NAME=REGEX ...]   (the defaults below if none given)"""
import collections
import re
import sys

DEFAULT_LAYERS = [
    # Thread-pool workers with no work: spinning (sched_yield) and parking.
    ("thread pool, idle (spinning, parking)", r"LowLevelLifoSemaphore|sched_yield|WorkerThreadStart|PortableThreadPool\+WorkerThread"),
    ("EF Core: SaveChanges, change tracking, commands", r"EntityFrameworkCore.*SaveChanges|ChangeTracking|EntityFrameworkCore\.Update|CommandBatch"),
    ("EF Core: queries", r"EntityFrameworkCore\.Query"),
    ("Npgsql", r"\[Npgsql\]"),
    ("validation", r"FluentValidation|ValidationBehaviour"),
    ("the service's own code and Mediator", r"\[Incidents\.|\[Mediator"),
    ("System.Text.Json", r"System\.Text\.Json"),
    ("MVC", r"Microsoft\.AspNetCore\.Mvc"),
    ("authentication, authorization", r"AspNetCore\.Authentication|AspNetCore\.Authorization|System\.Security\.Claims"),
    ("rate limiting", r"RateLimit"),
    ("routing, other middleware", r"AspNetCore\.Routing|AspNetCore\.(Diagnostics|StaticFiles|HttpOverrides|Http\.)|Middleware"),
    ("Kestrel, pipelines", r"Kestrel|System\.IO\.Pipelines"),
    ("sockets", r"System\.Net\.Sockets"),
    ("thread pool, dispatching work", r"ThreadPoolWorkQueue|ExecutionContext|System\.Threading\.Tasks"),
]


def samples(path):
    comm, frames = None, None
    for line in open(path, errors="replace"):
        if not line.strip():
            if frames is not None:
                yield comm, frames
            frames = None
        elif not line[0].isspace():
            m = re.match(r"^(.*?)\s+\d+(/\d+)?\s*$", line.rstrip())
            comm, frames = (m.group(1).strip() if m else line.strip()), []
        else:
            parts = line.strip().split(None, 1)
            frames.append(parts[-1])
    if frames is not None:
        yield comm, frames


def main():
    layers = [a.split("=", 1) for a in sys.argv[2:]] or DEFAULT_LAYERS
    compiled = [(name, re.compile(pattern)) for name, pattern in layers]
    counts = collections.Counter()
    total = 0
    for comm, frames in samples(sys.argv[1]):
        if not comm.startswith(".NET"):
            continue
        total += 1
        layer = "other (runtime, GC, kernel with no managed caller)"
        for frame in frames:
            hit = next((name for name, regex in compiled if regex.search(frame)), None)
            if hit:
                layer = hit
                break
        counts[layer] += 1
    print(f"{total} samples on the process's .NET threads")
    for name, n in counts.most_common():
        print(f"{100 * n / max(total, 1):6.1f} %  {name}")


if __name__ == "__main__":
    main()

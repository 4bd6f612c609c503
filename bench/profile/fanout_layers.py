"""Where the thread-pool workers' samples of a fan-out go (bench/profile/fanout-rounds.sh): reads
`perf script -F comm,tid,ip,sym` output (call stacks, leaf first) and gives each sample of a
".NET TP Worker" thread to the first layer found walking from the leaf, by the managed frame's
module ([Module] Type::Method, as the runtime's perf map names it) or, for native frames, SQLite's
symbols; then the service frame nearest the leaf (with what it called) and the leaf frames.
Usage: python3 fanout_layers.py PERF-SCRIPT.txt"""
import collections
import re
import sys

from layers import samples  # the same `perf script` reader (bench/profile/layers.py)

MANAGED = re.compile(r"\[([A-Za-z0-9_.]+)\] ?([A-Za-z0-9_.`+<>$]+)::([^\(\[]+)")
BY_MODULE = [
    ("Microsoft.Data.Sqlite", "Microsoft.Data.Sqlite / SQLitePCL"),
    ("SQLitePCL", "Microsoft.Data.Sqlite / SQLitePCL"),
    ("Npgsql", "Npgsql"),
    ("Microsoft.EntityFrameworkCore", "EF Core"),
    ("System.Security.Cryptography", "crypto"),
    ("System.Text.Json", "System.Text.Json"),
    ("System.Net.Http", "HTTP client"),
    ("Microsoft.AspNetCore", "ASP.NET Core (the bench's receiver)"),
    ("Incidents.Notifications.Bench", "the bench (receiver's handler, loop)"),
    ("Incidents.", "the service's own code"),
    ("System.Net.Sockets", "sockets"),
    ("Microsoft.Extensions", "Microsoft.Extensions (DI, logging, options)"),
]


def method(frame):
    found = MANAGED.findall(frame)
    return (found[-1][0], f"{found[-1][1]}::{found[-1][2]}") if found else (None, frame)


def layer(frame):
    module, name = method(frame)
    if module is None:
        return "SQLite (native)" if "sqlite3" in frame else None
    for prefix, label in BY_MODULE:
        if module.startswith(prefix):
            return label
    if module == "System.Private.CoreLib" and name.startswith(
        ("System.Threading", "System.Runtime.CompilerServices")
    ):
        return "thread pool, tasks, async"
    return None


layers, service, leaves, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
for comm, frames in samples(sys.argv[1]):
    if comm != ".NET TP Worker":
        continue
    total += 1
    layers[next((l for l in map(layer, frames) if l), "no layer (kernel, runtime, GC, unwalked)")] += 1
    own = next((method(f)[1] for f in frames if (method(f)[0] or "").startswith("Incidents.")
                and not method(f)[0].startswith("Incidents.Notifications.Bench")), None)
    if own:
        service[own[:150]] += 1
    if frames:
        leaves[method(frames[0])[1][:100]] += 1
print(f"{total} samples on the thread-pool workers")
for name, n in layers.most_common():
    print(f"{100 * n / max(total, 1):6.1f} %  {name}")
print("\nthe service's frame nearest the leaf (with what it called), top 20:")
for name, n in service.most_common(20):
    print(f"{100 * n / max(total, 1):6.1f} %  {name}")
print("\nleaf frames, top 15:")
for name, n in leaves.most_common(15):
    print(f"{100 * n / max(total, 1):6.1f} %  {name}")

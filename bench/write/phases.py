"""Where a concurrency-1 create's wall time goes, read from the wire (issue 16): parses
`tcpdump -i lo -nn -tt -q` lines of the web app's HTTP port and PostgreSQL's port 5432 (packets
with data only) and splits each request, from its arrival to the next request's, into:
  before the database  request in -> the first packet to PostgreSQL (pipeline, validation,
                       handler, building the commands)
  database             that packet -> PostgreSQL's first answer on the same connection (the
                       round trip: PostgreSQL's work, the commit's flush, loopback)
  after the database   the answer -> the response's first packet (reading results, accepting
                       changes, after-commit work, the envelope)
  client               the response's last packet -> the next request (wrk, loopback, wake-ups)
No instrumentation in the process, so the service and the bare endpoints are timed alike. A
request with no PostgreSQL packet (or an outbox pass's query taken for it, a few per cent at
concurrency 1) only moves the mean: the medians are printed first.
Usage: python3 phases.py HTTP_PORT NAME CAPTURE [CAPTURE ...]   (captures of one app, summed)"""
import re
import statistics
import sys

LINE = re.compile(r"(\d+\.\d+) IP 127\.0\.0\.1\.(\d+) > 127\.0\.0\.1\.(\d+): tcp (\d+)")
PHASES = ["before the database", "database", "after the database", "client", "total"]


def requests(path, port):
    events = []
    for line in open(path):
        m = LINE.match(line)
        if not m or m.group(4) == "0":
            continue
        t, src, dst = float(m.group(1)), m.group(2), m.group(3)
        if dst == port:
            events.append((t, "request", src))
        elif src == port:
            events.append((t, "response", dst))
        elif dst == "5432":
            events.append((t, "query", src))
        elif src == "5432":
            events.append((t, "answer", dst))
    starts = [i for i, e in enumerate(events) if e[1] == "request"]
    for here, following in zip(starts, starts[1:]):
        span = events[here : following + 1]
        queries = [e for e in span if e[1] == "query"]
        responses = [e for e in span if e[1] == "response"]
        if not queries or not responses:
            continue
        first = queries[0]
        answers = [e for e in span if e[1] == "answer" and e[2] == first[2] and e[0] > first[0]]
        if not answers:
            continue
        arrived, sent, answered = span[0][0], first[0], answers[0][0]
        responded, finished, following_at = responses[0][0], responses[-1][0], span[-1][0]
        if not arrived <= sent <= answered <= responded:
            continue
        yield [sent - arrived, answered - sent, responded - answered, following_at - finished, following_at - arrived]


def main():
    port, name, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    rows = [r for path in paths for r in requests(path, port)]
    if not rows:
        print(f"{name}: no complete request in the captures")
        return
    columns = list(zip(*rows))
    cells = "  ".join(
        f"{statistics.median(c) * 1e3:6.3f} ({statistics.mean(c) * 1e3:6.3f})" for c in columns
    )
    print(f"{name:<8} {len(rows):>6}  {cells}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Splits a concurrency-1 run's latency between the service and the client, from the wire.

Input: `tcpdump -r FILE.pcap -tt -n` text lines of loopback TCP packets with a payload. The
service's port is the one seen in the most packets. For each connection with 1,000 exchanges or
more, this prints the longest spans between a request's first packet and the response's first packet
(the service's time, kernel included) and between a response's last packet and the next request
(the client's time), with the time each began.

Usage: tcpdump -i lo -s 96 -w lo.pcap tcp &  (then the runs)
       tcpdump -r lo.pcap -tt -n | python3 bench/write/wire_gaps.py
"""
import collections
import datetime
import re
import sys

PACKET = re.compile(r"^(\d+\.\d+) IP [\d.]+\.(\d+) > [\d.]+\.(\d+): .* length (\d+)")


def clock(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%H:%M:%S.%f")[:-3]


def main():
    packets = []
    ports = collections.Counter()
    for line in sys.stdin:
        match = PACKET.match(line)
        if not match or int(match.group(4)) == 0:
            continue
        time, source, target = float(match.group(1)), int(match.group(2)), int(match.group(3))
        packets.append((time, source, target))
        ports[source] += 1
        ports[target] += 1
    if not packets:
        sys.exit("no packets with a payload")
    service = ports.most_common(1)[0][0]
    connections = collections.defaultdict(list)
    for time, source, target in packets:
        if target == service:
            connections[source].append((time, "request"))
        elif source == service:
            connections[target].append((time, "response"))
    print(f"service port {service}")
    for port, events in connections.items():
        server, client = [], []
        state, request_at, response_at = None, None, None
        for time, kind in events:
            if kind == "request":
                if state == "response":
                    client.append((time - response_at, response_at))
                if state != "request":
                    request_at = time
            else:
                if state == "request":
                    server.append((time - request_at, request_at))
                response_at = time
            state = kind
        if len(server) < 1000:
            continue
        server.sort(reverse=True)
        client.sort(reverse=True)
        show = lambda spans: ", ".join(f"{span * 1000:.1f} ms at {clock(at)}" for span, at in spans[:3])
        print(f"connection {port}: {len(server)} exchanges")
        print(f"  service, longest: {show(server)}")
        print(f"  client, longest:  {show(client)}")


if __name__ == "__main__":
    main()

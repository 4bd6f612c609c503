"""What waking an idle vCPU costs on this machine (issue 16), without .NET or PostgreSQL: two
processes ping-pong one byte over loopback TCP. Before each ping the client keeps its own CPU busy
for GAP µs, as an app does its own work between two database round trips, so the other side sits
idle that long. Prints the median and p90 round trip per gap, over two passes of the gaps. With
LOOPS=N, N sched_yield loops at nice 19 run alongside, which keep every vCPU from halting.
Usage: [LOOPS=2] python3 bench/profile/idle_wake.py [GAPS_µS (0,100,250,500,1000,2000)] [PINGS (2000)]"""
import os
import signal
import socket
import sys
import time

gaps = [int(g) for g in (sys.argv[1] if len(sys.argv) > 1 else "0,100,250,500,1000,2000").split(",")]
pings = int(sys.argv[2]) if len(sys.argv) > 2 else 2000


def spawn(child):
    pid = os.fork()
    if pid == 0:
        try:
            child()
        finally:
            os._exit(0)
    return pid


def yield_forever():
    os.nice(19)
    while True:
        os.sched_yield()


listener = socket.create_server(("127.0.0.1", 0))


def echo():
    conn, _ = listener.accept()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    while data := conn.recv(64):
        conn.sendall(data)


children = [spawn(echo)] + [spawn(yield_forever) for _ in range(int(os.environ.get("LOOPS", "0")))]
client = socket.create_connection(listener.getsockname())
client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
time.sleep(0.2)
print("gap µs | median round trip µs | p90 µs")
try:
    for _ in range(2):
        for gap in gaps:
            trips = []
            for _ in range(pings):
                until = time.perf_counter_ns() + gap * 1000
                while time.perf_counter_ns() < until:
                    pass
                start = time.perf_counter_ns()
                client.sendall(b"x")
                client.recv(64)
                trips.append((time.perf_counter_ns() - start) / 1000)
            trips.sort()
            print(f"{gap:6} | {trips[len(trips) // 2]:8.0f} | {trips[len(trips) * 9 // 10]:8.0f}")
finally:
    client.close()
    for child in children:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)

"""A port for a test's own server that no other test worker can pick at the same moment.

Asking the system for a free port (binding port 0) and closing it races with the other
xdist worker doing the same: both may get the same port, one server fails to bind, and
its test talks to the other worker's server (seen once as a key "rejected" by the wrong
head office). Each worker takes ports from its own range instead, below the range the
system hands out to client sockets, checking that the port is free.
"""

from __future__ import annotations

import os
import random
import socket

FIRST, PER_WORKER = 20_000, 2_000


def free_port() -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:]
    low = FIRST + (int(worker) if worker.isdigit() else 0) % 5 * PER_WORKER
    for _ in range(500):
        port = random.randrange(low, low + PER_WORKER)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise RuntimeError(f"no free port in {low}–{low + PER_WORKER}")

"""An in-process head-office server and a faulty TCP proxy in front of it.

Proxy modes, consumed one per request (then it passes everything through):
- "reset": close the branch's connection as soon as the request arrives;
- "cut": deliver the request to head office, then close before the answer;
- "truncate": send half of head office's answer;
- "corrupt": flip bytes in the answer's body; "corrupt_request": in the request's;
- "replay": deliver the request twice, answer with the second reply;
- "blackhole": accept the connection and the request, forward nothing, answer nothing
  (the branch's read times out); the connection is held until the proxy closes;
- "stall": deliver the request to head office, then hold the answer back for good
  (head office stored the batch; the branch times out without knowing it);
- "slow": a slow link both ways: `latency` seconds before each direction, then the
  bytes trickle at `bytes_per_s` (default 5 KB/s with 300 ms, a 2G/GPRS profile);
- "pass": forward untouched.

`only` (bytes in the request line, e.g. b"/events") makes faults apply only to
matching requests; the others pass and consume nothing.
"""

from __future__ import annotations

import socket
import threading
import time

import uvicorn


class LiveHq:
    """uvicorn serving the real API on 127.0.0.1 in a thread."""

    def __init__(self, engine, keys=None) -> None:  # type: ignore[no-untyped-def]
        from app.headoffice.api import create_app
        from tests.ports import free_port

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(create_app(engine, keys), host="127.0.0.1",
                                                    port=self.port, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


def _trickle(sock: socket.socket, data: bytes, bytes_per_s: float, latency: float,
             stop: threading.Event) -> None:
    """Send `data` as a slow link would: latency first, then small timed pieces."""
    if stop.wait(latency):
        return
    piece = max(1, int(bytes_per_s / 20))  # 20 pieces a second
    for i in range(0, len(data), piece):
        sock.sendall(data[i:i + piece])
        if stop.wait(piece / bytes_per_s):
            return


def _exchange(port: int, request: bytes, send=None) -> bytes:  # type: ignore[no-untyped-def]
    with socket.create_connection(("127.0.0.1", port), timeout=30) as up:
        if send is None:
            up.sendall(request)
        else:
            send(up, request)
        reply = b""
        while True:
            chunk = up.recv(65536)
            if not chunk:
                return reply
            reply += chunk


class FaultyProxy:
    def __init__(self, upstream_port: int, faults: list[str], *, only: bytes | None = None,
                 bytes_per_s: float = 5_000, latency: float = 0.3) -> None:
        self.upstream = upstream_port
        self.faults = list(faults)
        self.only = only
        self.bytes_per_s, self.latency = bytes_per_s, latency
        self.stopped = threading.Event()
        self.seen: list[str] = []
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _next(self, request: bytes) -> str:
        if self.only is not None and self.only not in request.partition(b"\r\n")[0]:
            return "pass"
        with self.lock:
            mode = self.faults.pop(0) if self.faults else "pass"
            self.seen.append(mode)
            return mode

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = _read_request(conn)
                if not request:
                    return
                mode = self._next(request)
                if mode == "blackhole":
                    self.stopped.wait()
                    return
                if mode == "slow":
                    self._slow(conn, request)
                    return
                if mode == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                    b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    return
                if mode == "corrupt_request":
                    head, sep, body = request.partition(b"\r\n\r\n")
                    request = head + sep + bytes(b ^ 0x5A for b in body)
                reply = _exchange(self.upstream, request)
                if mode == "replay":
                    reply = _exchange(self.upstream, request)
                if mode == "cut":
                    return
                if mode == "stall":
                    self.stopped.wait()
                    return
                if mode == "truncate":
                    reply = reply[: len(reply) * 2 // 3]
                if mode == "corrupt":
                    head, sep, body = reply.partition(b"\r\n\r\n")
                    reply = head + sep + bytes(b ^ 0x5A for b in body)
                conn.sendall(reply)
            except OSError:
                pass

    def _slow(self, conn: socket.socket, request: bytes) -> None:
        def send(sock: socket.socket, data: bytes) -> None:
            _trickle(sock, data, self.bytes_per_s, self.latency, self.stopped)

        reply = _exchange(self.upstream, request, send)
        send(conn, reply)

    def close(self) -> None:
        self.stopped.set()
        self.sock.close()

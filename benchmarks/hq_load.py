"""`hq_load`: many branches syncing at once against `shakha hq serve` on PostgreSQL (#15:
≥ 200 branches, 0 errors, p95 per 100-event batch under 1 s).

The server is the real command (`shakha hq init`, then `shakha hq serve` in its own
process, projecting in the background); the branches are real branch databases (a
migrated file copied per branch, enrolled as by USB) with the real sync client
(app.sync.client.SyncClient: signed requests, zstd batches, answers verified), each
holding EVENTS chained counter repayments in its outbox, sending them in batches of
BATCH over loopback, CLIENTS at a time. Reported: acknowledged events/s over the whole
run, p50/p95 seconds per batch (request to verified answer), errors, and the server's
peak resident memory (VmHWM). Baseline: the same branches' events acknowledged by
ingest() in this process, one branch after another (no HTTP, no concurrency) — so
ratio = our time ÷ the time the events alone cost head office, what HTTP, signing,
verification and the concurrency add. SHAKHA_BENCH_LOAD_BRANCHES (default 200),
SHAKHA_BENCH_LOAD_EVENTS (per branch, default 100), SHAKHA_BENCH_LOAD_CLIENTS (default
20). Bounded: loopback only, at most 1,000 branches, a 20-minute limit.
Needs PostgreSQL on 127.0.0.1 (SHAKHA_BENCH_PG to override).

2026-12-07, once at full size, machine shared and loaded (load average ~8-10 on 2
cores; the 200 clients run in threads of one process on the same machine): 200
branches × 100 events, 20 at a time — 20,000 acknowledged, 0 errors, 464 events/s,
p50 0.44 s and p95 0.93 s per 100-event batch, server peak RSS 125 MB.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.db.migrate import upgrade_database
from app.db.models import Branch, OutboxEvent
from app.headoffice.db import hq_engine
from app.headoffice.ingest import ingest
from app.headoffice.keys import HqKeys
from app.sync.client import SyncClient
from app.sync.wire import decode, encode, pack_events
from benchmarks.common import enrol, percentile, result
from benchmarks.sync_wire import repayment_events

ADMIN = os.environ.get("SHAKHA_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
BATCH = 100
LIMIT_S = 20 * 60


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _branch(template: Path, folder: Path, code: str, events: list[dict[str, Any]]) -> Path:
    """A branch database of its own, its outbox holding `events`."""
    path = folder / f"{code}.db"
    shutil.copy(template, path)
    shutil.copy(f"{template}.keys", f"{path}.keys")
    engine = open_engine(path)
    with Session(engine) as s, s.begin():
        s.add(Branch(code=code, name_en=code, name_bn=code, institution="Bench",
                     currency="INR", policy_profile="india_rbi",
                     business_date=date(2026, 11, 25)))
        s.add_all(OutboxEvent(**{**e, "business_date": date.fromisoformat(e["business_date"]),
                                 "device_time": datetime.fromisoformat(e["device_time"])})
                  for e in events)
    engine.dispose()
    return path


def _server_memory(pid: int) -> int:
    """Peak resident memory of the server process (and its children), in bytes."""
    total = 0
    for p in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _baseline(url: str, codes: list[str], per_branch: int) -> float:
    """Seconds for ingest() alone to acknowledge as many events, in process (streams
    of their own: an event id names one event only)."""
    streams = {code: repayment_events(per_branch) for code in codes}
    engine = hq_engine(url)
    with engine.begin() as conn:  # a second head office's worth of streams
        from sqlalchemy import text

        for code in codes:
            conn.execute(text("INSERT INTO hq_branch (code, epoch, acked_seq, acked_hash, "
                              "registered_at) VALUES (:c, 1, 0, :h, now())"),
                         {"c": "B" + code, "h": streams[code][0]["prev_hash"]})
    bodies = [(f"B{code}", encode(pack_events(f"B{code}", 1, events[i:i + BATCH])))
              for code, events in streams.items() for i in range(0, len(events), BATCH)]
    start = time.perf_counter()
    for code, body in bodies:
        ingest(engine, code, decode(body))
    seconds = time.perf_counter() - start
    engine.dispose()
    return seconds


def run() -> dict:
    branches = min(1000, int(os.environ.get("SHAKHA_BENCH_LOAD_BRANCHES", "200")))
    per_branch = int(os.environ.get("SHAKHA_BENCH_LOAD_EVENTS", "100"))
    clients = int(os.environ.get("SHAKHA_BENCH_LOAD_CLIENTS", "20"))
    name = f"shakha_bench_{uuid.uuid4().hex[:8]}"
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    folder = Path(tempfile.mkdtemp(prefix="shakha-load-"))
    keys_path = folder / "hq-keys.json"
    env = dict(os.environ, SHAKHA_HQ_KEYS=str(keys_path))
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    server = None
    try:
        subprocess.run([sys.executable, "-m", "app.cli", "hq", "init", "--db", url,
                        "--keys", str(keys_path)], check=True, env=env,
                       capture_output=True, timeout=300)
        template = folder / "template.db"
        upgrade_database(template)
        hq = hq_engine(url)
        keys = HqKeys.load(keys_path)
        codes = [f"L{n:04d}" for n in range(branches)]
        paths = []
        for code in codes:
            path = _branch(template, folder, code, repayment_events(per_branch))
            branch = open_engine(path)
            enrol(hq, keys, branch, code)
            branch.dispose()
            paths.append(path)
        hq.dispose()
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "hq", "serve", "--db", url, "--port",
             str(port), "--keys", str(keys_path)], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/health", timeout=2)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("hq serve did not start") from None
                time.sleep(0.2)
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop = time.monotonic() + LIMIT_S

        def sync_one(path: Path) -> int:
            if time.monotonic() > stop:
                return 0
            engine = open_engine(path)
            client = SyncClient(engine, base, batch_size=BATCH, max_batch=BATCH, retries=3)
            request = client._request

            def timed(method: str, route: str, *args: Any, **kw: Any) -> Any:
                start = time.perf_counter()
                answer = request(method, route, *args, **kw)
                if route == "/events":
                    with lock:
                        latencies.append(time.perf_counter() - start)
                return answer

            client._request = timed  # type: ignore[method-assign]
            try:
                return client.run().uploaded
            except Exception as exc:  # noqa: BLE001 - counted, reported
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
                return 0
            finally:
                client.close()
                engine.dispose()

        start = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            uploaded = sum(pool.map(sync_one, paths))
        load_s = time.perf_counter() - start
        memory = _server_memory(server.pid)
        baseline_s = _baseline(url, codes, per_branch)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(folder, ignore_errors=True)
    return result("hq_load", load_s, baseline_s, "0 errors, p95 per batch < 1 s", "s",
                  branches=branches, events_per_branch=per_branch, clients=clients,
                  batch=BATCH, acknowledged=uploaded,
                  events_per_s=round(uploaded / load_s) if load_s else 0,
                  p50_batch_s=round(percentile(latencies, 50), 3) if latencies else None,
                  p95_batch_s=round(percentile(latencies, 95), 3) if latencies else None,
                  errors=len(errors), first_errors=errors[:3],
                  server_peak_rss_mb=round(memory / 2**20, 1),
                  note="value: seconds for every branch to sync through hq serve over "
                       "loopback (CLIENTS at a time); baseline: ingest() alone on the "
                       "same events in process, one batch after another")

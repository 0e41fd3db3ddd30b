"""`resync_30d`: a branch offline for days catching up with head office.

A demo branch (800 members; its history counts as at head office, as after a first-sync
snapshot) works business days offline through the real services, as a branch does: each
day PER_DAY counter repayments of 40 taka (`counter_repayment`: journal row, installments paid,
event sealed by the unit of work with its journal row and installment images), the
day's meetings marked not held (`mark_not_held`) and the day closed with the cash the
book shows counted (`close_day`). All of it waits in the real SQLite outbox; one
`SyncClient.run()` sends it through the real API (FastAPI in process, PostgreSQL
behind it), records every acknowledgement and prunes.

Main figure (as before): the catch-up after 30 days, timed on this in-process link.
Baseline, same run: head office ingesting the same events directly (no HTTP, no branch
database), in batches of 1,000.

SYNC.md's figures for 1, 7, 30 and 90 days offline on a slow link: the branch goes
offline, works, catches up, then goes offline again — 30 days first (the main figure and
its baseline, from the first event), then 1, 7 and 90; each catch-up starts from an
acknowledged state. For each, `catch_up` reports the events, the requests and the bytes
on the wire, counted by the HTTP client's hooks (request line, headers and body each way,
as HTTP/1.1 would send them; no TCP/IP or TLS overhead), and `slow_link_s`: the time
those bytes and requests would take on SYNC.md's slow link (5 KB/s both ways with 300 ms
latency per request, the profile of tests/sync/netfaults.py), COMPUTED as
requests × 0.3 s + bytes / 5,000 B/s — not measured by sleeping, which would take hours
for 90 days. The client grows its batches the same way on either link (and httpx's
timeouts are per socket operation, so a slow upload does not trip them), so the
requests counted here are the ones it would make on the slow link.

Scaled down: with 30 days only this benchmark worked 300 repayments (of 100 taka) a day;
128 days of that would take about three minutes of service calls on the 2-core machine,
so PER_DAY defaults to 150 (SHAKHA_BENCH_RESYNC_PER_DAY to change it), and repayments
are 40 taka so that the demo's book lasts. Events, bytes and slow-link time grow about
linearly with PER_DAY; bytes per event fall slightly as batches grow. Each day also
carries ~9 meetings not held and its day close. Needs PostgreSQL on 127.0.0.1
(SHAKHA_BENCH_PG to override).

Measured on the 2-core machine (shared with other work), 150 a day: 1 day 165 events,
12 KB, ~4 s on the slow link; 7 days 1,133 events, 64 KB, ~15 s; 30 days 4,830 events,
235 KB, ~50 s; 90 days 14,623 events, 680 KB, ~2.3 min (46-72 bytes per event, 5 to 11
requests). The 30-day catch-up in process: ~0.6 s, ~5x head office's direct ingest.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import psycopg
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.clock import CLOCK
from app.db.engine import open_engine
from app.db.models import Branch, Loan, Meeting, Staff
from app.db.uow import Actor
from app.demo import generate_demo
from app.headoffice.api import create_app
from app.headoffice.db import hq_engine, init_database
from app.headoffice.ingest import ingest
from app.headoffice.keys import HqKeys
from app.services.cash import cash_in_hand, close_day
from app.services.loan_closure import counter_repayment
from app.services.loans import outstanding_minor
from app.services.meetings import mark_not_held
from app.sync.client import SyncClient
from app.sync.outbox import local_cursor, pending_events
from app.sync.wire import pack_events
from benchmarks.common import bench_keys_path, enrol, result

ADMIN = os.environ.get("SHAKHA_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
MAIN_DAYS = 30
OFFLINE_DAYS = (MAIN_DAYS, 1, 7, 90)  # in the order worked; the main figure first
PER_DAY = int(os.environ.get("SHAKHA_BENCH_RESYNC_PER_DAY", "150"))
MEMBERS = 800
REPAYMENT_MINOR = 40_00  # small enough that 128 days do not repay the demo's whole book
FIRST_DAY = date(2026, 10, 26)
SLOW_BYTES_PER_S, SLOW_LATENCY_S = 5_000, 0.3  # SYNC.md's slow link (netfaults.py)


class WireCount:
    """Requests and bytes through an httpx client, counted by its event hooks."""

    def __init__(self, http: httpx.Client) -> None:
        self.requests = self.bytes = 0
        http.event_hooks = {"request": [self._request], "response": [self._response]}

    def _request(self, request: httpx.Request) -> None:
        self.requests += 1
        line = f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n"
        self.bytes += len(line) + _headers(request.headers) + len(request.content)

    def _response(self, response: httpx.Response) -> None:
        response.read()
        line = f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n"
        self.bytes += len(line) + _headers(response.headers) + len(response.content)

    def slow_link_s(self) -> float:
        return self.requests * SLOW_LATENCY_S + self.bytes / SLOW_BYTES_PER_S


def _headers(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 2  # "k: v\r\n", blank line


def _manager(engine: Engine) -> Actor:
    with Session(engine) as s:
        manager = s.scalars(select(Staff).where(Staff.role == "branch_manager")).first()
    assert manager is not None
    return Actor(manager.id, manager.username, manager.role)


def _work_day(engine: Engine, actor: Actor) -> None:
    """One business day: counter repayments, the meetings marked not held, day close.

    The day's repayments take the next PER_DAY loans in turn (by the business date), so
    128 days of them spread over the whole book instead of closing the first loans."""
    with Session(engine) as s:  # a loan repaid in full leaves the counter's list
        on = s.scalars(select(Branch.business_date)).one()
        book = list(s.scalars(select(Loan.id).where(Loan.status == "disbursed")
                              .order_by(Loan.id)))
    assert len(book) >= PER_DAY, "the demo branch is too small"
    first = on.toordinal() * PER_DAY % len(book)
    loans = (book[first:] + book[:first])[:PER_DAY]
    for loan in loans:
        with Session(engine) as s:
            owed = sum(outstanding_minor(s, loan))
        counter_repayment(engine, actor, loan, min(REPAYMENT_MINOR, owed))
    with Session(engine) as s:
        meetings = s.scalars(select(Meeting.id).where(
            Meeting.scheduled_on == on, Meeting.status.in_(("scheduled", "draft")))).all()
        counted = cash_in_hand(s, on)
    for meeting in meetings:
        mark_not_held(engine, actor, meeting, "counter day (benchmark)")
    CLOCK.set_today(max(CLOCK.today(), on))  # the evening of that day
    following = close_day(engine, actor, counted).next_business_date
    CLOCK.set_today(following)  # the next morning: days pass as they do at a branch


def _catch_up(client: SyncClient, wire: WireCount) -> tuple[float, dict[str, Any]]:
    """Sync what `days` offline left; the figures of that one catch-up."""
    wire.requests = wire.bytes = 0
    start = time.perf_counter()
    outcome = client.run()
    seconds = time.perf_counter() - start
    assert local_cursor(client.engine).acked_seq == outcome.acked_seq
    return seconds, {"events": outcome.uploaded, "requests": wire.requests, "bytes": wire.bytes,
            "bytes_per_event": round(wire.bytes / max(1, outcome.uploaded), 1),
            "slow_link_s": round(wire.slow_link_s(), 1), "in_process_s": round(seconds, 2)}


def _ingest_directly(hq: Engine, events: list[dict[str, Any]], history: int) -> float:
    """Seconds for head office to ingest `events` directly, after putting it back to the
    state before them (they follow the events of the first sync)."""
    first = events[0]
    with hq.begin() as conn:
        conn.execute(text("DELETE FROM hq_event WHERE seq >= :s"), {"s": first["seq"]})
        conn.execute(text("TRUNCATE hq_collection, hq_task, hq_suspense"))
        conn.execute(text("DELETE FROM hq_ledger WHERE journal_id > :h"), {"h": history})
        # the journal anchor goes back too: these batches carry no journal claim (the
        # branch's claims name checkpoints made after them), and checking one is a few
        # comparisons per batch, nothing beside storing 1,000 events
        conn.execute(text("UPDATE hq_branch SET acked_seq = :s, acked_hash = :h, "
                          "journal_id = NULL, journal_hash = NULL"),
                     {"s": first["seq"] - 1, "h": first["prev_hash"]})
    batches = [pack_events("BJS-001", 1, events[i:i + 1000])
               for i in range(0, len(events), 1000)]
    start = time.perf_counter()
    for body in batches:
        ingest(hq, "BJS-001", body)
    return time.perf_counter() - start


def run() -> dict:
    name = f"shakha_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    catch_up: dict[str, dict[str, Any]] = {}
    try:
        keys_path = bench_keys_path()
        init_database(url, keys_path)
        keys = HqKeys.load(keys_path)
        hq = hq_engine(url)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "branch.db"
            generate_demo(path, members=MEMBERS, years=1, seed=1, branch_code="BJS-001",
                          today=FIRST_DAY)
            branch = open_engine(path)
            enrol(hq, keys, branch, "BJS-001")
            http = TestClient(create_app(hq, keys))
            client = SyncClient(branch, "http://testserver", client=http, batch_size=100)
            client.run()  # the first sync: the demo history goes as a snapshot
            with hq.connect() as conn:
                history = int(conn.scalar(text("SELECT max(journal_id) FROM hq_ledger")))
            wire, actor = WireCount(http), _manager(branch)
            for days in OFFLINE_DAYS:
                for _ in range(days):
                    _work_day(branch, actor)
                if days == MAIN_DAYS:
                    events = pending_events(branch, 0, 10**9)
                client.batch_size = 100  # a new sync starts small, as sync_now does
                seconds, catch_up[f"{days}d"] = _catch_up(client, wire)
                if days == MAIN_DAYS:
                    sync_s = seconds
            branch.dispose()
        direct_s = _ingest_directly(hq, events, history)
        hq.dispose()
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    main = catch_up[f"{MAIN_DAYS}d"]
    assert main["events"] == len(events)
    return result("resync_30d", sync_s, direct_s, "minutes on a fast link", "s",
                  events=len(events), days=MAIN_DAYS, repayments_per_day=PER_DAY,
                  catch_up={k: catch_up[k] for k in ("1d", "7d", "30d", "90d")},
                  note="value: 30 days' catch-up over in-process HTTP (no link latency), "
                       "batches of 100 growing; baseline = head office ingesting the same "
                       "events directly, batches of 1,000. catch_up: per days offline, "
                       "events, requests, bytes on the wire (measured) and slow_link_s = "
                       "requests x 0.3 s + bytes / 5,000 B/s (computed, not slept); "
                       f"{PER_DAY} repayments a day (300 before the 1/7/90-day figures; "
                       "SHAKHA_BENCH_RESYNC_PER_DAY), plus meetings not held and the day "
                       "close")

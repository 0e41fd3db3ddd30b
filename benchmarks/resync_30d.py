"""`resync_30d`: a branch 30 days offline catching up with head office.

A demo branch (400 members; its history counts as at head office, as after a first-sync
snapshot) works 30 business days offline through the real services: each day 300
counter repayments (`counter_repayment`: journal row, installments paid, event sealed
by the unit of work with its journal row and installment images), the day's meetings
marked not held and the day closed (`close_day`). All of it waits in the real SQLite
outbox; one `SyncClient.run()` sends it through the real API (FastAPI in process,
PostgreSQL behind it), records every acknowledgement and prunes. Baseline, same run:
head office ingesting the same events directly (no HTTP, no branch database), in
batches of 1,000. Needs PostgreSQL on 127.0.0.1 (SHAKHA_BENCH_PG to override).
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import psycopg
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.db.canonical import GENESIS_HASH
from app.db.engine import open_engine
from app.db.models import Branch, Loan, Staff
from app.db.uow import Actor
from app.demo import generate_demo
from app.headoffice.admin import add_branch
from app.headoffice.api import create_app
from app.headoffice.db import hq_engine, init_database
from app.headoffice.ingest import ingest
from app.services.cash import next_working_day
from app.services.loan_closure import counter_repayment
from app.services.loans import outstanding_minor
from app.sync.client import SyncClient
from app.sync.outbox import pending_events
from app.sync.wire import pack_events
from benchmarks.common import result

ADMIN = os.environ.get("SHAKHA_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
DAYS, PER_DAY, MEMBERS = 30, 300, 800
FIRST_DAY = date(2026, 10, 26)
WEEKDAYS = (0, 1, 2, 3, 4, 5)


def _work_offline(engine: Engine) -> None:
    """30 business days of counter repayments; nothing is sent."""
    with Session(engine) as s:
        manager = s.scalars(select(Staff).where(Staff.role == "branch_manager")).first()
        loans = s.scalars(select(Loan.id).where(Loan.status == "disbursed")
                          .order_by(Loan.id)).all()
    assert manager is not None and len(loans) >= PER_DAY, "the demo branch is too small"
    actor = Actor(manager.id, manager.username, manager.role)
    for _ in range(DAYS):
        for loan in loans[:PER_DAY]:
            with Session(engine) as s:
                owed = sum(outstanding_minor(s, loan))
            counter_repayment(engine, actor, loan, min(100_00, owed))
        # The next working day, set directly: close_day would refuse, as the demo's
        # history has no cash brought in and its cash book stands below zero.
        with Session(engine) as s, s.begin():
            branch = s.scalars(select(Branch)).one()
            branch.business_date = next_working_day(branch.business_date, WEEKDAYS, set())
        with Session(engine) as s:  # a loan repaid in full leaves the counter's list
            loans = s.scalars(select(Loan.id).where(Loan.status == "disbursed")
                              .order_by(Loan.id)).all()


def run() -> dict:
    name = f"shakha_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        init_database(url)
        hq = hq_engine(url)
        key = add_branch(hq, "BJS-001")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "branch.db"
            generate_demo(path, members=MEMBERS, years=1, seed=1, branch_code="BJS-001",
                          today=FIRST_DAY)
            branch = open_engine(path)
            client = SyncClient(branch, "http://testserver", key,
                                client=TestClient(create_app(hq)), batch_size=100)
            client.run()  # the first sync: the demo history goes as a snapshot
            with hq.connect() as conn:
                history = int(conn.scalar(text("SELECT max(journal_id) FROM hq_ledger")))
            _work_offline(branch)
            events = pending_events(branch, 0, 10**9)
            start = time.perf_counter()
            outcome = client.run()
            sync_s = time.perf_counter() - start
            assert outcome.acked_seq == events[-1]["seq"] == len(events)
            branch.dispose()
        with hq.begin() as conn:  # the same events again, into a fresh stream
            conn.execute(text("TRUNCATE hq_event, hq_collection, hq_task, hq_suspense"))
            conn.execute(text("DELETE FROM hq_ledger WHERE journal_id > :h"), {"h": history})
            conn.execute(text("UPDATE hq_branch SET acked_seq = 0, acked_hash = :g"),
                         {"g": GENESIS_HASH})
        batches = [pack_events("BJS-001", 1, events[i:i + 1000])
                   for i in range(0, len(events), 1000)]
        start = time.perf_counter()
        for body in batches:
            ingest(hq, "BJS-001", body)
        direct_s = time.perf_counter() - start
        hq.dispose()
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return result("resync_30d", sync_s, direct_s, "minutes on a fast link", "s",
                  events=len(events), days=DAYS, repayments_per_day=PER_DAY,
                  note="in-process HTTP (no link latency), batches of 100; baseline = head "
                       "office ingesting the same events directly, batches of 1,000")

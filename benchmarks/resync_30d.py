"""`resync_30d`: a branch 30 days offline catching up with head office.

30 business days × 300 repayment events (with journal rows) wait in a real SQLite
outbox; one `SyncClient.run()` sends them through the real API (FastAPI in process,
PostgreSQL behind it), records every acknowledgement and prunes. Baseline, same run:
head office ingesting the same batches directly (no HTTP, no branch database).
Needs PostgreSQL on 127.0.0.1 (SHAKHA_BENCH_PG to override).
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import psycopg
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db.canonical import GENESIS_HASH
from app.db.engine import open_engine
from app.db.migrate import upgrade_database
from app.db.models import Branch, SyncState
from app.db.uow import Actor, UnitOfWork
from app.headoffice.admin import add_branch
from app.headoffice.api import create_app
from app.headoffice.db import hq_engine, init_database
from app.headoffice.ingest import ingest
from app.sync.client import SyncClient
from app.sync.outbox import pending_events
from app.sync.wire import pack_events
from benchmarks.common import result

ADMIN = os.environ.get("SHAKHA_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
DAYS, PER_DAY = 30, 300


def _branch(path: Path):  # type: ignore[no-untyped-def]
    upgrade_database(path)
    engine = open_engine(path)
    with Session(engine) as s, s.begin():
        s.add(Branch(code="BJS-001", name_en="Saheberhat", name_bn="সাহেবেরহাট",
                     institution="BJS", currency="INR", policy_profile="india_rbi",
                     business_date=date(2026, 11, 25)))
        s.add(SyncState(key="snapshot_done", value="bench"))
    day, jid = date(2026, 10, 26), 0
    for _ in range(DAYS):
        with UnitOfWork(engine, Actor.system()) as uow:
            for i in range(PER_DAY):
                jid += 1
                uow.emit("loan.repaid", i, {
                    "loan_id": i, "member_id": i + 17, "amount_minor": 550_00,
                    "principal_minor": 450_00, "interest_minor": 100_00,
                    "journal": [{"id": jid, "business_date": day, "kind": "loan_repayment",
                                 "amount_minor": 550_00, "principal_minor": 450_00,
                                 "interest_minor": 100_00, "member_id": i + 17,
                                 "loan_id": i}]}, day, audit=False)
        day += timedelta(days=1)
    return engine


def run() -> dict:
    name = f"shakha_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        init_database(url)
        hq = hq_engine(url)
        with tempfile.TemporaryDirectory() as tmp:
            branch = _branch(Path(tmp) / "branch.db")
            events = pending_events(branch, 0, DAYS * PER_DAY)
            key = add_branch(hq, "BJS-001")
            client = SyncClient(branch, "http://testserver", key,
                                client=TestClient(create_app(hq)), batch_size=100)
            start = time.perf_counter()
            outcome = client.run()
            sync_s = time.perf_counter() - start
            assert outcome.acked_seq == DAYS * PER_DAY
            branch.dispose()
        with hq.begin() as conn:  # the same events again, into a fresh stream
            conn.execute(text("TRUNCATE hq_event, hq_ledger"))
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
                  events=DAYS * PER_DAY, days=DAYS, per_day=PER_DAY,
                  note="in-process HTTP (no link latency); baseline = head office ingesting "
                       "the same events directly")

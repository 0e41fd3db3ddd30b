"""A branch with outbox events and a registered head office, for sync tests."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import OutboxEvent
from app.db.uow import Actor, UnitOfWork
from app.headoffice.admin import add_branch
from app.headoffice.api import create_app
from app.headoffice.models import HqCollection, HqEvent, HqLedger
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from app.sync.client import SyncClient, SyncResult
from tests.services.meeting_world import meeting_world


def branch_with_meeting(engine, amounts=(100_00, 50_00)):
    world = meeting_world(engine)
    rows = tuple(MeetingRow(m, repayment_minor=a) for m, a in
                 zip(world.members, amounts, strict=False))
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, sum(amounts), rows))
    return world


def register(hq, code="BJS-001") -> str:  # meeting_world's branch code
    return add_branch(hq, code)


def client(hq) -> TestClient:
    return TestClient(create_app(hq))


def sync(engine, hq, key, **options) -> SyncResult:
    """One sync through the real API, in process (FastAPI's test client is httpx)."""
    return SyncClient(engine, "http://testserver", key, client=client(hq), retries=0,
                      **options).run()


def emit_repayment(engine, amount_minor: int, journal_id: int, loan_id: int = 1) -> None:
    """A repayment-like event carrying its journal row (what HQ's ledger projects)."""
    with UnitOfWork(engine, Actor.system()) as uow:
        uow.emit("loan.repaid", loan_id, {
            "loan_id": loan_id, "amount_minor": amount_minor,
            "journal": [{"id": journal_id, "business_date": "2026-11-25",
                         "kind": "loan_repayment", "amount_minor": amount_minor,
                         "principal_minor": amount_minor, "interest_minor": 0,
                         "member_id": 1, "loan_id": loan_id}]},
            date(2026, 11, 25), audit=False)


def hq_ledger_total(hq, code="BJS-001") -> tuple[int, int]:
    with Session(hq) as s:
        count, total = s.execute(select(func.count(), func.coalesce(
            func.sum(HqLedger.amount_minor), 0)).where(HqLedger.branch == code)).one()
        return int(count), int(total)


def hq_events(hq, code="BJS-001") -> list[tuple[int, str]]:
    with Session(hq) as s:
        return list(s.execute(select(HqEvent.seq, HqEvent.hash).where(HqEvent.branch == code)
                              .order_by(HqEvent.seq)).all())


def hq_collected(hq) -> int:
    with Session(hq) as s:
        return int(s.scalar(select(func.coalesce(
            func.sum(HqCollection.principal_minor + HqCollection.interest_minor), 0))) or 0)


def outbox_count(engine) -> int:
    with Session(engine) as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEvent)) or 0)

"""A branch with outbox events and a registered head office, for sync tests."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import JournalEntry, Member, OutboxEvent, Staff
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


def post_fee(engine, amount_minor: int) -> None:
    """A unit of work that posts one real journal row (a fee) and emits its event.

    The unit of work attaches the row to the event: what HQ's ledger projects. A fee
    touches no installment or savings cache, so the branch stays consistent."""
    with UnitOfWork(engine, Actor.system()) as uow:
        s = uow.session
        staff = s.scalars(select(Staff.id).limit(1)).first()
        member = s.scalars(select(Member.id).limit(1)).first()
        assert staff is not None, "the branch needs a staff row to post"
        uow.journal.post(business_date=date(2026, 11, 25), staff_id=staff, kind="fee",
                         amount_minor=amount_minor, fee_minor=amount_minor,
                         member_id=member, channel="counter")
        uow.emit("fee.charged", member or 0, {"amount_minor": amount_minor},
                 date(2026, 11, 25), audit=False)


def hq_ledger_total(hq, code="BJS-001") -> tuple[int, int]:
    with Session(hq) as s:
        count, total = s.execute(select(func.count(), func.coalesce(
            func.sum(HqLedger.amount_minor), 0)).where(HqLedger.branch == code)).one()
        return int(count), int(total)


def branch_journal_total(engine) -> tuple[int, int]:
    with Session(engine) as s:
        count, total = s.execute(select(func.count(), func.coalesce(
            func.sum(JournalEntry.amount_minor), 0))).one()
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


def assert_exactly_once(engine, hq, events: int, ledger: tuple[int, int]) -> None:
    """Head office holds the branch's events 1..events once each, chained, with the
    same money; the branch has nothing pending."""
    from app.headoffice.ingest import verify_chain
    from app.sync.outbox import local_cursor

    seqs = [s for s, _ in hq_events(hq)]
    assert seqs == list(range(1, events + 1))  # no duplicate, no gap
    assert verify_chain(hq, "BJS-001") == (events, None)
    assert hq_ledger_total(hq) == ledger
    assert outbox_count(engine) == 0 and local_cursor(engine).acked_seq == events


def fresh_example(engine, hq) -> str:
    """A clean start for each hypothesis example (they share the test's fixtures): head
    office empty, the branch's outbox and sync state gone, its history kept (it reaches
    head office by the snapshot); returns the branch's new key."""
    from sqlalchemy import text

    from tests.sync.pgfixtures import clean_head_office

    clean_head_office(hq)
    with Session(engine) as s, s.begin():
        s.execute(text("DELETE FROM sync_state"))
        s.execute(text("DROP TRIGGER IF EXISTS outbox_event_delete_only_acked"))
        s.execute(text("DELETE FROM outbox_event"))
        has_world = s.scalar(select(func.count()).select_from(Staff))
    if not has_world:
        branch_with_meeting(engine)
    return register(hq)

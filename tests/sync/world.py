"""A branch with outbox events and a registered head office, for sync tests."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import JournalEntry, Member, OutboxEvent, Staff
from app.db.uow import Actor, UnitOfWork
from app.headoffice.api import create_app
from app.headoffice.devices import accept_enrolment, issue_enrolment, read_enrolment_reply
from app.headoffice.keys import HqKeys, load_keys
from app.headoffice.models import HqCollection, HqEvent, HqLedger
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from app.sync.client import SyncClient, SyncResult
from app.sync.enrolment import Enrolled, read_enrolment, write_enrolment_reply
from tests.services.meeting_world import meeting_world


def branch_with_meeting(engine, amounts=(100_00, 50_00)):
    world = meeting_world(engine)
    rows = tuple(MeetingRow(m, repayment_minor=a) for m, a in
                 zip(world.members, amounts, strict=False))
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, sum(amounts), rows))
    return world


def hq_keys() -> HqKeys:
    """Head office's keys: the key file `hq init` made for this run ($SHAKHA_HQ_KEYS)."""
    return load_keys()


def register(hq, engine, code="BJS-001") -> Enrolled:  # meeting_world's branch code
    """Enrol the branch database `engine` with head office, as by USB stick: the
    enrolment file, the branch's reply, head office accepting it."""
    import json
    import tempfile
    from pathlib import Path

    from app.db.models import Branch
    from tests.builders import make_branch

    with Session(engine) as s, s.begin():  # an empty database: its branch row first
        if s.scalars(select(Branch)).first() is None:
            make_branch(s, code=code)
    keys = hq_keys()
    with tempfile.TemporaryDirectory() as tmp:
        enrolment, reply = Path(tmp) / "branch.enrol", Path(tmp) / "branch.reply"
        enrolment.write_text(json.dumps(issue_enrolment(hq, keys, code)))
        done = write_enrolment_reply(engine, read_enrolment(enrolment), reply)
        accept_enrolment(hq, keys, read_enrolment_reply(keys, reply.read_bytes()))
    return done


def client(hq) -> TestClient:
    return TestClient(create_app(hq, hq_keys()))


def sync(engine, hq, **options) -> SyncResult:
    """One sync through the real API, in process (FastAPI's test client is httpx)."""
    return SyncClient(engine, "http://testserver", client=client(hq), retries=0,
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


def projected(hq) -> None:
    """Head office's consolidated tables once its projectors are through: what a
    background projector (after a live server's answer) is doing is waited for, what
    is left is projected now. Reading them before would race with it."""
    from app.headoffice.projector import branches, project_branch

    for code in branches(hq):
        project_branch(hq, code, wait=True)


def hq_ledger_total(hq, code="BJS-001") -> tuple[int, int]:
    projected(hq)
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
    projected(hq)
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


def fresh_example(engine, hq) -> Enrolled:
    """A clean start for each hypothesis example (they share the test's fixtures): head
    office empty, the branch's outbox and sync state gone, its history kept (it reaches
    head office by the snapshot), enrolled again."""
    from sqlalchemy import text

    from tests.sync.pgfixtures import clean_head_office

    clean_head_office(hq)
    with Session(engine) as s, s.begin():
        s.execute(text("DELETE FROM sync_state"))
        s.execute(text("DROP TRIGGER IF EXISTS outbox_event_delete_only_acked"))
        s.execute(text("DELETE FROM outbox_event"))
        s.execute(text("DROP TRIGGER IF EXISTS sync_checkpoint_no_delete"))
        s.execute(text("DELETE FROM sync_checkpoint"))  # the last example's head office
        has_world = s.scalar(select(func.count()).select_from(Staff))
    if not has_world:
        branch_with_meeting(engine)
    return register(hq, engine)


def other_branch_device(hq, tmp_path, template, code="OTHER"):
    """Another branch's database, enrolled at the same head office: its device key."""
    from app.db.engine import open_engine
    from app.sync.device import device_key
    from tests.builders import make_branch

    path = tmp_path / f"{code.lower()}.db"
    path.write_bytes(template.read_bytes())
    path.with_name(path.name + ".keys").write_bytes(
        template.with_name(template.name + ".keys").read_bytes())  # its key slots
    other = open_engine(path)
    with Session(other) as s, s.begin():
        make_branch(s, code=code)
    register(hq, other, code)
    key = device_key(other)
    other.dispose()
    return key


_TEMPLATE: list = []


def register_code(hq, code):
    """Register branch `code` at head office for a test that needs only head office's
    side: a throwaway branch database is enrolled (as by USB); its device key."""
    import tempfile
    from pathlib import Path

    from app.db.engine import open_engine
    from app.db.migrate import upgrade_database
    from app.sync.device import device_key

    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="shakha-branch-")) / "empty.db"
        upgrade_database(template)
        _TEMPLATE.append(template)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "branch.db"
        path.write_bytes(_TEMPLATE[0].read_bytes())
        Path(f"{path}.keys").write_bytes(Path(f"{_TEMPLATE[0]}.keys").read_bytes())
        branch = open_engine(path)
        try:
            register(hq, branch, code)
            return device_key(branch)
        finally:
            branch.dispose()

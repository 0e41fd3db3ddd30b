"""Head office's consolidated tables follow the branch (real PostgreSQL).

A demo branch with a year of history (it reaches head office by the first-sync
snapshot) lives a day through the real services — meetings, a counter repayment, a
prepayment, a write-off and a recovery, savings at the counter, a new loan, reversals —
and syncs part-way and at the end through a faulty link. Head office's ledger must then
hold every journal row of the branch exactly once (counts and sums of money per kind),
and its members, groups, loans and installments must equal the branch's."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.db.models import Group, Installment, JournalEntry, Loan, Member, Staff
from app.db.uow import IMAGE_FIELDS
from app.demo.generator import generate_demo
from app.headoffice.ingest import verify_chain
from app.headoffice.models import HqGroup, HqInstallment, HqLedger, HqLoan, HqMember, HqTask
from app.services.loan_application import apply_for_loan
from app.services.loan_closure import (
    counter_repayment,
    prepay_loan,
    prepayment_quote,
    recover_written_off,
    write_off_loan,
)
from app.services.loan_disbursement import accept_kfs, disburse_loan
from app.services.loan_reversal import reverse_loan_entry
from app.services.loan_sanction import sanction_loan
from app.services.meetings import (
    MeetingEntry,
    MeetingRow,
    post_meeting,
    reverse_meeting,
)
from app.services.savings import counter_deposit, counter_withdrawal, open_account
from app.services.today import todays_meetings
from app.services.users import authenticate
from app.sync.client import SyncClient
from tests.services.loan_world import application
from tests.sync.netfaults import FaultyProxy, LiveHq
from tests.sync.world import hq_keys, outbox_count, register, sync

TODAY = date(2026, 11, 25)
CODE = "BJS-SHB"
PAIRS = ((Group, HqGroup), (Member, HqMember), (Loan, HqLoan), (Installment, HqInstallment))


@pytest.fixture
def demo(tmp_path):
    generate_demo(tmp_path / "branch.db", members=60, years=1, today=TODAY)
    engine = open_engine(tmp_path / "branch.db")
    yield engine
    engine.dispose()


def _users(engine):
    return {name: authenticate(engine, name, "demo")
            for name in ("officer1", "manager", "accountant")}


def _post_meeting(engine, officer, meeting_id: int) -> None:
    """Every member present; those with a loan pay their oldest unpaid installment,
    everyone saves 50.00 (figures from the branch's own tables)."""
    with Session(engine) as s:
        group = s.scalar(text(f"SELECT group_id FROM meeting WHERE id = {meeting_id}"))
        members = s.scalars(select(Member.id).where(Member.group_id == group,
                                                    Member.status == "active")).all()
        dues = dict(s.execute(
            select(Loan.member_id, func.min(Installment.principal_minor
                                            + Installment.interest_minor
                                            - Installment.paid_principal_minor
                                            - Installment.paid_interest_minor))
            .join(Installment, Installment.loan_id == Loan.id)
            .where(Loan.status == "disbursed", Loan.member_id.in_(members),
                   Installment.paid_on.is_(None))
            .group_by(Loan.member_id)).all())
    rows = tuple(MeetingRow(m, "present", int(dues.get(m, 0)), 50_00) for m in members)
    total = sum(r.repayment_minor + r.savings_deposit_minor for r in rows)
    post_meeting(engine, officer, MeetingEntry(meeting_id, total, rows))


def _counter_loans(engine, count: int) -> list[int]:
    """Open loans of members whose group does not meet today (the counter's work)."""
    meeting_today = {m.group_id for m in todays_meetings(engine, TODAY)}
    with Session(engine) as s:
        loans = s.execute(select(Loan.id, Member.group_id).join(Member)
                          .where(Loan.status == "disbursed").order_by(Loan.id)).all()
    return [loan for loan, group in loans if group not in meeting_today][:count]


def _next_due(engine, loan_id: int) -> int:
    with Session(engine) as s:
        return int(s.scalar(select(func.min(
            Installment.principal_minor + Installment.interest_minor
            - Installment.paid_principal_minor - Installment.paid_interest_minor))
            .where(Installment.loan_id == loan_id, Installment.paid_on.is_(None))))


def _member_without_open_loan(engine) -> int:
    with Session(engine) as s:
        busy = select(Loan.member_id).where(Loan.status.in_(("disbursed", "applied",
                                                             "sanctioned")))
        return int(s.scalars(select(Member.id).where(Member.status == "active",
                                                     Member.id.not_in(busy))
                             .order_by(Member.id)).first())


def _morning(engine, users, loans) -> int:
    """Meetings, counter work and a new loan before the first sync; the new loan's id."""
    meetings = todays_meetings(engine, TODAY)
    assert meetings
    for meeting in meetings:
        with Session(engine) as s:
            officer = s.scalar(select(Staff.username).join(
                Group, Group.field_officer_id == Staff.id).where(Group.id == meeting.group_id))
        _post_meeting(engine, authenticate(engine, officer, "demo"), meeting.meeting_id)
    counter_repayment(engine, users["accountant"], loans[0], _next_due(engine, loans[0]))
    member = _member_without_open_loan(engine)
    applied = apply_for_loan(engine, users["officer1"],
                             application(member, amount_minor=15_000_00, installments=46))
    sanction_loan(engine, users["manager"], applied.loan_id)
    accept_kfs(engine, users["officer1"], applied.loan_id, "bn")
    disburse_loan(engine, users["manager"], applied.loan_id)
    return applied.loan_id


def _afternoon(engine, users, loans, new_loan: int) -> None:
    """More work after the first sync: prepayment, write-off, savings, reversals."""
    quote = prepayment_quote(engine, new_loan)
    prepay_loan(engine, users["accountant"], new_loan, quote.amount_minor)
    written_off = write_off_loan(engine, users["manager"], loans[1], "borrower migrated")
    recover_written_off(engine, users["accountant"], loans[1], written_off // 2)
    member = _member_without_open_loan(engine)
    account = open_account(engine, users["accountant"], member)
    counter_deposit(engine, users["accountant"], account, 1_000_00)
    counter_withdrawal(engine, users["accountant"], account, 250_00)
    repaid = counter_repayment(engine, users["accountant"], loans[2],
                               _next_due(engine, loans[2]))
    reverse_loan_entry(engine, users["manager"], repaid.entry_id, "entered twice")
    posted = [m for m in todays_meetings(engine, TODAY) if m.status == "posted"]
    reverse_meeting(engine, users["manager"], posted[0].meeting_id, "wrong sheet")


def _by_kind(session, model, *where) -> dict[str, tuple[int, ...]]:
    """Per kind: rows, and sums of amount, principal, interest and fees."""
    rows = session.execute(
        select(model.kind, func.count(), func.sum(model.amount_minor),
               func.sum(model.principal_minor), func.sum(model.interest_minor),
               func.sum(model.fee_minor)).where(*where).group_by(model.kind)).all()
    return {r[0]: tuple(int(v) for v in r[1:]) for r in rows}


def _rows(session, model, table: str, *where) -> set[tuple]:
    columns = [getattr(model, f) for f in IMAGE_FIELDS[table]]
    return {tuple(v.isoformat() if isinstance(v, date) else v for v in r)
            for r in session.execute(select(*columns).where(*where)).all()}


def assert_head_office_equals_the_branch(engine, hq) -> None:
    with Session(engine) as b, Session(hq) as h:
        assert _by_kind(h, HqLedger, HqLedger.branch == CODE) == _by_kind(b, JournalEntry)
        assert h.scalar(select(func.count()).select_from(HqLedger)) == \
            b.scalar(select(func.max(JournalEntry.id)))  # ids are dense: none twice
        for branch_model, hq_model in PAIRS:
            table = branch_model.__tablename__
            assert _rows(h, hq_model, table, hq_model.branch == CODE) == \
                _rows(b, branch_model, table), table
        assert h.scalars(select(HqTask)).all() == []  # nothing parked, nothing unprojected


def test_a_branch_day_reaches_head_office_consolidated(demo, hq):
    users = _users(demo)
    loans = _counter_loans(demo, 3)
    register(hq, demo, CODE)
    new_loan = _morning(demo, users, loans)
    sync(demo, hq)  # snapshot (today's morning included) + the morning's events
    assert_head_office_equals_the_branch(demo, hq)
    _afternoon(demo, users, loans, new_loan)
    result = sync(demo, hq)
    assert result.snapshot_chunks == 0 and outbox_count(demo) == 0
    assert_head_office_equals_the_branch(demo, hq)


def test_a_branch_day_through_a_faulty_link_is_consolidated_exactly_once(demo, hq):
    users = _users(demo)
    loans = _counter_loans(demo, 3)
    register(hq, demo, CODE)
    live = LiveHq(hq, hq_keys())
    try:
        _afternoon(demo, users, loans, _morning(demo, users, loans))
        proxy = FaultyProxy(live.port, ["pass", "pass", "cut", "pass", "replay", "pass",
                                        "reset", "pass", "pass", "truncate"] * 3)
        client = SyncClient(demo, proxy.url, retries=30, batch_size=2, timeout=10,
                            backoff=0)
        try:
            client.run()
        finally:
            client.close()
            proxy.close()
    finally:
        live.stop()
    assert {"cut", "replay", "reset", "truncate"} <= set(proxy.seen)
    assert outbox_count(demo) == 0
    with Session(hq) as h:
        events = h.scalar(text(f"SELECT count(*) FROM hq_event WHERE branch = '{CODE}'"))
    assert verify_chain(hq, CODE) == (events, None)
    assert_head_office_equals_the_branch(demo, hq)

"""A member pays off her loan at the meeting: interest to date only (the counter's quote),
the exact amount or nothing, reversible with the meeting; the sheet shows what closes
her loans and what savings she may withdraw."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import Installment, JournalEntry, Loan, OutboxEvent
from app.errors import RuleViolation
from app.services.meetings import (
    MeetingEntry,
    MeetingRow,
    meeting_sheet,
    post_meeting,
    reverse_meeting,
)
from tests.services.meeting_world import meeting_world


def _row(engine, world, index=0):
    sheet = meeting_sheet(engine, world.meeting_id)
    return next(m for m in sheet.members if m.member_id == world.members[index])


def _owed(engine, loan_id):
    with Session(engine) as s:
        return sum(i.principal_minor + i.interest_minor - i.paid_principal_minor
                   - i.paid_interest_minor
                   for i in s.scalars(select(Installment).where(Installment.loan_id == loan_id)))


def _schedule(engine, loan_id):
    with Session(engine) as s:
        return [(i.number, i.due_on, i.principal_minor, i.interest_minor,
                 i.paid_principal_minor, i.paid_interest_minor)
                for i in s.scalars(select(Installment).where(Installment.loan_id == loan_id)
                                   .order_by(Installment.number))]


def _closing_entry(world, closing, **extra):
    row = MeetingRow(world.members[0], repayment_minor=closing, closes_loans=True, **extra)
    cash = closing + row.savings_deposit_minor - row.savings_withdrawal_minor
    return MeetingEntry(world.meeting_id, cash, (row,))


def test_closing_a_declining_loan_at_the_meeting_charges_interest_to_date_only(
        engine, db_path):
    world = meeting_world(engine)
    closing = _row(engine, world).closing_minor
    assert 0 < closing < _owed(engine, world.loans[0])  # future interest is forgiven
    posted = post_meeting(engine, world.officer, _closing_entry(world, closing))
    assert posted.closed_loans == (world.loans[0],)
    with Session(engine) as s:
        assert s.get(Loan, world.loans[0]).status == "closed"
        [entry] = s.scalars(select(JournalEntry).where(
            JournalEntry.loan_id == world.loans[0], JournalEntry.kind == "repayment"))
        assert (entry.amount_minor, entry.reason, entry.meeting_id) == (
            closing, "prepayment", world.meeting_id)
    assert _owed(engine, world.loans[0]) == 0
    assert check_database(db_path).ok


def test_closing_with_any_other_amount_is_refused_and_nothing_changes(engine):
    world = meeting_world(engine)
    closing = _row(engine, world).closing_minor
    with Session(engine) as s:
        before = s.scalar(select(func.count()).select_from(OutboxEvent))
    with pytest.raises(RuleViolation, match="exactly"):
        post_meeting(engine, world.officer, _closing_entry(world, closing - 1))
    with Session(engine) as s:
        assert s.get(Loan, world.loans[0]).status == "disbursed"
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == before


def test_a_member_without_a_loan_cannot_close_one(engine):
    world = meeting_world(engine)
    row = MeetingRow(world.members[4], repayment_minor=100_00, closes_loans=True)
    with pytest.raises(RuleViolation, match="no open loan"):
        post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 100_00, (row,)))


def test_reversing_the_meeting_reopens_the_loan_on_its_old_schedule(engine, db_path):
    world = meeting_world(engine)
    before = _schedule(engine, world.loans[0])
    post_meeting(engine, world.officer,
                 _closing_entry(world, _row(engine, world).closing_minor))
    reverse_meeting(engine, world.manager, world.meeting_id, "Closed the wrong member")
    with Session(engine) as s:
        assert s.get(Loan, world.loans[0]).status == "disbursed"
    assert _schedule(engine, world.loans[0]) == before
    assert check_database(db_path).ok


def test_under_the_bangladesh_lien_savings_are_free_once_her_loan_closes(engine):
    world = meeting_world(engine, profile="bangladesh_mra", code="JB-SFDP")
    assert _row(engine, world).withdrawable_minor == 0
    closing = _row(engine, world).closing_minor
    entry = _closing_entry(world, closing, savings_deposit_minor=50_00,
                           savings_withdrawal_minor=50_00)
    post_meeting(engine, world.officer, entry)  # closed first, then the lien is gone
    with Session(engine) as s:
        assert s.get(Loan, world.loans[0]).status == "closed"


def test_the_sheet_shows_compulsory_savings_as_withdrawable_without_a_lien(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 70_00, (
        MeetingRow(world.members[0], savings_deposit_minor=70_00),)))
    row = _row(engine, world)
    assert (row.savings_balance_minor, row.withdrawable_minor) == (70_00, 70_00)

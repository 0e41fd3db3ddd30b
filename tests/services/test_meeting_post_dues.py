"""Posting loads a loan's installments up to the meeting's day and the later ones only
when a payment reaches them (#19, meeting_post): the outcome is the whole schedule's."""

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Installment, Loan
from app.errors import RuleViolation
from app.services.meetings import MeetingEntry, MeetingRow, meeting_sheet, post_meeting
from tests.services.meeting_world import TODAY, meeting_world


def _entry(world, amounts):
    rows = tuple(MeetingRow(member_id=m, repayment_minor=a)
                 for m, a in zip(world.members, amounts, strict=False))
    return MeetingEntry(world.meeting_id, sum(r.repayment_minor for r in rows), rows)


def _schedule(engine, loan_id):
    with Session(engine) as s:
        return [(i.number, i.due_on, i.paid_principal_minor + i.paid_interest_minor,
                 i.principal_minor + i.interest_minor, i.paid_on)
                for i in s.scalars(select(Installment).where(Installment.loan_id == loan_id)
                                   .order_by(Installment.number))]


def _status(engine, loan_id):
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        return loan.status, loan.closed_on


def test_paying_what_is_due_today_leaves_the_loan_open_with_its_later_installments_owed(
        engine):
    world = meeting_world(engine)
    row = meeting_sheet(engine, world.meeting_id).members[0]
    post_meeting(engine, world.officer, _entry(world, [row.due_minor + row.arrears_minor]))
    schedule = _schedule(engine, world.loans[0])
    assert [(paid == owed, paid_on is not None) for _n, due, paid, owed, paid_on in schedule
            if due <= TODAY] == [(True, True)] * sum(1 for s in schedule if s[1] <= TODAY)
    assert [paid for _n, due, paid, _o, _p in schedule if due > TODAY] == \
        [0] * sum(1 for s in schedule if s[1] > TODAY)
    assert _status(engine, world.loans[0]) == ("disbursed", None)


def test_an_advance_of_all_but_the_last_installment_leaves_the_loan_open(engine):
    world = meeting_world(engine)
    schedule = _schedule(engine, world.loans[0])
    owed = sum(s[3] for s in schedule)
    post_meeting(engine, world.officer, _entry(world, [owed - schedule[-1][3]]))
    after = _schedule(engine, world.loans[0])
    assert [s[2] == s[3] for s in after] == [True] * (len(after) - 1) + [False]
    assert _status(engine, world.loans[0]) == ("disbursed", None)


def test_paying_the_whole_schedule_through_an_advance_closes_the_loan_on_the_day(engine):
    world = meeting_world(engine)
    owed = sum(s[3] for s in _schedule(engine, world.loans[0]))
    post_meeting(engine, world.officer, _entry(world, [owed]))
    assert _status(engine, world.loans[0]) == ("closed", TODAY)
    assert all(s[4] is not None for s in _schedule(engine, world.loans[0]))


def test_a_paisa_more_than_the_whole_schedule_is_refused(engine):
    world = meeting_world(engine)
    owed = sum(s[3] for s in _schedule(engine, world.loans[0]))
    with pytest.raises(RuleViolation, match="more than she owes"):
        post_meeting(engine, world.officer, _entry(world, [owed + 1]))
    assert _status(engine, world.loans[0]) == ("disbursed", None)

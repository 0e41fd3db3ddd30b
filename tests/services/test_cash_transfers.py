"""Funds from head office or the bank and cash sent to the bank keep the safe real."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import JournalEntry, OutboxEvent
from app.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from app.services.cash import cash_book, close_day
from app.services.cash_transfers import (
    cash_transfers,
    record_cash_transfer,
    reverse_cash_transfer,
)
from app.services.meetings import mark_not_held
from tests.services.meeting_world import TODAY, meeting_world


def _journal_rows(engine) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(JournalEntry))


def test_a_fund_received_is_cash_in_with_its_reference_and_reaches_head_office(engine):
    world = meeting_world(engine)
    record_cash_transfer(engine, world.manager, "in", 50_000_00, " HO advice 17/11 ")
    book = cash_book(engine, TODAY)
    assert book.closing_minor == 50_000_00
    assert [(line.kind, line.receipts_minor) for line in book.lines] == [
        ("cash_transfer_in", 50_000_00)]
    [transfer] = cash_transfers(engine, TODAY)
    assert (transfer.direction, transfer.reference, transfer.reversed) == (
        "in", "HO advice 17/11", False)
    with Session(engine) as s:
        event = s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq.desc())).first()
        assert event.type == "cash.transfer_in"
        assert json.loads(event.payload)["journal"][0][2] == "cash_transfer_in"


def test_more_cannot_be_sent_to_the_bank_than_is_in_hand(engine):
    world = meeting_world(engine)
    record_cash_transfer(engine, world.manager, "in", 10_000_00, "cheque 001")
    before = _journal_rows(engine)
    with pytest.raises(RuleViolation, match="in hand"):
        record_cash_transfer(engine, world.manager, "out", 10_000_01, "slip 9")
    assert _journal_rows(engine) == before
    record_cash_transfer(engine, world.manager, "out", 10_000_00, "slip 9")
    assert cash_book(engine, TODAY).closing_minor == 0


@pytest.mark.parametrize("amount, reference, error", [
    (0, "cheque", ValidationError), (-5_00, "cheque", ValidationError),
    (5_00, "   ", ValidationError), (5_00, "x" * 201, ValidationError)])
def test_bad_transfers_are_refused_and_change_nothing(engine, amount, reference, error):
    world = meeting_world(engine)
    before = _journal_rows(engine)
    with pytest.raises(error):
        record_cash_transfer(engine, world.manager, "in", amount, reference)
    assert _journal_rows(engine) == before


def test_a_field_officer_moves_no_branch_cash(engine):
    world = meeting_world(engine)
    with pytest.raises(PermissionDenied):
        record_cash_transfer(engine, world.officer, "in", 5_00, "cheque")


def test_a_mistaken_transfer_is_reversed_once_with_a_reason(engine):
    world = meeting_world(engine)
    journal_id = record_cash_transfer(engine, world.manager, "in", 7_000_00, "cheque 4")
    with pytest.raises(ValidationError):
        reverse_cash_transfer(engine, world.manager, journal_id, " ")
    with pytest.raises(PermissionDenied):
        reverse_cash_transfer(engine, world.officer, journal_id, "typo")
    reverse_cash_transfer(engine, world.manager, journal_id, "typed twice")
    assert cash_book(engine, TODAY).closing_minor == 0
    assert [t.reversed for t in cash_transfers(engine, TODAY)] == [True]
    with pytest.raises(ConflictError):
        reverse_cash_transfer(engine, world.manager, journal_id, "again")


def test_a_fund_already_paid_out_cannot_be_reversed_into_negative_cash(engine):
    world = meeting_world(engine)
    fund = record_cash_transfer(engine, world.manager, "in", 7_000_00, "cheque 4")
    record_cash_transfer(engine, world.manager, "out", 5_000_00, "slip 1")
    with pytest.raises(RuleViolation, match="in hand"):
        reverse_cash_transfer(engine, world.manager, fund, "wrong cheque")


def test_the_day_closes_on_the_cash_the_transfers_leave(engine):
    world = meeting_world(engine)
    mark_not_held(engine, world.officer, world.meeting_id, "flood")
    record_cash_transfer(engine, world.manager, "in", 20_000_00, "HO advice")
    record_cash_transfer(engine, world.manager, "out", 5_000_00, "slip 3")
    with pytest.raises(RuleViolation, match="15,000.00 short"):
        close_day(engine, world.manager, 0)
    assert close_day(engine, world.manager, 15_000_00).cash_counted_minor == 15_000_00


def test_an_expense_is_paid_from_the_safe_with_its_voucher_and_can_be_reversed(engine):
    world = meeting_world(engine)
    record_cash_transfer(engine, world.manager, "in", 1_000_00, "cheque 5")
    with pytest.raises(ValidationError, match="voucher"):
        record_cash_transfer(engine, world.manager, "expense", 200_00, " ")
    with pytest.raises(RuleViolation, match="in hand"):
        record_cash_transfer(engine, world.manager, "expense", 1_000_01, "rent, V-12")
    expense = record_cash_transfer(engine, world.manager, "expense", 250_00,
                                   "stationery, voucher 12")
    book = cash_book(engine, TODAY)
    assert book.closing_minor == 750_00
    assert ("expense", 0, 250_00) in [(x.kind, x.receipts_minor, x.payments_minor)
                                      for x in book.lines]
    assert [t.direction for t in cash_transfers(engine, TODAY)] == ["in", "expense"]
    reverse_cash_transfer(engine, world.manager, expense, "paid twice by mistake")
    assert cash_book(engine, TODAY).closing_minor == 1_000_00


def test_a_loan_paid_out_in_cash_needs_the_cash_and_one_by_transfer_does_not(engine):
    from app.services.loan_application import apply_for_loan
    from app.services.loan_disbursement import accept_kfs, disburse_loan
    from app.services.loan_sanction import sanction_loan
    from tests.services.loan_world import TODAY as LOAN_DAY
    from tests.services.loan_world import application, loan_world

    world = loan_world(engine, fund_minor=0)
    loans = []
    for member in world.members[:2]:
        loan = apply_for_loan(engine, world.officer, application(member)).loan_id
        sanction_loan(engine, world.manager, loan)
        accept_kfs(engine, world.officer, loan, "bn")
        loans.append(loan)
    with pytest.raises(RuleViolation, match="in the safe"):
        disburse_loan(engine, world.manager, loans[0], "cash")
    disburse_loan(engine, world.manager, loans[0], "transfer")  # the bank pays it
    assert cash_book(engine, LOAN_DAY).closing_minor == 0  # the safe is untouched
    record_cash_transfer(engine, world.accountant, "in", 25_000_00, "HO advice 3")
    paid = disburse_loan(engine, world.manager, loans[1], "cash")
    assert cash_book(engine, LOAN_DAY).closing_minor == 25_000_00 - paid.cash_paid_minor

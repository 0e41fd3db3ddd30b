"""Reschedule: an officer asks with a reason, another person (a branch manager)
approves; the new schedule keeps what was paid; a reversal restores the old one."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import Installment
from app.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from app.services.loan_closure import counter_repayment
from app.services.loan_reschedule import (
    approve_reschedule,
    pending_reschedules,
    reject_reschedule,
    request_reschedule,
    reschedule_history,
    reverse_reschedule,
)
from app.services.loans import loan_detail
from tests.services.loan_world import (
    cached_paid,
    disbursed_loan,
    events,
    ledger_paid,
    loan_world,
    set_business_date,
)

LATER = date(2027, 1, 20)
MUCH_LATER = date(2027, 3, 3)


def _schedule(engine, loan_id):
    return [(i.number, i.due_on, i.principal_minor, i.interest_minor)
            for i in loan_detail(engine, loan_id).installments]


@pytest.fixture
def repaid(engine):
    """A disbursed loan with one counter repayment, on a later business date."""
    w = loan_world(engine)
    loan_id = disbursed_loan(engine, w)
    set_business_date(engine, LATER)
    counter_repayment(engine, w.accountant, loan_id, 1_000_00)
    return w, loan_id


def test_an_approved_reschedule_builds_a_new_schedule_and_keeps_what_was_paid(
        engine, db_path, repaid):
    w, loan_id = repaid
    before = cached_paid(engine, loan_id)
    request_id = request_reschedule(engine, w.officer, loan_id, 40, "Flood in the village")
    assert [p.loan_id for p in pending_reschedules(engine)] == [loan_id]
    assert loan_detail(engine, loan_id).pending_reschedule[0] == request_id
    done = approve_reschedule(engine, w.manager, request_id)
    assert done.first_due > LATER
    with Session(engine) as s:
        insts = list(s.scalars(select(Installment).where(Installment.loan_id == loan_id)))
    assert sum(i.principal_minor for i in insts) == 20_000_00
    assert cached_paid(engine, loan_id) == before == ledger_paid(engine, loan_id)
    [record] = reschedule_history(engine, loan_id)
    assert (record.status, record.reason, record.old_installments) == (
        "approved", "Flood in the village", 46)
    assert events(engine, "loan.rescheduled")[0]["carried_interest_minor"] == \
        done.carried_interest_minor
    assert events(engine, "loan.reschedule_requested")[0]["installments"] == 40
    assert pending_reschedules(engine) == []
    assert check_database(db_path).ok


def test_a_reschedule_needs_a_reason_and_a_sane_number_of_installments(engine, repaid):
    w, loan_id = repaid
    with pytest.raises(ValidationError):
        request_reschedule(engine, w.officer, loan_id, 40, "  ")
    with pytest.raises(ValidationError):
        request_reschedule(engine, w.officer, loan_id, 0, "Flood")
    assert reschedule_history(engine, loan_id) == []


def test_whoever_asked_for_a_reschedule_cannot_approve_it(engine, repaid):
    w, loan_id = repaid
    request_id = request_reschedule(engine, w.manager, loan_id, 40, "Cyclone")
    with pytest.raises(PermissionDenied):
        approve_reschedule(engine, w.manager, request_id)
    approve_reschedule(engine, w.manager2, request_id)


def test_a_field_officer_cannot_approve_a_reschedule(engine, repaid):
    w, loan_id = repaid
    request_id = request_reschedule(engine, w.officer, loan_id, 40, "Flood")
    with pytest.raises(PermissionDenied):
        approve_reschedule(engine, w.officer, request_id)
    assert reschedule_history(engine, loan_id)[0].status == "requested"


def test_only_one_request_waits_at_a_time_and_a_decided_one_cannot_be_decided_again(
        engine, repaid):
    w, loan_id = repaid
    request_id = request_reschedule(engine, w.officer, loan_id, 40, "Flood")
    with pytest.raises(ConflictError):
        request_reschedule(engine, w.officer, loan_id, 30, "Flood again")
    approve_reschedule(engine, w.manager, request_id)
    with pytest.raises(ConflictError):
        approve_reschedule(engine, w.manager2, request_id)
    with pytest.raises(ConflictError):
        reject_reschedule(engine, w.manager2, request_id, "late")


def test_a_rejected_request_keeps_its_reason_and_changes_no_schedule(engine, repaid):
    w, loan_id = repaid
    before = _schedule(engine, loan_id)
    request_id = request_reschedule(engine, w.officer, loan_id, 40, "Flood")
    with pytest.raises(ValidationError):
        reject_reschedule(engine, w.manager, request_id, "")
    reject_reschedule(engine, w.manager, request_id, "Her crop was insured")
    assert _schedule(engine, loan_id) == before
    [record] = reschedule_history(engine, loan_id)
    assert (record.status, record.decision_note) == ("rejected", "Her crop was insured")
    assert any(d.action == "reschedule_rejected" for d in loan_detail(engine, loan_id).decisions)


def test_an_officer_may_withdraw_her_own_request_but_not_another_s(engine, repaid):
    w, loan_id = repaid
    request_id = request_reschedule(engine, w.manager, loan_id, 40, "Flood")
    with pytest.raises(PermissionDenied):
        reject_reschedule(engine, w.officer, request_id, "not mine")
    reject_reschedule(engine, w.manager, request_id, "asked by mistake")
    mine = request_reschedule(engine, w.officer, loan_id, 40, "Flood")
    reject_reschedule(engine, w.officer, mine, "asked by mistake")
    assert [r.status for r in reschedule_history(engine, loan_id)] == ["rejected"] * 2


def test_reversing_a_reschedule_restores_the_old_schedule_and_reapplies_later_payments(
        engine, db_path, repaid):
    w, loan_id = repaid
    before = _schedule(engine, loan_id)
    approve_reschedule(engine, w.manager,
                       request_reschedule(engine, w.officer, loan_id, 40, "Flood"))
    assert _schedule(engine, loan_id) != before
    set_business_date(engine, MUCH_LATER)
    counter_repayment(engine, w.accountant, loan_id, 700_00)  # paid on the new schedule
    with pytest.raises(PermissionDenied):
        reverse_reschedule(engine, w.officer, loan_id, "Approved in error")
    with pytest.raises(ValidationError):
        reverse_reschedule(engine, w.manager, loan_id, "")
    reverse_reschedule(engine, w.manager, loan_id, "Approved in error")
    assert _schedule(engine, loan_id) == before
    assert cached_paid(engine, loan_id) == ledger_paid(engine, loan_id)
    detail = loan_detail(engine, loan_id)
    assert detail.installments_count == 46 and not detail.reschedule_reversible
    assert any(d.action == "reschedule_reversed" for d in detail.decisions)
    [record] = reschedule_history(engine, loan_id)
    assert (record.status, record.reversal_reason) == ("reversed", "Approved in error")
    assert events(engine, "loan.reschedule_reversed")[0]["installments"] == 46
    with pytest.raises(RuleViolation):
        reverse_reschedule(engine, w.manager, loan_id, "again")
    assert check_database(db_path).ok


def test_only_the_latest_of_two_reschedules_is_reversed_at_a_time(engine, repaid):
    w, loan_id = repaid
    original = _schedule(engine, loan_id)
    approve_reschedule(engine, w.manager,
                       request_reschedule(engine, w.officer, loan_id, 40, "Flood"))
    first = _schedule(engine, loan_id)
    approve_reschedule(engine, w.manager,
                       request_reschedule(engine, w.officer, loan_id, 30, "Second flood"))
    reverse_reschedule(engine, w.manager, loan_id, "wrong count")
    assert _schedule(engine, loan_id) == first
    reverse_reschedule(engine, w.manager, loan_id, "not needed at all")
    assert _schedule(engine, loan_id) == original


def test_a_reschedule_whose_repayments_do_not_fit_the_old_schedule_is_not_reversed(
        engine, db_path):
    """Paid under a longer reschedule, she has paid more interest than the old schedule
    ever charged: putting it back would leave part of her repayments on no installment."""
    w = loan_world(engine)
    loan_id = disbursed_loan(engine, w, amount_minor=5_000_00, installments=24)
    set_business_date(engine, LATER)
    approve_reschedule(engine, w.manager, request_reschedule(
        engine, w.officer, loan_id, 52, "Flood in the village"))
    with Session(engine) as s:
        owed = sum(i.principal_minor + i.interest_minor - i.paid_principal_minor
                   - i.paid_interest_minor for i in s.scalars(
                       select(Installment).where(Installment.loan_id == loan_id)))
    counter_repayment(engine, w.accountant, loan_id, owed - 1)
    with pytest.raises(RuleViolation):
        reverse_reschedule(engine, w.manager2, loan_id, "Approved in error")
    assert cached_paid(engine, loan_id) == ledger_paid(engine, loan_id)
    assert check_database(db_path).ok


def test_a_small_balance_is_not_spread_over_installments_of_nothing(engine):
    """An installment of 0.00 is never paid, so the loan would stay open with nothing
    owed: the request (and an approval, should the balance shrink meanwhile) says to
    choose fewer installments."""
    from decimal import Decimal

    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-SWN",),
                   min_amount=Decimal("1"), recommendation_before_sanction=False)
    # (flat, installments rounded to whole taka)
    loan_id = disbursed_loan(engine, w, product="JB-SWN", amount_minor=12_34, installments=52,
                             household_income_minor=6_00_000_00)
    before = _schedule(engine, loan_id)
    with pytest.raises(RuleViolation, match="too many"):
        request_reschedule(engine, w.officer, loan_id, 52, "Flood in the village")
    assert (pending_reschedules(engine), _schedule(engine, loan_id)) == ([], before)
    request_id = request_reschedule(engine, w.officer, loan_id, 5, "Flood in the village")
    approve_reschedule(engine, w.manager, request_id)
    assert all(p + i > 0 for _n, _d, p, i in _schedule(engine, loan_id))

"""After disbursement: counter repayment, prepayment, reschedule, write-off, recovery,
death case, closure certificate and reversal."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import Loan, Member
from app.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from app.services.loan_closure import (
    closure_certificate,
    counter_repayment,
    prepay_loan,
    prepayment_quote,
    recover_written_off,
    settle_death_case,
    write_off_loan,
)
from app.services.loan_reversal import reverse_loan_entry
from app.services.loans import loan_detail
from tests.services.loan_world import (
    cached_paid,
    disbursed_loan,
    events,
    journal,
    ledger_paid,
    loan_world,
    set_business_date,
)

LATER = date(2027, 1, 20)  # eight weekly installments after the disbursement


def _status(engine, loan_id: int) -> str:
    with Session(engine) as s:
        return s.get(Loan, loan_id).status


def _world(engine):
    w = loan_world(engine)
    return w, disbursed_loan(engine, w)


def test_counter_repayment_keeps_installment_caches_equal_to_the_ledger(engine, db_path):
    w, loan_id = _world(engine)
    set_business_date(engine, LATER)
    paid = counter_repayment(engine, w.accountant, loan_id, 1_234_56)
    assert paid.principal_minor + paid.interest_minor == 1_234_56
    assert cached_paid(engine, loan_id) == ledger_paid(engine, loan_id)
    [event] = events(engine, "loan.repaid")
    assert event["amount_minor"] == 1_234_56 and event["channel"] == "counter"
    assert check_database(db_path).ok


def test_repaying_everything_closes_the_loan(engine):
    w, loan_id = _world(engine)
    detail = loan_detail(engine, loan_id)
    total = sum(i.principal_minor + i.interest_minor for i in detail.installments)
    paid = counter_repayment(engine, w.accountant, loan_id, total)
    assert paid.closed and _status(engine, loan_id) == "closed"
    assert events(engine, "loan.closed")[0]["how"] == "repaid"
    cert = closure_certificate(engine, loan_id)
    assert cert.principal_paid_minor == 20_000_00 and cert.how == "repaid"


def test_repayment_of_a_non_disbursed_loan_is_refused(engine):
    w, loan_id = _world(engine)
    write_off_loan(engine, w.manager, loan_id, "Flood, family migrated")
    with pytest.raises(RuleViolation):
        counter_repayment(engine, w.accountant, loan_id, 100_00)


def test_overpayment_at_the_counter_is_refused(engine):
    w, loan_id = _world(engine)
    with pytest.raises(RuleViolation):
        counter_repayment(engine, w.accountant, loan_id, 1_00_000_00)
    assert journal(engine, loan_id, "repayment") == []


def test_prepayment_charges_interest_to_date_only_and_no_penalty(engine, db_path):
    w, loan_id = _world(engine)
    set_business_date(engine, date(2026, 12, 12))  # 10 days after the first due date
    quote = prepayment_quote(engine, loan_id)
    detail = loan_detail(engine, loan_id)
    scheduled_interest = sum(i.interest_minor for i in detail.installments)
    assert quote.penalty_minor == 0
    assert quote.principal_not_due_minor + quote.overdue_minor < 20_000_00 + scheduled_interest
    assert 0 < quote.accrued_interest_minor < detail.installments[2].interest_minor
    with pytest.raises(RuleViolation):
        prepay_loan(engine, w.accountant, loan_id, quote.amount_minor - 1)
    prepay_loan(engine, w.accountant, loan_id, quote.amount_minor)
    assert _status(engine, loan_id) == "closed"
    assert cached_paid(engine, loan_id) == ledger_paid(engine, loan_id)
    assert ledger_paid(engine, loan_id)[0] == 20_000_00
    assert events(engine, "loan.prepaid")[0]["amount_minor"] == quote.amount_minor
    assert check_database(db_path).ok


def test_write_off_by_a_field_officer_is_refused(engine):
    w, loan_id = _world(engine)
    with pytest.raises(PermissionDenied):
        write_off_loan(engine, w.officer, loan_id, "Migrated")
    assert _status(engine, loan_id) == "disbursed"


def test_write_off_needs_a_reason_and_posts_the_outstanding(engine):
    w, loan_id = _world(engine)
    with pytest.raises(ValidationError):
        write_off_loan(engine, w.manager, loan_id, "")
    amount = write_off_loan(engine, w.manager, loan_id, "Family migrated after the flood")
    assert amount == 20_000_00
    assert _status(engine, loan_id) == "written_off"
    [row] = journal(engine, loan_id, "write_off")
    assert row.principal_minor == 20_000_00
    assert events(engine, "loan.written_off")[0]["reason"].startswith("Family")


def test_recovery_after_write_off_and_closing_when_all_recovered(engine):
    w, loan_id = _world(engine)
    write_off_loan(engine, w.manager, loan_id, "Migrated")
    assert recover_written_off(engine, w.accountant, loan_id, 5_000_00) == 15_000_00
    with pytest.raises(RuleViolation):
        recover_written_off(engine, w.accountant, loan_id, 15_000_01)
    assert recover_written_off(engine, w.accountant, loan_id, 15_000_00) == 0
    assert _status(engine, loan_id) == "closed"
    assert [e["amount_minor"] for e in events(engine, "loan.recovered")] == [5_000_00,
                                                                             15_000_00]


def test_death_case_needs_the_death_recorded_and_settles_from_insurance(engine):
    from app.services.members import record_death

    w, loan_id = _world(engine)
    with pytest.raises(RuleViolation):
        settle_death_case(engine, w.manager, loan_id)
    record_death(engine, w.manager, w.members[0], date(2026, 11, 24))
    assert settle_death_case(engine, w.manager, loan_id) == 20_000_00
    assert _status(engine, loan_id) == "closed"
    assert closure_certificate(engine, loan_id).how == "death"
    assert [r.kind for r in journal(engine, loan_id)][-1] == "insurance_claim"


def test_reversing_a_counter_repayment_rebuilds_the_caches(engine, db_path):
    w, loan_id = _world(engine)
    set_business_date(engine, LATER)
    paid = counter_repayment(engine, w.accountant, loan_id, 2_000_00)
    counter_repayment(engine, w.accountant, loan_id, 300_00)
    with pytest.raises(ValidationError):
        reverse_loan_entry(engine, w.manager, paid.entry_id, " ")
    reverse_loan_entry(engine, w.manager, paid.entry_id, "Entered twice")
    assert ledger_paid(engine, loan_id) == cached_paid(engine, loan_id)
    assert sum(ledger_paid(engine, loan_id)) == 300_00
    with pytest.raises(ConflictError):
        reverse_loan_entry(engine, w.manager, paid.entry_id, "again")
    assert events(engine, "loan.reversed")[0]["kind"] == "repayment"
    assert check_database(db_path).ok


def test_reversing_the_closing_repayment_reopens_the_loan(engine):
    w, loan_id = _world(engine)
    total = sum(i.principal_minor + i.interest_minor
                for i in loan_detail(engine, loan_id).installments)
    paid = counter_repayment(engine, w.accountant, loan_id, total)
    reverse_loan_entry(engine, w.manager, paid.entry_id, "Cheque bounced")
    assert _status(engine, loan_id) == "disbursed"


def test_a_field_officer_cannot_reverse(engine):
    w, loan_id = _world(engine)
    paid = counter_repayment(engine, w.accountant, loan_id, 500_00)
    with pytest.raises(PermissionDenied):
        reverse_loan_entry(engine, w.officer, paid.entry_id, "mistake")


def test_reversing_a_write_off_reopens_the_loan(engine):
    w, loan_id = _world(engine)
    write_off_loan(engine, w.manager, loan_id, "Migrated")
    [row] = journal(engine, loan_id, "write_off")
    reverse_loan_entry(engine, w.manager, row.id, "She came back and pays")
    assert _status(engine, loan_id) == "disbursed"
    counter_repayment(engine, w.accountant, loan_id, 500_00)


def test_reversing_a_disbursement_returns_the_loan_to_sanctioned(engine, db_path):
    w, loan_id = _world(engine)
    [row] = journal(engine, loan_id, "disbursement")
    reverse_loan_entry(engine, w.manager, row.id, "Paid to the wrong member")
    assert _status(engine, loan_id) == "sanctioned"
    assert loan_detail(engine, loan_id).installments == ()
    assert len(journal(engine, loan_id)) == 6  # 3 rows and their 3 reversals
    assert check_database(db_path).ok


def test_a_disbursement_with_repayments_cannot_be_reversed(engine):
    w, loan_id = _world(engine)
    counter_repayment(engine, w.accountant, loan_id, 500_00)
    [row] = journal(engine, loan_id, "disbursement")
    with pytest.raises(RuleViolation):
        reverse_loan_entry(engine, w.manager, row.id, "wrong")


def test_death_settlement_of_a_living_member_is_refused_even_by_admin(engine):
    w, loan_id = _world(engine)
    with Session(engine) as s:
        assert s.get(Member, w.members[0]).status == "active"
    with pytest.raises(RuleViolation):
        settle_death_case(engine, w.admin, loan_id)


def test_reversing_a_recovery_puts_the_loan_back_to_written_off(engine):
    w, loan_id = _world(engine)
    write_off_loan(engine, w.manager, loan_id, "Migrated")
    recover_written_off(engine, w.accountant, loan_id, 20_000_00)
    assert _status(engine, loan_id) == "closed"
    [row] = journal(engine, loan_id, "recovery")
    reverse_loan_entry(engine, w.manager, row.id, "Counterfeit notes")
    assert _status(engine, loan_id) == "written_off"
    assert recover_written_off(engine, w.accountant, loan_id, 1_000_00) == 19_000_00


def test_a_write_off_with_recoveries_cannot_be_reversed(engine):
    w, loan_id = _world(engine)
    write_off_loan(engine, w.manager, loan_id, "Migrated")
    recover_written_off(engine, w.accountant, loan_id, 1_000_00)
    [row] = journal(engine, loan_id, "write_off")
    with pytest.raises(RuleViolation):
        reverse_loan_entry(engine, w.manager, row.id, "wrong")


def test_reversing_a_death_settlement_reopens_the_loan(engine):
    from app.services.members import record_death

    w, loan_id = _world(engine)
    record_death(engine, w.manager, w.members[0], date(2026, 11, 24))
    settle_death_case(engine, w.manager, loan_id)
    [row] = journal(engine, loan_id, "insurance_claim")
    reverse_loan_entry(engine, w.manager, row.id, "Claim refused by the insurer")
    assert _status(engine, loan_id) == "disbursed"


def test_reversing_a_prepayment_reopens_the_loan_on_its_old_schedule(engine, db_path):
    w, loan_id = _world(engine)
    set_business_date(engine, LATER)
    counter_repayment(engine, w.accountant, loan_id, 1_000_00)
    before = loan_detail(engine, loan_id).installments
    quote = prepayment_quote(engine, loan_id)
    prepay_loan(engine, w.accountant, loan_id, quote.amount_minor)
    row = next(r for r in journal(engine, loan_id, "repayment") if r.reason == "prepayment")
    reverse_loan_entry(engine, w.manager, row.id, "Cheque bounced")
    after = loan_detail(engine, loan_id)
    assert after.status == "disbursed" and after.closed_on is None
    assert [(i.due_on, i.principal_minor, i.interest_minor, i.paid_principal_minor,
             i.paid_interest_minor) for i in after.installments] == [
        (i.due_on, i.principal_minor, i.interest_minor, i.paid_principal_minor,
         i.paid_interest_minor) for i in before]
    assert cached_paid(engine, loan_id) == ledger_paid(engine, loan_id)
    assert any(d.action == "prepayment_reversed" and d.reason == "Cheque bounced"
               for d in after.decisions)
    with pytest.raises(ConflictError):
        reverse_loan_entry(engine, w.manager, row.id, "again")
    assert check_database(db_path).ok


def test_a_flat_loan_prepays_all_remaining_dues(engine):
    from app.domain.schedule import InterestMethod

    w = loan_world(engine, interest_method=InterestMethod.FLAT)
    loan_id = disbursed_loan(engine, w)
    detail = loan_detail(engine, loan_id)
    quote = prepayment_quote(engine, loan_id)
    assert quote.amount_minor == sum(i.principal_minor + i.interest_minor
                                     for i in detail.installments)


def test_counter_repayments_in_any_amounts_keep_caches_equal_to_the_ledger(engine, db_path):
    import random

    w, loan_id = _world(engine)
    set_business_date(engine, LATER)
    rng = random.Random(7)
    for _ in range(12):
        counter_repayment(engine, w.accountant, loan_id, rng.randrange(1, 3_000_00))
        assert cached_paid(engine, loan_id) == ledger_paid(engine, loan_id)
    assert check_database(db_path).ok


def test_reversing_a_repayment_whose_cash_left_the_safe_is_refused(engine):
    from app.services.cash import cash_book
    from app.services.cash_transfers import record_cash_transfer

    w, loan_id = _world(engine)
    paid = counter_repayment(engine, w.accountant, loan_id, 1_000_00)
    on = loan_detail(engine, loan_id).disbursed_on
    in_hand = cash_book(engine, on).closing_minor
    record_cash_transfer(engine, w.accountant, "out", in_hand - 500_00, "Deposit slip 9")
    with pytest.raises(RuleViolation, match="reversal takes"):
        reverse_loan_entry(engine, w.manager, paid.entry_id, "Entered twice")
    assert ledger_paid(engine, loan_id) == (paid.principal_minor, paid.interest_minor)


def test_a_repayment_of_a_loan_settled_after_death_is_reversed_only_after_the_settlement(
        engine, db_path):
    from app.services.members import record_death

    w, loan_id = _world(engine)
    paid = counter_repayment(engine, w.accountant, loan_id, 1_000_00)
    record_death(engine, w.manager, w.members[0], date(2026, 11, 24))
    settle_death_case(engine, w.manager, loan_id)
    with pytest.raises(RuleViolation, match="reverse that first"):
        reverse_loan_entry(engine, w.manager, paid.entry_id, "Entered twice")
    assert _status(engine, loan_id) == "closed"
    [claim] = journal(engine, loan_id, "insurance_claim")
    reverse_loan_entry(engine, w.manager, claim.id, "Claim refused by the insurer")
    reverse_loan_entry(engine, w.manager, paid.entry_id, "Entered twice")
    assert (_status(engine, loan_id), ledger_paid(engine, loan_id)) == ("disbursed", (0, 0))
    assert check_database(db_path).ok


def test_the_savings_lien_holds_after_a_write_off_until_the_loan_is_recovered(engine):
    """Bangladesh: compulsory savings are security while she owes; writing the loan off
    gives up nothing of what is owed, so the lien ends only when recovery closes it."""
    from app.services.dues import group_dues
    from app.services.savings import (
        close_account,
        counter_deposit,
        counter_withdrawal,
        member_accounts,
        open_account,
    )

    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-SFDP",),
                   members=8)
    loan_id = disbursed_loan(engine, w, product="JB-SFDP", household_income_minor=6_00_000_00)
    member = w.members[0]
    account = open_account(engine, w.manager, member, kind="compulsory")
    counter_deposit(engine, w.accountant, account, 500_00)
    owed = write_off_loan(engine, w.manager, loan_id, "Family migrated after the flood")
    with pytest.raises(RuleViolation, match="security"):
        counter_withdrawal(engine, w.accountant, account, 200_00)
    with pytest.raises(RuleViolation, match="security"):
        close_account(engine, w.accountant, account)
    [row] = [a for a in member_accounts(engine, member) if a.account_id == account]
    assert row.withdrawable_minor == 0
    sheet = group_dues(engine, w.group_id, LATER)
    assert next(m for m in sheet.members if m.member_id == member).withdrawable_minor == 0
    recover_written_off(engine, w.accountant, loan_id, owed)
    assert _status(engine, loan_id) == "closed"
    counter_withdrawal(engine, w.accountant, account, 200_00)

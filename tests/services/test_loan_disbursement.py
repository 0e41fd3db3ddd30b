"""KFS, the borrower's acceptance, disbursement and the loan card."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import Installment, Loan, SavingsAccount
from app.errors import PermissionDenied, RuleViolation, ValidationError
from app.services.loan_application import apply_for_loan
from app.services.loan_disbursement import accept_kfs, disburse_loan, kfs, loan_card_data
from app.services.loan_sanction import sanction_loan
from tests.services.loan_world import (
    TODAY,
    application,
    disbursed_loan,
    events,
    journal,
    loan_world,
    set_business_date,
)


def _sanctioned(engine, w, **changes) -> int:
    loan_id = apply_for_loan(engine, w.officer, application(w.members[0], **changes)).loan_id
    sanction_loan(engine, w.manager, loan_id)
    return loan_id


def test_kfs_has_every_figure_from_the_schedule_engine(engine):
    w = loan_world(engine)
    loan_id = _sanctioned(engine, w)
    statement = kfs(engine, loan_id)
    assert statement.principal_minor == 20_000_00
    assert statement.net_disbursed_minor == 20_000_00 - 200_00 - 100_00
    assert {(f.kind, f.amount_minor) for f in statement.fees} == {("processing", 200_00),
                                                                 ("insurance", 100_00)}
    assert statement.installments == 46 == len(statement.schedule)
    assert statement.total_interest_minor == sum(r.interest_minor for r in statement.schedule)
    assert statement.total_payable_minor == (20_000_00 + statement.total_interest_minor
                                             + statement.total_fees_minor)
    assert statement.apr_percent > statement.annual_rate_percent
    assert statement.grievance_contact == "1800-000-000"
    assert statement.first_due == statement.schedule[0].due_on
    assert not statement.prepayment_penalty


def test_disbursement_before_kfs_acceptance_is_refused(engine):
    w = loan_world(engine)
    loan_id = _sanctioned(engine, w)
    with pytest.raises(RuleViolation):
        disburse_loan(engine, w.manager, loan_id)
    assert journal(engine, loan_id) == []


def test_disbursement_of_an_unsanctioned_loan_is_refused(engine):
    w = loan_world(engine)
    loan_id = apply_for_loan(engine, w.officer, application(w.members[0])).loan_id
    with pytest.raises(RuleViolation):
        accept_kfs(engine, w.officer, loan_id, "bn")
    with pytest.raises(RuleViolation):
        disburse_loan(engine, w.manager, loan_id)


def test_kfs_acceptance_records_language_and_emits(engine):
    w = loan_world(engine)
    loan_id = _sanctioned(engine, w)
    with pytest.raises(ValidationError):
        accept_kfs(engine, w.officer, loan_id, "fr")
    accept_kfs(engine, w.officer, loan_id, "en")
    with Session(engine) as s:
        assert s.get(Loan, loan_id).kfs_accepted_on == TODAY
    [event] = events(engine, "loan.kfs_accepted")
    assert event["language"] == "en" and event["principal_minor"] == 20_000_00


def test_disbursement_writes_ledger_rows_and_fixes_the_schedule(engine, db_path):
    w = loan_world(engine, compulsory_savings_percent=__import__("decimal").Decimal("5"))
    loan_id = _sanctioned(engine, w)
    accept_kfs(engine, w.officer, loan_id, "bn")
    done = disburse_loan(engine, w.accountant, loan_id)
    kinds = [(e.kind, e.amount_minor) for e in journal(engine, loan_id)]
    assert kinds == [("disbursement", 20_000_00), ("fee", 200_00), ("insurance", 100_00),
                     ("savings_deposit", 1_000_00)]
    assert done.cash_paid_minor == 20_000_00 - 200_00 - 100_00 - 1_000_00
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        insts = list(s.scalars(select(Installment).where(Installment.loan_id == loan_id)))
        account = s.scalars(select(SavingsAccount).where(
            SavingsAccount.member_id == w.members[0])).one()
        assert loan.status == "disbursed" and loan.disbursed_on == TODAY
        assert account.balance_minor == 1_000_00
    assert len(insts) == 46 and sum(i.principal_minor for i in insts) == 20_000_00
    statement = kfs(engine, loan_id)
    assert [i.interest_minor for i in sorted(insts, key=lambda i: i.number)] == [
        r.interest_minor for r in statement.schedule]
    [event] = events(engine, "loan.disbursed")
    assert event["principal_minor"] == 20_000_00 and event["cash_paid_minor"] == done.cash_paid_minor
    assert check_database(db_path).ok


def test_kfs_accepted_on_another_day_must_be_accepted_again(engine):
    w = loan_world(engine)
    loan_id = _sanctioned(engine, w)
    accept_kfs(engine, w.officer, loan_id, "bn")
    set_business_date(engine, date(2026, 11, 26))
    with pytest.raises(RuleViolation):
        disburse_loan(engine, w.manager, loan_id)
    accept_kfs(engine, w.officer, loan_id, "bn")
    disburse_loan(engine, w.manager, loan_id)


def test_a_field_officer_cannot_disburse(engine):
    w = loan_world(engine)
    loan_id = _sanctioned(engine, w)
    accept_kfs(engine, w.officer, loan_id, "bn")
    with pytest.raises(PermissionDenied):
        disburse_loan(engine, w.officer, loan_id)


def test_a_loan_cannot_be_disbursed_twice(engine):
    w = loan_world(engine)
    loan_id = disbursed_loan(engine, w)
    with pytest.raises(RuleViolation):
        disburse_loan(engine, w.manager, loan_id)


def test_loan_card_has_the_schedule_and_every_repayment(engine):
    from app.services.loan_closure import counter_repayment

    w = loan_world(engine)
    loan_id = disbursed_loan(engine, w)
    counter_repayment(engine, w.accountant, loan_id, 500_00)
    card = loan_card_data(engine, loan_id)
    assert len(card.schedule) == 46 and card.schedule[-1].balance_minor == 0
    assert [(r.amount_minor, r.reversed) for r in card.repayments] == [(500_00, False)]


def test_a_loan_sanctioned_by_head_office_names_the_approval_when_disbursed(engine):
    from app.db.canonical import canonical_json
    from app.db.models_sync import HqDecision
    from app.db.uow import Actor
    from app.services.loan_sanction import apply_hq_decisions, forward_loan

    w = loan_world(engine)
    loan_id = apply_for_loan(engine, w.officer, application(
        w.members[0], amount_minor=40_000_00)).loan_id
    forward_loan(engine, w.junior, loan_id, "recommended")
    with Session(engine) as s, s.begin():
        s.add(HqDecision(key=f"decision:loan-{loan_id}", payload=canonical_json(
            {"loan_id": loan_id, "decision": "approved", "authority": "AGM", "version": 3})))
    apply_hq_decisions(engine, Actor.system())
    accept_kfs(engine, w.officer, loan_id, "bn")
    disburse_loan(engine, w.manager, loan_id)
    [event] = events(engine, "loan.disbursed")
    assert event["approval"]["by"] == "head_office" and event["approval"]["version"] == 3


def test_a_product_changed_after_application_does_not_change_the_loan(engine):
    from dataclasses import replace as dc_replace
    from decimal import Decimal

    from app.db.models import LoanProduct
    from app.domain.products import LoanProduct as Rule

    w = loan_world(engine)
    loan_id = _sanctioned(engine, w)
    before = kfs(engine, loan_id)
    with Session(engine) as s, s.begin():
        row = s.scalars(select(LoanProduct).where(LoanProduct.code == "BJS-GL")).one()
        rule = Rule.from_dict(row.definition)
        row.definition = dc_replace(rule, annual_rate_percent=Decimal("26")).to_dict()
    assert kfs(engine, loan_id).total_interest_minor == before.total_interest_minor


def test_a_loan_sanctioned_before_she_died_is_not_paid_out(engine):
    from app.services.members import record_death

    w = loan_world(engine)
    loan_id = _sanctioned(engine, w)
    accept_kfs(engine, w.officer, loan_id, "bn")
    record_death(engine, w.officer, w.members[0], TODAY, "Snake bite")
    with pytest.raises(RuleViolation):
        disburse_loan(engine, w.manager, loan_id)
    assert journal(engine, loan_id) == []


# --- paid out in tranches (a product with max_tranches > 1) --------------------------------

def _tranched(engine, most=3, **changes):
    from decimal import Decimal

    w = loan_world(engine, products=("BJS-GL",), max_tranches=most,
                   compulsory_savings_percent=Decimal("5"), **changes)
    loan_id = _sanctioned(engine, w, amount_minor=30_000_00)
    accept_kfs(engine, w.officer, loan_id, "bn")
    return w, loan_id


def _days(n):
    from datetime import timedelta

    return TODAY + timedelta(days=n)


def _rows(engine, loan_id):
    with Session(engine) as s:
        return [(i.number, i.due_on, i.principal_minor, i.interest_minor) for i in s.scalars(
            select(Installment).where(Installment.loan_id == loan_id)
            .order_by(Installment.number))]


def test_tranches_are_paid_on_their_days_and_the_schedule_counts_from_the_last(engine,
                                                                             db_path):
    from decimal import ROUND_HALF_EVEN, Decimal

    from app.db.models import Member
    from app.domain.money import to_minor
    from app.domain.programmes import tranched_schedule
    from app.domain.schedule import build_schedule
    from app.services.loan_disbursement import pay_tranche, tranches_of
    from app.services.loan_papers import voucher_of_entry
    from app.services.loans import loan_rule, terms_for

    w, loan_id = _tranched(engine)
    first = pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    # the product's deductions, on the sanctioned 30,000, all kept back from the first
    assert first.deducted_minor == 300_00 + 150_00 + 1_500_00
    assert first.cash_paid_minor == 10_000_00 - first.deducted_minor
    assert first.disbursed is None and first.left_minor == 20_000_00
    with Session(engine) as s:
        assert s.get(Loan, loan_id).status == "sanctioned"
    assert _rows(engine, loan_id) == []  # nothing is due before the last tranche
    assert check_database(db_path).ok  # a loan part paid out is a consistent book
    with pytest.raises(RuleViolation, match="later day"):
        pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, _days(28))
    with pytest.raises(RuleViolation, match="tranches"):
        disburse_loan(engine, w.accountant, loan_id)
    second = pay_tranche(engine, w.accountant, loan_id, 5_000_00, "transfer")
    assert second.deducted_minor == 0 and second.cash_paid_minor == 5_000_00
    set_business_date(engine, _days(63))
    with pytest.raises(ValidationError, match="the last must be all"):
        pay_tranche(engine, w.accountant, loan_id, 10_000_00)  # the third is the last
    third = pay_tranche(engine, w.accountant, loan_id, 15_000_00)
    assert third.disbursed is not None and third.left_minor == 0
    assert tranches_of(engine, loan_id) == ((TODAY, 10_000_00), (_days(28), 5_000_00),
                                            (_days(63), 15_000_00))
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        assert (loan.status, loan.disbursed_on) == ("disbursed", _days(63))
    # the schedule: the model's (app.domain.programmes) with the real tranches …
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        rule = loan_rule(s, loan)
        terms = terms_for(s, s.get(Member, loan.member_id), rule, 30_000_00, 46, _days(63))
    expected = tranched_schedule(rule, terms, ((TODAY, Decimal(10_000)),
                                               (_days(28), Decimal(5_000)),
                                               (_days(63), Decimal(15_000))))
    rows = _rows(engine, loan_id)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (i.due_on, to_minor(i.principal), to_minor(i.interest))
        for i in expected.installments]
    # … which is the plain schedule from the last tranche, with the first two tranches'
    # interest for 63 and 35 days (actual/365) on the first installment
    plain = build_schedule(terms)
    extra = sum(((amount * rule.annual_rate_percent / 100 * days / 365).quantize(
        Decimal("0.01"), ROUND_HALF_EVEN) for amount, days in ((Decimal(10_000), 63),
                                                               (Decimal(5_000), 35))),
        Decimal(0))
    assert extra > 0
    assert rows[0][3] == to_minor(plain.installments[0].interest + extra)
    assert [r[1] for r in rows] == [i.due_on for i in plain.installments]
    # each tranche: its own journal rows, event and payment voucher
    outs = journal(engine, loan_id, "disbursement")
    assert [(e.business_date, e.amount_minor) for e in outs] == list(tranches_of(engine,
                                                                                loan_id))
    paid = events(engine, "loan.tranche_paid")
    assert [(e["number"], e["amount_minor"], e["cash_paid_minor"]) for e in paid] == [
        (1, 10_000_00, first.cash_paid_minor), (2, 5_000_00, 5_000_00),
        (3, 15_000_00, 15_000_00)]
    [done] = events(engine, "loan.disbursed")
    assert done["principal_minor"] == 30_000_00 and len(done["tranches"]) == 3
    vouchers = [voucher_of_entry(engine, e.id) for e in outs]
    assert [(v.gross_minor, v.net_minor) for v in vouchers if v] == [
        (10_000_00, first.cash_paid_minor), (5_000_00, 5_000_00), (15_000_00, 15_000_00)]
    assert check_database(db_path).ok


def test_a_tranche_is_reversed_the_latest_first_and_the_loan_waits_for_it_again(engine):
    from app.services.loan_disbursement import pay_tranche, tranches_of
    from app.services.loan_reversal import reverse_loan_entry

    w, loan_id = _tranched(engine)
    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, _days(28))
    pay_tranche(engine, w.accountant, loan_id, 5_000_00)
    set_business_date(engine, _days(35))
    last = pay_tranche(engine, w.accountant, loan_id, 15_000_00)
    assert last.disbursed is not None and _rows(engine, loan_id)
    first_out = journal(engine, loan_id, "disbursement")[0]
    with pytest.raises(RuleViolation, match="later tranches first"):
        reverse_loan_entry(engine, w.manager, first_out.id, "Wrong member")
    reverse_loan_entry(engine, w.manager, last.journal_ids[0], "Paid the wrong amount")
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        # back to waiting for its last tranche: no schedule, the KFS she accepted stands
        assert (loan.status, loan.disbursed_on) == ("sanctioned", None)
        assert loan.kfs_accepted_on == TODAY
    assert _rows(engine, loan_id) == []
    assert tranches_of(engine, loan_id) == ((TODAY, 10_000_00), (_days(28), 5_000_00))
    # the reversal is a new row naming the original, which stays
    outs = journal(engine, loan_id, "disbursement")
    assert [(e.amount_minor, e.reverses_id) for e in outs] == [
        (10_000_00, None), (5_000_00, None), (15_000_00, None),
        (15_000_00, last.journal_ids[0])]
    [reversed_event] = events(engine, "loan.reversed")
    assert reversed_event["status"] == "sanctioned"
    set_business_date(engine, _days(36))
    again = pay_tranche(engine, w.accountant, loan_id, 15_000_00)
    assert again.number == 3 and again.disbursed is not None


def test_reversing_the_only_tranche_takes_back_its_deductions_and_the_kfs(engine):
    from app.services.loan_disbursement import pay_tranche, tranches_of
    from app.services.loan_reversal import reverse_loan_entry

    w, loan_id = _tranched(engine)
    first = pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    reverse_loan_entry(engine, w.manager, first.journal_ids[0], "Wrong member")
    kinds = [(e.kind, e.amount_minor, e.reverses_id is not None)
             for e in journal(engine, loan_id)]
    assert sorted(k for k in kinds if k[2]) == sorted((k[0], k[1], True)
                                                      for k in kinds if not k[2])
    assert tranches_of(engine, loan_id) == ()
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        assert loan.status == "sanctioned" and loan.kfs_accepted_on is None
        account = s.scalars(select(SavingsAccount).where(
            SavingsAccount.member_id == w.members[0])).one()
        assert account.balance_minor == 0


def test_the_manager_closes_the_tranches_early_and_the_loan_is_what_was_paid(engine):
    from decimal import ROUND_HALF_EVEN, Decimal

    from app.db.models import Member
    from app.domain.money import to_minor
    from app.domain.schedule import build_schedule
    from app.services.loan_disbursement import close_tranches, pay_tranche
    from app.services.loan_reversal import reverse_loan_entry
    from app.services.loans import loan_rule, terms_for

    w, loan_id = _tranched(engine)
    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, _days(28))
    pay_tranche(engine, w.accountant, loan_id, 5_000_00)
    set_business_date(engine, _days(42))
    with pytest.raises(PermissionDenied):
        close_tranches(engine, w.accountant, loan_id, "Crop failed")
    with pytest.raises(ValidationError, match="reason"):
        close_tranches(engine, w.manager, loan_id, "  ")
    done = close_tranches(engine, w.manager, loan_id, "The shed is built; no more needed")
    rows = _rows(engine, loan_id)
    assert done.disbursed_on == _days(42) and done.cash_paid_minor == 15_000_00
    assert sum(r[2] for r in rows) == 15_000_00
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        assert (loan.status, loan.principal_minor) == ("disbursed", 15_000_00)
        rule = loan_rule(s, loan)
        terms = terms_for(s, s.get(Member, loan.member_id), rule, 15_000_00, 46, _days(42))
    plain = build_schedule(terms)  # from the day they were closed, on what was paid
    extra = sum(((a * rule.annual_rate_percent / 100 * d / 365).quantize(
        Decimal("0.01"), ROUND_HALF_EVEN) for a, d in ((Decimal(10_000), 42),
                                                      (Decimal(5_000), 14))), Decimal(0))
    assert rows[0][3] == to_minor(plain.installments[0].interest + extra)
    assert [(r[1], r[2]) for r in rows] == [(i.due_on, to_minor(i.principal))
                                            for i in plain.installments]
    [closed] = events(engine, "loan.tranches_closed")
    assert (closed["sanctioned_minor"], closed["paid_minor"]) == (30_000_00, 15_000_00)
    # reversing the last tranche undoes the close: the sanctioned loan waits again
    second = journal(engine, loan_id, "disbursement")[1]
    reverse_loan_entry(engine, w.manager, second.id, "Closed by mistake")
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        assert (loan.status, loan.principal_minor) == ("sanctioned", 30_000_00)
        assert "tranches_closed" not in loan.terms
    assert _rows(engine, loan_id) == []


def test_tranches_the_product_or_the_day_does_not_allow_are_refused(engine):
    from app.services.loan_disbursement import close_tranches, pay_tranche

    w, loan_id = _tranched(engine, most=2)
    with pytest.raises(PermissionDenied):
        pay_tranche(engine, w.officer, loan_id, 10_000_00)
    with pytest.raises(ValidationError, match="more than what is kept back"):
        pay_tranche(engine, w.accountant, loan_id, 1_950_00)  # all of it deductions
    for bad in (0, -5, 30_000_01, "100", None, 1.5):
        with pytest.raises(ValidationError):
            pay_tranche(engine, w.accountant, loan_id, bad)  # type: ignore[arg-type]
    with pytest.raises(RuleViolation, match="no tranches to close"):
        close_tranches(engine, w.manager, loan_id, "Crop failed")
    assert journal(engine, loan_id) == []


def test_a_product_paid_at_once_has_no_tranches(engine):
    from app.services.loan_disbursement import pay_tranche

    w = loan_world(engine, products=("BJS-GL",))
    loan_id = _sanctioned(engine, w)
    accept_kfs(engine, w.officer, loan_id, "bn")
    with pytest.raises(ValidationError, match="one payment"):
        pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    assert journal(engine, loan_id) == []


def test_head_office_gathers_a_tranche_event_like_any_other(engine):
    import json

    from app.db.models import JournalEntry, OutboxEvent
    from app.headoffice.projection import Gathered
    from app.services.loan_disbursement import pay_tranche

    w, loan_id = _tranched(engine)
    first = pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    with Session(engine) as s:
        [event] = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "loan.tranche_paid"))
        gathered = Gathered()
        gathered.event({"type": event.type, "seq": event.seq,
                        "schema_version": event.schema_version,
                        "payload_obj": json.loads(event.payload)})
        ids = set(s.scalars(select(JournalEntry.id).where(JournalEntry.loan_id == loan_id)))
    assert not gathered.problems and not gathered.clashes
    assert set(first.journal_ids) <= ids and set(gathered.ledger) == ids


def test_a_loan_part_paid_out_is_not_rejected(engine):
    from app.services.loan_disbursement import pay_tranche
    from app.services.loan_sanction import reject_loan

    w, loan_id = _tranched(engine)
    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    with pytest.raises(RuleViolation, match="reverse them before rejecting"):
        reject_loan(engine, w.manager2, loan_id, "She moved away")
    with Session(engine) as s:
        assert s.get(Loan, loan_id).status == "sanctioned"


def test_each_tranche_prints_its_own_payment_voucher(engine):
    from app.services.loan_disbursement import pay_tranche
    from app.services.printing import receipt_pdf
    from tests.printing.pdf_files import pdf_text
    from tests.printing.world import pages

    w, loan_id = _tranched(engine)
    first = pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, _days(28))
    second = pay_tranche(engine, w.accountant, loan_id, 5_000_00)
    texts = []
    for paid in (first, second):
        pdf = receipt_pdf(engine, paid.journal_ids[0], "en")
        assert pages(pdf)  # a real page, rendered
        texts.append(" ".join(pdf_text(pdf).split()))
    assert "10,000.00" in texts[0] and "8,050.00" in texts[0]  # less 1,950 kept back
    assert "5,000.00" in texts[1] and "10,000.00" not in texts[1]
    assert f"PV-{first.journal_ids[0]:07d}" in texts[0]
    assert f"PV-{second.journal_ids[0]:07d}" in texts[1]


# --- the KFS of a loan paid out in tranches (issue #18) ------------------------------------

def test_the_kfs_before_the_first_tranche_says_the_days_are_not_known(engine):
    from app.printing.kfs import kfs_sections

    w, loan_id = _tranched(engine)
    statement = kfs(engine, loan_id)
    assert (statement.max_tranches, statement.tranches) == (3, ())
    rows = dict(r for sec in kfs_sections(statement, "en") for r in sec.rows)
    assert rows["Disbursal"] == "In up to 3 tranches"
    assert "not known yet" in rows["Repayment of tranches"]
    assert "each earlier tranche's interest (actual days ÷ 365) is added to the first " \
        "installment" in rows["Repayment of tranches"]
    from decimal import Decimal

    from app.format import format_amount

    a_day = int((Decimal(30_000_00) * statement.annual_rate_percent / 100 / 365)
                .quantize(Decimal(1)))  # the whole loan's interest for one day
    assert rows["Interest of a tranche before the last"].startswith(
        format_amount(a_day, "en", statement.currency, symbol=True) + " a day")
    bn = dict(r for sec in kfs_sections(statement, "bn") for r in sec.rows)
    assert bn["ঋণ বিতরণ"] == "সর্বোচ্চ ৩ দফায়"  # a tranche is দফা, never কিস্তি


def test_the_kfs_mid_tranches_shows_the_plan_and_its_dated_apr(engine):
    from decimal import Decimal

    from app.domain.apr import apr_percent
    from app.domain.money import from_minor
    from app.printing.kfs import kfs_sections
    from app.services.loan_disbursement import pay_tranche

    w, loan_id = _tranched(engine)
    at_once = kfs(engine, loan_id)
    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, _days(28))
    statement = kfs(engine, loan_id)
    assert [(t.on, t.amount_minor, t.paid) for t in statement.tranches] == [
        (TODAY, 10_000_00, True), (_days(28), 20_000_00, False)]
    # the schedule counts from the rest's day, with the first tranche's 28 days' interest
    assert statement.disbursed_on == _days(28) and statement.first_due > _days(28)
    extra = (Decimal(10_000) * statement.annual_rate_percent / 100 * 28 / 365
             ).quantize(Decimal("0.01"))
    assert statement.schedule[0].interest_minor - at_once.schedule[0].interest_minor == \
        int(extra * 100)
    assert statement.total_interest_minor == sum(r.interest_minor for r in statement.schedule)
    assert statement.total_payable_minor == (30_000_00 + statement.total_interest_minor
                                             + statement.total_fees_minor)
    # the APR as for a loan paid at once, the second tranche 28 days after the first
    # (28 × 52 ÷ 365 weeks), not as if all 30,000 were hers on the first day
    later = Decimal(28) * 52 / 365
    flows = [(0, from_minor(statement.total_fees_minor)), (later, Decimal(-20_000))] + [
        (later + r.number, from_minor(r.total_minor)) for r in statement.schedule]
    assert statement.apr_percent == apr_percent(Decimal(10_000), flows, 52)
    assert statement.apr_percent != at_once.apr_percent
    rows = dict(r for sec in kfs_sections(statement, "en") for r in sec.rows)
    assert "paid on" in rows["Tranche 1"]
    assert "if paid on" in rows["Tranche 2"]
    assert "after the last tranche" in rows["Repayment starts"]


def test_the_kfs_after_an_early_close_is_for_what_was_paid(engine):
    from app.printing.kfs import kfs_sections
    from app.services.loan_disbursement import close_tranches, pay_tranche

    w, loan_id = _tranched(engine)
    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, _days(28))
    pay_tranche(engine, w.accountant, loan_id, 5_000_00)
    set_business_date(engine, _days(42))
    close_tranches(engine, w.manager, loan_id, "The shed is built")
    statement = kfs(engine, loan_id)
    assert statement.principal_minor == 15_000_00
    assert statement.tranches_closed_on == _days(42)
    assert [(t.amount_minor, t.paid) for t in statement.tranches] == [(10_000_00, True),
                                                                      (5_000_00, True)]
    assert [(r.due_on, r.principal_minor, r.interest_minor) for r in statement.schedule] == [
        (d, p, i) for _n, d, p, i in _rows(engine, loan_id)]
    # the charges were on the sanctioned loan and stay what was kept back
    assert {(f.kind, f.amount_minor) for f in statement.fees} == {
        (f.kind, f.amount_minor) for f in kfs(engine, loan_id).fees}
    assert statement.savings_deducted_minor == 1_500_00  # 5 % of the sanctioned 30,000
    rows = dict(r for sec in kfs_sections(statement, "en") for r in sec.rows)
    assert "the loan is what was paid out" in rows["Tranches closed"]


def test_a_plan_of_one_tranche_has_the_apr_of_a_loan_paid_at_once(engine):
    from app.domain.apr import key_facts
    from app.domain.programmes import tranched_key_facts
    from app.services.loans import loan_rule, terms_for

    w, loan_id = _tranched(engine)
    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        rule = loan_rule(s, loan)
        from app.db.models import Member
        terms = terms_for(s, s.get(Member, loan.member_id), rule, 30_000_00, 46, TODAY)
    fees = rule.fees_for(terms.principal)
    one = tranched_key_facts(rule, terms, [(TODAY, terms.principal)], fees)
    at_once = key_facts(terms, fees)
    assert (one.apr_percent, one.total_payable, one.schedule) == (
        at_once.apr_percent, at_once.total_payable, at_once.schedule)

"""Bringing in the existing book: dry run, reconciliation, one-transaction commit, again."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import Installment, JournalEntry, Loan, OutboxEvent
from app.errors import PermissionDenied, RuleViolation
from app.services.cash import cash_book
from app.services.opening_import import commit_import, dry_run_import
from app.services.opening_report import report_lines
from app.services.reports import portfolio_report
from tests.services.loan_world import TODAY
from tests.services.opening_world import counts, opening_world


def test_a_clean_book_dry_runs_reconciled_and_writes_nothing(engine, tmp_path):
    _world, rows, tb, book = opening_world(engine, tmp_path)
    before = counts(engine)
    report = dry_run_import(engine, book, tb)
    assert report.ok and report.reconciled, report.problems[:3]
    assert report.totals.created == {"groups": 3, "members": 30, "loans": 27, "savings": 30}
    assert report.totals.outstanding_by_product == tb.outstanding_by_product
    assert len(report.lines) == 3 + 30 + 27 + 30
    assert counts(engine) == before


def test_the_commit_brings_in_the_book_as_the_ledger_says(engine, db_path, tmp_path):
    world, rows, tb, book = opening_world(engine, tmp_path, form="xlsx")
    before = counts(engine)
    done = commit_import(engine, world.manager, book, tb)
    after = counts(engine)
    assert done.committed and done.batch
    assert after["loan"] - before["loan"] == 27 and after["member"] - before["member"] == 30
    assert check_database(db_path).ok, check_database(db_path).problems[:3]
    portfolio = portfolio_report(engine, TODAY)
    assert portfolio.outstanding_minor == sum(tb.outstanding_by_product.values())
    book_of_day = cash_book(engine, TODAY)
    assert book_of_day.closing_minor == tb.cash_minor  # no loan or savings moved the safe
    with Session(engine) as s:
        events = [e.type for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]
        opening_rows = s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.channel == "opening"))
    assert events.count("opening.group_imported") == 3 and events[-1] == "opening.imported"
    assert opening_rows == 27 + 30 + sum(1 for r in rows["loans"]
                                          if r["installments_paid"] != "0")


def test_each_group_travels_to_head_office_with_its_own_rows(engine, tmp_path):
    world, _rows, tb, book = opening_world(engine, tmp_path)
    commit_import(engine, world.manager, book, tb)
    with Session(engine) as s:
        payloads = [json.loads(e.payload) for e in s.scalars(select(OutboxEvent).where(
            OutboxEvent.type == "opening.group_imported").order_by(OutboxEvent.seq))]
    members = [len(p["images"]["member"]) for p in payloads]
    assert members == [10, 10, 10]
    assert all(p["journal"] and p["images"]["installment"] for p in payloads)


def test_a_loan_stands_where_the_old_system_said(engine, tmp_path):
    world, rows, tb, book = opening_world(engine, tmp_path)
    commit_import(engine, world.manager, book, tb)
    first = rows["loans"][0]  # states the installments paid
    with Session(engine) as s:
        loan = s.scalars(select(Loan).where(Loan.loan_no == first["loan_id"])).one()
        paid = s.scalar(select(func.count()).select_from(Installment).where(
            Installment.loan_id == loan.id, Installment.paid_on.is_not(None)))
    assert loan.status == "disbursed" and paid == int(first["installments_paid"])
    assert loan.disbursed_on.strftime("%d/%m/%Y") == first["disbursed_on"]


def test_importing_the_same_book_again_creates_nothing(engine, db_path, tmp_path):
    world, _rows, tb, book = opening_world(engine, tmp_path)
    commit_import(engine, world.manager, book, tb)
    once = counts(engine)
    again = commit_import(engine, world.manager, book, tb)
    assert counts(engine) == once and again.batch == ""
    assert again.totals.created == {} and again.totals.already["members"] == 30
    assert check_database(db_path).ok


def test_a_book_that_disagrees_with_the_trial_balance_is_not_imported(engine, tmp_path):
    world, _rows, tb, book = opening_world(engine, tmp_path)
    before = counts(engine)
    wrong = replace(tb, cash_minor=tb.cash_minor + 1)
    report = dry_run_import(engine, book, wrong)
    assert report.ok and not report.reconciled
    assert [d.column for d in report.differences] == ["cash"]
    with pytest.raises(RuleViolation, match="trial balance"):
        commit_import(engine, world.manager, book, wrong)
    assert counts(engine) == before


def test_only_the_manager_imports(engine, tmp_path):
    world, _rows, tb, book = opening_world(engine, tmp_path)
    with pytest.raises(PermissionDenied):
        commit_import(engine, world.officer, book, tb)


def test_the_report_reads_in_bengali_with_bengali_digits(engine, tmp_path):
    _world, _rows, tb, book = opening_world(engine, tmp_path)
    lines = report_lines(dry_run_import(engine, book, tb), "bn")
    assert any("সদস্য, সারি ৩" in line for line in lines), lines[:5]
    assert any("সিন্দুকে নগদ" in line and "১,৫০,০০০.০০" in line for line in lines)


def test_an_imported_loan_lives_on_repaid_reversed_and_prepaid_as_any_other(engine, db_path,
                                                                          tmp_path):
    from app.services.loan_closure import counter_repayment, prepay_loan, prepayment_quote
    from app.services.loan_reversal import reverse_loan_entry

    world, rows, tb, book = opening_world(engine, tmp_path)
    commit_import(engine, world.manager, book, tb)
    with Session(engine) as s:
        loan = s.scalars(select(Loan).where(Loan.loan_no == rows["loans"][1]["loan_id"])).one()
        opening = s.scalars(select(JournalEntry).where(
            JournalEntry.loan_id == loan.id, JournalEntry.kind == "repayment")).one()
    counter_repayment(engine, world.accountant, loan.id, 500_00)
    with Session(engine) as s:
        paid = s.scalars(select(JournalEntry).where(
            JournalEntry.loan_id == loan.id, JournalEntry.channel == "counter")).one()
    reverse_loan_entry(engine, world.manager, paid.id, "typed twice")
    assert check_database(db_path).ok  # the caches rebuilt from the ledger keep the opening
    with pytest.raises(RuleViolation, match="opening balance"):
        reverse_loan_entry(engine, world.manager, opening.id, "wrong")
    quote = prepayment_quote(engine, loan.id)
    prepay_loan(engine, world.accountant, loan.id, quote.amount_minor)
    with Session(engine) as s:
        assert s.get(Loan, loan.id).status == "closed"
    assert check_database(db_path).ok

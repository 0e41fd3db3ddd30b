"""A loan part paid out in tranches in the portfolio, at the branch and at head office
(issue #18): the principal paid out so far is outstanding, none of it in arrears, and
head office counts it as the branch does."""

from __future__ import annotations

from datetime import timedelta

from app.headoffice.portfolio import consolidated_portfolio
from app.services.loan_disbursement import accept_kfs, pay_tranche
from app.services.loan_reversal import reverse_loan_entry
from app.services.reports import portfolio_report
from tests.services.loan_world import (
    TODAY,
    disbursed_loan,
    journal,
    loan_world,
    set_business_date,
)
from tests.services.test_loan_disbursement import _sanctioned
from tests.sync.world import register, sync


def _agree(engine, hq, as_of) -> tuple[int, int]:
    own = portfolio_report(engine, as_of)
    [mine] = [p for p in consolidated_portfolio(hq, as_of) if p.branch == "BJS-001"]
    assert (mine.active_loans, mine.borrowers, mine.outstanding_minor) == (
        own.active_loans, own.borrowers, own.outstanding_minor)
    assert mine.par_minor == {1: own.par_1_minor, 30: own.par_30_minor,
                              90: own.par_90_minor}
    return own.outstanding_minor, own.overdue_minor


def test_branch_and_head_office_count_a_loan_mid_tranches_alike(engine, hq):
    w = loan_world(engine, products=("BJS-GL",), max_tranches=3)
    register(hq, engine)
    at_once = disbursed_loan(engine, w, w.members[1])  # 20,000 paid at once, beside it
    loan_id = _sanctioned(engine, w, amount_minor=30_000_00)
    accept_kfs(engine, w.officer, loan_id, "bn")
    sync(engine, hq)
    before, _ = _agree(engine, hq, TODAY)
    assert before == 20_000_00  # sanctioned, nothing paid: not in the portfolio

    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, TODAY + timedelta(days=28))
    pay_tranche(engine, w.accountant, loan_id, 5_000_00)
    sync(engine, hq)
    far = TODAY + timedelta(days=200)  # the loan paid at once is late by then
    outstanding, _overdue = _agree(engine, hq, far)
    assert outstanding == 20_000_00 + 15_000_00
    report = portfolio_report(engine, far)
    assert (report.active_loans, report.borrowers) == (2, 2)
    # the tranches are not due yet: not behind any PAR, in the current bucket
    assert report.par_1_minor == 20_000_00 == disbursed_principal(engine, at_once)
    [current] = [a for a in report.ageing if a.bucket == "current"]
    assert (current.loans, current.outstanding_minor) == (1, 15_000_00)

    # a tranche reversed leaves what stands; the last tranche makes it a plain loan
    second = journal(engine, loan_id, "disbursement")[1]
    reverse_loan_entry(engine, w.manager, second.id, "Paid to the wrong member")
    sync(engine, hq)
    assert _agree(engine, hq, far)[0] == 20_000_00 + 10_000_00
    set_business_date(engine, TODAY + timedelta(days=35))
    pay_tranche(engine, w.accountant, loan_id, 5_000_00)
    set_business_date(engine, TODAY + timedelta(days=42))
    pay_tranche(engine, w.accountant, loan_id, 15_000_00)
    sync(engine, hq)
    assert _agree(engine, hq, TODAY + timedelta(days=42))[0] == 20_000_00 + 30_000_00


def disbursed_principal(engine, loan_id: int) -> int:
    from sqlalchemy.orm import Session

    from app.db.models import Loan

    with Session(engine) as s:
        loan = s.get(Loan, loan_id)
        assert loan is not None
        return loan.principal_minor

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from app.db.models import Installment, Loan, LoanProduct
from app.db.uow import Actor, UnitOfWork
from app.services.reports import dcb_report, portfolio_report
from tests.builders import small_branch

AS_OF = date(2026, 11, 25)


def _loan(engine, ids, *, first_due: date, paid_installments: int, n: int = 10) -> int:
    """A disbursed loan of 10 weekly installments of 100 principal + 10 interest."""
    with Session(engine) as s, s.begin():
        product = s.query(LoanProduct).first()
        if product is None:
            product = LoanProduct(code="P1", name_en="Group loan", name_bn="দলীয় ঋণ",
                                  definition={})
            s.add(product)
            s.flush()
        loan = Loan(loan_no=f"L{first_due.isoformat()}-{paid_installments}",
                    member_id=ids["first_member"], product_id=product.id, status="disbursed",
                    principal_minor=n * 100_00, annual_rate_bp=2400, installments_count=n,
                    frequency="weekly", interest_method="flat", applied_on=first_due,
                    applied_by=ids["officer"], disbursed_on=first_due - timedelta(days=7))
        s.add(loan)
        s.flush()
        for k in range(n):
            paid = k < paid_installments
            s.add(Installment(loan_id=loan.id, number=k + 1,
                              due_on=first_due + timedelta(weeks=k),
                              principal_minor=100_00, interest_minor=10_00,
                              paid_principal_minor=100_00 if paid else 0,
                              paid_interest_minor=10_00 if paid else 0))
        return loan.id


def test_a_loan_paid_up_to_date_is_current_and_not_at_risk(engine):
    ids = small_branch(engine)
    _loan(engine, ids, first_due=AS_OF - timedelta(weeks=3), paid_installments=4)
    report = portfolio_report(engine, AS_OF)
    assert (report.par_1_minor, report.ageing[0].loans) == (0, 1)


def test_oldest_unpaid_installment_decides_the_days_past_due(engine):
    ids = small_branch(engine)
    # installments 1-2 paid, 3rd due 35 days ago unpaid → 31-60 bucket, PAR30 counts it
    _loan(engine, ids, first_due=AS_OF - timedelta(days=49), paid_installments=2)
    report = portfolio_report(engine, AS_OF)
    row = {a.bucket: a for a in report.ageing}["31-60"]
    assert (row.loans, report.par_30_minor, report.par_90_minor) == (1, 800_00, 0)


def test_par_is_outstanding_principal_of_late_loans_over_all_outstanding(engine):
    ids = small_branch(engine)
    _loan(engine, ids, first_due=AS_OF - timedelta(days=49), paid_installments=2)
    _loan(engine, ids, first_due=AS_OF + timedelta(days=7), paid_installments=0)
    report = portfolio_report(engine, AS_OF)
    # 800 late of 800 + 1,000 outstanding
    assert report.par_percent(report.par_1_minor) == Decimal("44.44")


def test_dcb_collection_counts_repayments_net_of_reversals(engine):
    ids = small_branch(engine)
    _loan(engine, ids, first_due=AS_OF, paid_installments=0)
    actor = Actor(staff_id=ids["officer"], username="officer", role="field_officer")
    with UnitOfWork(engine, actor) as uow:
        first = uow.journal.post(business_date=AS_OF, staff_id=ids["officer"],
                                 kind="repayment", amount_minor=110_00)
        uow.session.flush()
        uow.journal.post(business_date=AS_OF, staff_id=ids["officer"], kind="repayment",
                         amount_minor=110_00, reverses_id=first.id, reason="typing error")
        uow.journal.post(business_date=AS_OF, staff_id=ids["officer"], kind="repayment",
                         amount_minor=55_00)
    report = dcb_report(engine, AS_OF, AS_OF)
    assert (report.demand_minor, report.collection_minor, report.balance_minor) == (
        110_00, 55_00, 55_00)

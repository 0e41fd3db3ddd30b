from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.db.models import Branch, Installment, Loan, LoanProduct
from app.db.uow import Actor, UnitOfWork
from app.services.ledger_ops import rebuild_installment_caches
from app.services.report_trend import par_trend
from app.services.reports import dcb_report, dcb_split, portfolio_report
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
                              paid_interest_minor=10_00 if paid else 0,
                              paid_on=first_due + timedelta(weeks=k) if paid else None))
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


def _repay(engine, ids, loan_id: int, on: date, principal: int, interest: int,
           reverses: int | None = None) -> int:
    actor = Actor(staff_id=ids["officer"], username="officer", role="field_officer")
    with UnitOfWork(engine, actor) as uow:
        row = uow.journal.post(business_date=on, staff_id=ids["officer"], kind="repayment",
                               amount_minor=principal + interest, principal_minor=principal,
                               interest_minor=interest, loan_id=loan_id,
                               member_id=ids["first_member"], reverses_id=reverses,
                               reason="typing error" if reverses else "")
        uow.session.flush()
        rebuild_installment_caches(uow.session, loan_id)  # as every posting path does
        return row.id


def test_dcb_collection_counts_repayments_net_of_reversals(engine):
    ids = small_branch(engine)
    loan = _loan(engine, ids, first_due=AS_OF, paid_installments=0)
    first = _repay(engine, ids, loan, AS_OF, 100_00, 10_00)
    _repay(engine, ids, loan, AS_OF, 100_00, 10_00, reverses=first)
    _repay(engine, ids, loan, AS_OF, 50_00, 5_00)
    report = dcb_report(engine, AS_OF, AS_OF)
    assert (report.demand_minor, report.collection_minor, report.balance_minor) == (
        110_00, 55_00, 55_00)
    t = report.totals
    assert (t.demand_current_p, t.demand_current_i, t.collection_current_p,
            t.collection_current_i, t.balance_current_p) == (100_00, 10_00, 50_00, 5_00, 50_00)


def test_dcb_splits_overdue_current_and_advance_by_principal_and_interest(engine):
    ids = small_branch(engine)
    start = AS_OF - timedelta(days=6)
    # due a week before the period (unpaid: overdue), one in it (current), and paid
    # enough for those two and half the next (advance)
    loan = _loan(engine, ids, first_due=start - timedelta(weeks=1), paid_installments=0)
    _repay(engine, ids, loan, AS_OF, 250_00, 25_00)
    t = dcb_report(engine, start, AS_OF).totals
    assert (t.demand_overdue_p, t.demand_current_p, t.demand_overdue_i, t.demand_current_i) \
        == (100_00, 100_00, 10_00, 10_00)
    assert (t.collection_overdue_p, t.collection_current_p, t.collection_advance_p) == (
        100_00, 100_00, 50_00)
    assert (t.collection_advance_i, t.balance_overdue_p, t.balance_current_p) == (5_00, 0, 0)


def test_an_advance_on_a_loan_with_nothing_due_yet_is_collected_as_advance(engine):
    ids = small_branch(engine)
    loan = _loan(engine, ids, first_due=AS_OF + timedelta(days=7), paid_installments=0)
    _repay(engine, ids, loan, AS_OF, 100_00, 10_00)
    report = dcb_report(engine, AS_OF - timedelta(days=6), AS_OF)
    t = report.totals
    assert (report.demand_minor, t.collection_advance_p, t.collection_advance_i) == (
        0, 100_00, 10_00)
    assert [r.loans for r in report.by_officer] == [1]


@given(st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 10_000),
       st.integers(-2_000, 10_000))
def test_a_dcb_split_adds_up(due_before, due_in, paid_before, paid_in):
    od, cur, got_od, got_cur, adv, bal_od, bal_cur = dcb_split(due_before, due_in,
                                                               paid_before, paid_in)
    assert min(od, cur, got_od, got_cur, adv, bal_od, bal_cur) >= 0
    assert got_od + bal_od == od and got_cur + bal_cur == cur
    # what is still owed at the end is exactly what was due and not paid by then
    assert bal_od + bal_cur == max(0, due_before + due_in - paid_before - max(paid_in, 0)) \
        if paid_in >= 0 else True


def test_a_loan_is_in_its_regulators_class_with_mras_provisioning(engine):
    ids = small_branch(engine)
    _loan(engine, ids, first_due=AS_OF - timedelta(days=49), paid_installments=2)  # 35 late
    india = {c.code: c for c in portfolio_report(engine, AS_OF).classes}
    assert india["sma_1"].loans == 1 and india["sma_1"].provision_minor is None
    with Session(engine) as s, s.begin():
        s.execute(update(Branch).values(policy_profile="bangladesh_mra", currency="BDT"))
    report = portfolio_report(engine, AS_OF)
    bd = {c.code: c for c in report.classes}
    assert bd["substandard"].loans == 1 and bd["substandard"].outstanding_minor == 800_00
    assert bd["substandard"].provision_minor == 200_00 and report.provision_minor == 200_00


def test_the_portfolio_by_officer_group_and_product_adds_up(engine):
    ids = small_branch(engine)
    _loan(engine, ids, first_due=AS_OF - timedelta(days=49), paid_installments=2)
    _loan(engine, ids, first_due=AS_OF + timedelta(days=7), paid_installments=0)
    report = portfolio_report(engine, AS_OF)
    for rows in (report.by_officer, report.by_group, report.by_product):
        assert sum(r.outstanding_minor for r in rows) == report.outstanding_minor == 1_800_00
        assert sum(r.par_30_minor for r in rows) == report.par_30_minor
    assert report.by_officer[0].name_en and report.by_group[0].code


def test_written_off_loans_are_listed_apart_with_what_was_recovered(engine):
    ids = small_branch(engine)
    loan = _loan(engine, ids, first_due=AS_OF - timedelta(days=200), paid_installments=0)
    actor = Actor(staff_id=ids["officer"], username="officer", role="field_officer")
    with UnitOfWork(engine, actor) as uow:
        for kind, amount in (("write_off", 1_000_00), ("recovery", 300_00)):
            uow.journal.post(business_date=AS_OF, staff_id=ids["officer"], kind=kind,
                             amount_minor=amount, loan_id=loan, member_id=ids["first_member"])
        uow.session.get(Loan, loan).status = "written_off"
    report = portfolio_report(engine, AS_OF)
    assert report.active_loans == 0
    [gone] = report.written_off
    assert (gone.written_off_minor, gone.recovered_minor) == (1_000_00, 300_00)


def test_the_par_trend_ends_on_the_report_date_with_the_portfolios_figures(engine):
    ids = small_branch(engine)
    first = AS_OF - timedelta(days=49)
    loan = _loan(engine, ids, first_due=first, paid_installments=2)
    for week in range(2):  # the ledger behind the paid caches
        _repay(engine, ids, loan, first + timedelta(weeks=week), 100_00, 10_00)
    trend = par_trend(engine, AS_OF, months=4)
    report = portfolio_report(engine, AS_OF)
    assert [p.on for p in trend] == [date(2026, 8, 31), date(2026, 9, 30),
                                     date(2026, 10, 31), AS_OF]
    assert (trend[-1].outstanding_minor, trend[-1].par_30_minor) == (
        report.outstanding_minor, report.par_30_minor)
    assert trend[0].loans == 0  # paid out in October


def test_a_loan_mid_tranches_is_outstanding_but_nothing_of_it_is_due(engine):
    from app.services.loan_disbursement import pay_tranche
    from tests.services.loan_world import TODAY, set_business_date
    from tests.services.test_loan_disbursement import _tranched

    w, loan_id = _tranched(engine)
    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    later = TODAY + timedelta(days=120)
    set_business_date(engine, later)
    report = portfolio_report(engine, later)
    assert (report.active_loans, report.outstanding_minor, report.overdue_minor) == (
        1, 10_000_00, 0)
    assert report.par_1_minor == 0 and report.ageing[0].outstanding_minor == 10_000_00
    assert report.by_product[0].outstanding_minor == 10_000_00
    officer_only = portfolio_report(engine, later, officer_id=w.officer.staff_id)
    assert officer_only.outstanding_minor == 10_000_00
    # no installment falls due before the last tranche: no demand, nothing in arrears
    dcb = dcb_report(engine, TODAY, later)
    assert (dcb.demand_minor, dcb.collection_minor, dcb.balance_minor) == (0, 0, 0)


def test_the_par_trend_counts_tranches_month_by_month_as_the_portfolio_does(engine):
    from app.services.loan_disbursement import pay_tranche
    from tests.services.loan_world import TODAY, set_business_date
    from tests.services.test_loan_disbursement import _tranched

    w, loan_id = _tranched(engine)  # 30,000 in up to 3 tranches; TODAY is 25 November
    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, TODAY + timedelta(days=28))  # 23 December
    pay_tranche(engine, w.accountant, loan_id, 5_000_00)
    mid = TODAY + timedelta(days=40)  # 4 January: waiting for the last tranche
    set_business_date(engine, mid)
    trend = par_trend(engine, mid, months=3)
    report = portfolio_report(engine, mid)
    assert [(p.on, p.loans, p.outstanding_minor, p.par_1_minor) for p in trend] == [
        (date(2026, 11, 30), 1, 10_000_00, 0), (date(2026, 12, 31), 1, 15_000_00, 0),
        (mid, report.active_loans, report.outstanding_minor, report.par_1_minor)]
    last = TODAY + timedelta(days=42)  # the last tranche completes it
    set_business_date(engine, last)
    pay_tranche(engine, w.accountant, loan_id, 15_000_00)
    trend = par_trend(engine, last, months=3)
    assert [(p.loans, p.outstanding_minor) for p in trend] == [
        (1, 10_000_00), (1, 15_000_00), (1, 30_000_00)]
    assert trend[-1].outstanding_minor == portfolio_report(engine, last).outstanding_minor

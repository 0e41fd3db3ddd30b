"""The report caches (app.db.positions: loan_position, loan_demand_month, kept by
triggers on installment) give exactly the figures the old computations over every
installment give, over random schedules, repayments, reversals and reschedules."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import Installment, JournalEntry, Loan, LoanProduct, Member
from app.db.positions import disagreements
from app.db.uow import Actor, UnitOfWork
from app.errors import RuleViolation
from app.services.ledger_ops import pay_loans, rebuild_installment_caches
from app.services.reports import (
    dcb_report,
    figures_from_ledger,
    portfolio_report,
    positions_from_installments,
)
from tests.builders import small_branch

AS_OF = date(2026, 11, 25)

installment = st.tuples(st.integers(1, 200_00), st.integers(0, 30_00))
loan = st.tuples(st.integers(-220, 40), st.integers(1, 4),  # first due, weeks apart
                 st.lists(installment, min_size=1, max_size=8), st.integers(0, 4))
operation = st.one_of(
    # paid on a day (often this month), a share in per cent of what the loan still owes
    st.tuples(st.just("pay"), st.integers(0, 9),
              st.one_of(st.integers(-30, 0), st.integers(-210, 0)), st.integers(1, 100)),
    st.tuples(st.just("reverse"), st.integers(0, 20), st.just(0), st.just(0)),
    st.tuples(st.just("move"), st.integers(0, 9), st.integers(-40, 40), st.integers(1, 9)),
    st.tuples(st.just("drop"), st.integers(0, 9), st.just(0), st.just(0)),
)


def _setup(engine) -> dict[str, int]:
    with Session(engine) as s:
        officer = s.scalar(select(Member.id))
    if officer is None:
        small_branch(engine)
    with Session(engine) as s, s.begin():
        from app.db.models import Staff
        staff = s.scalar(select(Staff.id).where(Staff.username == "officer"))
        members = list(s.scalars(select(Member.id).order_by(Member.id)))
        product = s.scalar(select(LoanProduct.id))
        if product is None:
            row = LoanProduct(code="P1", name_en="Group loan", name_bn="দলীয় ঋণ",
                              definition={})
            s.add(row)
            s.flush()
            product = row.id
    return {"officer": staff, "product": product, **{f"m{k}": m for k, m in enumerate(members)}}


def _loans(engine, ids, loans) -> list[tuple[int, int]]:
    out = []
    with Session(engine) as s, s.begin():
        count = s.query(Loan).count()
        for k, (first, gap, rows, who) in enumerate(loans):
            member = ids[f"m{who}"]
            first_due = AS_OF + timedelta(days=first)
            loan = Loan(loan_no=f"L{count + k}", member_id=member, product_id=ids["product"],
                        status="disbursed", principal_minor=sum(p for p, _i in rows),
                        annual_rate_bp=2400, installments_count=len(rows), frequency="weekly",
                        interest_method="flat", applied_on=first_due - timedelta(days=14),
                        applied_by=ids["officer"], disbursed_on=first_due - timedelta(days=7))
            s.add(loan)
            s.flush()
            for n, (principal, interest) in enumerate(rows):
                s.add(Installment(loan_id=loan.id, number=n + 1,
                                  due_on=first_due + timedelta(weeks=n * gap),
                                  principal_minor=principal, interest_minor=interest))
            out.append((loan.id, member))
    return out


def _apply(engine, ids, loans, op) -> None:
    kind, which, days, amount = op
    actor = Actor(staff_id=ids["officer"], username="officer", role="field_officer")
    loan_id, member = loans[which % len(loans)]
    if kind == "pay":
        with Session(engine) as s:
            owed = s.execute(select(
                func.sum(Installment.principal_minor + Installment.interest_minor
                         - Installment.paid_principal_minor - Installment.paid_interest_minor))
                .where(Installment.loan_id == loan_id)).scalar() or 0
        amount = max(1, owed * amount // 100)
        try:
            with UnitOfWork(engine, actor) as uow:
                pay_loans(uow, member, amount, AS_OF + timedelta(days=days), ids["officer"],
                          meeting_id=None, channel="counter", loan_id=loan_id)
        except RuleViolation:
            pass  # the loan is closed: nothing written  # more than she owes, or the loan is closed: nothing written
    elif kind == "reverse":
        with UnitOfWork(engine, actor) as uow:
            s = uow.session
            rows = list(s.scalars(select(JournalEntry).where(
                JournalEntry.kind == "repayment", JournalEntry.reverses_id.is_(None))
                .order_by(JournalEntry.id)))
            done = set(s.scalars(select(JournalEntry.reverses_id).where(
                JournalEntry.reverses_id.is_not(None))))
            rows = [r for r in rows if r.id not in done]
            if rows:
                row = rows[which % len(rows)]
                uow.journal.post(business_date=row.business_date, staff_id=ids["officer"],
                                 kind="repayment", amount_minor=row.amount_minor,
                                 principal_minor=row.principal_minor,
                                 interest_minor=row.interest_minor, loan_id=row.loan_id,
                                 member_id=row.member_id, reverses_id=row.id,
                                 reason="typing error")
                s.flush()
                rebuild_installment_caches(s, row.loan_id)
    elif kind == "move":  # a reschedule: an unpaid installment's date and amount change
        with Session(engine) as s, s.begin():
            row = s.scalar(select(Installment).where(
                Installment.loan_id == loan_id, Installment.paid_principal_minor == 0,
                Installment.paid_interest_minor == 0).order_by(Installment.number.desc()))
            if row is not None:
                row.due_on = row.due_on + timedelta(days=days)
                row.principal_minor = amount * 10_00
    else:  # drop the last installment if nothing of it is paid
        with Session(engine) as s, s.begin():
            row = s.scalar(select(Installment).where(Installment.loan_id == loan_id)
                           .order_by(Installment.number.desc()))
            if row is not None and row.paid_principal_minor + row.paid_interest_minor == 0:
                s.delete(row)


def _same_reports(engine) -> None:
    for as_of in (AS_OF, AS_OF - timedelta(days=45), AS_OF + timedelta(days=20)):
        assert portfolio_report(engine, as_of) == portfolio_report(
            engine, as_of, positions_of=positions_from_installments)
    for start, end in ((AS_OF.replace(day=1), AS_OF), (date(2026, 10, 12), AS_OF),
                       (date(2026, 6, 1), date(2026, 8, 31)), (AS_OF, AS_OF)):
        assert dcb_report(engine, start, end) == dcb_report(
            engine, start, end, figures_of=figures_from_ledger)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(loan, min_size=1, max_size=4), st.lists(operation, min_size=2, max_size=14))
def test_the_cached_portfolio_and_dcb_equal_the_figures_from_every_installment(
        engine, loans, operations):
    ids = _setup(engine)
    made = _loans(engine, ids, loans)
    for op in operations:
        _apply(engine, ids, made, op)
    with engine.connect() as conn:
        assert disagreements(conn) == []
    _same_reports(engine)


def test_db_check_names_a_loan_whose_position_disagrees_with_its_installments(
        engine, db_path):
    ids = _setup(engine)
    (loan_id, _m), = _loans(engine, ids, [(-30, 1, [(100_00, 10_00)] * 4, 0)])
    assert not [p for p in check_database(db_path).problems
                if p.code.startswith("loan_")]
    with Session(engine) as s, s.begin():  # the cache altered behind the triggers' back
        s.execute(update(Loan).where(Loan.id == loan_id).values(status="disbursed"))
        s.connection().exec_driver_sql(
            "UPDATE loan_position SET paid_principal_minor = 5 WHERE loan_id = ?", (loan_id,))
        s.connection().exec_driver_sql(
            "UPDATE loan_demand_month SET interest_minor = 1 WHERE loan_id = ?", (loan_id,))
    found = {(p.code, p.params.get("loan_id")) for p in check_database(db_path).problems}
    assert {("loan_position", loan_id), ("loan_demand_month", loan_id)} <= found


def test_a_database_upgraded_to_the_caches_has_them_filled_from_its_installments(
        engine, db_path):
    from alembic import command

    from app.db import migrate

    ids = _setup(engine)
    _loans(engine, ids, [(-60, 1, [(100_00, 10_00)] * 6, 1), (-10, 2, [(50_00, 5_00)] * 3, 2)])
    engine.dispose()
    cfg = migrate.alembic_config(db_path)
    command.downgrade(cfg, "0012_sessions")
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        assert disagreements(conn) == []
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM loan_position").scalar() == 2


def test_a_demo_branchs_reports_from_the_caches_equal_those_from_the_ledger(tmp_path):
    """Two years of a demo branch's meetings, disbursements, closures and write-offs,
    written by the app's own posting paths: caches and figures agree."""
    from app.db.engine import open_engine
    from app.demo import generate_demo

    path = tmp_path / "demo.db"
    generate_demo(path, members=150, years=2, seed=3, today=AS_OF)
    engine = open_engine(path)
    try:
        with engine.connect() as conn:
            assert disagreements(conn) == []
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM loan_position").scalar()
        _same_reports(engine)
    finally:
        engine.dispose()

"""The collection sheet's closing amount is quoted from the installments that matter to
it only (app.services.dues._for_quote): the same quote as from the whole schedule."""

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.db.models import Installment, Loan
from app.demo import generate_demo
from app.services.dues import _for_quote
from app.services.loan_closure import closing_quote
from app.services.loans import loan_rule

DAY = date(2026, 11, 25)


def test_a_closing_quote_from_the_installments_that_matter_equals_the_whole_schedules(
        tmp_path):
    path = tmp_path / "demo.db"
    generate_demo(path, members=120, years=2, seed=5, today=DAY)
    engine = open_engine(path)
    methods, compared = set(), 0
    try:
        with Session(engine) as s:
            for loan in s.scalars(select(Loan).where(Loan.status.in_(("disbursed", "closed")))):
                insts = list(s.scalars(select(Installment).where(
                    Installment.loan_id == loan.id).order_by(Installment.number)))
                if not insts:
                    continue
                rule = loan_rule(s, loan)
                methods.add(rule.interest_method)
                for on in (DAY, DAY - timedelta(days=40), insts[0].due_on,
                           insts[-1].due_on + timedelta(days=3)):
                    assert closing_quote(loan, rule, _for_quote(insts, on), on) == \
                        closing_quote(loan, rule, insts, on), (loan.loan_no, on)
                    compared += 1
    finally:
        engine.dispose()
    assert compared > 100 and methods

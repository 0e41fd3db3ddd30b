from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.ageing import bucket, days_past_due, portfolio_at_risk
from app.domain.allocation import InstallmentDue, allocate, prepayment_amount

TODAY = date(2026, 11, 25)


def _due(n, days_from_today, principal="100", interest="10", fees="0", penalty="0"):
    return InstallmentDue(n, TODAY + timedelta(days=days_from_today), D(principal),
                          D(interest), D(fees), D(penalty))


def test_overdue_installments_are_paid_oldest_first():
    dues = [_due(2, 0), _due(1, -7)]
    result = allocate(D("110"), dues, TODAY)
    assert [line.number for line in result.lines] == [1]


def test_within_an_installment_penalty_then_fees_then_interest_then_principal():
    result = allocate(D("15"), [_due(1, -7, fees="3", penalty="2")], TODAY)
    line = result.lines[0]
    assert (line.penalty, line.fees, line.interest, line.principal) == (
        D("2"), D("3"), D("10"), D("0"))


def test_the_order_is_configurable():
    result = allocate(D("50"), [_due(1, 0)], TODAY,
                      order=("principal", "interest", "fees", "penalty"))
    assert (result.lines[0].principal, result.lines[0].interest) == (D("50"), D("0"))


def test_an_advance_is_applied_to_the_next_installments():
    result = allocate(D("150"), [_due(1, 0), _due(2, 7)], TODAY)
    assert [(line.number, line.total) for line in result.lines] == [(1, D("110")), (2, D("40"))]


def test_an_advance_is_held_when_not_applied():
    result = allocate(D("150"), [_due(1, 0), _due(2, 7)], TODAY, apply_advance=False)
    assert result.advance == D("40.00")


def test_more_than_the_whole_loan_is_held_as_advance():
    assert allocate(D("300"), [_due(1, 0), _due(2, 7)], TODAY).advance == D("80.00")


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000_00), st.lists(st.tuples(st.integers(-60, 60),
       st.integers(0, 500_00), st.integers(0, 50_00), st.integers(0, 10_00)), max_size=12),
       st.booleans())
def test_allocation_never_loses_or_invents_a_paisa(paisa, raw, apply_advance):
    dues = [InstallmentDue(n, TODAY + timedelta(days=d), D(p) / 100, D(i) / 100, D(0),
                           D(pen) / 100) for n, (d, p, i, pen) in enumerate(raw, 1)]
    payment = D(paisa) / 100
    result = allocate(payment, dues, TODAY, apply_advance=apply_advance)
    assert sum(line.total for line in result.lines) + result.advance == payment
    for line in result.lines:
        owed = next(d for d in dues if d.number == line.number)
        assert line.principal <= owed.principal_due and line.interest <= owed.interest_due


def test_prepayment_of_a_declining_loan_charges_interest_only_to_date():
    dues = [_due(1, 7, principal="1000", interest="20"), _due(2, 14, principal="1000",
                                                                  interest="10")]
    amount = prepayment_amount(dues, TODAY, declining=True, outstanding_principal=D("2000"),
                               periodic_rate=D("0.01"), last_due_or_disbursed=TODAY,
                               period_days=7)
    assert amount == D("2000.00")  # paid on the day of the last due date: no interest


def test_days_past_due_counts_from_the_oldest_unpaid_installment():
    assert days_past_due([_due(1, -40), _due(2, -33), _due(3, 0)], TODAY) == 40


def test_ageing_buckets():
    assert [bucket(d) for d in (0, 1, 30, 31, 61, 91, 181)] == [
        "current", "1-30", "1-30", "31-60", "61-90", "91-180", "180+"]


def test_par30_counts_loans_more_than_30_days_late():
    assert portfolio_at_risk([(D("750"), 31), (D("250"), 0)], 30) == D("75.00")

"""Allocation: advance handling, prepayment under the profiles, paisa conservation."""

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.allocation import InstallmentDue, allocate, amount_due, prepayment_amount
from app.domain.products import BANGLADESH_MRA, INDIA_RBI

TODAY = date(2026, 11, 25)


def _due(n, days, principal="100", interest="10", fees="0", penalty="0"):
    return InstallmentDue(n, TODAY + timedelta(days=days), D(principal), D(interest), D(fees),
                          D(penalty))


def test_allow_advance_applies_the_remainder_to_the_next_installment_in_order():
    dues = [_due(1, 0), _due(2, 7), _due(3, 14)]
    result = allocate(D("150"), dues, TODAY, allow_advance=True)
    assert [(line.number, line.interest, line.principal) for line in result.lines] == [
        (1, D("10"), D("100")), (2, D("10"), D("30"))]
    assert result.advance == 0


def test_without_allow_advance_the_remainder_is_held():
    result = allocate(D("150"), [_due(1, 0), _due(2, 7)], TODAY, allow_advance=False)
    assert [line.number for line in result.lines] == [1] and result.advance == D("40")


def test_penalty_is_taken_before_interest_and_principal_of_the_oldest():
    dues = [_due(1, -14, penalty="5", fees="2"), _due(2, -7)]
    result = allocate(D("20"), dues, TODAY)
    line = result.lines[0]
    assert (line.number, line.penalty, line.fees, line.interest, line.principal) == (
        1, D("5"), D("2"), D("10"), D("3"))


def test_a_bad_order_or_negative_payment_is_refused():
    with pytest.raises(ValueError):
        allocate(D("1"), [_due(1, 0)], TODAY, order=("principal", "interest"))
    with pytest.raises(ValueError):
        allocate(D("-1"), [_due(1, 0)], TODAY)


def test_prepayment_under_india_charges_no_penalty():
    dues = [_due(1, -3), _due(2, 4), _due(3, 11)]
    common = (dues, TODAY, True, D("300"), D("0.01"), TODAY - timedelta(days=3), 7, D("2"))
    india = prepayment_amount(*common, penalty_allowed=INDIA_RBI.prepayment_penalty_allowed)
    with_penalty = prepayment_amount(*common, penalty_allowed=True)
    # overdue 110 + principal not due 200 + 200 × 1 % × 3/7 = 0.86 accrued
    assert india == D("310.86")
    assert with_penalty == india + D("4.00")
    assert not BANGLADESH_MRA.prepayment_penalty_allowed


def test_prepayment_of_a_flat_loan_is_every_remaining_due():
    dues = [_due(1, -3), _due(2, 4)]
    assert prepayment_amount(dues, TODAY, False, D("200"), D("0.01"), TODAY, 7) == D("220")
    assert amount_due(dues, TODAY) == D("110")


money = st.integers(0, 50_000).map(lambda n: D(n) / 100)
dues_strategy = st.lists(st.builds(
    lambda n, days, p, i, f, pen: InstallmentDue(n, TODAY + timedelta(days=days), p, i, f, pen),
    st.integers(1, 60), st.integers(-90, 90), money, money, money, money), max_size=12)


@settings(max_examples=200, deadline=None)
@given(money.map(lambda m: m * 10), dues_strategy, st.booleans(),
       st.permutations(["penalty", "fees", "interest", "principal"]))
def test_allocation_never_loses_or_invents_a_paisa_in_any_order(payment, dues, advance, order):
    result = allocate(payment, dues, TODAY, tuple(order), allow_advance=advance)
    assert sum(line.total for line in result.lines) + result.advance == payment
    assert result.advance >= 0
    assert sum(line.total for line in result.lines) <= sum(d.total_due for d in dues)
    for line in result.lines:
        assert min(line.penalty, line.fees, line.interest, line.principal) >= 0
    paid_future = sum(line.total for line in result.lines
                      if all(d.due_on > TODAY for d in dues if d.number == line.number))
    assert advance or paid_future == 0


@given(st.integers(1_000, 1_000_000).map(lambda n: D(n) / 100),
       st.integers(1, 300).map(lambda n: D(n) / 10_000),
       st.integers(7, 45), st.integers(1, 3), st.data())
def test_interest_to_date_never_exceeds_the_running_periods_interest(principal, rate, gap,
                                                                     count, data):
    # the period from the last due date (or disbursement) to the next may be longer than
    # the nominal week: the first one stretched by the minimum gap, one moved by a holiday
    last = TODAY - timedelta(days=data.draw(st.integers(0, gap - 1)))
    due = [InstallmentDue(n, last + timedelta(days=gap + 7 * (n - 1)), principal, D(0))
           for n in range(1, count + 1)]
    amount = prepayment_amount(due, TODAY, True, principal * count, rate, last, 7)
    accrued = amount - principal * count
    assert accrued <= (principal * count * rate).quantize(D("0.01"))
    elapsed = (TODAY - last).days
    assert accrued == (principal * count * rate * elapsed / gap).quantize(D("0.01"))

"""Placing the old system's position on a regenerated schedule (app.domain.opening)."""

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.opening import OpeningMismatch, opening_position
from app.domain.schedule import Frequency, InterestMethod, LoanTerms, build_schedule


def _schedule(principal="20000", n=46, grace=0, method=InterestMethod.DECLINING):
    return build_schedule(LoanTerms(principal=D(principal), annual_rate_percent=D("24"),
                                    installments=n, disbursed_on=date(2026, 1, 5),
                                    frequency=Frequency.WEEKLY, interest_method=method,
                                    grace_principal=grace, rounding_multiple=D("1")))


@given(st.integers(1000, 200000), st.integers(2, 60), st.data(),
       st.sampled_from(InterestMethod), st.integers(0, 3))
def test_paid_count_and_outstanding_place_her_at_the_same_installment(principal, n, data,
                                                                     method, grace):
    grace = min(grace, n - 1)
    schedule = _schedule(str(principal), n, grace, method).installments
    k = data.draw(st.integers(grace, n - 1))
    by_count = opening_position(schedule, D(principal), k, None)
    assert by_count.principal_repaid == D(principal) - by_count.outstanding
    if by_count.outstanding < D(principal):
        by_left = opening_position(schedule, D(principal), None, by_count.outstanding)
        assert by_left.paid == by_count.paid and by_left.installments_paid == k
        both = opening_position(schedule, D(principal), k, by_count.outstanding)
        assert both.paid == by_count.paid


@given(st.integers(1, 1999999))
def test_any_outstanding_is_placed_oldest_first_interest_before_principal(left_paisa):
    schedule = _schedule().installments
    left = D(left_paisa) / 100
    position = opening_position(schedule, D("20000"), None, left)
    assert position.principal_repaid == D("20000") - left
    started = [k for k, (p, i) in enumerate(position.paid) if p or i]
    assert started == list(range(len(started)))  # no gap: oldest first
    for (p, i), inst in zip(position.paid, schedule, strict=True):
        assert p <= inst.principal and (i == inst.interest or (p, i) == (0, 0))


@pytest.mark.parametrize(("paid", "left", "code"), [
    (None, None, "position_missing"), (46, None, "paid_count"), (None, D("0"),
                                                                 "outstanding_range"),
    (None, D("20000.01"), "outstanding_range"), (10, D("1.00"), "disagree"),
])
def test_a_position_the_schedule_cannot_hold_is_refused(paid, left, code):
    with pytest.raises(OpeningMismatch) as caught:
        opening_position(_schedule().installments, D("20000"), paid, left)
    assert caught.value.code == code

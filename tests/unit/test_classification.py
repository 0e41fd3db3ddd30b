"""RBI's SMA/NPA and MRA's classes by days past due, and MRA's provisioning."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.classification import classes_for, classify, provision_minor


@pytest.mark.parametrize("dpd, code", [(0, "standard"), (1, "sma_0"), (30, "sma_0"),
                                       (31, "sma_1"), (60, "sma_1"), (61, "sma_2"),
                                       (90, "sma_2"), (91, "npa"), (4000, "npa")])
def test_india_classes_by_days_past_due(dpd, code):
    assert classify(dpd, classes_for("india_rbi")).code == code


@pytest.mark.parametrize("dpd, code, percent", [
    (0, "standard", 1), (1, "watchful", 5), (30, "watchful", 5), (31, "substandard", 25),
    (180, "substandard", 25), (181, "doubtful", 75), (365, "doubtful", 75),
    (366, "bad_loss", 100)])
def test_bangladesh_classes_and_their_provisioning(dpd, code, percent):
    cls = classify(dpd, classes_for("bangladesh_mra"))
    assert (cls.code, cls.provision_percent) == (code, Decimal(percent))
    assert provision_minor(10_000_00, cls) == 10_000_00 * percent // 100


def test_india_sets_no_provision_per_class():
    assert provision_minor(10_000_00, classify(95, classes_for("india_rbi"))) is None


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_a_later_loan_is_never_in_a_better_class(a, b):
    for profile in ("india_rbi", "bangladesh_mra"):
        classes = classes_for(profile)
        order = [c.code for c in classes]
        early, late = sorted((a, b))
        assert order.index(classify(early, classes).code) <= order.index(
            classify(late, classes).code)

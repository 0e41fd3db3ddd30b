"""Days past due, ageing buckets and portfolio at risk."""

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from app.domain.ageing import BUCKETS, bucket, days_past_due, is_npa, portfolio_at_risk
from app.domain.allocation import InstallmentDue

TODAY = date(2026, 11, 25)


def _due(n, days_ago, principal="100"):
    return InstallmentDue(n, TODAY - timedelta(days=days_ago), D(principal), D("0"))


def test_days_past_due_counts_from_the_oldest_unpaid_installment_ignoring_paid_ones():
    dues = [_due(1, 40, "0"), _due(2, 33), _due(3, 26)]
    assert days_past_due(dues, TODAY) == 33


def test_an_installment_due_today_is_not_yet_past_due():
    assert days_past_due([_due(1, 0)], TODAY) == 0


@pytest.mark.parametrize(("dpd", "name"), [
    (0, "current"), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"), (61, "61-90"),
    (90, "61-90"), (91, "91-180"), (180, "91-180"), (181, "180+"), (2000, "180+")])
def test_bucket_boundaries(dpd, name):
    assert bucket(dpd) == name and name in BUCKETS


def test_npa_is_more_than_90_days():
    assert not is_npa(90) and is_npa(91)


def test_par_is_the_share_of_outstanding_more_than_n_days_late():
    loans = [(D("1000"), 0), (D("500"), 31), (D("500"), 30)]
    assert portfolio_at_risk(loans, 30) == D("25.00")
    assert portfolio_at_risk(loans, 0) == D("50.00")
    assert portfolio_at_risk([], 30) == D("0.00")


def test_buckets_follow_a_profiles_limits():
    assert bucket(45, (0, 30, 60, 90)) == "31-60"
    assert bucket(95, (0, 30, 60, 90)) == "90+"


def test_par_counts_loans_more_than_n_days_late_as_the_buckets_do():
    from app.domain.ageing import par_outstanding

    loans = [(100, 0), (200, 1), (300, 30), (400, 31), (500, 90), (600, 91)]
    assert par_outstanding(loans) == {0: 2000, 30: 1500, 90: 600}
    assert bucket(30) == "1-30" and bucket(31) == "31-60"  # 30 days late: not yet PAR>30
    assert par_outstanding([]) == {0: 0, 30: 0, 90: 0}

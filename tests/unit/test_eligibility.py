"""Eligibility: every failed rule is reported, in words, with its parameters."""

from dataclasses import replace
from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from app.domain.eligibility import (
    Applicant,
    check_eligibility,
    monthly_equivalent,
    required_equity,
)
from app.domain.products import BANGLADESH_MRA, DEMO_PRODUCTS, INDIA_RBI
from app.domain.schedule import Frequency

PRODUCTS = {p.code: p for p in DEMO_PRODUCTS}
GROUP = PRODUCTS["BJS-GL"]
INDIVIDUAL = PRODUCTS["BJS-IL"]
VWE = PRODUCTS["JB-VWE"]

GOOD = Applicant(age=30, annual_household_income=D("180000"),
                 monthly_household_income=D("15000"), existing_monthly_repayments=D("2000"),
                 group_membership_years=D("4"), group_size=15)


def _codes(product, applicant, amount="20000", monthly="2000", profile=INDIA_RBI):
    return [f.code for f in check_eligibility(product, profile, applicant, D(amount),
                                              D(monthly))]


def test_a_typical_member_is_eligible():
    assert _codes(GROUP, GOOD) == []


def test_age_outside_the_range_fails():
    assert _codes(GROUP, replace(GOOD, age=17)) == ["age"]
    assert _codes(GROUP, replace(GOOD, age=61)) == ["age"]


def test_india_household_income_ceiling_is_three_lakh_a_year():
    assert _codes(GROUP, replace(GOOD, annual_household_income=D("300000"))) == []
    assert _codes(GROUP, replace(GOOD, annual_household_income=D("300001"))) == [
        "household_income"]


def test_india_cap_counts_all_household_repayments_including_the_new_one():
    # 50 % of 15,000 = 7,500: existing 2,000 + new 5,500 is exactly at the cap.
    assert _codes(GROUP, GOOD, monthly="5500") == []
    failures = check_eligibility(GROUP, INDIA_RBI, GOOD, D("20000"), D("5500.01"))
    assert [f.code for f in failures] == ["repayment_to_income"]
    assert failures[0].params["allowed"] == "7500.00"
    assert "7500.00" in failures[0].message()


def test_bangladesh_cap_is_one_third_of_income_for_the_installment_alone():
    applicant = replace(GOOD, monthly_household_income=D("3000"), group_size=4,
                        existing_monthly_repayments=D("900"))
    assert _codes(VWE, applicant, "20000", "1000", BANGLADESH_MRA) == []
    assert _codes(VWE, applicant, "20000", "1000.01", BANGLADESH_MRA) == [
        "repayment_to_income"]


def test_above_the_collateral_free_limit_needs_collateral():
    applicant = replace(GOOD, group_size=4)
    assert _codes(VWE, applicant, "60000", "100", BANGLADESH_MRA) == ["collateral"]
    assert _codes(VWE, replace(applicant, has_collateral=True, collateral_value=D("90000")),
                  "60000", "100", BANGLADESH_MRA) == []


@given(st.integers(min_value=50_001, max_value=500_000), st.integers(min_value=1, max_value=10**6))
def test_above_the_free_limit_collateral_must_cover_one_and_a_half_times_the_loan(amount, value):
    """Village Women Employment credit: "mortgage of land/property (1.5 times of loan)"."""
    applicant = replace(GOOD, group_size=4, has_collateral=True, collateral_value=D(value))
    failures = check_eligibility(VWE, BANGLADESH_MRA, applicant, D(amount), D("100"))
    covered = D(value) >= D(amount) * D("1.5")
    assert ("collateral_cover" not in [f.code for f in failures]) == covered


def test_a_loan_within_the_free_limit_needs_no_collateral_cover():
    applicant = replace(GOOD, group_size=4)
    assert _codes(VWE, applicant, "50000", "100", BANGLADESH_MRA) == []


def test_overdue_and_too_many_loans_fail():
    applicant = replace(GOOD, has_overdue=True, concurrent_loans=2)
    assert _codes(GROUP, applicant) == ["overdue", "concurrent_loans"]


def test_group_size_must_be_within_the_product_limits():
    assert _codes(GROUP, replace(GOOD, group_size=21)) == ["group_size"]
    assert _codes(GROUP, replace(GOOD, group_size=4)) == ["group_size"]


def test_individual_loans_need_three_years_of_membership_and_a_clean_record():
    applicant = replace(GOOD, group_membership_years=D("2.5"), clean_record=False)
    assert _codes(INDIVIDUAL, applicant, "50000") == ["membership", "clean_record"]
    assert _codes(INDIVIDUAL, GOOD, "50000") == []


def test_every_failed_rule_is_reported_at_once():
    bad = Applicant(age=70, annual_household_income=D("400000"),
                    monthly_household_income=D("1000"), has_overdue=True,
                    concurrent_loans=5, group_size=30)
    codes = _codes(GROUP, bad, amount="999999", monthly="5000")
    assert codes == ["age", "amount_range", "household_income", "repayment_to_income",
                     "overdue", "concurrent_loans", "group_size"]
    for failure in check_eligibility(GROUP, INDIA_RBI, bad, D("999999"), D("5000")):
        assert failure.message() and "{" not in failure.message()


def test_monthly_equivalent_of_a_weekly_installment():
    assert monthly_equivalent(D("120"), Frequency.WEEKLY) == D("520.00")
    assert monthly_equivalent(D("500"), Frequency.MONTHLY) == D("500.00")


@given(st.decimals("1", "10000000", places=2), st.decimals("0.5", "90", places=1))
def test_required_equity_is_the_least_share_meeting_the_margin_of_the_whole_cost(amount,
                                                                                margin):
    share = required_equity(amount, margin)
    assert share * 100 >= (amount + share) * margin
    less = share - D("0.01")
    assert less * 100 < (amount + less) * margin


def test_bangladesh_interest_cap_is_on_the_declining_balance_rate():
    swanirvar = PRODUCTS["JB-SWN"]
    applicant = replace(GOOD, group_size=5)
    cap = BANGLADESH_MRA.interest_cap_percent

    def codes(rate):
        return [f.code for f in check_eligibility(swanirvar, BANGLADESH_MRA, applicant,
                                                  D("20000"), D("100"), rate)]
    assert codes(cap) == []
    assert codes(cap + D("0.01")) == ["interest_cap"]
    assert "interest_cap" not in [f.code for f in check_eligibility(
        swanirvar, INDIA_RBI, applicant, D("20000"), D("100"), cap + 1)]

"""Products and policy profiles as data: validation, demo products, profile rules."""

from decimal import Decimal as D

import pytest

from app.domain.products import (
    BANGLADESH_MRA,
    DEMO_PRODUCTS,
    INDIA_RBI,
    PROFILES,
    LoanProduct,
)
from app.domain.schedule import Frequency, HolidayRule, InterestMethod
from app.errors import ValidationError

BY_CODE = {p.code: p for p in DEMO_PRODUCTS}


def _dict(**changes):
    return BY_CODE["BJS-GL"].to_dict() | changes


def test_the_json_form_is_plain_strings_numbers_and_lists():
    data = BY_CODE["JB-WED"].to_dict()
    assert data["annual_rate_percent"] == "10" and data["frequency"] == "monthly"
    assert isinstance(data["allocation_order"], list)
    assert LoanProduct.from_dict(data) == BY_CODE["JB-WED"]


@pytest.mark.parametrize(("changes", "words"), [
    ({"profile": "mars"}, "profile"),
    ({"min_amount": "60000"}, "amount range"),
    ({"max_installments": 1001}, "installment range"),
    ({"annual_rate_percent": "abc"}, "annual_rate_percent"),
    ({"frequency": "daily"}, "frequency"),
    ({"rounding_multiple": "0"}, "rounding multiple"),
    ({"grace_principal": 30}, "grace"),
    ({"allocation_order": ["principal"]}, "allocation order"),
    ({"min_installments": True}, "min_installments"),
    ({"min_equity_percent": "100"}, "margin"),
])
def test_an_invalid_product_is_refused_with_a_clear_message(changes, words):
    with pytest.raises(ValidationError, match=words):
        LoanProduct.from_dict(_dict(**changes))


def test_a_missing_field_or_a_non_object_is_refused():
    data = _dict()
    del data["name_en"]
    with pytest.raises(ValidationError):
        LoanProduct.from_dict(data)
    with pytest.raises(ValidationError):
        LoanProduct.from_dict(["not", "a", "product"])  # type: ignore[arg-type]


def test_india_profile_rules():
    assert INDIA_RBI.max_household_income == D("300000")
    assert INDIA_RBI.repayment_to_income_cap == D("0.50")
    assert INDIA_RBI.cap_includes_existing_loans and not INDIA_RBI.prepayment_penalty_allowed
    assert not INDIA_RBI.savings_lien


def test_bangladesh_profile_rules():
    assert BANGLADESH_MRA.interest_cap_percent == D("24") and BANGLADESH_MRA.savings_lien
    assert BANGLADESH_MRA.min_first_gap_days == 15
    assert BANGLADESH_MRA.holiday_rule is HolidayRule.COLLECT_WITH_NEXT
    assert BANGLADESH_MRA.product_income_cap == D(1) / D(3)
    assert BANGLADESH_MRA.ageing_buckets == (0, 30, 60, 90, 180)
    assert set(PROFILES) == {"india_rbi", "bangladesh_mra"}


def test_demo_products_follow_the_seeds():
    group = BY_CODE["BJS-GL"]
    assert (group.frequency, group.default_installments, group.annual_rate_percent,
            group.processing_fee_percent) == (Frequency.WEEKLY, 46, D("24"), D("1"))
    swanirvar = BY_CODE["JB-SWN"]
    assert (swanirvar.interest_method, swanirvar.default_installments,
            swanirvar.annual_rate_percent) == (InterestMethod.FLAT, 52, D("11"))
    wed = BY_CODE["JB-WED"]
    assert (wed.default_installments, wed.grace_principal, wed.annual_rate_percent) == (
        36, 3, D("10"))
    assert BY_CODE["JB-VWE"].collateral_free_limit == D("50000")
    assert BY_CODE["BJS-IL"].min_membership_years == 3


def test_demo_products_respect_their_profiles_caps():
    for product in DEMO_PRODUCTS:
        cap = PROFILES[product.profile].interest_cap_percent
        assert cap is None or product.annual_rate_percent <= cap


def test_product_fees_split_lender_and_third_party():
    fees = BY_CODE["BJS-GL"].fees_for(D("20000"))
    assert [(f.kind, f.amount, f.third_party, f.deducted) for f in fees] == [
        ("processing", D("200.00"), False, True), ("insurance", D("100.00"), True, True)]

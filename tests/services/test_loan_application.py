"""Loan application and appraisal: preview, eligibility rules in words, the application."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from app.db.models import Loan, Member
from app.db.models_loans import LoanApplication
from app.errors import PermissionDenied, RuleViolation, ValidationError
from app.services.loan_application import apply_for_loan, preview_application
from app.services.loan_sanction import sanction_loan
from tests.builders import make_loan
from tests.services.loan_world import TODAY, application, events, loan_world


def _codes(engine, data) -> set[str]:
    return {f.code for f in preview_application(engine, data).failures}


def test_preview_shows_schedule_apr_and_a_clean_verdict(engine):
    w = loan_world(engine)
    preview = preview_application(engine, application(w.members[0]))
    assert preview.eligible
    assert len(preview.rows) == 46
    assert sum(r.principal_minor for r in preview.rows) == 20_000_00
    assert preview.first_due > TODAY and preview.first_due.weekday() == 2
    assert preview.apr_percent > 24  # fees make the APR higher than the rate
    assert preview.net_disbursed_minor == 20_000_00 - 200_00 - 100_00


def test_preview_uses_the_same_schedule_as_the_engine(engine):
    from decimal import Decimal

    from app.domain.products import DEMO_PRODUCTS
    from app.domain.schedule import LoanTerms, build_schedule

    w = loan_world(engine)
    preview = preview_application(engine, application(w.members[0]))
    product = next(p for p in DEMO_PRODUCTS if p.code == "BJS-GL")
    expected = build_schedule(LoanTerms.from_product(product, Decimal("20000"), 46, TODAY, 2))
    assert [r.total_minor for r in preview.rows] == [
        int(i.total * 100) for i in expected.installments]


def test_household_income_above_the_india_ceiling_fails_in_words(engine):
    w = loan_world(engine)
    preview = preview_application(engine, application(w.members[0],
                                                      household_income_minor=3_60_000_00))
    failed = {f.code: f for f in preview.failures}
    assert "household_income" in failed
    assert "300000" in failed["household_income"].message()


def test_repayments_above_half_of_monthly_income_fail(engine):
    w = loan_world(engine)
    data = application(w.members[0], household_income_minor=60_000_00,
                       household_repayments=(("Bandhan", 2_000_00), ("SHG", 500_00)))
    assert "repayment_to_income" in _codes(engine, data)


def test_other_lenders_repayments_count_towards_the_cap(engine):
    w = loan_world(engine)
    ok = application(w.members[0], household_income_minor=1_20_000_00,
                     household_repayments=())
    assert "repayment_to_income" not in _codes(engine, ok)
    heavy = application(w.members[0], household_income_minor=1_20_000_00,
                        household_repayments=(("Bandhan", 4_000_00),))
    assert "repayment_to_income" in _codes(engine, heavy)


def test_bangladesh_product_caps_installment_at_a_third_of_income(engine):
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-VWE",),
                   members=4)
    data = application(w.members[0], product="JB-VWE", amount_minor=40_000_00,
                       installments=12, household_income_minor=36_000_00,
                       household_repayments=())
    assert "repayment_to_income" in _codes(engine, data)


def test_age_outside_the_product_range_fails(engine):
    w = loan_world(engine)
    with Session(engine) as s, s.begin():
        s.get(Member, w.members[0]).date_of_birth = date(1950, 1, 1)
    assert "age" in _codes(engine, application(w.members[0]))


def test_amount_above_the_product_maximum_fails(engine):
    w = loan_world(engine)
    assert "amount_range" in _codes(engine, application(w.members[0],
                                                       amount_minor=60_000_00))


def test_a_flat_rate_above_the_mra_cap_on_the_declining_balance_fails(engine):
    from decimal import Decimal

    # 13 % flat over 52 weeks is about 24.5 % on the declining balance (cap 24 %)
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-SWN",),
                   annual_rate_percent=Decimal("13"))
    data = application(w.members[0], product="JB-SWN", amount_minor=20_000_00,
                       installments=52, household_income_minor=6_00_000_00)
    failed = {f.code: f for f in preview_application(engine, data).failures}
    assert set(failed) == {"interest_cap"}
    assert "24 %" in failed["interest_cap"].message()


def test_the_demo_flat_swanirvar_rate_is_within_the_mra_cap(engine):
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-SWN",))
    data = application(w.members[0], product="JB-SWN", amount_minor=20_000_00,
                       installments=52, household_income_minor=6_00_000_00)
    assert "interest_cap" not in _codes(engine, data)


def test_amount_above_collateral_free_limit_needs_collateral(engine):
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-VWE",),
                   members=4)
    data = application(w.members[0], product="JB-VWE", amount_minor=80_000_00,
                       installments=24, household_income_minor=6_00_000_00)
    assert "collateral" in _codes(engine, data)
    with_land = application(w.members[0], product="JB-VWE", amount_minor=80_000_00,
                            installments=24, household_income_minor=6_00_000_00,
                            collateral="Land deed 12 decimals",
                            collateral_value_minor=1_20_000_00)
    assert "collateral" not in _codes(engine, with_land)
    assert "collateral_cover" not in _codes(engine, with_land)  # exactly 1.5 times


def test_collateral_worth_less_than_one_and_a_half_times_the_loan_is_refused(engine):
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-VWE",),
                   members=4)
    data = application(w.members[0], product="JB-VWE", amount_minor=80_000_00,
                       installments=24, household_income_minor=6_00_000_00,
                       collateral="Land deed 10 decimals", collateral_value_minor=1_19_999_99)
    assert "collateral_cover" in _codes(engine, data)


def test_too_many_open_loans_and_overdue_fail(engine):
    w = loan_world(engine)
    with Session(engine) as s, s.begin():
        member = s.get(Member, w.members[0])
        for _ in range(2):
            make_loan(s, member=member, officer_id=w.officer.staff_id,
                      disbursed_on=date(2026, 9, 2))
    codes = _codes(engine, application(w.members[0], household_income_minor=2_90_000_00,
                                       household_repayments=()))
    assert {"concurrent_loans", "overdue"} <= codes


def test_an_application_on_its_way_counts_as_a_loan_at_a_time(engine):
    w = loan_world(engine, max_concurrent_loans=1)
    first = apply_for_loan(engine, w.officer, application(w.members[0]))
    assert "concurrent_loans" in _codes(engine, application(w.members[0]))
    with pytest.raises(RuleViolation):
        apply_for_loan(engine, w.officer, application(w.members[0]))
    sanction_loan(engine, w.manager, first.loan_id)  # the first does not count itself
    assert "concurrent_loans" in _codes(engine, application(w.members[0]))


def test_an_application_on_its_way_counts_in_the_repayment_cap(engine):
    """Two applications side by side (the group loan allows two at a time) must not
    each pass the 50 % household cap that together they break."""
    w = loan_world(engine)
    one = application(w.members[0], amount_minor=40_000_00, household_income_minor=1_20_000_00,
                      household_repayments=())
    assert "repayment_to_income" not in _codes(engine, one)
    first = apply_for_loan(engine, w.officer, one)
    assert "repayment_to_income" in _codes(engine, one)
    sanction_loan(engine, w.manager, first.loan_id)  # the first does not count itself


def test_group_too_small_and_no_guarantee_fail(engine):
    w = loan_world(engine, members=3)
    codes = _codes(engine, application(w.members[0], guarantors=(),
                                       group_resolution=False))
    assert {"group_size", "group_guarantee"} <= codes


def test_individual_loan_needs_three_years_in_the_group(engine):
    w = loan_world(engine, joining=date(2025, 1, 1))
    data = application(w.members[0], product="BJS-IL", amount_minor=40_000_00,
                       installments=18, household_income_minor=2_40_000_00,
                       household_repayments=())
    assert "membership" in _codes(engine, data)


def test_individual_loan_for_a_long_standing_member_passes(engine):
    w = loan_world(engine)
    data = application(w.members[0], product="BJS-IL", amount_minor=40_000_00,
                       installments=18, household_income_minor=2_40_000_00,
                       household_repayments=())
    assert "membership" not in _codes(engine, data)


def test_individual_loan_counts_membership_years_by_the_anniversary(engine):
    w = loan_world(engine, members=2)
    with Session(engine) as s, s.begin():
        s.get(Member, w.members[0]).joining_date = TODAY.replace(year=TODAY.year - 3)
        s.get(Member, w.members[1]).joining_date = (TODAY.replace(year=TODAY.year - 3)
                                                    + timedelta(days=1))
    data = application(w.members[0], product="BJS-IL", amount_minor=40_000_00,
                       installments=18, household_income_minor=2_40_000_00,
                       household_repayments=())
    assert "membership" not in _codes(engine, data)
    assert "membership" in _codes(engine, replace(data, member_id=w.members[1]))


def test_margin_rule_asks_for_the_borrowers_own_share(engine):
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-WED",),
                   members=2)
    data = application(w.members[0], product="JB-WED", amount_minor=1_00_000_00,
                       installments=36, household_income_minor=12_00_000_00)
    assert "equity" in _codes(engine, data)
    ok = application(w.members[0], product="JB-WED", amount_minor=1_00_000_00,
                     installments=36, household_income_minor=12_00_000_00,
                     equity_minor=33_333_34)
    assert "equity" not in _codes(engine, ok)


def test_margin_is_a_share_of_the_whole_cost_not_of_the_loan(engine):
    # JB-WED's margin is 25 %: 25,000 beside a 1,00,000 loan is 20 % of the 1,25,000 cost
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-WED",),
                   members=2)
    data = application(w.members[0], product="JB-WED", amount_minor=1_00_000_00,
                       installments=36, household_income_minor=12_00_000_00,
                       equity_minor=25_000_00)
    failed = {f.code: f for f in preview_application(engine, data).failures}
    assert "33333.34" in failed["equity"].message()
    assert "equity" in _codes(engine, replace(data, equity_minor=33_333_33))


def test_applying_records_the_appraisal_and_emits_loan_applied(engine):
    w = loan_world(engine)
    applied = apply_for_loan(engine, w.officer, application(w.members[0]))
    with Session(engine) as s:
        loan = s.get(Loan, applied.loan_id)
        app = s.get(LoanApplication, applied.loan_id)
        assert loan.status == "applied" and loan.applied_by == w.officer.staff_id
        assert app.household_repayments == [{"lender": "Bandhan", "monthly_minor": 1_000_00}]
        assert app.guarantors == ["Rina Das"] and app.appraisal_note.startswith("Two goats")
    [event] = events(engine, "loan.applied")
    assert event["principal_minor"] == 20_000_00 and event["loan_id"] == applied.loan_id


def test_applying_while_a_rule_fails_is_refused_naming_every_rule(engine):
    w = loan_world(engine, members=3)
    with pytest.raises(RuleViolation) as err:
        apply_for_loan(engine, w.officer, application(w.members[0], guarantors=(),
                                                      group_resolution=False))
    assert "group has 3 members" in err.value.message()
    assert "guarantee" in err.value.message()
    assert events(engine, "loan.applied") == []


def test_application_needs_a_purpose(engine):
    w = loan_world(engine)
    with pytest.raises(ValidationError):
        apply_for_loan(engine, w.officer, application(w.members[0], purpose=" "))


def test_installments_outside_the_product_are_refused(engine):
    w = loan_world(engine)
    with pytest.raises(ValidationError):
        preview_application(engine, application(w.members[0], installments=100))


def test_an_accountant_cannot_enter_an_application(engine):
    w = loan_world(engine)
    with pytest.raises(PermissionDenied):
        apply_for_loan(engine, w.accountant, application(w.members[0]))


def test_an_application_for_a_member_who_died_is_refused_and_nothing_is_recorded(engine):
    from sqlalchemy import func, select

    from app.services.members import record_death

    w = loan_world(engine, members=6)  # the group is still big enough without her
    record_death(engine, w.officer, w.members[0], TODAY, "Snake bite")
    with pytest.raises(RuleViolation) as err:
        apply_for_loan(engine, w.officer, application(w.members[0]))
    assert "no longer active" in err.value.message()
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Loan)) == 0

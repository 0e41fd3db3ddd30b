"""The credit bureau in the verdict: refer to the manager, guardrails, fresh reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.bureau import BureauReport, PersonCredit, ReportedAccount, household_credit
from app.domain.bureau_verdict import (
    INDIA_GUARDRAILS,
    NO_BUREAU,
    RepaymentBurden,
    guardrail_failures,
    referrals,
    reports_missing,
)
from app.domain.eligibility import Applicant, check_eligibility, verdict
from app.domain.products import BANGLADESH_MRA, DEMO_PRODUCTS, INDIA_RBI

TODAY = date(2025, 3, 10)
GROUP = next(p for p in DEMO_PRODUCTS if p.code == "BJS-GL")
SWANIRVAR = next(p for p in DEMO_PRODUCTS if p.code == "JB-SWN")


def loan(ref: str, lender: str = "Asha", **kw) -> ReportedAccount:
    base = dict(status="active", outstanding_minor=20_000_00, installment_minor=500_00,
                frequency="weekly")
    base.update(kw)
    return ReportedAccount(lender, ref, **base)  # type: ignore[arg-type]


def household(report: BureauReport | None, *others: PersonCredit):
    return household_credit([PersonCredit("self", "Rina", "self", True, report), *others])


def hit(*accounts, on=TODAY):
    return BureauReport("hit", on, "CRIF", tuple(accounts))


def codes(findings) -> list[str]:
    return [f.code for f in findings]


# --- refer to the manager -------------------------------------------------------------

def test_no_report_refers_the_application_to_the_manager_in_india():
    assert codes(referrals(household(None), INDIA_GUARDRAILS, TODAY)) == ["bureau_no_report"]


def test_no_report_is_no_reason_where_the_profile_expects_none():
    assert referrals(household(None), NO_BUREAU, TODAY) == []


def test_a_product_that_requires_a_report_expects_one_anywhere():
    assert codes(referrals(household(None), NO_BUREAU, TODAY, required=True)) == [
        "bureau_no_report"]


def test_an_earning_husband_needs_his_own_report_a_dependent_son_does_not():
    husband = PersonCredit("h", "Gopal", "husband", True, None)
    son = PersonCredit("s", "Bimal", "son", False, None)
    found = referrals(household(hit(), husband, son), INDIA_GUARDRAILS, TODAY)
    assert [(f.code, f.params["name"]) for f in found] == [("bureau_no_report", "Gopal")]


def test_a_report_past_the_age_limit_is_out_of_date():
    old = hit(on=TODAY - timedelta(days=31))
    assert codes(referrals(household(old), INDIA_GUARDRAILS, TODAY)) == [
        "bureau_out_of_date"]
    assert referrals(household(hit(on=TODAY - timedelta(days=30))), INDIA_GUARDRAILS,
                     TODAY) == []
    assert referrals(household(old), INDIA_GUARDRAILS, TODAY, max_age_days=60) == []


@pytest.mark.parametrize(("outcome", "code"), [("multiple", "bureau_several_matches"),
                                               ("error", "bureau_error")])
def test_an_unclear_answer_refers_even_where_no_report_is_expected(outcome, code):
    report = BureauReport(outcome, TODAY, "CIB", note="timeout")
    assert codes(referrals(household(report), NO_BUREAU, TODAY)) == [code]


def test_a_loan_whose_installment_is_unknown_refers_the_application():
    report = hit(loan("A", installment_minor=None))
    assert codes(referrals(household(report), INDIA_GUARDRAILS, TODAY)) == [
        "bureau_unknown_installment"]


def test_a_clean_fresh_report_needs_no_manager():
    assert referrals(household(hit(loan("A"))), INDIA_GUARDRAILS, TODAY) == []


# --- guardrails: one pass and one fail each ----------------------------------------------

def guard(report, amount="10000"):
    return codes(guardrail_failures(household(report), INDIA_GUARDRAILS, "self", D(amount)))


def test_a_fourth_lender_is_refused_a_third_is_not():
    two_others = hit(loan("A", lender="Asha"), loan("B", lender="Jana"))
    three_others = hit(loan("A", lender="Asha"), loan("B", lender="Jana"),
                       loan("C", lender="Sonata"))
    assert guard(two_others) == []
    assert guard(three_others) == ["bureau_lenders"]


def test_our_existing_loan_does_not_make_us_a_new_lender():
    ours = loan("O", lender="BJS", ours=True, outstanding_minor=0)
    report = hit(loan("A", lender="Asha", outstanding_minor=0),
                 loan("B", lender="Jana", outstanding_minor=0), ours)
    assert guard(report) == []


def test_microfinance_debt_up_to_two_lakh_with_this_loan():
    assert guard(hit(loan("A", outstanding_minor=190_000_00)), "10000") == []
    assert guard(hit(loan("A", outstanding_minor=190_000_00)), "10000.01") == [
        "bureau_debt"]


def test_no_loan_beyond_sixty_days_past_due():
    assert guard(hit(loan("A", dpd=60))) == []
    assert guard(hit(loan("A", dpd=61))) == ["bureau_dpd"]


def test_no_new_loan_with_three_thousand_overdue():
    assert guard(hit(loan("A", overdue_minor=2_999_99))) == []
    assert guard(hit(loan("A", overdue_minor=3_000_00))) == ["bureau_overdue"]


def test_guardrails_are_off_where_the_profile_has_none():
    report = hit(loan("A", dpd=200, overdue_minor=9_000_00))
    assert guardrail_failures(household(report), NO_BUREAU, "self", D("1")) == []


def test_india_has_the_guardrails_bangladesh_does_not():
    assert INDIA_RBI.bureau.guardrails and INDIA_RBI.bureau.report_expected
    assert not BANGLADESH_MRA.bureau.guardrails


# --- a fresh report before sanction ------------------------------------------------------

def test_sanction_needs_a_fresh_clear_report_for_every_earner():
    husband = PersonCredit("h", "Gopal", "husband", True, hit(on=TODAY))
    assert reports_missing(household(hit(), husband), TODAY, 30) == []
    stale = replace(husband, report=hit(on=TODAY - timedelta(days=31)))
    assert codes(reports_missing(household(hit(), stale), TODAY, 30)) == [
        "bureau_required"]
    unclear = BureauReport("multiple", TODAY, "CIB")
    assert codes(reports_missing(household(unclear), TODAY, 30)) == ["bureau_required"]


# --- the whole verdict ------------------------------------------------------------------

APPLICANT = Applicant(age=30, annual_household_income=D("180000"),
                      monthly_household_income=D("15000"), group_size=15)


def test_without_a_report_an_indian_verdict_is_refer_never_eligible():
    found = verdict(GROUP, INDIA_RBI, replace(APPLICANT, credit=household(None)),
                    D("20000"), D("2000"), TODAY)
    assert found.status == "refer"


def test_with_a_clean_report_the_verdict_is_eligible():
    found = verdict(GROUP, INDIA_RBI, replace(APPLICANT, credit=household(hit())),
                    D("20000"), D("2000"), TODAY)
    assert found.status == "eligible"


def test_a_broken_guardrail_makes_it_not_eligible():
    report = hit(loan("A", dpd=90))
    found = verdict(GROUP, INDIA_RBI, replace(APPLICANT, credit=household(report)),
                    D("20000"), D("2000"), TODAY)
    assert found.status == "not_eligible"
    assert "bureau_dpd" in codes(found.failures)


def test_a_bangladesh_product_without_the_rule_is_decided_without_a_report():
    applicant = replace(APPLICANT, group_size=5, credit=household(None))
    found = verdict(SWANIRVAR, BANGLADESH_MRA, applicant, D("20000"), D("500"), TODAY)
    assert found.status == "eligible"
    required = replace(SWANIRVAR, bureau_report_required=True)
    assert verdict(required, BANGLADESH_MRA, applicant, D("20000"), D("500"),
                   TODAY).status == "refer"


# --- the household's repayments against the cap, as the tab shows them ------------------


paise = st.integers(0, 5_00_000_00).map(lambda n: D(n) / 100)


@settings(max_examples=200, deadline=None)
@given(existing=paise, proposed=paise, income=paise,
       profile=st.sampled_from([INDIA_RBI, BANGLADESH_MRA]))
def test_the_burden_shown_is_over_the_limit_exactly_when_the_verdict_says_so(
        existing, proposed, income, profile):
    product = replace(GROUP, repayment_to_income_cap=None)
    cap = profile.repayment_to_income_cap or profile.product_income_cap
    product = replace(product, repayment_to_income_cap=cap)
    applicant = Applicant(30, income * 12, income, existing_monthly_repayments=existing,
                          group_size=10)
    failed = "repayment_to_income" in codes(check_eligibility(
        product, profile, applicant, D("20000"), proposed))
    burden = RepaymentBurden(existing, proposed, income, cap,
                             profile.cap_includes_existing_loans)
    assert burden.within is not failed


def test_bangladesh_weighs_the_new_installment_alone():
    burden = RepaymentBurden(D("9000"), D("1000"), D("6000"), D("1") / 3, False)
    assert (burden.total, burden.allowed, burden.within) == (D("1000.00"), D("2000.00"),
                                                             True)


def test_no_cap_means_no_limit_to_pass():
    burden = RepaymentBurden(D("9000"), D("1000"), D("100"), None)
    assert (burden.allowed, burden.within, burden.total) == (None, True, D("10000.00"))

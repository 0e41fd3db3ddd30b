"""APR as the IRR of the real cash flows, and the Key Fact Statement figures."""

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.apr import Fee, apr_percent, declining_rate_percent, key_facts, periodic_irr
from app.domain.schedule import Frequency, InterestMethod, LoanTerms, build_schedule

RBI = LoanTerms(principal=D("20000"), annual_rate_percent=D("15"), installments=24,
                disbursed_on=date(2026, 1, 10), frequency=Frequency.MONTHLY)
RBI_FEES = [Fee("processing", D("240")), Fee("insurance", D("160"), third_party=True)]


def test_rbi_kfs_illustration_is_reproduced_exactly():
    facts = key_facts(RBI, RBI_FEES)
    assert (facts.installment_amount, facts.schedule.installments[-1].total,
            facts.total_interest, facts.net_disbursed, facts.apr_percent) == (
        D("969.73"), D("969.79"), D("3273.58"), D("19600.00"), D("17.07"))
    assert facts.total_fees == D("400") and facts.total_payable == D("23673.58")
    assert (facts.first_due, facts.last_due) == (date(2026, 2, 10), date(2028, 1, 10))


def test_apr_accepts_amounts_numbered_periods_dates_or_installments():
    schedule = build_schedule(RBI)
    amounts = [i.total for i in schedule.installments]
    numbered = [(i.number, i.total) for i in schedule.installments]
    dated = [(i.due_on, i.total) for i in schedule.installments]
    forms = (amounts, numbered, dated, list(schedule.installments))
    assert {apr_percent(D("19600"), f, 12) for f in forms} == {D("17.07")}


def test_apr_without_fees_is_the_nominal_rate():
    schedule = build_schedule(RBI)
    assert apr_percent(D("20000"), list(schedule.installments), 12) == D("15.00")


def test_fees_paid_separately_count_in_the_apr_but_not_in_net_disbursed():
    facts = key_facts(RBI, [Fee("processing", D("400"), deducted=False)])
    assert facts.net_disbursed == D("20000") and facts.apr_percent == D("17.07")


def test_dated_payments_with_a_disbursement_date_use_actual_days():
    # One payment of 1,100 exactly 365 days after receiving 1,000: 10 % a year.
    rate = apr_percent(D("1000"), [(date(2027, 1, 1), D("1100"))], 1, date(2026, 1, 1))
    assert rate == D("10.00")


def test_irr_is_found_without_floats_to_high_precision():
    rate = periodic_irr(D("1000"), [D("1100")])
    assert isinstance(rate, D) and abs(rate - D("0.1")) < D("1e-12")


def test_apr_refuses_nothing_received():
    with pytest.raises(ValueError):
        apr_percent(D("0"), [D("100")], 12)


flat_loans = st.builds(
    LoanTerms,
    principal=st.integers(1_000_00, 5_00_000_00).map(lambda n: D(n) / 100),
    annual_rate_percent=st.integers(100, 3000).map(lambda n: D(n) / 100),
    installments=st.integers(2, 104), disbursed_on=st.just(date(2026, 1, 10)),
    frequency=st.sampled_from(list(Frequency)), interest_method=st.just(InterestMethod.FLAT))


@settings(max_examples=40, deadline=None)
@given(flat_loans)
def test_a_flat_rate_is_more_on_the_declining_balance(terms):
    schedule = build_schedule(terms)
    rate = declining_rate_percent(terms, schedule)
    assert rate > terms.annual_rate_percent
    assert rate == apr_percent(terms.principal, list(schedule.installments),
                               terms.periods_per_year)


@given(flat_loans)
def test_a_declining_loan_is_checked_at_its_own_rate(terms):
    declining = terms.with_(interest_method=InterestMethod.DECLINING)
    assert declining_rate_percent(declining, build_schedule(declining)) == (
        terms.annual_rate_percent)

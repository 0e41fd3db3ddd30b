from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.apr import Fee, key_facts
from app.domain.schedule import (
    Amortization,
    Frequency,
    InterestMethod,
    LoanTerms,
    build_schedule,
)

RBI = LoanTerms(principal=D("20000"), annual_rate_percent=D("15"), installments=24,
                disbursed_on=date(2026, 1, 10), frequency=Frequency.MONTHLY)
RBI_FEES = [Fee("processing", D("240")), Fee("insurance", D("160"), third_party=True)]


def test_rbi_kfs_installment_is_969_73():
    assert build_schedule(RBI).installments[0].total == D("969.73")


def test_rbi_kfs_last_installment_969_79_clears_the_balance():
    last = build_schedule(RBI).installments[-1]
    assert (last.total, last.balance) == (D("969.79"), D("0.00"))


def test_rbi_kfs_total_interest_is_3273_58():
    assert build_schedule(RBI).total_interest == D("3273.58")


def test_rbi_kfs_net_disbursed_and_apr():
    facts = key_facts(RBI, RBI_FEES)
    assert (facts.net_disbursed, facts.apr_percent) == (D("19600.00"), D("17.07"))


def test_30000_at_24_percent_over_24_months_pays_1586_13():
    terms = RBI.with_(principal=D("30000"), annual_rate_percent=D("24"))
    assert build_schedule(terms).installments[0].total == D("1586.13")


def test_declining_interest_is_outstanding_times_periodic_rate():
    first = build_schedule(RBI).installments[0]
    assert first.interest == D("250.00")  # 20,000 × 15 % / 12


def test_equal_principal_repays_the_same_principal_each_period():
    terms = RBI.with_(amortization=Amortization.EQUAL_PRINCIPAL, installments=4,
                      principal=D("1000"))
    parts = [i.principal for i in build_schedule(terms).installments]
    assert parts == [D("250.00")] * 4


def test_flat_interest_is_loan_times_rate_times_years():
    terms = RBI.with_(interest_method=InterestMethod.FLAT, installments=12, principal=D("12000"),
                      annual_rate_percent=D("12"))
    assert build_schedule(terms).total_interest == D("1440.00")


def test_flat_installment_is_rounded_to_the_multiple_and_last_absorbs():
    terms = LoanTerms(principal=D("10000"), annual_rate_percent=D("24"), installments=46,
                      disbursed_on=date(2026, 1, 7), meeting_weekday=2,
                      interest_method=InterestMethod.FLAT, rounding_multiple=D("1"))
    totals = [i.total for i in build_schedule(terms).installments]
    assert set(totals[:-1]) == {D("264.00")} and totals[-1] == D("243.08")


def test_principal_grace_periods_pay_interest_only():
    terms = RBI.with_(grace_principal=3, installments=36, annual_rate_percent=D("10"))
    first_three = build_schedule(terms).installments[:3]
    assert [i.principal for i in first_three] == [D("0.00")] * 3
    assert all(i.interest > 0 for i in first_three)


def test_weekly_due_dates_fall_on_the_meeting_weekday():
    terms = LoanTerms(principal=D("5000"), annual_rate_percent=D("24"), installments=10,
                      disbursed_on=date(2026, 11, 2), meeting_weekday=3)
    assert {i.due_on.weekday() for i in build_schedule(terms).installments} == {3}


def test_first_installment_respects_the_minimum_gap():
    terms = LoanTerms(principal=D("5000"), annual_rate_percent=D("11"), installments=10,
                      disbursed_on=date(2026, 11, 4), meeting_weekday=2, min_first_gap_days=15)
    first = build_schedule(terms).installments[0].due_on
    assert first == date(2026, 11, 25)  # the 11th and 18th are too early


def test_an_installment_on_a_holiday_moves_to_the_next_meeting_day():
    holiday = date(2026, 11, 18)
    terms = LoanTerms(principal=D("5000"), annual_rate_percent=D("24"), installments=4,
                      disbursed_on=date(2026, 11, 4), meeting_weekday=2,
                      holidays=frozenset({holiday}))
    dates = [i.due_on for i in build_schedule(terms).installments]
    assert holiday not in dates and date(2026, 11, 25) in dates


def test_monthly_due_dates_keep_the_day_and_clamp_to_month_end():
    terms = RBI.with_(disbursed_on=date(2026, 1, 31), installments=3)
    dates = [i.due_on for i in build_schedule(terms).installments]
    assert dates == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]


def test_invalid_terms_are_refused():
    with pytest.raises(ValueError):
        RBI.with_(installments=0)


terms_strategy = st.builds(
    LoanTerms,
    principal=st.integers(100_000, 100_000_000).map(lambda n: D(n) / 100),
    annual_rate_percent=st.integers(0, 3000).map(lambda n: D(n) / 100),
    installments=st.integers(1, 120),
    disbursed_on=st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    frequency=st.sampled_from(list(Frequency)),
    interest_method=st.sampled_from(list(InterestMethod)),
    amortization=st.sampled_from(list(Amortization)),
    rounding_multiple=st.sampled_from([D("0.01"), D("1"), D("5"), D("10")]),
    meeting_weekday=st.one_of(st.none(), st.integers(0, 6)),
)


@settings(max_examples=150, deadline=None)
@given(terms_strategy)
def test_principal_parts_sum_to_the_loan(terms):
    schedule = build_schedule(terms)
    assert sum(i.principal for i in schedule.installments) == terms.principal


@settings(max_examples=150, deadline=None)
@given(terms_strategy)
def test_balance_never_negative_and_ends_at_zero(terms):
    schedule = build_schedule(terms)
    assert all(i.balance >= 0 for i in schedule.installments)
    assert schedule.installments[-1].balance == 0


@settings(max_examples=150, deadline=None)
@given(terms_strategy)
def test_due_dates_never_go_backwards(terms):
    dates = [i.due_on for i in build_schedule(terms).installments]
    assert dates == sorted(dates) and dates[0] > terms.disbursed_on


@settings(max_examples=100, deadline=None)
@given(terms_strategy.filter(lambda t: t.installments >= 2))
def test_declining_interest_is_at_most_flat_at_the_same_nominal_rate(terms):
    declining = build_schedule(terms.with_(interest_method=InterestMethod.DECLINING,
                                           rounding_multiple=D("0.01")))
    flat = build_schedule(terms.with_(interest_method=InterestMethod.FLAT,
                                      rounding_multiple=D("0.01")))
    assert declining.total_interest <= flat.total_interest + D("0.01") * terms.installments


@settings(max_examples=60, deadline=None)
@given(terms_strategy.filter(lambda t: t.annual_rate_percent > 0 and t.installments >= 2),
       st.integers(1, 5))
def test_apr_is_at_least_the_nominal_rate_when_fees_are_deducted(terms, fee_percent):
    terms = terms.with_(interest_method=InterestMethod.DECLINING, rounding_multiple=D("0.01"))
    fee = (terms.principal * fee_percent / 100).quantize(D("0.01"))
    facts = key_facts(terms, [Fee("processing", fee)])
    assert facts.apr_percent >= terms.annual_rate_percent - D("0.01")


def test_due_dates_are_after_disbursement_even_with_long_gaps():
    terms = LoanTerms(principal=D("1000"), annual_rate_percent=D("10"), installments=2,
                      disbursed_on=date(2026, 1, 1), frequency=Frequency.MONTHLY,
                      min_first_gap_days=45)
    first = build_schedule(terms).installments[0].due_on
    assert first - terms.disbursed_on >= timedelta(days=45)

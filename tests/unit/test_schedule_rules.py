"""Schedule rules beyond the public vectors: grace, rounding, frequencies, holidays."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.products import DEMO_PRODUCTS, PROFILES
from app.domain.schedule import (
    Amortization,
    Frequency,
    HolidayRule,
    InterestMethod,
    LoanTerms,
    ScheduledInstallment,
    annuity_payment,
    build_schedule,
)

MONTHLY = LoanTerms(principal=D("30000"), annual_rate_percent=D("24"), installments=24,
                    disbursed_on=date(2026, 1, 10), frequency=Frequency.MONTHLY)
WEEKLY = LoanTerms(principal=D("10000"), annual_rate_percent=D("24"), installments=52,
                   disbursed_on=date(2026, 1, 5), meeting_weekday=2)


def test_periodic_rate_is_annual_rate_over_periods_per_year():
    assert WEEKLY.periodic_rate == D("0.24") / 52
    assert WEEKLY.with_(frequency=Frequency.FORTNIGHTLY).periodic_rate == D("0.24") / 26
    assert MONTHLY.periodic_rate == D("0.02")


def test_every_n_weeks_divides_the_periods_per_year():
    terms = WEEKLY.with_(every=4, installments=13)
    assert terms.periods_per_year == 13
    dates = [i.due_on for i in build_schedule(terms).installments]
    assert all(b - a == timedelta(days=28) for a, b in zip(dates, dates[1:], strict=False))


def test_equal_installments_are_the_annuity_rounded_half_even_to_the_multiple():
    for multiple in (D("1"), D("5"), D("10"), D("100")):
        schedule = build_schedule(MONTHLY.with_(rounding_multiple=multiple))
        level = schedule.installments[0].total
        assert level % multiple == 0
        assert abs(level - annuity_payment(D("30000"), D("0.02"), 24)) <= multiple / 2
        assert all(i.total == level for i in schedule.installments[:-1])


def test_last_installment_clears_the_balance_with_a_large_multiple():
    schedule = build_schedule(MONTHLY.with_(rounding_multiple=D("100")))
    assert schedule.installments[-1].balance == 0
    assert sum(i.principal for i in schedule.installments) == D("30000")


def test_equal_principal_interest_is_charged_on_the_outstanding():
    schedule = build_schedule(MONTHLY.with_(amortization=Amortization.EQUAL_PRINCIPAL))
    outstanding = D("30000")
    for inst in schedule.installments:
        assert inst.interest == (outstanding * D("0.02")).quantize(D("0.01"))
        outstanding -= inst.principal
    assert [i.principal for i in schedule.installments[:-1]] == [D("1250")] * 23


def test_flat_interest_is_split_evenly_and_the_last_absorbs_the_remainder():
    terms = WEEKLY.with_(interest_method=InterestMethod.FLAT, principal=D("10001"),
                         annual_rate_percent=D("11"))
    schedule = build_schedule(terms)
    total = (D("10001") * D("0.11")).quantize(D("0.01"))  # 52 weeks = 1 year
    assert schedule.total_interest == total
    interests = {i.interest for i in schedule.installments[:-1]}
    assert interests == {(total / 52).quantize(D("0.01"))}


def test_principal_grace_pays_interest_only_then_amortizes_over_the_rest():
    schedule = build_schedule(MONTHLY.with_(grace_principal=3, installments=36,
                                            annual_rate_percent=D("10")))
    first = schedule.installments[:3]
    assert all(i.principal == 0 and i.interest == D("250.00") for i in first)
    rest = schedule.installments[3:]
    expected = annuity_payment(D("30000"), D("0.10") / 12, 33).quantize(D("0.01"))
    assert rest[0].total == expected


def test_interest_grace_charges_no_interest_for_those_periods():
    schedule = build_schedule(MONTHLY.with_(grace_principal=2, grace_interest=2))
    assert [i.total for i in schedule.installments[:2]] == [0, 0]
    assert schedule.installments[2].interest == D("600.00")


def test_a_holiday_collected_with_the_next_installment_lands_on_its_date():
    plain = [i.due_on for i in build_schedule(WEEKLY).installments]
    terms = WEEKLY.with_(holidays=frozenset({plain[3]}),
                         holiday_rule=HolidayRule.COLLECT_WITH_NEXT)
    dates = [i.due_on for i in build_schedule(terms).installments]
    assert dates[3] == dates[4] == plain[4]


def test_monthly_installment_on_a_holiday_moves_to_the_next_working_day():
    plain = [i.due_on for i in build_schedule(MONTHLY).installments]
    terms = MONTHLY.with_(holidays=frozenset({plain[0], plain[0] + timedelta(days=1)}))
    assert build_schedule(terms).installments[0].due_on == plain[0] + timedelta(days=2)


def test_mra_first_installment_is_at_least_15_days_after_disbursement():
    terms = WEEKLY.with_(min_first_gap_days=15, disbursed_on=date(2026, 1, 5))
    first = build_schedule(terms).installments[0].due_on
    assert first.weekday() == 2 and (first - terms.disbursed_on).days >= 15


def test_terms_from_a_product_carry_its_rules():
    product = next(p for p in DEMO_PRODUCTS if p.grace_principal)
    terms = LoanTerms.from_product(product, D("60000"), product.default_installments,
                                   date(2026, 1, 10), None, frozenset())
    assert (terms.grace_principal, terms.annual_rate_percent, terms.frequency) == (
        product.grace_principal, product.annual_rate_percent, product.frequency)


@given(st.sampled_from(DEMO_PRODUCTS), st.integers(0, 30),
       st.dates(date(2024, 1, 1), date(2030, 12, 31)), st.integers(0, 6))
def test_a_product_never_gives_a_first_installment_sooner_than_its_profile_allows(
        product, own_gap, disbursed_on, weekday):
    product = replace(product, min_first_gap_days=own_gap)
    terms = LoanTerms.from_product(product, product.min_amount, product.min_installments,
                                   disbursed_on, weekday)
    first = build_schedule(terms).installments[0].due_on
    least = max(own_gap, PROFILES[product.profile].min_first_gap_days)
    assert (first - disbursed_on).days >= least


def test_fast_built_installments_equal_normally_built_ones():
    inst = build_schedule(MONTHLY).installments[0]
    twin = ScheduledInstallment(inst.number, inst.due_on, inst.principal, inst.interest,
                                inst.total, inst.balance)
    assert inst == twin and hash(inst) == hash(twin)


graced = st.builds(
    LoanTerms,
    principal=st.integers(1_000_00, 10_000_000).map(lambda n: D(n) / 100),
    annual_rate_percent=st.integers(0, 2400).map(lambda n: D(n) / 100),
    installments=st.integers(4, 60),
    disbursed_on=st.just(date(2026, 1, 10)),
    frequency=st.sampled_from(list(Frequency)),
    interest_method=st.sampled_from(list(InterestMethod)),
    amortization=st.sampled_from(list(Amortization)),
    rounding_multiple=st.sampled_from([D("0.01"), D("1"), D("10"), D("100")]),
    grace_principal=st.integers(0, 3),
)


@settings(max_examples=150, deadline=None)
@given(graced, st.integers(0, 3))
def test_with_grace_principal_sums_to_the_loan_and_balance_ends_at_zero(terms, j):
    terms = terms.with_(grace_interest=min(j, terms.grace_principal))
    schedule = build_schedule(terms)
    assert sum(i.principal for i in schedule.installments) == terms.principal
    assert all(i.balance >= 0 and i.principal >= 0 and i.interest >= 0
               for i in schedule.installments)
    assert schedule.installments[-1].balance == 0
    assert schedule.total_payable == terms.principal + schedule.total_interest


@given(st.sampled_from([p for p in DEMO_PRODUCTS if p.frequency is Frequency.MONTHLY]),
       st.dates(date(2024, 1, 1), date(2030, 12, 31)))
def test_monthly_due_dates_never_fall_on_the_profiles_rest_day(product, disbursed_on):
    terms = LoanTerms.from_product(product, product.min_amount, product.max_installments,
                                   disbursed_on)
    working = PROFILES[product.profile].working_weekdays
    assert all(i.due_on.weekday() in working for i in build_schedule(terms).installments)

"""Repayment schedules: flat and declining balance, exact to the paisa.

Rules (each is tested in tests/unit/test_schedule.py):

* Periodic rate r = annual rate / periods per year, where a period is `every` weeks
  (52/every per year), fortnights (26/every) or months (12/every).
* Declining, equal installments: the installment is the annuity payment over the
  repaying periods, rounded to the rounding multiple (half-even); each period's
  interest = outstanding × r rounded to 0.01 (half-even); principal = installment −
  interest; the last installment clears the balance exactly (it absorbs the rounding).
* Declining, equal principal: principal = loan / repaying periods rounded to the
  multiple, the last absorbs the remainder; interest on the outstanding as above.
* Flat: total interest = loan × annual rate × term in years, rounded to 0.01;
  installment = (loan + interest) / n rounded to the multiple; interest is split
  evenly at 0.01 (half-even, never more than is left, so a tiny loan's last interest
  cannot turn negative) and the last installment absorbs both remainders.
* Principal grace k: the first k periods pay interest only; the rest amortize over n − k.
* Interest grace j (j ≤ k): the first j periods pay nothing and no interest is charged
  for them (an interest holiday the product grants); flat interest is then computed
  on the n − j charged periods only. Principal parts always sum to the loan.
* Due dates: see app.domain.calendar.due_dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from enum import StrEnum
from typing import NamedTuple

from app.domain.calendar import due_dates
from app.domain.money import PAISA, round_paisa, round_to_multiple

ZERO = Decimal("0.00")


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"

    @property
    def base_periods_per_year(self) -> int:
        return {"weekly": 52, "fortnightly": 26, "monthly": 12}[self.value]


class InterestMethod(StrEnum):
    DECLINING = "declining"
    FLAT = "flat"


class Amortization(StrEnum):
    EQUAL_INSTALLMENTS = "equal_installments"
    EQUAL_PRINCIPAL = "equal_principal"


class HolidayRule(StrEnum):
    NEXT_MEETING_DAY = "next_meeting_day"
    COLLECT_WITH_NEXT = "collect_with_next"


@dataclass(frozen=True)
class LoanTerms:
    principal: Decimal
    annual_rate_percent: Decimal
    installments: int
    disbursed_on: date
    frequency: Frequency = Frequency.WEEKLY
    every: int = 1
    interest_method: InterestMethod = InterestMethod.DECLINING
    amortization: Amortization = Amortization.EQUAL_INSTALLMENTS
    rounding_multiple: Decimal = Decimal("0.01")
    grace_principal: int = 0
    grace_interest: int = 0
    meeting_weekday: int | None = None
    min_first_gap_days: int = 0
    holidays: frozenset[date] = field(default_factory=frozenset)
    holiday_rule: HolidayRule = HolidayRule.NEXT_MEETING_DAY
    rest_weekdays: frozenset[int] = field(default_factory=frozenset)  # 0 = Monday

    def __post_init__(self) -> None:
        if self.principal <= 0:
            raise ValueError("principal must be positive")
        if not 1 <= self.installments <= 1000:
            raise ValueError("installments must be between 1 and 1000")
        if self.annual_rate_percent < 0 or self.annual_rate_percent > 100:
            raise ValueError("annual rate must be between 0 and 100 percent")
        if not 0 <= self.grace_interest <= self.grace_principal < self.installments:
            raise ValueError("grace periods must satisfy 0 ≤ interest ≤ principal < n")
        if self.every < 1 or self.rounding_multiple <= 0:
            raise ValueError("every and rounding multiple must be positive")

    @property
    def periods_per_year(self) -> Decimal:
        return Decimal(self.frequency.base_periods_per_year) / Decimal(self.every)

    @property
    def periodic_rate(self) -> Decimal:
        return self.annual_rate_percent / Decimal(100) / self.periods_per_year

    @classmethod
    def from_product(cls, product, principal: Decimal, installments: int,  # type: ignore[no-untyped-def]
                     disbursed_on: date, meeting_weekday: int | None = None,
                     holidays: frozenset[date] = frozenset()) -> LoanTerms:
        """Terms for a loan of `product` (app.domain.products.LoanProduct); the first
        installment keeps the larger of the product's and its profile's minimum gap, and
        monthly due dates leave the profile's rest days."""
        return cls(
            principal=principal, annual_rate_percent=product.annual_rate_percent,
            installments=installments, disbursed_on=disbursed_on,
            frequency=product.frequency, every=product.every,
            interest_method=product.interest_method, amortization=product.amortization,
            rounding_multiple=product.rounding_multiple,
            grace_principal=product.grace_principal, grace_interest=product.grace_interest,
            meeting_weekday=meeting_weekday, min_first_gap_days=product.first_gap_days,
            holidays=holidays, holiday_rule=product.holiday_rule,
            rest_weekdays=product.rest_weekdays,
        )

    def with_(self, **changes) -> LoanTerms:  # type: ignore[no-untyped-def]
        return replace(self, **changes)


class ScheduledInstallment(NamedTuple):
    """One row of a schedule. A named tuple, not a dataclass: a schedule makes one per
    installment in its hot loop, and a tuple is built in one call (immutable all the
    same)."""

    number: int
    due_on: date
    principal: Decimal
    interest: Decimal
    total: Decimal
    balance: Decimal  # principal outstanding after this installment


@dataclass(frozen=True)
class Schedule:
    installments: tuple[ScheduledInstallment, ...]
    total_interest: Decimal
    total_payable: Decimal

    @property
    def installment_amount(self) -> Decimal:
        """The regular installment (the most common amount; the first if none repeats)."""
        totals = [i.total for i in self.installments]
        return max(set(totals), key=lambda t: (totals.count(t), -totals.index(t)))


def annuity_payment(principal: Decimal, rate: Decimal, periods: int) -> Decimal:
    """Exact (unrounded) level payment that repays `principal` over `periods`."""
    if rate == 0:
        return principal / periods
    with localcontext() as ctx:
        ctx.prec = 40
        return principal * rate / (1 - (1 + rate) ** -periods)


def _installment(number: int, due: date, principal: Decimal, interest: Decimal,
                 total: Decimal, balance: Decimal) -> ScheduledInstallment:
    return _new(ScheduledInstallment, (number, due, principal, interest, total, balance))


_new = tuple.__new__  # a named tuple without its keyword-parsing __new__ (same value)


def _declining(terms: LoanTerms, dates: list[date]) -> tuple[list[ScheduledInstallment],
                                                            Decimal]:
    """The installments of a declining-balance loan and their total interest.

    Written as tight loops that build the installments directly (this is the hot path
    of the demo generator and of every schedule shown): interest is outstanding × r
    rounded half-even to the paisa; the level installment's principal is clamped to
    [0, outstanding]; the last repaying period takes whatever principal is left, so
    the balance ends at exactly 0.
    """
    r, n = terms.periodic_rate, terms.installments
    k, j = terms.grace_principal, terms.grace_interest
    outstanding = terms.principal
    out: list[ScheduledInstallment] = []
    append, new = out.append, _new
    total_interest = ZERO
    for number in range(1, k + 1):  # interest holiday (≤ j), then interest only
        interest = ZERO if number <= j else (outstanding * r).quantize(PAISA, ROUND_HALF_EVEN)
        total_interest += interest
        append(_installment(number, dates[number - 1], ZERO, interest, interest, outstanding))
    repaying = n - k
    if terms.amortization is Amortization.EQUAL_PRINCIPAL:
        step = round_to_multiple(outstanding / repaying, terms.rounding_multiple)
        for number in range(k + 1, n):
            interest = (outstanding * r).quantize(PAISA, ROUND_HALF_EVEN)
            principal = step if step < outstanding else outstanding
            outstanding -= principal
            total_interest += interest
            append(_installment(number, dates[number - 1], principal, interest,
                                principal + interest, outstanding))
    else:
        level = round_to_multiple(annuity_payment(outstanding, r, repaying),
                                  terms.rounding_multiple)
        paisa, even, zero, cls = PAISA, ROUND_HALF_EVEN, ZERO, ScheduledInstallment
        for number, due in zip(range(k + 1, n), dates[k:n - 1], strict=True):
            interest = (outstanding * r).quantize(paisa, even)
            principal = level - interest
            total = level
            if principal < zero:
                principal, total = zero, interest
            elif principal > outstanding:
                principal, total = outstanding, outstanding + interest
            outstanding -= principal
            total_interest += interest
            append(new(cls, (number, due, principal, interest, total, outstanding)))
    interest = (outstanding * r).quantize(PAISA, ROUND_HALF_EVEN)
    append(_installment(n, dates[n - 1], outstanding, interest, outstanding + interest, ZERO))
    return out, total_interest + interest


def _flat(terms: LoanTerms) -> list[tuple[Decimal, Decimal]]:
    n, k, j = terms.installments, terms.grace_principal, terms.grace_interest
    years = Decimal(n - j) / terms.periods_per_year
    total_interest = round_paisa(terms.principal * terms.annual_rate_percent / 100 * years)
    paying_interest = n - j
    interest_each = round_paisa(total_interest / paying_interest)
    repaying = n - k
    if k == 0:
        installment = round_to_multiple((terms.principal + total_interest) / n,
                                        terms.rounding_multiple)
        principal_each = installment - interest_each
    else:
        principal_each = round_to_multiple(terms.principal / repaying, terms.rounding_multiple)
    rows: list[tuple[Decimal, Decimal]] = []
    principal_left, interest_left = terms.principal, total_interest
    for period in range(n):
        last = period == n - 1
        interest = ZERO if period < j else (
            interest_left if last else min(interest_each, interest_left))
        principal = ZERO if period < k else (
            principal_left if last else min(max(principal_each, ZERO), principal_left))
        principal_left -= principal
        interest_left -= interest
        rows.append((principal, interest))
    return rows


def build_schedule(terms: LoanTerms) -> Schedule:
    """The full schedule for `terms` (see the module docstring for every rule).

    Each installment's `balance` is the principal still outstanding after it; since
    the principal parts sum to the loan exactly, total payable = loan + total interest.
    """
    dates = due_dates(terms.disbursed_on, terms.installments, terms.frequency.value,
                      terms.every, terms.meeting_weekday, terms.min_first_gap_days,
                      terms.holidays, terms.holiday_rule.value, terms.rest_weekdays)
    if terms.interest_method is InterestMethod.DECLINING:
        out, total_interest = _declining(terms, dates)
    else:
        out, total_interest = [], ZERO
        balance = terms.principal
        for number, ((principal, interest), due) in enumerate(
                zip(_flat(terms), dates, strict=True), 1):
            balance -= principal
            total_interest += interest
            out.append(_installment(number, due, principal, interest, principal + interest,
                                    balance))
    return Schedule(tuple(out), total_interest, terms.principal + total_interest)

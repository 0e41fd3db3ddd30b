"""APR and the Key Fact Statement figures.

APR = internal rate of return of the real cash flows × periods per year, to 0.01 %:
at time 0 the borrower receives the principal less every fee deducted or paid at
disbursement (the lender's and third parties' alike); then pays each installment at
its period. The periodic IRR is found by bisection in Decimal (no floats), to well
below the 0.005 % that the final rounding needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from app.domain.schedule import (
    InterestMethod,
    LoanTerms,
    Schedule,
    ScheduledInstallment,
    build_schedule,
)


@dataclass(frozen=True)
class Fee:
    """A charge at disbursement: deducted from the amount paid out, or paid separately."""

    name: str
    amount: Decimal
    deducted: bool = True
    third_party: bool = False  # e.g. insurance premium passed on to the insurer
    kind: str = "processing"  # processing | insurance | other


Payment = Decimal | tuple[date | int, Decimal] | ScheduledInstallment


def _flows(payments: Sequence[Payment], periods_per_year: Decimal,
           disbursed_on: date | None) -> list[tuple[Decimal, Decimal]]:
    """(time in periods, amount) of each payment.

    A bare amount is paid at period k (its position, 1-based); (int, amount) at that
    period; a scheduled installment at its number; (date, amount) at its rank among the
    dates (regular periods) — or, when `disbursed_on` is given, at
    days since disbursement × periods per year / 365 (an irregular first period).
    """
    out: list[tuple[Decimal, Decimal]] = []
    dated = sorted({p[0] for p in payments if isinstance(p, tuple) and isinstance(p[0], date)})
    rank = {d: i for i, d in enumerate(dated, 1)}
    for k, item in enumerate(payments, 1):
        if isinstance(item, ScheduledInstallment):
            out.append((Decimal(item.number), item.total))
        elif isinstance(item, tuple):
            when, amount = item
            if isinstance(when, date):
                if disbursed_on is not None:
                    out.append((Decimal((when - disbursed_on).days) * periods_per_year
                                / Decimal(365), amount))
                else:
                    out.append((Decimal(rank[when]), amount))
            else:
                out.append((Decimal(when), amount))
        else:
            out.append((Decimal(k), item))
    return out


def _npv(rate: Decimal, received: Decimal, flows: Sequence[tuple[Decimal, Decimal]]) -> Decimal:
    total = received
    base = 1 + rate
    for when, amount in flows:
        total -= amount / base ** when
    return total


def periodic_irr(received: Decimal, payments: Sequence[Payment],
                 periods_per_year: Decimal = Decimal(12),
                 disbursed_on: date | None = None) -> Decimal:
    """Periodic rate r with received = Σ payment_k / (1 + r)^t_k, by Decimal bisection.

    The NPV falls as r rises, so halving [-0.99, 10] until it is narrower than 1e-14
    converges without floats and without Newton's risk of overshooting.
    """
    flows = _flows(payments, Decimal(periods_per_year), disbursed_on)
    if received <= 0 or not flows or sum((a for _, a in flows), Decimal(0)) <= 0:
        raise ValueError("APR needs a positive amount received and positive payments")
    with localcontext() as ctx:
        ctx.prec = 34
        low, high = Decimal("-0.99"), Decimal("10")
        while _npv(high, received, flows) < 0 and high < Decimal("1e15"):
            low, high = high, high * 10  # extreme fees: widen the bracket upwards
        while high - low > Decimal("1e-14"):
            mid = (low + high) / 2
            if _npv(mid, received, flows) > 0:
                high = mid  # payments worth less than received: rate too high
            else:
                low = mid
        return (low + high) / 2


def apr_percent(received: Decimal, payments: Sequence[Payment],
                periods_per_year: Decimal | int, disbursed_on: date | None = None) -> Decimal:
    """APR to 0.01 % (half-up): periodic IRR × periods per year × 100.

    `received` is what the borrower actually gets at disbursement (the principal less
    every fee deducted or paid at disbursement, the lender's and third parties' alike);
    `payments` as in `_flows`.
    """
    ppy = Decimal(periods_per_year)
    rate = periodic_irr(received, payments, ppy, disbursed_on) * ppy * 100
    return rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def declining_rate_percent(terms: LoanTerms, schedule: Schedule) -> Decimal:
    """The loan's interest as a yearly rate on the declining balance, to 0.01 %: the
    product's rate for a declining loan; for a flat loan the rate at which the
    installments repay the principal (its IRR × periods per year, fees left out), the
    figure an interest cap "on the declining balance" (MRA: 24 %) is checked against."""
    if terms.interest_method is InterestMethod.DECLINING:
        return terms.annual_rate_percent
    if schedule.total_interest <= 0:
        return Decimal("0.00")
    return apr_percent(terms.principal, list(schedule.installments), terms.periods_per_year)


@dataclass(frozen=True)
class KeyFacts:
    principal: Decimal
    net_disbursed: Decimal
    installment_amount: Decimal
    installments: int
    total_interest: Decimal
    total_fees: Decimal
    total_payable: Decimal
    apr_percent: Decimal
    first_due: date
    last_due: date
    schedule: Schedule
    declining_rate_percent: Decimal  # the interest alone as a declining-balance rate


def key_facts(terms: LoanTerms, fees: Sequence[Fee] = ()) -> KeyFacts:
    """Everything the KFS shows, from the same schedule the loan will have.

    Net disbursed = principal − fees deducted. For the APR every fee counts, deducted
    or paid separately at disbursement, because the borrower pays it either way.
    Total payable = principal + interest + all fees.
    """
    schedule = build_schedule(terms)
    deducted = sum((f.amount for f in fees if f.deducted), Decimal("0.00"))
    all_fees = sum((f.amount for f in fees), Decimal("0.00"))
    received = terms.principal - all_fees
    payments = list(schedule.installments)
    return KeyFacts(
        principal=terms.principal, net_disbursed=terms.principal - deducted,
        installment_amount=schedule.installment_amount, installments=terms.installments,
        total_interest=schedule.total_interest, total_fees=all_fees,
        total_payable=schedule.total_payable + all_fees,
        apr_percent=apr_percent(received, payments, terms.periods_per_year),
        first_due=schedule.installments[0].due_on, last_due=schedule.installments[-1].due_on,
        schedule=schedule,
        declining_rate_percent=declining_rate_percent(terms, schedule),
    )

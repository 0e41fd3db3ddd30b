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

from app.domain.schedule import LoanTerms, Schedule, build_schedule


@dataclass(frozen=True)
class Fee:
    """A charge at disbursement: deducted from the amount paid out, or paid separately."""

    name: str
    amount: Decimal
    deducted: bool = True
    third_party: bool = False  # e.g. insurance premium passed on to the insurer
    kind: str = "processing"  # processing | insurance | other


def _npv(rate: Decimal, received: Decimal, payments: Sequence[Decimal]) -> Decimal:
    total = received
    factor = Decimal(1)
    step = 1 / (1 + rate)
    for amount in payments:
        factor *= step
        total -= amount * factor
    return total


def periodic_irr(received: Decimal, payments: Sequence[Decimal]) -> Decimal:
    """Periodic rate r with received = Σ payment_k / (1 + r)^k."""
    with localcontext() as ctx:
        ctx.prec = 34
        low, high = Decimal("-0.99"), Decimal("10")
        for _ in range(200):
            mid = (low + high) / 2
            if _npv(mid, received, payments) > 0:
                high = mid  # payments worth less than received: rate too high
            else:
                low = mid
            if high - low < Decimal("1e-14"):
                break
        return (low + high) / 2


def apr_percent(received: Decimal, payments: Sequence[Decimal],
                periods_per_year: Decimal) -> Decimal:
    """Annual percentage rate to 0.01 % (half-up) from regular periodic payments."""
    rate = periodic_irr(received, payments) * periods_per_year * 100
    return rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


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


def key_facts(terms: LoanTerms, fees: Sequence[Fee] = ()) -> KeyFacts:
    """Everything the KFS shows, from the same schedule the loan will have."""
    schedule = build_schedule(terms)
    deducted = sum((f.amount for f in fees if f.deducted), Decimal("0.00"))
    all_fees = sum((f.amount for f in fees), Decimal("0.00"))
    received = terms.principal - all_fees
    payments = [i.total for i in schedule.installments]
    return KeyFacts(
        principal=terms.principal, net_disbursed=terms.principal - deducted,
        installment_amount=schedule.installment_amount, installments=terms.installments,
        total_interest=schedule.total_interest, total_fees=all_fees,
        total_payable=schedule.total_payable + all_fees,
        apr_percent=apr_percent(received, payments, terms.periods_per_year),
        first_due=schedule.installments[0].due_on, last_due=schedule.installments[-1].due_on,
        schedule=schedule,
    )

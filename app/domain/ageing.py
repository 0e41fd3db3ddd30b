"""Ageing and portfolio at risk.

Days past due = days since the due date of the oldest installment not fully paid.
Buckets: current (0), 1–30, 31–60, 61–90, 91–180, over 180 days. India's special-mention
classes (SMA-0/1/2 at 1–30/31–60/61–90) and NPA (> 90) map onto these buckets.
PAR_n = outstanding principal of loans more than n days past due ÷ all outstanding.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from app.domain.allocation import InstallmentDue

BUCKETS = ("current", "1-30", "31-60", "61-90", "91-180", "180+")


def days_past_due(dues: Sequence[InstallmentDue], as_of: date) -> int:
    """Days since the due date of the oldest installment with anything unpaid (0 if none).

    An installment due today is not yet past due.
    """
    unpaid = [d.due_on for d in dues if d.total_due > 0 and d.due_on < as_of]
    return (as_of - min(unpaid)).days if unpaid else 0


def bucket(dpd: int, limits: Sequence[int] = (0, 30, 60, 90, 180)) -> str:
    """The ageing bucket of `dpd` days: "current", "1-30", … "180+".

    `limits` are the buckets' upper day limits (a profile's `ageing_buckets`); the
    first is the current bucket, anything above the last is "<last>+".
    """
    if dpd <= limits[0]:
        return "current"
    low = limits[0]
    for limit in limits[1:]:
        if dpd <= limit:
            return f"{low + 1}-{limit}"
        low = limit
    return f"{limits[-1]}+"


def is_npa(dpd: int) -> bool:
    """Non-performing under the India profile: more than 90 days past due."""
    return dpd > 90


def portfolio_at_risk(loans: Iterable[tuple[Decimal, int]], days: int) -> Decimal:
    """PAR>days as a percentage (2 decimals) of (outstanding, dpd) pairs."""
    pairs = list(loans)
    total = sum((o for o, _ in pairs), Decimal(0))
    if not total:
        return Decimal("0.00")
    late = sum((o for o, dpd in pairs if dpd > days), Decimal(0))
    return (late * 100 / total).quantize(Decimal("0.01"))


PAR_THRESHOLDS = (0, 30, 90)  # PAR>0, PAR>30, PAR>90 (reports show them so)


def par_outstanding(loans: Iterable[tuple[int, int]],
                    thresholds: Sequence[int] = PAR_THRESHOLDS) -> dict[int, int]:
    """Outstanding of the loans more than n days past due, for each threshold n, from
    (outstanding minor units, days past due) pairs: the amounts behind PAR>n.

    "More than", as portfolio_at_risk, the ageing buckets (a loan 30 days late is in
    1–30, not yet at risk past 30) and NPA (> 90) say."""
    at_risk = dict.fromkeys(thresholds, 0)
    for outstanding, dpd in loans:
        for days in thresholds:
            if dpd > days:
                at_risk[days] += outstanding
    return at_risk

"""`schedule`: 10,000 schedules of 52 weekly installments.

Baseline, same run: the bare annuity arithmetic of the same loans in plain Decimal
(no dates, no rounding rules, no objects) — what any schedule must at least cost.
"""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

from app.domain.schedule import LoanTerms, build_schedule
from benchmarks.common import result

COUNT = 10_000


def _terms(i: int) -> LoanTerms:
    return LoanTerms(principal=Decimal(5000 + (i % 200) * 100), annual_rate_percent=Decimal("24"),
                     installments=52, disbursed_on=date(2026, 1, 5), meeting_weekday=i % 6)


def _bare(principal: Decimal, rate: Decimal, n: int) -> None:
    payment = principal * rate / (1 - (1 + rate) ** -n)
    balance = principal
    for _ in range(n):
        interest = balance * rate
        balance -= payment - interest


def run() -> dict:
    terms = [_terms(i) for i in range(COUNT)]
    start = time.perf_counter()
    for t in terms:
        build_schedule(t)
    ours = (time.perf_counter() - start) * 1000 / COUNT
    start = time.perf_counter()
    for t in terms:
        _bare(t.principal, t.periodic_rate, 52)
    base = (time.perf_counter() - start) * 1000 / COUNT
    return result("schedule", ours, base, target="per-schedule cost reported; ratio vs bare",
                  unit="ms/schedule", schedules=COUNT)

"""`schedule`: 10,000 schedules of 52 weekly installments (24 % declining, equal installments).

Value: milliseconds per `build_schedule` call (validated terms, due dates on the meeting
weekday, rounding rules, frozen result objects).

Baseline, measured in the same run on the same loans: a bare loop computing the same
annuity with plain Decimal arithmetic — the level payment rounded to the paisa, each
period's interest rounded to the paisa, the last period clearing the balance — kept as
plain tuples, with no dates, no terms object and no result objects. It is what any
correct schedule must at least cost; the target is to stay within 3× of it.
"""

from __future__ import annotations

import time
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, localcontext

from app.domain.schedule import LoanTerms, build_schedule
from benchmarks.common import result

COUNT = 10_000
INSTALLMENTS = 52
RATE = Decimal("24")
PAISA = Decimal("0.01")


def _terms(i: int) -> LoanTerms:
    return LoanTerms(principal=Decimal(5000 + (i % 200) * 100), annual_rate_percent=RATE,
                     installments=INSTALLMENTS, disbursed_on=date(2026, 1, 5),
                     meeting_weekday=i % 6)


def _bare(principal: Decimal, rate: Decimal, n: int) -> list[tuple[Decimal, Decimal, Decimal]]:
    with localcontext() as ctx:
        ctx.prec = 40
        payment = principal * rate / (1 - (1 + rate) ** -n)
    payment = payment.quantize(PAISA, ROUND_HALF_EVEN)
    balance = principal
    rows = []
    for _ in range(n - 1):
        interest = (balance * rate).quantize(PAISA, ROUND_HALF_EVEN)
        part = payment - interest
        balance -= part
        rows.append((part, interest, balance))
    rows.append((balance, (balance * rate).quantize(PAISA, ROUND_HALF_EVEN), Decimal(0)))
    return rows


def run() -> dict:
    terms = [_terms(i) for i in range(COUNT)]
    rate = RATE / 100 / 52
    principals = [t.principal for t in terms]
    assert _bare(principals[0], rate, INSTALLMENTS)[0][:2] == (
        build_schedule(terms[0]).installments[0].principal,
        build_schedule(terms[0]).installments[0].interest)  # same arithmetic, same numbers
    best_ours = best_base = float("inf")
    for _ in range(3):  # best of three of each, interleaved, against machine noise
        start = time.perf_counter()
        for t in terms:
            build_schedule(t)
        best_ours = min(best_ours, (time.perf_counter() - start) * 1000 / COUNT)
        start = time.perf_counter()
        for p in principals:
            _bare(p, rate, INSTALLMENTS)
        best_base = min(best_base, (time.perf_counter() - start) * 1000 / COUNT)
    return result("schedule", best_ours, best_base, target="ratio<=3", unit="ms/schedule",
                  schedules=COUNT, installments=INSTALLMENTS,
                  baseline_is="bare Decimal annuity loop, same rounding, tuples, no dates")

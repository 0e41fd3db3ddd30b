"""Where an open loan brought in from the old system stands on its regenerated schedule.

The old system says how many installments she has paid, or how much principal is still
outstanding, or both. Shakha regenerates the schedule from the product and the
disbursement, and places what was repaid on it, oldest installment first, interest
before principal (as a repayment is allocated):

* installments paid k only: the first k installments are paid; outstanding = the
  schedule's balance after k.
* outstanding O only: principal repaid R = loan − O is placed installment by
  installment; an installment it reaches only in part has its interest paid and R's
  remainder on its principal.
* both: the schedule's balance after k must equal O to the paisa, else the old system
  and the product disagree (another rate, rounding or term) and the row is refused.

The result is a tuple of (principal paid, interest paid) per installment; its principal
sum is exactly loan − outstanding, so the opening ledger and the schedule agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.schedule import ScheduledInstallment

ZERO = Decimal("0.00")


class OpeningMismatch(ValueError):
    """The stated position cannot be placed on the schedule (`code` says why)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


@dataclass(frozen=True)
class OpeningPosition:
    paid: tuple[tuple[Decimal, Decimal], ...]  # (principal, interest) per installment
    outstanding: Decimal
    installments_paid: int  # fully paid

    @property
    def principal_repaid(self) -> Decimal:
        return sum((p for p, _i in self.paid), ZERO)

    @property
    def interest_repaid(self) -> Decimal:
        return sum((i for _p, i in self.paid), ZERO)


def opening_position(schedule: tuple[ScheduledInstallment, ...], principal: Decimal,
                     installments_paid: int | None, outstanding: Decimal | None
                     ) -> OpeningPosition:
    """Place the old system's position on `schedule` (see the module docstring)."""
    n = len(schedule)
    if installments_paid is None and outstanding is None:
        raise OpeningMismatch("position_missing")
    if installments_paid is not None and not 0 <= installments_paid < n:
        raise OpeningMismatch("paid_count", paid=installments_paid, count=n)
    if outstanding is not None and not ZERO < outstanding <= principal:
        raise OpeningMismatch("outstanding_range", outstanding=outstanding,
                              principal=principal)
    if installments_paid is not None:
        after = schedule[installments_paid - 1].balance if installments_paid else principal
        if outstanding is not None and outstanding != after:
            raise OpeningMismatch("disagree", paid=installments_paid, schedule=after,
                                  outstanding=outstanding)
        paid = tuple((i.principal, i.interest) if i.number <= installments_paid
                     else (ZERO, ZERO) for i in schedule)
        return OpeningPosition(paid, after, installments_paid)
    assert outstanding is not None
    left = principal - outstanding
    rows: list[tuple[Decimal, Decimal]] = []
    full = 0
    for inst in schedule:
        if left > 0 and left >= inst.principal:  # wholly paid (interest-only rows too)
            rows.append((inst.principal, inst.interest))
            left -= inst.principal
            full += 1
        elif left > 0:
            rows.append((left, inst.interest))
            left = ZERO
        else:
            rows.append((ZERO, ZERO))
    return OpeningPosition(tuple(rows), outstanding, full)

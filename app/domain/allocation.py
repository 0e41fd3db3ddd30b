"""Allocating a payment to a loan's installments.

Overdue and due installments first, oldest first; within an installment the order is
penalty → fees → interest → principal (configurable per profile). What is left after
everything due up to the payment date is an advance: applied to the next installments
in order (interest then principal of each) when `apply_advance` is set, else held as
an advance balance. The allocation never loses or invents a paisa:
Σ lines + advance == payment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.domain.money import round_paisa

ZERO = Decimal("0.00")
DEFAULT_ORDER = ("penalty", "fees", "interest", "principal")


@dataclass(frozen=True)
class InstallmentDue:
    """What is still owed on one installment."""

    number: int
    due_on: date
    principal_due: Decimal
    interest_due: Decimal
    fees_due: Decimal = ZERO
    penalty_due: Decimal = ZERO

    @property
    def total_due(self) -> Decimal:
        return self.principal_due + self.interest_due + self.fees_due + self.penalty_due


@dataclass(frozen=True)
class AllocationLine:
    number: int
    penalty: Decimal = ZERO
    fees: Decimal = ZERO
    interest: Decimal = ZERO
    principal: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.penalty + self.fees + self.interest + self.principal


@dataclass(frozen=True)
class Allocation:
    lines: tuple[AllocationLine, ...]
    advance: Decimal = ZERO
    parts: dict[str, Decimal] = field(default_factory=dict)

    @property
    def principal(self) -> Decimal:
        return sum((line.principal for line in self.lines), ZERO)

    @property
    def interest(self) -> Decimal:
        return sum((line.interest for line in self.lines), ZERO)

    @property
    def fees(self) -> Decimal:
        return sum((line.fees for line in self.lines), ZERO)

    @property
    def penalty(self) -> Decimal:
        return sum((line.penalty for line in self.lines), ZERO)


def _take(remaining: Decimal, due: InstallmentDue, order: Sequence[str]
          ) -> tuple[AllocationLine, Decimal]:
    owed = {"penalty": due.penalty_due, "fees": due.fees_due,
            "interest": due.interest_due, "principal": due.principal_due}
    taken: dict[str, Decimal] = {}
    for part in order:
        amount = min(remaining, owed[part])
        taken[part] = amount
        remaining -= amount
    return AllocationLine(due.number, **taken), remaining


def allocate(payment: Decimal, dues: Sequence[InstallmentDue], as_of: date,
             order: Sequence[str] = DEFAULT_ORDER, apply_advance: bool = True, *,
             allow_advance: bool | None = None) -> Allocation:
    """Split `payment` over `dues` (see the module docstring).

    `allow_advance` (alias of `apply_advance`; wins when given): whether money left after
    everything due up to `as_of` goes to the next future installments, oldest first;
    otherwise it is returned as `advance`, held for the next meetings.
    """
    if allow_advance is not None:
        apply_advance = allow_advance
    if payment < 0:
        raise ValueError("payment must not be negative")
    if sorted(order) != sorted(DEFAULT_ORDER):
        raise ValueError("order must name penalty, fees, interest and principal once each")
    remaining = round_paisa(payment)
    lines: list[AllocationLine] = []
    ordered = sorted(dues, key=lambda d: (d.due_on, d.number))
    current = [d for d in ordered if d.due_on <= as_of]
    future = [d for d in ordered if d.due_on > as_of] if apply_advance else []
    for due in current + future:
        if remaining <= 0:
            break
        line, remaining = _take(remaining, due, order)
        if line.total > 0:
            lines.append(line)
    return Allocation(tuple(lines), advance=remaining)


def amount_due(dues: Sequence[InstallmentDue], as_of: date) -> Decimal:
    """Everything owed up to and including `as_of` (arrears + this meeting's due)."""
    return sum((d.total_due for d in dues if d.due_on <= as_of), ZERO)


def prepayment_amount(dues: Sequence[InstallmentDue], as_of: date, declining: bool,
                      outstanding_principal: Decimal, periodic_rate: Decimal,
                      last_due_or_disbursed: date, period_days: int,
                      prepayment_penalty_percent: Decimal = ZERO, *,
                      penalty_allowed: bool = True) -> Decimal:
    """What closes the loan today.

    Declining loans: everything overdue + outstanding principal not yet due + interest
    accrued on it since the last due date (pro rata by days: principal × periodic rate ×
    days / the days of the period now running, from `last_due_or_disbursed` to the next
    due date — `period_days` only when no installment is still to come — to the paisa;
    so it never exceeds one period's interest, even in a first period stretched by the
    minimum gap or one lengthened by a holiday), no penalty under a profile that forbids one
    (India: pass `penalty_allowed=False`). Flat loans: all remaining dues (the interest
    is contractual). `outstanding_principal` is kept for callers; the dues decide.
    """
    overdue = amount_due(dues, as_of)
    if not declining:
        return sum((d.total_due for d in dues), ZERO)
    not_due_principal = sum((d.principal_due for d in dues if d.due_on > as_of), ZERO)
    days = max(0, (as_of - last_due_or_disbursed).days)
    upcoming = [d.due_on for d in dues if d.due_on > as_of]
    if upcoming:
        period_days = max(1, (min(upcoming) - last_due_or_disbursed).days)
    accrued = round_paisa(not_due_principal * periodic_rate * Decimal(days)
                          / Decimal(period_days))
    penalty = round_paisa(not_due_principal * prepayment_penalty_percent / 100) \
        if penalty_allowed else ZERO
    _ = outstanding_principal
    return overdue + not_due_principal + accrued + penalty

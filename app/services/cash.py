"""The cash book of a day, derived from the journal (never typed in)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, case, func, select

from app.db.ledger import CASH_SIGN
from app.db.models import JournalEntry, Staff
from app.services.common import read_session


@dataclass(frozen=True)
class CashLine:
    kind: str
    officer_en: str
    officer_bn: str
    receipts_minor: int
    payments_minor: int


@dataclass(frozen=True)
class CashBook:
    on: date
    opening_minor: int
    lines: tuple[CashLine, ...]
    receipts_minor: int
    payments_minor: int
    closing_minor: int


def _signed_cash():  # type: ignore[no-untyped-def]
    sign = case(*[(JournalEntry.kind == k, v) for k, v in CASH_SIGN.items()], else_=0)
    reversal = case((JournalEntry.reverses_id.is_(None), 1), else_=-1)
    return JournalEntry.amount_minor * sign * reversal


def cash_book(engine: Engine, on: date) -> CashBook:
    """Opening balance, receipts and payments by kind and officer, closing balance."""
    with read_session(engine) as s:
        opening = int(s.scalar(select(func.coalesce(func.sum(_signed_cash()), 0))
                               .where(JournalEntry.business_date < on)) or 0)
        rows = s.execute(
            select(JournalEntry.kind, Staff.full_name_en, Staff.full_name_bn,
                   func.sum(_signed_cash()))
            .join(Staff, Staff.id == JournalEntry.staff_id)
            .where(JournalEntry.business_date == on)
            .group_by(JournalEntry.kind, Staff.id).order_by(JournalEntry.kind)).all()
    totals: dict[str, int] = defaultdict(int)
    lines = []
    for kind, en, bn, amount in rows:
        amount = int(amount or 0)
        if CASH_SIGN.get(kind, 0) == 0:
            continue
        receipts, payments = (amount, 0) if amount >= 0 else (0, -amount)
        totals["in"] += receipts
        totals["out"] += payments
        lines.append(CashLine(kind, en, bn, receipts, payments))
    return CashBook(on, opening, tuple(lines), totals["in"], totals["out"],
                    opening + totals["in"] - totals["out"])

"""Per-loan caches the reports read instead of the loan's installments (migration 0016).

- `loan_position`: one row per loan that has installments — their count, scheduled
  principal and interest, what the installment paid caches say was paid, and the due
  date of the oldest installment not fully paid. The portfolio reads ~5–10 k of these
  instead of ~1 M installments; the arrears of a loan in arrears are added up from its
  unpaid installments only (from that oldest date on).
- `loan_demand_month`: what falls due per loan and calendar month (principal, interest);
  the DCB's demand from before its period reads these, not every installment.

Both are kept by SQLite triggers on `installment` (in the same transaction as whatever
writes an installment: schedules, repayments, reversals, reschedules, raw imports), so no
posting path has to remember them; `shakha db check` recomputes them from the installments
(which it proves equal to the journal) and names any loan whose cache disagrees.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class LoanPosition(Base):
    __tablename__ = "loan_position"
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    installments: Mapped[int] = mapped_column(Integer)
    principal_minor: Mapped[int] = mapped_column(Integer)
    interest_minor: Mapped[int] = mapped_column(Integer)
    paid_principal_minor: Mapped[int] = mapped_column(Integer)
    paid_interest_minor: Mapped[int] = mapped_column(Integer)
    oldest_unpaid_on: Mapped[date | None] = mapped_column(Date)


class LoanDemandMonth(Base):
    __tablename__ = "loan_demand_month"
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    principal_minor: Mapped[int] = mapped_column(Integer)
    interest_minor: Mapped[int] = mapped_column(Integer)

"""Per-loan caches the reports read instead of the loan's installments (migration 0016).

- `loan_position`: one row per loan that has installments — their count, scheduled
  principal and interest, what the installment paid caches say was paid, and the due
  date of the oldest installment not fully paid. The portfolio reads ~5–10 k of these
  instead of ~1 M installments; the arrears of a loan in arrears are added up from its
  unpaid installments only (from that oldest date on).
- `loan_demand_month`: what falls due per loan and calendar month (principal, interest);
  the DCB's demand from before its period reads these, not every installment.
- two covering indexes in date order (`ix_installment_due_loan`,
  `ix_journal_repayment_date`) for what falls due and what is repaid within a period.

Both are kept by SQLite triggers on `installment` (in the same transaction as whatever
writes an installment: schedules, repayments, reversals, reschedules, raw imports), so no
posting path has to remember them; `shakha db check` recomputes them from the installments
(which it proves equal to the journal) and names any loan whose cache disagrees.
Their dates are day numbers, as the installments' are (app.db.base.DayNumber, 0017).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, Integer, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, DayNumber
from app.db.models import Installment, JournalEntry


class LoanPosition(Base):
    __tablename__ = "loan_position"
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    installments: Mapped[int] = mapped_column(Integer)
    principal_minor: Mapped[int] = mapped_column(Integer)
    interest_minor: Mapped[int] = mapped_column(Integer)
    paid_principal_minor: Mapped[int] = mapped_column(Integer)
    paid_interest_minor: Mapped[int] = mapped_column(Integer)
    oldest_unpaid_on: Mapped[date | None] = mapped_column(DayNumber)


class LoanDemandMonth(Base):
    __tablename__ = "loan_demand_month"
    __table_args__ = {"sqlite_with_rowid": False}  # stored in (loan, month) order
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    month: Mapped[date] = mapped_column(DayNumber, primary_key=True)  # its first day
    principal_minor: Mapped[int] = mapped_column(Integer)
    interest_minor: Mapped[int] = mapped_column(Integer)


# A period's installments and repayments read in date order, every column the DCB adds
# up in the index itself (a month's ~20 k rows on neighbouring pages, not one seek per
# loan into the 1 M-row loan-ordered index).
Index("ix_installment_due_loan", Installment.due_on, Installment.loan_id,
      Installment.principal_minor, Installment.interest_minor)
Index("ix_journal_repayment_date", JournalEntry.business_date, JournalEntry.loan_id,
      JournalEntry.principal_minor, JournalEntry.interest_minor, JournalEntry.reverses_id,
      JournalEntry.channel, sqlite_where=text("kind = 'repayment'"))
# the written-off loans' write-offs and recoveries (a handful among 1.8 M journal rows)
Index("ix_journal_write_off", JournalEntry.loan_id, JournalEntry.kind,
      JournalEntry.business_date, JournalEntry.amount_minor, JournalEntry.reverses_id,
      sqlite_where=text("kind IN ('write_off', 'recovery')"))

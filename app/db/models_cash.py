"""Cash differences found at day close, held in suspense until settled.

When the cash counted in the safe is not what the cash book says, the manager closes
the day with the difference recorded (a reason is required): a shortage leaves the cash
book into the "cash shortage" suspense head, an excess comes in to the "cash excess"
suspense head, so the book equals the cash really there. The difference stays an open
task until it is settled — a shortage recovered (cash back in) or written off as a loss
(no cash), an excess returned to whom it belongs (cash out) or taken to income (no cash)
— or reversed (the count was wrong). Each of those is a journal row; this table only
says where each difference stands.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class CashDifference(Base):
    __tablename__ = "cash_difference"
    id: Mapped[int] = mapped_column(primary_key=True)
    on_date: Mapped[date] = mapped_column(Date, index=True)  # the day closed with it
    direction: Mapped[str] = mapped_column(String(8))  # short | over
    amount_minor: Mapped[int] = mapped_column(Integer)  # > 0
    reason: Mapped[str] = mapped_column(Text)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))  # the manager: approval
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open|settled|reversed
    # recovered | written_off | returned | to_income | reversed
    settlement: Mapped[str | None] = mapped_column(String(12))
    settlement_note: Mapped[str] = mapped_column(Text, default="")
    settlement_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    settled_on: Mapped[date | None] = mapped_column(Date)
    settled_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

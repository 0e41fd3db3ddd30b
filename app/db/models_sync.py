"""Branch-side tables of sync beyond the outbox: head-office decisions received."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class HqDecision(Base):
    """A head-office decision (e.g. on a forwarded loan application), as received."""

    __tablename__ = "hq_decision"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

"""Branch-side tables of sync beyond the outbox: head-office decisions received."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class HqDecision(Base):
    """A head-office decision (e.g. on a forwarded loan application), as received."""

    __tablename__ = "hq_decision"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncCheckpoint(Base):
    """Head office's signed acknowledgement, as received (`document`: the signed JSON,
    verified again by `db check`); never changed or removed (triggers)."""

    __tablename__ = "sync_checkpoint"
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    acked_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    acked_hash: Mapped[str] = mapped_column(String(64))
    journal_id: Mapped[int | None] = mapped_column(BigInteger)
    journal_hash: Mapped[str | None] = mapped_column(String(64))
    signed_at: Mapped[str] = mapped_column(String(40))
    document: Mapped[str] = mapped_column(Text)

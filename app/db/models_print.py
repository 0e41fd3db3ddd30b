"""Printing state kept at the branch: where each member's paper passbook stands, and
each printer's calibrated offsets.

- `passbook_print`: per member, the last journal row already printed in her passbook and
  the passbook page and line it went on, so the next print starts at the next free line.
- `printer_offset`: per printer (the name the operating system gives it), how far its
  paper sits from where it should, in tenths of a millimetre, measured once with the
  calibration page.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class PassbookPrint(Base):
    __tablename__ = "passbook_print"
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    last_entry_id: Mapped[int] = mapped_column(Integer, default=0)  # journal_entry.id
    page: Mapped[int] = mapped_column(Integer, default=1)  # passbook page, from 1
    line: Mapped[int] = mapped_column(Integer, default=0)  # last printed line, 0 = none
    printed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    printed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class PrinterOffset(Base):
    __tablename__ = "printer_offset"
    printer: Mapped[str] = mapped_column(String(120), primary_key=True)
    dx_tenth_mm: Mapped[int] = mapped_column(Integer, default=0)  # + moves print right
    dy_tenth_mm: Mapped[int] = mapped_column(Integer, default=0)  # + moves print down

"""The existing book brought in from the old system (app.services.opening_import).

`opening_import_ref` maps each record of the old system (entity + its id there) to the
row Shakha made for it, so importing the same file again creates nothing twice and the
old ids stay findable (they are also kept as the codes where they fit).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class OpeningImportRef(Base):
    __tablename__ = "opening_import_ref"
    # group | member | loan | savings | cash
    entity: Mapped[str] = mapped_column(String(10), primary_key=True)
    old_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    new_id: Mapped[int] = mapped_column(Integer)
    batch: Mapped[str] = mapped_column(String(36))  # one id per committed import
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

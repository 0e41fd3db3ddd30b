"""First sync of a branch with history: its tables cut into chunks for head office.

Chunks are named `table:first_id` and cut by id, so a broken upload resumes by asking
head office which chunks it holds; head office upserts, so a chunk sent twice is harmless.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Group, Installment, JournalEntry, Loan, Member

CHUNK_ROWS = 5000
_TABLES: tuple[tuple[str, Any, tuple[str, ...]], ...] = (
    ("member_group", Group, ("id", "code", "name_en", "name_bn", "status")),
    ("member", Member, ("id", "code", "group_id", "name_en", "name_bn", "status",
                        "joining_date")),
    ("loan", Loan, ("id", "loan_no", "member_id", "status", "principal_minor",
                    "disbursed_on")),
    ("installment", Installment, ("id", "loan_id", "number", "due_on", "principal_minor",
                                  "interest_minor", "paid_principal_minor",
                                  "paid_interest_minor")),
    ("journal_entry", JournalEntry, ("id", "business_date", "kind", "amount_minor",
                                     "principal_minor", "interest_minor", "member_id",
                                     "loan_id", "reverses_id")),
)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def snapshot_chunks(engine: Engine, rows_per_chunk: int = CHUNK_ROWS
                    ) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """(chunk name, table, rows) for every table of the snapshot, in id order."""
    for table, model, fields in _TABLES:
        columns = [getattr(model, f) for f in fields]
        after = 0
        while True:
            with Session(engine) as session:
                rows = session.execute(select(*columns).where(model.id > after)
                                       .order_by(model.id).limit(rows_per_chunk)).all()
            if not rows:
                break
            yield (f"{table}:{rows[0][0]}", table,
                   [{f: _plain(v) for f, v in zip(fields, row, strict=True)} for row in rows])
            after = rows[-1][0]

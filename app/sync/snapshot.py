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
from app.db.uow import IMAGE_FIELDS, JOURNAL_FIELDS

CHUNK_ROWS = 5000
# The same fields the unit of work puts in events (app.db.uow), so both arrive alike.
_TABLES: tuple[tuple[str, Any, tuple[str, ...]], ...] = (
    ("member_group", Group, IMAGE_FIELDS["member_group"]),
    ("member", Member, IMAGE_FIELDS["member"]),
    ("loan", Loan, IMAGE_FIELDS["loan"]),
    ("installment", Installment, IMAGE_FIELDS["installment"]),
    ("journal_entry", JournalEntry, JOURNAL_FIELDS),
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

"""First sync of a branch with history: its tables cut into chunks for head office,
announced first by a manifest.

Chunks are named `table:first_id` and cut by id, so a broken upload resumes by asking
head office which chunks it holds. Before any chunk the branch announces the manifest
(SYNC.md, Trust): per table the row count and a digest (SHA-256 over the canonical rows
in the order the chunks carry them), the journal head (id, hash) and the outbox cursor
(seq, hash). Manifest and chunks are read in one transaction, so they describe the same
state; head office applies the chunks only if they match it, all at once.

Journal rows carry, beside the fields events carry, those the journal hash also covers
(posted_at, staff_id, reason) and the row's hash: head office recomputes the chain and
checks that it reaches the announced head.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Group, Installment, JournalEntry, Loan, Member, OutboxEvent
from app.db.uow import IMAGE_FIELDS, JOURNAL_FIELDS
from app.sync.canonical import GENESIS_HASH
from app.sync.outbox import get_state
from app.sync.snapshot_manifest import JOURNAL_CHAIN_FIELDS, table_digests

CHUNK_ROWS = 5000
# The same fields the unit of work puts in events (app.db.uow), so both arrive alike.
_TABLES: tuple[tuple[str, Any, tuple[str, ...]], ...] = (
    ("member_group", Group, IMAGE_FIELDS["member_group"]),
    ("member", Member, IMAGE_FIELDS["member"]),
    ("loan", Loan, IMAGE_FIELDS["loan"]),
    ("installment", Installment, IMAGE_FIELDS["installment"]),
    ("journal_entry", JournalEntry, JOURNAL_FIELDS + JOURNAL_CHAIN_FIELDS),
)
Chunk = tuple[str, str, list[dict[str, Any]]]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _chunks(session: Session, rows_per_chunk: int) -> Iterator[Chunk]:
    for table, model, fields in _TABLES:
        columns = [getattr(model, f) for f in fields]
        after = 0
        while True:
            rows = session.execute(select(*columns).where(model.id > after)
                                   .order_by(model.id).limit(rows_per_chunk)).all()
            if not rows:
                break
            yield (f"{table}:{rows[0][0]}", table,
                   [{f: _plain(v) for f, v in zip(fields, row, strict=True)} for row in rows])
            after = rows[-1][0]


def snapshot_chunks(engine: Engine, rows_per_chunk: int | None = None) -> Iterator[Chunk]:
    """(chunk name, table, rows) for every table of the snapshot, in id order."""
    with Session(engine) as session:
        yield from _chunks(session, rows_per_chunk or CHUNK_ROWS)


def snapshot_with_manifest(engine: Engine, rows_per_chunk: int | None = None
                           ) -> tuple[dict[str, Any], list[Chunk]]:
    """(manifest, chunks), both read in one transaction: the manifest describes exactly
    the rows the chunks carry. The chunks are held in memory (a branch's history is some
    hundred thousand rows at most; the chunks are what the upload sends anyway)."""
    with Session(engine) as session, session.begin():
        chunks = list(_chunks(session, rows_per_chunk or CHUNK_ROWS))
        journal = session.execute(select(JournalEntry.id, JournalEntry.hash)
                                  .order_by(JournalEntry.id.desc()).limit(1)).first()
        last = session.execute(select(OutboxEvent.seq, OutboxEvent.hash)
                               .order_by(OutboxEvent.seq.desc()).limit(1)).first()
        # with every event acknowledged and pruned, the cursor is the acknowledgement
        outbox = (last[0], last[1]) if last is not None else (
            int(get_state(session, "acked_seq", "0")),
            get_state(session, "acked_hash", GENESIS_HASH))
    manifest = {
        "tables": table_digests(chunks),
        "journal_head": {"id": journal[0] if journal else 0,
                         "hash": journal[1] if journal else GENESIS_HASH},
        "outbox": {"seq": outbox[0], "hash": outbox[1]},
    }
    return manifest, chunks

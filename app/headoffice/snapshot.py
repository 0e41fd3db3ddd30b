"""First sync of a branch with history: a snapshot uploaded in resumable chunks.

A branch whose years of data predate its outbox sends its tables (groups, members,
loans, installments, journal) in chunks named `table:first_id`. Each chunk is checked
and written like the rows events carry (projection.py): rows upserted, journal rows
stored once by id. Each chunk has its own transaction and is remembered, so a broken
upload resumes where it stopped; the same chunk twice changes nothing. Events that
overlap the snapshot change nothing more: their journal rows are already held, and
their row images are older states that the later events bring up to date.

A snapshot is accepted only while the branch's first sync is open: once one is finished
(`HqBranch.snapshot_id`), every chunk and every other finish is refused with a
"snapshot" alarm, and nothing is written — after that, rows reach head office's ledger
only inside chained, signed events (SYNC.md, Trust). A chunk carried again after the
finish is refused too: the branch never sends one (its snapshot is done).
"""

from __future__ import annotations

from typing import Any, NoReturn

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.headoffice.ingest import Refused, now
from app.headoffice.models import HqBranch, HqSnapshotChunk
from app.headoffice.projection import snapshot_rows
from app.headoffice.projection_write import write
from app.headoffice.projector import lock_cursor
from app.sync.canonical import canonical_json

SNAPSHOT_TABLES = ("member_group", "member", "loan", "installment", "journal_entry")


def received_chunks(engine: Engine, code: str, snapshot_id: str) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(HqSnapshotChunk.chunk).where(
            HqSnapshotChunk.branch == code, HqSnapshotChunk.snapshot_id == snapshot_id)))


def receive_chunk(engine: Engine, code: str, body: dict[str, Any]) -> dict[str, Any]:
    try:
        snapshot_id, table = str(body["snapshot_id"]), str(body["table"])
        chunk, rows = str(body["chunk"]), list(body["rows"])
    except (KeyError, TypeError):
        raise Refused("malformed snapshot chunk", code="malformed") from None
    gathered = snapshot_rows(table, rows) if table in SNAPSHOT_TABLES else None
    if gathered is None:
        raise Refused("malformed snapshot chunk", code="malformed")
    with Session(engine) as session, session.begin():
        branch = session.get(HqBranch, code, with_for_update=True)
        if branch is None:
            raise Refused("unknown branch")
        if branch.snapshot_id is not None:
            closed = branch.snapshot_id
        elif session.get(HqSnapshotChunk, (code, snapshot_id, chunk)) is not None:
            return {"chunk": chunk, "duplicate": True}
        else:
            closed = None
            # kept with where the projector stands, to be applied there again by a rebuild
            position = lock_cursor(session, code, wait=True)
            number = session.scalar(select(func.count()).select_from(HqSnapshotChunk)
                                    .where(HqSnapshotChunk.branch == code)) or 0
            write(session, code, branch.epoch, gathered)
            session.add(HqSnapshotChunk(
                branch=code, snapshot_id=snapshot_id, chunk=chunk, rows=len(rows),
                received_at=now(), body=canonical_json({"table": table, "rows": rows}),
                after_epoch=position.epoch if position else None,
                after_seq=position.seq if position else None, number=number + 1))
    if closed is not None:
        _closed(engine, code, f"snapshot chunk {chunk[:60]} refused: branch {code}'s first "
                f"sync finished with snapshot {closed}; rows of its ledger come only in "
                "chained events now")
    return {"chunk": chunk, "duplicate": False}


def _closed(engine: Engine, code: str, reason: str) -> NoReturn:
    """A snapshot after the first sync finished: refused, and head office's alarm."""
    from app.headoffice.alarms import raise_alarm

    raise_alarm(engine, code, "snapshot", reason)
    raise Refused(reason, code="snapshot")


def finish_snapshot(engine: Engine, code: str, snapshot_id: str) -> dict[str, Any]:
    with Session(engine) as session, session.begin():
        branch = session.get(HqBranch, code, with_for_update=True)
        if branch is None:
            raise Refused("unknown branch")
        if branch.snapshot_id is None or branch.snapshot_id == snapshot_id:
            branch.snapshot_id = snapshot_id  # the same finish again changes nothing
            return {"snapshot_id": snapshot_id}
        closed = branch.snapshot_id
    _closed(engine, code, f"snapshot {snapshot_id[:40]} refused: branch {code}'s first sync "
            f"finished with snapshot {closed}")

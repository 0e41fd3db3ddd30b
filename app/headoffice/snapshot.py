"""First sync of a branch with history: a snapshot uploaded in resumable chunks.

A branch whose years of data predate its outbox sends its tables (groups, members,
loans, installments, journal) in chunks named `table:first_id`. Each chunk is upserted
into the consolidated tables in its own transaction and remembered, so a broken upload
resumes where it stopped; the same chunk twice changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from app.headoffice.ingest import Refused, now, project_journal
from app.headoffice.models import (
    HqBase,
    HqBranch,
    HqGroup,
    HqInstallment,
    HqLoan,
    HqMember,
    HqSnapshotChunk,
)

TABLES: dict[str, type[HqBase]] = {"member_group": HqGroup, "member": HqMember,
                                   "loan": HqLoan, "installment": HqInstallment}
SNAPSHOT_TABLES = ("member_group", "member", "loan", "installment", "journal_entry")
_DATES = {"joining_date", "disbursed_on", "due_on"}


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
    if table not in SNAPSHOT_TABLES or not all(isinstance(r, dict) for r in rows):
        raise Refused("malformed snapshot chunk", code="malformed")
    with Session(engine) as session, session.begin():
        if session.get(HqBranch, code) is None:
            raise Refused("unknown branch")
        if session.get(HqSnapshotChunk, (code, snapshot_id, chunk)) is not None:
            return {"chunk": chunk, "duplicate": True}
        if table == "journal_entry":
            project_journal(session, code, rows)
        elif rows:
            model = TABLES[table]
            columns = {c.name for c in model.__table__.columns} - {"branch"}
            values = [{"branch": code, **{k: (date.fromisoformat(v) if k in _DATES and v
                                              else v)
                                          for k, v in r.items() if k in columns}}
                      for r in rows]
            stmt = pg_insert(model).values(values)
            keys = [c for c in columns if c != "id"]
            session.execute(stmt.on_conflict_do_update(
                index_elements=["branch", "id"],
                set_={k: stmt.excluded[k] for k in keys}))
        session.add(HqSnapshotChunk(branch=code, snapshot_id=snapshot_id, chunk=chunk,
                                    rows=len(rows), received_at=now()))
    return {"chunk": chunk, "duplicate": False}


def finish_snapshot(engine: Engine, code: str, snapshot_id: str) -> dict[str, Any]:
    with Session(engine) as session, session.begin():
        branch = session.get(HqBranch, code, with_for_update=True)
        if branch is None:
            raise Refused("unknown branch")
        branch.snapshot_id = snapshot_id
        return {"snapshot_id": snapshot_id}

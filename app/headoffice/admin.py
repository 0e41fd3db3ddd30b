"""Head-office administration: reference data (branch devices: devices.py)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from app.headoffice.models import HqReference
from app.sync.reference import check_change

REFERENCE_KINDS = ("holiday", "product", "staff", "sanction_power", "decision", "request",
                   "institution", "bureau")


class AdminError(ValueError):
    pass


def publish(engine: Engine, kind: str, key: str, payload: dict[str, Any],
            branch: str | None = None, deleted: bool = False) -> int:
    """Publish one reference-data change; returns its version.

    Versions come from a table lock, not a sequence: writes are serialised, so a reader
    never sees version n+1 before n has committed (SYNC.md's warning about cursors)."""
    if kind not in REFERENCE_KINDS:
        raise AdminError(f"unknown reference kind {kind}")
    if not deleted:
        check_change(kind, key, payload)  # a change no branch can apply blocks them all
    with Session(engine) as session, session.begin():
        if engine.dialect.name == "postgresql":
            session.execute(text("LOCK TABLE hq_reference IN EXCLUSIVE MODE"))
        version = (session.scalar(select(func.max(HqReference.version))) or 0) + 1
        session.add(HqReference(version=version, kind=kind, key=key,
                                payload=json.dumps(payload, sort_keys=True,
                                                   ensure_ascii=False),
                                deleted=deleted, branch=branch))
        return version


def changes_since(engine: Engine, code: str, cursor: int, limit: int = 500
                  ) -> dict[str, Any]:
    """A page of reference changes for a branch: {changes, next_cursor, has_more}.

    A cursor beyond every version head office holds (its database restored from a
    backup, or a new one) gets `reset`: the branch starts again from 0; the changes are
    upserts and tombstones, so taking them again is harmless."""
    with Session(engine) as session:
        if cursor > (session.scalar(select(func.max(HqReference.version))) or 0):
            return {"changes": [], "next_cursor": 0, "has_more": True, "reset": True}
        rows = session.scalars(
            select(HqReference).where(HqReference.version > cursor,
                                      (HqReference.branch.is_(None))
                                      | (HqReference.branch == code))
            .order_by(HqReference.version).limit(limit + 1)).all()
    page = rows[:limit]
    return {"changes": [{"version": r.version, "kind": r.kind, "key": r.key,
                         "payload": json.loads(r.payload), "deleted": r.deleted}
                        for r in page],
            "next_cursor": page[-1].version if page else cursor,
            "has_more": len(rows) > limit}

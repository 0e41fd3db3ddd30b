"""The audit trail's hash chain: what a row's hash covers, and sealing a unit's rows.

Each audit row's hash is SHA-256 over the previous row's hash (hex) and the row's
content, as the journal's is (app.db.canonical); the `chain_head` row "audit" records
the last row, so `shakha db check` (app.db.check) finds a row altered, inserted or
removed anywhere, the end included. Rows get their id and hash when their unit of work
commits (UnitOfWork._seal), inside its write transaction, so two processes never chain
onto the same row.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.db.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.db.models import AuditEvent, ChainHead


def audit_content(id_: int, at: datetime, business_date: date, staff_id: int | None,
                  action: str, entity: str, entity_id: str, details: Any) -> str:
    """The text an audit row's hash covers (details as sorted JSON: they may hold any
    JSON value, a printer's offset in millimetres too)."""
    head = canonical_json({"id": id_, "at": at.isoformat(), "business_date": business_date,
                           "staff_id": staff_id, "action": action, "entity": entity,
                           "entity_id": entity_id})
    body = json.dumps(details if details is not None else {}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False, default=str)
    return head + body


def row_content(row: AuditEvent) -> str:
    return audit_content(row.id, row.at, row.business_date, row.staff_id, row.action,
                         row.entity, row.entity_id, row.details)


def seal_audit(session: Session, rows: list[AuditEvent]) -> None:
    """Number and chain `rows` after the chain's last row, and add them."""
    if not rows:
        return
    head = session.get(ChainHead, "audit")
    if head is None:  # a database from before the chain (0012): start it at its end
        last = session.query(AuditEvent.id).order_by(AuditEvent.id.desc()).first()
        head = ChainHead(chain="audit", epoch=0, last_seq=last[0] if last else 0,
                         last_hash="")
        session.add(head)
    seq, prev = head.last_seq, head.last_hash or GENESIS_HASH
    for row in rows:
        seq += 1
        row.id = seq
        row.hash = prev = chain_hash(prev, row_content(row))
        session.add(row)
    head.last_seq, head.last_hash = seq, prev

"""Unit of work: one service call = one transaction, with its audit and outbox rows.

Services receive a `UnitOfWork`; whatever they add through `uow.session`, `uow.journal`
and `uow.emit(...)` commits together or not at all (cosmicpython's pattern). Leaving the
`with` block without an exception commits; any exception rolls everything back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.db.ids import uuid7
from app.db.ledger import JournalWriter
from app.db.models import AuditEvent, Branch, OutboxEvent, SyncState


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service runs (recorded in audit and outbox)."""

    staff_id: int | None
    username: str
    role: str
    sanction_grade: str | None = None

    @classmethod
    def system(cls) -> Actor:
        return cls(staff_id=None, username="system", role="admin")


def outbox_content(event: OutboxEvent) -> dict[str, Any]:
    """The fields the outbox hash covers (the same at head office)."""
    return {
        "seq": event.seq, "event_id": event.event_id, "epoch": event.epoch,
        "type": event.type, "schema_version": event.schema_version,
        "aggregate_id": event.aggregate_id, "business_date": event.business_date,
        "device_time": event.device_time, "staff_id": event.staff_id,
        "payload": event.payload,
    }


def _sync_value(session: Session, key: str, default: str) -> str:
    row = session.get(SyncState, key)
    return default if row is None else row.value


class UnitOfWork:
    def __init__(self, engine: Engine, actor: Actor) -> None:
        self.engine = engine
        self.actor = actor
        self.session: Session
        self._journal: JournalWriter | None = None
        self._outbox_last: tuple[int, str] | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = Session(self.engine, expire_on_commit=False, autoflush=True)
        self.session.begin()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        try:
            if exc_type is None:
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    @property
    def journal(self) -> JournalWriter:
        if self._journal is None:
            self._journal = JournalWriter(self.session)
        return self._journal

    def business_date(self) -> date:
        branch = self.session.scalars(select(Branch)).first()
        if branch is None:
            raise LookupError("branch database has no branch row")
        return branch.business_date

    def audit(self, action: str, entity: str, entity_id: object, business_date: date,
              details: dict[str, Any] | None = None) -> None:
        self.session.add(AuditEvent(
            at=utcnow(), business_date=business_date, staff_id=self.actor.staff_id,
            action=action, entity=entity, entity_id=str(entity_id), details=details or {},
        ))

    def emit(self, event_type: str, aggregate_id: object, payload: dict[str, Any],
             business_date: date, *, audit: bool = True) -> OutboxEvent:
        """Append a domain event to the outbox (and, by default, an audit row)."""
        if self._outbox_last is None:
            last = self.session.execute(
                select(OutboxEvent.seq, OutboxEvent.hash).order_by(OutboxEvent.seq.desc())
                .limit(1)
            ).first()
            if last is not None:
                self._outbox_last = (int(last[0]), str(last[1]))
            else:  # empty outbox: continue after the last acknowledged event
                acked = int(_sync_value(self.session, "acked_seq", "0"))
                ack_hash = _sync_value(self.session, "acked_hash",
                                       _sync_value(self.session, "genesis_hash", GENESIS_HASH))
                self._outbox_last = (acked, ack_hash)
        seq, prev = self._outbox_last
        event = OutboxEvent(
            seq=seq + 1, event_id=uuid7(), epoch=int(_sync_value(self.session, "epoch", "1")),
            type=event_type, schema_version=1, aggregate_id=str(aggregate_id),
            business_date=business_date, device_time=utcnow(),
            staff_id=self.actor.staff_id, payload=canonical_json(payload), prev_hash=prev,
        )
        event.hash = chain_hash(prev, outbox_content(event))
        self.session.add(event)
        self._outbox_last = (event.seq, event.hash)
        if audit:
            self.audit(event_type, event_type.split(".")[0], aggregate_id, business_date,
                       payload)
        return event

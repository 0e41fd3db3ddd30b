"""Unit of work: one service call = one transaction, with its audit and outbox rows.

Services receive a `UnitOfWork`; whatever they add through `uow.session`, `uow.journal`
and `uow.emit(...)` commits together or not at all (cosmicpython's pattern). Leaving the
`with` block without an exception commits; any exception rolls everything back.

What head office consolidates travels inside the events, so no feature has to think
about it. At commit the outbox events of the unit are sealed (numbered and chained);
each carries, besides its domain payload:

- `journal`: the journal rows posted before it and after the previous event of the
  unit (rows posted after the last event go with the last one), as positional lists
  in `JOURNAL_FIELDS` order;
- `images` / `deleted` (on the unit's last event): the rows of the consolidated tables
  (`IMAGE_FIELDS`) the unit created or changed, as they stand at commit, and the ids it
  deleted. Head office upserts them, so its copy follows the branch.

A unit that posts money or changes such rows without emitting anything still gets an
event (`records.changed`): nothing reaches the database without reaching head office.
Rows changed by bulk SQL (not through the session's objects) are not seen; services
change the consolidated tables through the ORM only, or insert them with
`insert_many`, which records their images as the ORM's would be.
"""

from __future__ import annotations

import json
import operator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.orm import Session

from app.clock import check_device_date, require_reached
from app.db.audit_chain import seal_audit
from app.db.base import day_number, micros, utcnow
from app.db.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.db.ids import uuid7
from app.db.ledger import JournalWriter
from app.db.models import (
    AuditEvent,
    Branch,
    Group,
    Installment,
    JournalEntry,
    Loan,
    Member,
    OutboxEvent,
    SyncState,
)
from app.services.actor import Actor as Actor  # defined on the services side
from app.sync.events import (
    EVENT_SCHEMA,
    IMAGE_FIELDS,
    JOURNAL_FIELDS,
    RESERVED_KEYS,
)

FALLBACK_EVENT = "records.changed"

_IMAGED: dict[type, str] = {Group: "member_group", Member: "member", Loan: "loan",
                            Installment: "installment"}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def journal_row(entry: JournalEntry) -> list[Any]:
    return [_plain(getattr(entry, f)) for f in JOURNAL_FIELDS]


def row_image(table: str, obj: Any) -> list[Any]:
    return [_plain(getattr(obj, f)) for f in IMAGE_FIELDS[table]]


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


def _check_dates(session: Session, business_dates: set[date]) -> None:
    """SYNC.md, Clocks (app.clock): nothing is recorded on a business day the computer's
    calendar has not reached, nor while its date is before head office's last date."""
    if business_dates:
        require_reached(max(business_dates))
    check_device_date(session, utcnow().date())


class _RecordingJournal(JournalWriter):
    """The journal writer of a unit of work: remembers the rows it posted, in order."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.posted: list[JournalEntry] = []
        self.held: list[dict[str, Any]] | None = None  # rows kept for one insert (hold)

    def hold(self) -> None:
        """From now on keep posted rows as plain values and insert them all at once when
        the unit commits (no ORM object a row: a meeting posts dozens). Only for a use
        case that does not read its own journal rows back before it commits; `post`
        then returns a read-only view of the row."""
        if self.held is None:
            self.held = []

    def post(self, **kwargs: Any) -> JournalEntry:  # type: ignore[override]
        if self.held is not None:
            row = self.next_row(**kwargs)
            self.held.append(row)
            view = _Inserted(row)
            self.posted.append(view)  # type: ignore[arg-type]
            return view  # type: ignore[return-value]
        entry = super().post(**kwargs)
        self.posted.append(entry)
        return entry

    def post_values(self, **kwargs: Any) -> dict[str, Any]:
        """The next row as values for UnitOfWork.insert_many (see JournalWriter.next_row),
        remembered like a posted row so it travels with its event."""
        row = self.next_row(**kwargs)
        self.posted.append(_Inserted(row))  # type: ignore[arg-type]
        return row


@dataclass
class _Pending:
    """An emitted event not yet sealed, and how many journal rows preceded it."""

    event_type: str
    aggregate_id: str
    payload: dict[str, Any]
    business_date: date
    device_time: Any
    journal_mark: int
    image_mark: int | None = None  # rows touched before it carry their images on it


# How SQLAlchemy's SQLite dialect stores these types (insert_many writes them itself).
_STORED: dict[str, Any] = {
    "Date": date.isoformat,
    "DateTime": lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f"),
    "JSON": lambda v: json.dumps(v),
    "Boolean": int,
    "Hash32": bytes.fromhex,  # app.db.base: 32 bytes, not the hex text
    "UtcMicros": micros,
    "DayNumber": day_number,  # app.db.base: days since 1970, not the ISO text
}


class _Inserted:
    """A row inserted in bulk (UnitOfWork.insert_many), read as an ORM object is."""

    __slots__ = ("_values",)

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None


class UnitOfWork:
    def __init__(self, engine: Engine, actor: Actor) -> None:
        self.engine = engine
        self.actor = actor
        self.session: Session
        self._journal: _RecordingJournal | None = None
        self._pending: list[_Pending] = []
        self._touched: dict[Any, str] = {}  # changed ORM objects -> table (in order)
        self._deleted: dict[str, set[int]] = {}
        self._audits: list[AuditEvent] = []  # numbered and chained at commit

    def __enter__(self) -> UnitOfWork:
        self.session = Session(self.engine, expire_on_commit=False, autoflush=True)
        event.listen(self.session, "before_flush", self._track)
        self.session.begin()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        try:
            if exc_type is None:
                try:
                    self._seal()
                except BaseException:
                    self.session.rollback()
                    raise
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    @property
    def journal(self) -> _RecordingJournal:
        if self._journal is None:
            self._journal = _RecordingJournal(self.session)
        return self._journal

    def business_date(self) -> date:
        branch = self.session.scalars(select(Branch)).first()
        if branch is None:
            raise LookupError("branch database has no branch row")
        return branch.business_date

    def audit(self, action: str, entity: str, entity_id: object, business_date: date,
              details: dict[str, Any] | None = None) -> None:
        self._audits.append(AuditEvent(
            at=utcnow(), business_date=business_date, staff_id=self.actor.staff_id,
            action=action, entity=entity, entity_id=str(entity_id), details=details or {},
        ))

    def emit(self, event_type: str, aggregate_id: object, payload: dict[str, Any],
             business_date: date, *, audit: bool = True, with_images: bool = False) -> None:
        """Record a domain event for the outbox (and, by default, an audit row).

        The event is numbered, chained and stored when the unit commits, with the
        journal rows and row images that belong to it (see the module docstring).
        `with_images`: the rows created or changed so far (and not on an earlier such
        event) travel on this event rather than on the unit's last one, so a unit that
        creates a whole branch's book sends it in pieces of a size head office takes."""
        clash = [k for k in RESERVED_KEYS if k in payload]
        if clash:
            raise ValueError(f"payload keys {clash} are filled in by the unit of work")
        mark = None
        if with_images:
            self.session.flush()  # the rows so far reach _track
            mark = len(self._touched)
        self._pending.append(_Pending(
            event_type, str(aggregate_id), dict(payload), business_date, utcnow(),
            len(self._journal.posted) if self._journal is not None else 0, mark))
        if audit:
            self.audit(event_type, event_type.split(".")[0], aggregate_id, business_date,
                       payload)

    def insert_many(self, model: type, rows: list[dict[str, Any]]) -> None:
        """Insert many rows of `model` at once (one executemany, no ORM objects): for a
        use case that creates a whole book (the opening import). Each row names its `id`
        and every column; the rows of consolidated tables travel to head office as ORM
        rows do (their images, on the next `with_images` event or the last)."""
        if not rows:
            return
        # the driver's own executemany, values stored as SQLAlchemy stores them (the ORM's
        # bulk path costs ten times more a row); ORM rows pending may refer to these, so
        # they are flushed after them, not before
        table_ = model.__table__  # type: ignore[attr-defined]
        columns = [c.name for c in table_.columns]
        convert = [(k, _STORED[type(c.type).__name__]) for k, c in enumerate(table_.columns)
                   if type(c.type).__name__ in _STORED]
        sql = (f"INSERT INTO {table_.name} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        pick = operator.itemgetter(*columns)
        values = [list(pick(row)) for row in rows]
        for k, stored in convert:
            for value in values:
                if value[k] is not None:
                    value[k] = stored(value[k])
        self.session.connection().exec_driver_sql(sql, [tuple(v) for v in values])
        table = _IMAGED.get(model)
        if table is not None:
            for row in rows:
                self._touched[_Inserted(row)] = table

    # -- sealing ------------------------------------------------------------------------

    def _track(self, session: Session, _context: Any, _instances: Any) -> None:
        """before_flush: remember consolidated rows created, changed or deleted."""
        for obj in session.new:
            table = _IMAGED.get(type(obj))
            if table is not None:
                self._touched[obj] = table
        for obj in session.dirty:
            table = _IMAGED.get(type(obj))
            if table is not None and obj not in self._touched:
                attrs = inspect(obj).attrs
                if any(attrs[f].history.has_changes() for f in IMAGE_FIELDS[table]):
                    self._touched[obj] = table
        for obj in session.deleted:
            table = _IMAGED.get(type(obj))
            if table is not None:
                self._touched.pop(obj, None)
                self._deleted.setdefault(table, set()).add(int(obj.id))

    def _images(self, touched: list[tuple[Any, str]] | None = None
                ) -> tuple[dict[str, list[list[Any]]], dict[str, list[int]]]:
        images: dict[str, dict[int, list[Any]]] = {}
        for obj, table in self._touched.items() if touched is None else touched:
            if type(obj) is _Inserted:
                values = obj._values
                images.setdefault(table, {})[values["id"]] = [
                    _plain(values[f]) for f in IMAGE_FIELDS[table]]
            elif obj.id is not None and obj not in self.session.deleted:
                images.setdefault(table, {})[int(obj.id)] = row_image(table, obj)
        deleted = {t: sorted(ids - set(images.get(t, {}))) for t, ids in self._deleted.items()}
        return ({t: [rows[i] for i in sorted(rows)] for t, rows in images.items()},
                {t: ids for t, ids in deleted.items() if ids})

    def _seal(self) -> None:
        """Number, chain and store the unit's events with what travels with them."""
        self.session.flush()  # ids of new rows; the last changes reach _track
        if self._journal is not None and self._journal.held:
            held, self._journal.held = self._journal.held, []
            self.insert_many(JournalEntry, held)
        seal_audit(self.session, self._audits)  # the audit chain (app.db.audit_chain)
        posted = self._journal.posted if self._journal is not None else []
        touched = list(self._touched.items())
        cut = 0
        for pending in self._pending:  # images of rows touched before a with_images event
            if pending.image_mark is not None and pending.image_mark > cut:
                pending.payload["images"] = self._images(touched[cut:pending.image_mark])[0]
                cut = pending.image_mark
        images, deleted = self._images(touched[cut:])
        if not self._pending and not (posted or images or deleted):
            return
        _check_dates(self.session, {p.business_date for p in self._pending}
                     | {r.business_date for r in posted})
        if not self._pending:
            on = posted[0].business_date if posted else self.business_date()
            self._pending.append(_Pending(FALLBACK_EVENT, "", {}, on, utcnow(), len(posted)))
        last = self._pending[-1]
        last.journal_mark = len(posted)
        if images:  # merged with any it carries as a with_images event itself
            own = last.payload.get("images", {})
            last.payload["images"] = {t: sorted(own.get(t, []) + images.get(t, []))
                                      for t in sorted(set(own) | set(images))}
        if deleted:
            last.payload["deleted"] = deleted
        seq, prev = self._outbox_tail()
        epoch = int(_sync_value(self.session, "epoch", "1"))
        start = 0
        for pending in self._pending:
            rows = posted[start:pending.journal_mark]
            start = pending.journal_mark
            if rows:
                pending.payload["journal"] = [journal_row(r) for r in rows]
            seq += 1
            outbox = OutboxEvent(
                seq=seq, event_id=uuid7(), epoch=epoch, type=pending.event_type,
                schema_version=EVENT_SCHEMA, aggregate_id=pending.aggregate_id,
                business_date=pending.business_date, device_time=pending.device_time,
                staff_id=self.actor.staff_id, payload=canonical_json(pending.payload),
                prev_hash=prev)
            outbox.hash = prev = chain_hash(prev, outbox_content(outbox))
            self.session.add(outbox)
        self.session.flush()

    def _outbox_tail(self) -> tuple[int, str]:
        last = self.session.execute(
            select(OutboxEvent.seq, OutboxEvent.hash).order_by(OutboxEvent.seq.desc())
            .limit(1)
        ).first()
        if last is not None:
            return int(last[0]), str(last[1])
        # empty outbox: continue after the last acknowledged event
        acked = int(_sync_value(self.session, "acked_seq", "0"))
        return acked, _sync_value(self.session, "acked_hash",
                                  _sync_value(self.session, "genesis_hash", GENESIS_HASH))

"""The branch's side of the stream: reading the outbox, recording acknowledgements.

Only a head-office acknowledgement that matches an event the branch holds moves the
branch's `acked_seq`; acknowledged events are then pruned (the triggers refuse to delete
anything beyond `acked_seq`). Sync state lives in the `sync_state` key/value table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from app.clock import remember_server_time
from app.db.base import utcnow
from app.db.canonical import GENESIS_HASH, chain_hash
from app.db.ids import uuid7
from app.db.models import Branch, OutboxEvent, SyncState
from app.db.uow import outbox_content
from app.errors import QT_TR_NOOP, ShakhaError
from app.faults import fault_point


class SyncError(ShakhaError):
    """Sync could not finish; the message says why in the user's words."""


class DeviceKeyRejected(SyncError):
    pass


class RestoredFromBackup(SyncError):
    """Head office holds events this branch database does not: an old backup."""


def get_state(session: Session, key: str, default: str = "") -> str:
    row = session.get(SyncState, key)
    return default if row is None else row.value


def set_state(session: Session, key: str, value: object) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=str(value)))
    else:
        row.value = str(value)


@dataclass(frozen=True)
class LocalCursor:
    branch: str
    epoch: int
    acked_seq: int
    acked_hash: str
    last_seq: int


def local_cursor(engine: Engine) -> LocalCursor:
    with Session(engine) as session:
        code = session.scalars(select(Branch.code)).first() or ""
        acked = int(get_state(session, "acked_seq", "0"))
        acked_hash = get_state(session, "acked_hash",
                               get_state(session, "genesis_hash", GENESIS_HASH))
        last = session.scalar(select(func.max(OutboxEvent.seq))) or acked
        return LocalCursor(code, int(get_state(session, "epoch", "1")), acked, acked_hash,
                           int(last))


def event_dict(event: OutboxEvent) -> dict[str, Any]:
    content = outbox_content(event)
    for k in ("business_date", "device_time"):
        if isinstance(content[k], date | datetime):
            content[k] = content[k].isoformat()
    return {**content, "prev_hash": event.prev_hash, "hash": event.hash}


def pending_events(engine: Engine, after_seq: int, limit: int) -> list[dict[str, Any]]:
    with Session(engine) as session:
        rows = session.scalars(select(OutboxEvent).where(OutboxEvent.seq > after_seq)
                               .order_by(OutboxEvent.seq).limit(limit)).all()
        return [event_dict(e) for e in rows]


CLOCK_WARN_SECONDS = 300  # SYNC.md, Clocks: warn past five minutes


def clock_is_off(skew_seconds: float | None) -> bool:
    """SYNC.md, Clocks: this computer and head office differ by more than five minutes."""
    return skew_seconds is not None and abs(skew_seconds) > CLOCK_WARN_SECONDS


@dataclass(frozen=True)
class LastSyncError:
    """The last sync's failure, kept until a sync succeeds (shown in the user's language
    where it is read: English source text and its parameters)."""

    text: str
    params: dict[str, str]
    restored: bool  # head office holds more than this database: an old backup


def remember_sync_error(engine: Engine, error: ShakhaError | None) -> None:
    with Session(engine) as session, session.begin():
        set_state(session, "last_error", "" if error is None else json.dumps(
            {"text": error.text, "params": {k: str(v) for k, v in error.params.items()},
             "restored": isinstance(error, RestoredFromBackup)}))


def last_sync_error(session: Session) -> LastSyncError | None:
    stored = get_state(session, "last_error")
    try:
        error = json.loads(stored) if stored else None
    except ValueError:
        return None
    if not isinstance(error, dict) or not error.get("text"):
        return None
    return LastSyncError(str(error["text"]), dict(error.get("params") or {}),
                         bool(error.get("restored")))


def remember_clock(engine: Engine, skew_seconds: float | None) -> None:
    """Keep how far this computer's clock was from head office's at the last sync
    (positive: ahead), for the status bar's warning."""
    if skew_seconds is None:
        return
    with Session(engine) as session, session.begin():
        set_state(session, "clock_skew_seconds", round(skew_seconds))


def record_ack(engine: Engine, acked_seq: int, acked_hash: str, epoch: int,
               server_time: str | None = None, checkpoint: Any = None) -> bool:
    """Adopt head office's acknowledgement if it matches what the branch holds.

    `checkpoint`, head office's signed word on this acknowledgement, is verified and kept
    in the same transaction (app.sync.checkpoints); one that is not head office's refuses
    the acknowledgement.

    Returns True when something new was acknowledged. Raises RestoredFromBackup when
    head office acknowledges events this database never had, SyncError on a mismatch."""
    with Session(engine) as session, session.begin():
        local_epoch = int(get_state(session, "epoch", "1"))
        if epoch != local_epoch:
            raise RestoredFromBackup(QT_TR_NOOP(
                "Head office is at epoch {hq}, this branch database at {local}. "
                "Was it restored from a backup? Start a new epoch."),
                hq=epoch, local=local_epoch)
        acked = int(get_state(session, "acked_seq", "0"))
        if acked_seq < acked:
            _edited_acknowledgement(session, epoch, acked)
            raise SyncError(QT_TR_NOOP(
                "Head office has fewer events ({hq}) than it acknowledged before ({local}). "
                "Call head office."), hq=acked_seq, local=acked)
        if acked_seq == acked:
            remember_server_time(session, server_time)
            _keep_checkpoint(session, checkpoint, epoch, acked_seq, acked_hash)
            return False
        event = session.get(OutboxEvent, acked_seq)
        if event is None:
            raise RestoredFromBackup(QT_TR_NOOP(
                "Head office already holds events up to number {hq}, but this branch "
                "database stops at {local}: it was probably restored from an old backup. "
                "Start a new epoch to continue."), hq=acked_seq, local=acked)
        if event.hash != acked_hash:
            raise RestoredFromBackup(QT_TR_NOOP(
                "Event {seq} at head office differs from this branch's (restored from an "
                "old backup?). Start a new epoch to continue."), seq=acked_seq)
        fault_point("sync.before_ack_record")
        set_state(session, "acked_seq", acked_seq)
        set_state(session, "acked_hash", acked_hash)
        set_state(session, "last_ack_time", utcnow().isoformat(timespec="seconds"))
        remember_server_time(session, server_time)
        _keep_checkpoint(session, checkpoint, epoch, acked_seq, acked_hash)
        session.flush()
        session.execute(delete(OutboxEvent).where(OutboxEvent.seq <= acked_seq))
    fault_point("sync.after_ack_record")
    return True


def _edited_acknowledgement(session: Session, epoch: int, acked: int) -> None:
    """Head office acknowledges less than this database believes: if head office never
    signed that much, the database was edited (acked_seq moved to let unsent events be
    deleted), and head office is not to blame."""
    from app.sync.checkpoints import latest

    last = latest(session)
    if last is not None and last.epoch == epoch and last.acked_seq < acked:
        raise SyncError(QT_TR_NOOP(
            "This database says head office acknowledged events up to {local}, but head "
            "office's last signed checkpoint says {signed}: the database was changed by "
            "hand. Run 'shakha db check' and call head office."),
            local=acked, signed=last.acked_seq)


def _keep_checkpoint(session: Session, checkpoint: Any, epoch: int, acked_seq: int,
                     acked_hash: str) -> None:
    if checkpoint is None:
        return  # an answer from before checkpoints (or a test's hand-made one)
    from app.sync.checkpoints import keep
    from app.sync.identity import SignatureError

    code = session.scalars(select(Branch.code)).first() or ""
    try:
        keep(session, checkpoint, code, epoch, acked_seq, acked_hash)
    except SignatureError as exc:
        raise SyncError(QT_TR_NOOP(
            "Head office's acknowledgement is not signed by head office ({error}). "
            "Nothing was marked as sent. Call head office."), error=str(exc)) from None


def epoch_request(engine: Engine) -> dict[str, Any]:
    """What a restored branch asks head office (network or USB): its epoch, the last seq
    it holds (`base`) and the (seq, hash) of every event still in its outbox."""
    local = local_cursor(engine)
    with Session(engine) as session:
        held = [[e.seq, e.hash] for e in session.scalars(
            select(OutboxEvent).order_by(OutboxEvent.seq))]
    return {"epoch": local.epoch, "base": local.last_seq, "events": held}


def begin_new_epoch(engine: Engine, answer: dict[str, Any],
                    from_epoch: int | None = None) -> int:
    """Apply head office's confirmation of a new epoch (one transaction).

    Events after `matched_seq` that head office never received are copied into the new
    epoch, chained from its genesis; the old epoch's rows are then pruned. Returns the
    number of events carried over. By USB the branch may have posted more events since
    it asked (`base` is then below its last seq): they are carried over too. With
    `from_epoch`, the answer is applied only while the branch is still in that epoch."""
    new_epoch, base = int(answer["epoch"]), int(answer["base"])
    genesis, matched = str(answer["genesis_hash"]), int(answer["matched_seq"])
    with Session(engine) as session, session.begin():
        local_epoch = int(get_state(session, "epoch", "1"))
        if from_epoch is not None and local_epoch != from_epoch:
            raise SyncError(QT_TR_NOOP(
                "Head office's new epoch answers a request from epoch {theirs}, but this "
                "branch database is at epoch {local}."), theirs=from_epoch, local=local_epoch)
        carried = session.scalars(select(OutboxEvent).where(OutboxEvent.seq > matched)
                                  .order_by(OutboxEvent.seq)).all()
        copies = [{"type": e.type, "schema_version": e.schema_version,
                   "aggregate_id": e.aggregate_id, "business_date": e.business_date,
                   "device_time": e.device_time, "staff_id": e.staff_id,
                   "payload": e.payload} for e in carried]
        last = session.scalar(select(func.max(OutboxEvent.seq))) or 0
        set_state(session, "epoch", new_epoch)
        set_state(session, "acked_seq", max(base, last))  # the old epoch's rows may go
        set_state(session, "acked_hash", genesis)
        session.flush()
        session.execute(delete(OutboxEvent).where(OutboxEvent.seq <= max(base, last)))
        set_state(session, "acked_seq", base)
        prev, seq = genesis, base
        for c in copies:
            seq += 1
            event = OutboxEvent(seq=seq, event_id=uuid7(), epoch=new_epoch, prev_hash=prev,
                                **c)
            event.hash = prev = chain_hash(prev, outbox_content(event))
            session.add(event)
        set_state(session, "epoch_started", utcnow().isoformat(timespec="seconds"))
        return len(copies)

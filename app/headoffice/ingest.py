"""Acknowledging a branch's batch of events exactly once, in one transaction.

Lock the branch's cursor row; the batch must continue the acknowledged chain (first
seq = acked + 1, its prev_hash = the acked hash), every event's hash must verify, no
gap inside. Events already stored with the same hash are duplicates (a retry after a
lost answer): skipped, and the answer is the same. The same seq with another hash is a
fork or tampering: the batch is refused, an alarm recorded, nothing else changes.
An event id the branch used before (head office holds it under another seq of the
same branch) is refused as malformed: the unique key (event_id, branch) finds it as
the events are stored, and the refusal is a 400, not a 500. Event ids are unique per
branch (hq_event is partitioned by branch, app.headoffice.partitions).
Business rules never refuse a well-formed, chained event.

This transaction stores facts and advances the cursor; it derives nothing. The
consolidated tables are the projector's (app.headoffice.projector), after the answer.

The usual batch (it continues the acknowledged chain, on PostgreSQL) is stored as it is
hashed: chunk by chunk into one COPY, the journal chain recomputed while the last rows
are stored, every check made before the COPY ends (`_stream`). Any other batch is hashed
whole first and answered by `_store`.
"""

from __future__ import annotations

import json
import re
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, make_transient_to_detached

from app.faults import fault_point
from app.headoffice.checkpoints import anchor_journal, journal_head_at, open_epoch_trail
from app.headoffice.db import execute_and_commit
from app.headoffice.epochs import require_confirmed
from app.headoffice.models import HqAlarm, HqBranch, HqEvent, HqTask
from app.headoffice.models_trust import HqJournalTrail
from app.headoffice.partitions import partition_identifier
from app.sync.canonical import GENESIS_HASH, chain_hash
from app.sync.native import fastchain as _fastchain
from app.sync.wire import (
    HASHED,
    Batch,
    TooLarge,
    WireError,
    decode,
    event_hash,
    open_batch,
)

FIELDS = (*HASHED, "prev_hash", "hash")


@dataclass(frozen=True)
class Ack:
    acked_seq: int
    acked_hash: str
    epoch: int
    server_time: str
    snapshot_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"acked_seq": self.acked_seq, "acked_hash": self.acked_hash,
                "epoch": self.epoch, "server_time": self.server_time,
                "snapshot_id": self.snapshot_id}


class Refused(Exception):
    """The batch is refused as a whole; `reason` says why. Nothing was stored.

    `code`: "fork" (same seq, other content), "gap", "epoch", "malformed", "tamper",
    "stale" (an epoch request from an epoch another request has closed)…"""

    def __init__(self, reason: str, alarm: str | None = None, code: str = "refused") -> None:
        super().__init__(reason)
        self.reason = reason
        self.alarm = alarm
        self.code = alarm if code == "refused" and alarm else code


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _ack(branch: HqBranch) -> Ack:
    return Ack(branch.acked_seq, branch.acked_hash, branch.epoch, now().isoformat(),
               branch.snapshot_id)


def cursor(engine: Engine, code: str) -> Ack:
    with Session(engine) as session:
        branch = session.get(HqBranch, code)
        if branch is None:
            raise Refused("unknown branch")
        return _ack(branch)


def ingest(engine: Engine, code: str, body: dict[str, Any]) -> Ack:
    """Store a batch; raises Refused (after recording any alarm) when it must not."""
    with _alarm_recorded(engine, code):
        batch = _opened(code, body)
        with Session(engine) as session, session.begin():
            branch = session.scalars(select(HqBranch).where(HqBranch.code == code)
                                     .with_for_update()).one_or_none()
            return _acknowledge(session, branch, batch, body)


def ingest_message(engine: Engine, code: str, data: bytes) -> Ack:
    """POST /events' work: `ingest` of the compressed message (wire.decode), which on
    PostgreSQL is decoded while the database takes the branch's lock — the lock's
    query is sent first, its answer read after (one round trip hidden behind the
    decode instead of the ORM's query, and BEGIN's, before the batch can be stored).
    WireError when the message is no batch, as decode raises it."""
    if engine.dialect.name != "postgresql":
        return ingest(engine, code, decode(data))
    partition = partition_identifier("hq_event", code)
    with _alarm_recorded(engine, code), Session(engine) as session, session.begin():
        raw: Any = session.connection().connection.driver_connection
        with raw.cursor() as cur:
            with raw.pipeline():
                cur.execute(LOCK_BRANCH, (partition, code))  # sent: the database locks…
                body = decode(data)  # …while the message is decoded
                batch = _opened(code, body)
            row = cur.fetchone()
        branch = _attached(session, row[:-1] if row is not None else None)
        return _acknowledge(session, branch, batch, body,
                            partition if row is not None and row[-1] else "hq_event")


@contextmanager
def _alarm_recorded(engine: Engine, code: str) -> Iterator[None]:
    try:
        yield
    except Refused as refused:
        if refused.alarm:
            _alarm(engine, code, refused.alarm, refused.reason)
        raise


def _opened(code: str, body: dict[str, Any]) -> Batch:
    if body.get("branch") != code:
        raise Refused("a branch can only write its own stream", alarm="foreign")
    with _refused_if_malformed():
        return open_batch(body)


_BRANCH_COLUMNS = tuple(column.key for column in HqBranch.__table__.columns)
# the branch's row, locked, and whether its own partition of hq_event is there (the
# usual batch is COPied straight into it: no routing of each row through hq_event)
LOCK_BRANCH = (f"SELECT {', '.join(_BRANCH_COLUMNS)}, to_regclass(%s) IS NOT NULL "
               "FROM hq_branch WHERE code = %s FOR UPDATE")


def _attached(session: Session, row: tuple[Any, ...] | None) -> HqBranch | None:
    """The locked branch row as the session's own object, as if the ORM had loaded it
    (make_transient_to_detached: its attributes as loaded, no change pending)."""
    if row is None:
        return None
    branch = HqBranch(**dict(zip(_BRANCH_COLUMNS, row, strict=True)))
    make_transient_to_detached(branch)
    session.add(branch)
    return branch


def _acknowledge(session: Session, branch: HqBranch | None, batch: Batch,
                 body: dict[str, Any], table: str = "hq_event") -> Ack:
    """The batch stored and the branch's cursor advanced, in the session's transaction,
    the branch's row locked (None: not registered); the usual batch COPied into
    `table` (hq_event, or the branch's own partition of it)."""
    if branch is not None and _continues(session, branch, batch):
        _stream(session, branch, batch, body, table)
        branch.last_seen_at = now()
        ack = _ack(branch)
        _write_cursor_and_commit(session, branch)
        return ack
    with _refused_if_malformed():
        events = [e for chunk in batch.hashed(batch.count) for e in chunk]
    _check_hashes(events, body)
    if branch is None:
        raise Refused("unknown branch")
    held = branch.acked_seq
    _store(session, branch, events)
    anchor_journal(branch, [e for e in events if e["seq"] > held], body.get("journal"))
    branch.last_seen_at = now()
    return _ack(branch)


@contextmanager
def _refused_if_malformed() -> Iterator[None]:
    try:
        yield
    except TooLarge as exc:
        raise Refused(str(exc), alarm="too_large", code="too_large") from None
    except WireError as exc:
        raise Refused(str(exc), alarm="malformed", code="malformed") from None


def _check_hashes(events: list[dict[str, Any]], body: dict[str, Any]) -> None:
    """Every hash recomputed must end at the batch's last hash: any altered byte of any
    event changes it."""
    if events[-1]["hash"] != body.get("last_hash"):
        raise Refused(f"events {events[0]['seq']}–{events[-1]['seq']} do not match "
                      "their hashes (altered)", alarm="tamper")


def _check_ids(events: list[dict[str, Any]]) -> None:
    if len({e["event_id"] for e in events}) != len(events):
        raise Refused("an event id of two events is used twice (an event id names one "
                      "event only)", alarm="malformed", code="malformed")


# Events hashed, then written to the COPY, at a time: PostgreSQL stores each chunk
# while head office hashes the next. The first chunk is small, so that PostgreSQL
# starts storing sooner.
STREAM_CHUNK = 200
STREAM_FIRST = 50


def _continues(session: Session, branch: HqBranch, batch: Batch) -> bool:
    """Whether the batch simply continues the acknowledged chain (the usual batch) on
    PostgreSQL: then it is stored as it is hashed (_stream). Anything else — a retry,
    a gap, a fork, another epoch, an unknown branch — is hashed whole first and
    answered by _store, as is every batch on SQLite. So is a batch while a snapshot's
    outbox cursor waits to be reached (snapshot.check_outbox_cursor reads the manifest,
    which it could not while the COPY holds the connection)."""
    return session.bind is not None and session.bind.dialect.name == "postgresql" and \
        batch.epoch == branch.epoch and batch.first_seq == branch.acked_seq + 1 and \
        batch.prev_hash == branch.acked_hash and branch.snapshot_pending is None


def _stream(session: Session, branch: HqBranch, batch: Batch, body: dict[str, Any],
            table: str = "hq_event") -> None:
    """Store a batch that continues the acknowledged chain while hashing it: each chunk
    is written to the COPY as soon as it is hashed, so PostgreSQL stores it while the
    next is hashed, and the journal chain is recomputed while the last rows are stored.
    Every check of _store is made, in the same order, before the COPY ends (a failed
    check aborts it; the transaction then stores nothing): the hashes must reach the
    batch's last hash, no event id twice, then the unique key (event_id, branch) finds
    a reused id, then the journal claim (anchor_journal must not query the database:
    it runs while the COPY is open; its refusal waits until the COPY is through)."""
    received, journal_refused, events = now(), None, []
    raw: Any = session.connection().connection.driver_connection
    try:
        with raw.cursor() as cur, cur.copy(_copy_binary_sql(table)) as copy:
            copy.write(BINARY_SIGNATURE)
            with _refused_if_malformed():
                for chunk in batch.hashed(STREAM_CHUNK, STREAM_FIRST):
                    copy.write(binary_rows(branch.code, chunk, received))
                    events += chunk
            copy.write(BINARY_TRAILER)
            _check_hashes(events, body)
            _check_ids(events)
            try:
                anchor_journal(branch, events, body.get("journal"))
            except Refused as refused:
                journal_refused = refused
    except Refused:
        raise
    except Exception as exc:
        if not _reused_id(exc):
            raise
        raise Refused(f"event id {_reused_value(exc)}is used twice (an event id names one "
                      "event only)", alarm="malformed", code="malformed") from None
    if journal_refused is not None:
        raise journal_refused
    fault_point("hq.after_store")
    fault_point("hq.before_cursor")
    branch.acked_seq, branch.acked_hash = events[-1]["seq"], events[-1]["hash"]


def _store(session: Session, branch: HqBranch, events: list[dict[str, Any]]) -> None:
    if events[0]["epoch"] != branch.epoch:
        raise Refused(f"the batch is of epoch {events[0]['epoch']}, head office is at "
                      f"epoch {branch.epoch}", code="epoch")
    first, last = events[0]["seq"], events[-1]["seq"]
    if first > branch.acked_seq + 1:
        raise Refused(f"gap: head office has up to {branch.acked_seq}, the batch starts at "
                      f"{first}", alarm="gap", code="gap")
    if first <= branch.acked_seq:  # a retry or a replay: what overlaps must be identical
        stored = dict(session.execute(select(HqEvent.seq, HqEvent.hash).where(
            HqEvent.branch == branch.code, HqEvent.epoch == branch.epoch,
            HqEvent.seq >= first, HqEvent.seq <= min(last, branch.acked_seq))).all())
        for event in events:
            if event["seq"] > branch.acked_seq:
                break
            if stored.get(event["seq"]) != event["hash"]:
                raise Refused(f"event {event['seq']} differs from the one head office "
                              "already holds (fork or tampering)", alarm="fork", code="fork")
        events = [e for e in events if e["seq"] > branch.acked_seq]
        if not events:
            return
    if events[0]["prev_hash"] != branch.acked_hash:
        raise Refused(f"event {events[0]['seq']} does not continue the acknowledged chain",
                      alarm="fork", code="fork")
    _check_ids(events)
    try:  # an id the branch used before: the unique key (event_id, branch) refuses it
        _insert_events(session, branch.code, events, now())
    except Exception as exc:
        if not _reused_id(exc):
            raise
        raise Refused(f"event id {_reused_value(exc)}is used twice (an event id names one "
                      "event only)", alarm="malformed", code="malformed") from None
    fault_point("hq.after_store")
    fault_point("hq.before_cursor")
    branch.acked_seq, branch.acked_hash = events[-1]["seq"], events[-1]["hash"]


def _write_cursor_and_commit(session: Session, branch: HqBranch) -> None:
    """The usual batch's last writes — the branch's cursor (and journal anchor) and its
    journal trail row — in one statement on the upload's connection, sent with the
    commit in one round trip, instead of the ORM's flush (an UPDATE and an INSERT, each
    a round trip, and the unit of work's own time) and a commit of its own: together a
    tenth of a 1,000-event acknowledgement, more on a loaded machine, where each round
    trip waits for PostgreSQL's turn on a core. Only when they are all that is pending;
    anything else is left to the ORM's flush at commit."""
    trails = [o for o in session.new if isinstance(o, HqJournalTrail)]
    if len(trails) > 1 or len(session.new) != len(trails) or session.deleted or \
            any(o is not branch for o in session.dirty):
        return
    state = inspect(branch)
    changed = {a.key: a.value for a in state.attrs if a.history.has_changes()}
    if not changed:
        return
    values = ", ".join(f"{column} = %s" for column in changed)
    sql, params = f"UPDATE hq_branch SET {values} WHERE code = %s", [*changed.values(),
                                                                     branch.code]
    if trails:
        trail = trails[0]
        sql = (f"WITH trail AS (INSERT INTO hq_journal_trail ({', '.join(TRAIL_COLUMNS)}) "
               f"VALUES ({', '.join(['%s'] * len(TRAIL_COLUMNS))})) " + sql)
        params = [getattr(trail, c) for c in TRAIL_COLUMNS] + params
    execute_and_commit(session, sql, params)  # the upload's commit in the same trip
    for written in (*trails, branch):  # written: nothing left for the flush
        session.expunge(written)


TRAIL_COLUMNS = ("branch", "epoch", "last_seq", "first_seq", "start_id", "start_hash",
                 "chain")

REUSED_ID_KEY = "uq_hq_event_event_id"


def _reused_id(exc: Exception) -> bool:
    """Whether storing the events failed on the unique key (event_id, branch): checked
    by the database as it stores them, not by a query before (a query of a thousand
    ids cost a third of the acknowledgement's time)."""
    diag = getattr(getattr(exc, "orig", exc), "diag", None)  # psycopg, raw or wrapped
    if diag is not None:  # the key by its columns: a partition's copy has its own name
        return getattr(diag, "sqlstate", None) == "23505" and (
            getattr(diag, "constraint_name", None) == REUSED_ID_KEY
            or (getattr(diag, "message_detail", None) or "").startswith(
                "Key (event_id, branch)="))
    return isinstance(exc, IntegrityError) and "hq_event.event_id" in str(exc)  # SQLite


def _reused_value(exc: Exception) -> str:
    diag = getattr(getattr(exc, "orig", exc), "diag", None)
    found = re.search(r"=\((.{1,36}), [^,)]*\) already exists",
                      getattr(diag, "message_detail", None) or "")
    return f"{found.group(1)} " if found else ""


EVENT_COLUMNS = ("branch", "epoch", "seq", "event_id", "type", "schema_version",
                 "aggregate_id", "business_date", "device_time", "staff_id", "payload",
                 "prev_hash", "hash", "received_at")


def _copy_binary_sql(table: str) -> str:
    """COPY of the events in binary (binary_rows) into `table`: hq_event, or the
    branch's own partition of it (the usual batch, _stream)."""
    return f"COPY {table} ({', '.join(EVENT_COLUMNS)}) FROM STDIN (FORMAT BINARY)"


def _insert_events(session: Session, code: str, events: list[dict[str, Any]],
                   received: datetime) -> None:
    """COPY the events in (PostgreSQL), or one INSERT of them all (SQLite); the unique
    keys still refuse any duplicate."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        raw: Any = session.connection().connection.driver_connection
        with raw.cursor() as cur, cur.copy(_copy_binary_sql("hq_event")) as copy:
            copy.write(BINARY_SIGNATURE + binary_rows(code, events, received)
                       + BINARY_TRAILER)
        return
    session.execute(insert(HqEvent), [
        {**{k: e[k] for k in FIELDS}, "branch": code, "received_at": received}
        for e in events])


# PostgreSQL's binary COPY format: a signature, then each row as its field count and
# each field as its length (-1: NULL) and bytes, big-endian integers, a timestamp as
# microseconds since 2000-01-01; a trailer. PostgreSQL reads it without parsing text
# (numbers, the time, escapes): a twentieth less of its work storing a batch.
BINARY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
BINARY_TRAILER = b"\xff\xff"
_Y2K = datetime(2000, 1, 1)
_MICROSECOND = timedelta(microseconds=1)
_FIELDS_BINARY = tuple(zip(EVENT_COLUMNS[1:-1], "iqttitttittt", strict=True))
_ROW_HEAD = struct.Struct(">h").pack(len(EVENT_COLUMNS))
_INT = {"i": struct.Struct(">ii"), "q": struct.Struct(">iq")}
_NULL = struct.Struct(">i").pack(-1)


def binary_rows(code: str, events: list[dict[str, Any]], received: datetime) -> bytes:
    """The events as rows of the binary COPY format into hq_event (EVENT_COLUMNS),
    without signature or trailer; written in C where app.sync._fastchain was built
    (the same bytes: tests/headoffice/test_ingest_copy.py)."""
    micros = (received - _Y2K) // _MICROSECOND
    if _fastchain is not None:
        fast = _fastchain.copy_events_binary(code, micros, events)
        if fast is not None:
            return fast  # type: ignore[no-any-return]
    branch, stamp, rows = _binary_text(code), _INT["q"].pack(8, micros), []
    for event in events:
        rows += [_ROW_HEAD, branch]
        for column, kind in _FIELDS_BINARY:
            value = event[column]
            rows.append(_NULL if value is None else _binary_text(value) if kind == "t"
                        else _INT[kind].pack(4 if kind == "i" else 8, value))
        rows.append(stamp)
    return b"".join(rows)


def _binary_text(value: str) -> bytes:
    data = value.encode("utf-8")
    return struct.pack(">i", len(data)) + data


def _alarm(engine: Engine, code: str, kind: str, detail: str) -> None:
    with Session(engine) as session, session.begin():
        session.add(HqAlarm(branch=code, kind=kind, detail=detail, at=now()))


def verify_chain(engine: Engine, code: str) -> tuple[int, str | None]:
    """(events checked, first problem or None) for `shakha hq verify`."""
    with Session(engine) as session:
        branch = session.get(HqBranch, code)
        if branch is None:
            return 0, "unknown branch"
        count, prev_seq, prev_hash, prev_epoch = 0, None, None, None
        rows = session.scalars(select(HqEvent).where(HqEvent.branch == code)
                               .order_by(HqEvent.epoch, HqEvent.seq)
                               .execution_options(yield_per=5000))
        for row in rows:
            event = {k: getattr(row, k) for k in FIELDS}
            if prev_epoch is not None and row.epoch != prev_epoch:
                if row.prev_hash != epoch_genesis(prev_hash or GENESIS_HASH, row.epoch):
                    return count, (f"event {row.epoch}/{row.seq}: epoch {row.epoch} does "
                                   "not start from the end of the previous one")
            elif prev_seq is not None and (row.seq != prev_seq + 1
                                           or row.prev_hash != prev_hash):
                return count, f"event {row.seq}: does not follow event {prev_seq}"
            if event_hash(event) != row.hash:
                return count, f"event {row.seq}: content does not match its hash"
            count, prev_seq, prev_hash, prev_epoch = count + 1, row.seq, row.hash, row.epoch
        return count, None


def epoch_genesis(last_hash: str, epoch: int) -> str:
    """Where a new epoch's chain starts: bound to the end of the previous epoch."""
    return chain_hash(last_hash, {"epoch": epoch})


def start_epoch(engine: Engine, code: str, body: dict[str, Any]) -> dict[str, Any]:
    """A branch restored from an old backup asks to continue in a new epoch.

    The branch sends its epoch and the (seq, hash) of every event it still holds that
    head office has not confirmed to it. Head office answers with the new epoch, the seq
    it starts after (`base`), its genesis hash, and `matched_seq`: the last of those
    events it already holds unchanged (the branch re-sends only the ones after it).
    An alarm records the restore; nothing stored is rewritten. The branch's journal goes
    on from the backup's: head office anchors it at its own journal head as of the last
    event both hold alike (the last matched one, or the branch's acknowledgement), so
    the new epoch's first batch is recomputed from there (checkpoints.journal_head_at).
    The request that opened the current epoch, asked again (a USB stick imported twice,
    a lost answer), gets the same answer; any other request from a closed epoch is
    refused as stale."""
    try:
        epoch, base = int(body["epoch"]), int(body["base"])
        held = [(int(s), str(h)) for s, h in body["events"]]
    except (KeyError, TypeError, ValueError):
        raise Refused("malformed epoch request", code="malformed") from None
    require_confirmed(engine, code, epoch)  # a person at head office confirms it first
    with Session(engine) as session, session.begin():
        branch = session.scalars(select(HqBranch).where(HqBranch.code == code)
                                 .with_for_update()).one_or_none()
        if branch is None:
            raise Refused("unknown branch")
        matched = _matched(session, code, epoch, held)
        if epoch != branch.epoch:
            return _answered_before(branch, epoch, matched)
        new_base = min(max(base, matched), branch.acked_seq)  # never beyond held
        # the journal goes on from the backup's, which is head office's as of the last
        # event both hold alike: anchored there, the new epoch's first batch is
        # recomputed from it (a journal rewritten before the backup point is caught)
        agreed = matched or (held[0][0] - 1 if held else base)
        anchor = journal_head_at(session, branch, min(agreed, new_base))
        branch.epoch += 1
        branch.acked_seq = new_base
        branch.acked_hash = epoch_genesis(branch.acked_hash, branch.epoch)
        branch.journal_id, branch.journal_hash = \
            (None, None) if isinstance(anchor, str) else anchor
        open_epoch_trail(session, branch, new_base)
        branch.snapshot_pending = None  # a snapshot's cursor was of the closed epoch
        unanchored = (" Head office could not tell where the branch's journal stood then "
                      "(events stored before it kept a trail): the new epoch's journal is "
                      "taken on the branch's word.") if isinstance(anchor, str) else ""
        session.add(HqAlarm(branch=code, kind="restored", at=now(),
                            detail=f"branch restored from an old backup: epoch {epoch} "
                                   f"closed, epoch {branch.epoch} starts after seq "
                                   f"{branch.acked_seq}.{unanchored}"))
        session.add(HqTask(branch=code, epoch=branch.epoch, event_seq=None,
                           kind="restored", at=now(),
                           detail="check the branch's events around the restore"))
        answer = {"epoch": branch.epoch, "base": branch.acked_seq,
                  "genesis_hash": branch.acked_hash, "matched_seq": matched}
        branch.epoch_answer = json.dumps({**answer, "from_epoch": epoch})
        return answer


def _matched(session: Session, code: str, epoch: int, held: list[tuple[int, str]]) -> int:
    """The last of the held events head office holds unchanged, in order."""
    stored = dict(session.execute(select(HqEvent.seq, HqEvent.hash).where(
        HqEvent.branch == code, HqEvent.epoch == epoch,
        HqEvent.seq.in_([s for s, _ in held]))).all()) if held else {}
    matched = 0
    for seq, hash_ in held:
        if stored.get(seq) != hash_:
            break
        matched = seq
    return matched


def _answered_before(branch: HqBranch, epoch: int, matched: int) -> dict[str, Any]:
    """The same answer for a request from the epoch the last answer closed, when it
    agrees on which events head office holds (the same database asking again: its
    outbox only grows, so the events it held then lead the ones it holds now)."""
    earlier = json.loads(branch.epoch_answer) if branch.epoch_answer else {}
    if earlier.get("from_epoch") == epoch and earlier.get("matched_seq") == matched:
        return {k: earlier[k] for k in ("epoch", "base", "genesis_hash", "matched_seq")}
    raise Refused(f"stale epoch request: it is from epoch {epoch}, head office is at "
                  f"epoch {branch.epoch}", code="stale")

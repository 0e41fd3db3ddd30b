"""The projector: head office's consolidated tables derived from its stored events.

Acknowledging a batch stores facts (ingest.py); this module derives from them, after
the answer, per branch stream in (epoch, seq) order. Each step locks the branch's
projector row (hq_projector: the last (epoch, seq) applied), gathers the next stored
events (projection.py), writes what they change (projection_write.py) and moves the
cursor — all in one transaction, so a crash anywhere leaves the cursor where the
tables are and the next run goes on from there: each event is applied exactly once.
A second projector of the same branch finds the row locked and leaves the work to the
first (`hq serve` runs one after every acknowledged batch and all of them every few
seconds; `shakha hq project` runs them by hand).

Snapshot chunks (a branch's first sync) are applied when they arrive and kept with
the projector position they were applied at (snapshot.py): `rebuild` empties a
branch's consolidated tables and derives them again from its chunks and events in the
same order, so it gives exactly what the incremental projection gave.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from itertools import groupby
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from app.headoffice.db import execute_and_commit
from app.headoffice.models import (
    HqAlarm,
    HqBranch,
    HqCollection,
    HqEvent,
    HqGroup,
    HqInstallment,
    HqLedger,
    HqLoan,
    HqMember,
    HqProjector,
    HqSnapshotChunk,
    HqSuspense,
    HqTask,
)
from app.headoffice.partitions import partition_identifier
from app.headoffice.projection import Gathered, gather_texts, snapshot_rows
from app.headoffice.projection_write import write

STEP = 2000  # events per projector transaction
# What the projector derives (emptied for a branch by `rebuild`).
DERIVED = (HqLedger, HqGroup, HqMember, HqLoan, HqInstallment, HqCollection, HqSuspense)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def lock_cursor(session: Session, code: str, wait: bool) -> HqProjector | None:
    """The branch's projector row, locked; None when another projector holds it (and
    `wait` is False). Made at the start of the stream if the branch has none yet."""
    query = select(HqProjector).where(HqProjector.branch == code)
    row = session.scalars(query.with_for_update(skip_locked=not wait)).one_or_none()
    if row is not None:
        return row
    if session.get(HqBranch, code) is None:
        return None
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    session.execute(upsert(HqProjector).values(branch=code, epoch=1, seq=0)
                    .on_conflict_do_nothing())
    return session.scalars(query.with_for_update(skip_locked=not wait)).one_or_none()


# A step's stored events, read straight from the driver on PostgreSQL (a third of the
# cost of going through the ORM's rows); through SQLAlchemy elsewhere (SQLite).
_EVENTS_SQL = ("SELECT epoch, seq, type, schema_version, business_date, payload "
               "FROM hq_event WHERE branch = %s AND epoch = %s AND seq > %s AND seq <= %s "
               "ORDER BY seq LIMIT %s")
_NO_END = 2**63 - 1


def _read(session: Session, code: str, epoch: int, seq: int, last: int | None,
          limit: int) -> list[Any]:
    """One epoch's stored events after `seq` (up to `last`), in order, at most `limit`:
    (epoch, seq, type, schema_version, business_date, payload) each."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        raw = connection.connection.driver_connection
        return raw.execute(  # type: ignore[union-attr,no-any-return]
            _EVENTS_SQL, (code, epoch, seq, _NO_END if last is None else last,
                          limit)).fetchall()
    columns = (HqEvent.epoch, HqEvent.seq, HqEvent.type, HqEvent.schema_version,
               HqEvent.business_date, HqEvent.payload)
    query = select(*columns).where(HqEvent.branch == code, HqEvent.epoch == epoch,
                                   HqEvent.seq > seq)
    if last is not None:
        query = query.where(HqEvent.seq <= last)
    return list(session.execute(query.order_by(HqEvent.seq).limit(limit)).all())


def _next_events(session: Session, code: str, epoch: int, seq: int, limit: int,
                 upto: tuple[int, int] | None = None) -> list[Any]:
    """Stored events after (epoch, seq) in order — of this epoch first, else of the
    next epoch that has any — at most `limit`, none beyond `upto`."""
    while True:
        if upto is not None and (epoch, seq) >= upto:
            return []
        last = upto[1] if upto is not None and epoch == upto[0] else None
        rows = _read(session, code, epoch, seq, last, limit)
        if rows:
            return rows
        later = session.scalar(select(func.min(HqEvent.epoch)).where(
            HqEvent.branch == code, HqEvent.epoch > epoch))
        if later is None:
            return []
        epoch, seq = int(later), 0


_pause = threading.Lock()
_pausing = [0, False]  # steps in progress, whether the collector was on before them


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Decoding a step makes some ten containers per event, none in a cycle (JSON
    trees, freed by reference counting as soon as the step is written); Python's cycle
    collector would walk them again and again as they pile up (measured: more than
    half of orjson's time). Paused while any step is gathered or written, and over
    all of a projector's steps: paused per step only, it ran as each step ended, over
    the next step's events read and gathered ahead (measured: some fifty times in 100k
    events, 0.1 s). Counted: `hq serve` projects branches in threads of its own; then
    as it was."""
    with _pause:
        if _pausing[0] == 0:
            _pausing[1] = gc.isenabled()
            gc.disable()
        _pausing[0] += 1
    try:
        yield
    finally:
        with _pause:
            _pausing[0] -= 1
            if _pausing[0] == 0 and _pausing[1]:
                gc.enable()


Runs = list[tuple[int, Gathered]]


def _gather(rows: list[Any]) -> Runs:
    """Decode and gather stored events, one epoch's run at a time (no database): the
    usual run straight from its payload texts (`gather_texts`), any other decoded with
    orjson and gathered by `Gathered.batch` — the same result either way."""
    runs: Runs = []
    with _no_cycle_collection():
        for epoch, events in groupby(rows, _EPOCH):
            run = list(events)
            gathered = gather_texts(list(map(_EVENT, run)))
            runs.append((epoch, gathered if gathered is not None else _gather_decoded(run)))
    return runs


_EPOCH, _EVENT = itemgetter(0), itemgetter(slice(1, None))  # of a stored event's row


def _gather_decoded(run: list[Any]) -> Gathered:
    """One epoch's stored events decoded with orjson and gathered by `batch` (a
    payload that is no JSON object counts as an empty one)."""
    try:  # every payload a JSON object, decoded in one C loop
        payloads = list(map(orjson.loads, [r[5] for r in run]))
        if set(map(type, payloads)) != {dict}:
            raise ValueError
    except ValueError:  # orjson.JSONDecodeError is one; then payload by payload
        payloads = [_payload(r[5]) for r in run]
    events = [{"seq": r[1], "type": r[2], "schema_version": r[3],
               "business_date": r[4], "payload_obj": payload}
              for r, payload in zip(run, payloads, strict=True)]
    gathered = Gathered()
    gathered.batch(events)
    return gathered


def _write(session: Session, code: str, runs: Runs,
           meanwhile: Callable[[], None] | None = None,
           partitions: Partitions | None = None) -> None:
    with _no_cycle_collection():
        for i, (epoch, gathered) in enumerate(runs, 1):
            write(session, code, epoch, gathered, meanwhile if i == len(runs) else None,
                  partitions)


def _apply(session: Session, code: str, rows: list[Any]) -> None:
    """Gather and write stored events (one epoch's run at a time)."""
    _write(session, code, _gather(rows))


def _payload(text: str) -> dict[str, Any]:
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


# A step's commit does not wait for its WAL to reach the disk: what a step writes is
# derived (the cursor with the tables, in one transaction), so a crash that loses the
# last steps' commits loses them together and the projector applies those events
# again; nothing is acknowledged to anyone on a projector's commit. (Measured: 2-3 ms
# a step on this machine.) The upload transaction keeps its synchronous commit.
_ASYNC_COMMIT = "SET LOCAL synchronous_commit = off"


def project_branch(engine: Engine, code: str, step: int = STEP, wait: bool = False) -> int:
    """Apply the branch's stored events not yet projected; the number applied (0 when
    another projector is at it — unless `wait`: then after it, what is left).

    While the database upserts a step's images, Python gathers the next step's events
    (read before) and the database, after the upsert, reads the events of the step
    after that (`_ahead`): Python and the database work at once, on two cores. A step
    uses what was read and gathered ahead only if its locked cursor is where the step
    before left it (stored events never change); else it reads afresh."""
    done = 0
    ahead: tuple[tuple[int, int], list[Any], Runs] | None = None
    beyond: list[Any] = []  # the events after ahead's, read but not gathered
    # one connection for every step; the cycle collector paused over all of them
    with engine.connect() as connection, _no_cycle_collection():
        while True:
            with Session(connection) as session, session.begin():
                position, partitions = _step_position(session, code, wait)
                if position is None:
                    return done
                following: list[Any] = []
                if ahead is not None and ahead[0] == position:
                    rows, runs, following = ahead[1], ahead[2], beyond
                else:
                    rows = _next_events(session, code, *position, step)
                    runs = _gather(rows) if rows else []
                ahead, beyond = None, []
                if not rows:
                    return done
                end = (int(rows[-1][0]), int(rows[-1][1]))
                if not following:
                    following = _next_events(session, code, *end, step)
                gathered: list[Runs] = []
                readers: list[Any] = []
                _write(session, code, runs, partial(
                    _ahead, session, code, following, step, gathered, readers)
                    if following else None, partitions)
                _move_and_commit(session, code, end)
                if gathered:
                    ahead = (end, following, gathered[0])
                for reader in readers:
                    with reader:
                        beyond = reader.fetchall()
            done += len(rows)


def _ahead(session: Session, code: str, rows: list[Any], step: int, gathered: list[Runs],
           readers: list[Any]) -> None:
    """Python's work while the database upserts a step's images: on PostgreSQL the
    events after `rows` (of their epoch) asked for first — the database reads them
    after the upsert, in the same pipeline — then `rows` gathered."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        reader = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        reader.execute(_EVENTS_SQL, (code, rows[-1][0], rows[-1][1], _NO_END, step))
        readers.append(reader)
    gathered.append(_gather(rows))


_LOCK_SQL = "SELECT epoch, seq FROM hq_projector WHERE branch = %s FOR UPDATE"
_MOVE_SQL = "UPDATE hq_projector SET epoch = %s, seq = %s, projected_at = %s WHERE branch = %s"


Partitions = dict[str, str]  # a partitioned table -> the branch's own partition
_WRITTEN = ("hq_ledger", "hq_installment")  # partitioned tables a step writes new rows to


def _step_position(session: Session, code: str, wait: bool
                   ) -> tuple[tuple[int, int] | None, Partitions]:
    """_lock_position at a step's start, and which of the tables the step writes have
    a partition of the branch's own (written straight into: projection_write.write);
    on PostgreSQL the step's commit made asynchronous (_ASYNC_COMMIT), the row locked
    and the partitions looked up in one round trip (a pipeline, with psycopg's BEGIN)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return _lock_position(session, code, wait), {}
    raw: Any = connection.connection.driver_connection
    names = {table: partition_identifier(table, code) for table in _WRITTEN}
    with raw.cursor() as setting, raw.cursor() as found, raw.cursor() as cur:
        with raw.pipeline():
            setting.execute(_ASYNC_COMMIT)
            found.execute("SELECT " + ", ".join(["to_regclass(%s) IS NOT NULL"] * len(names)),
                          list(names.values()))
            cur.execute(_LOCK_SQL if wait else _LOCK_SQL + " SKIP LOCKED", (code,))
        held = found.fetchone() or ()
        row = cur.fetchone()
    partitions = {table: name for (table, name), there in zip(
        names.items(), held, strict=True) if there}
    if row is None:  # none yet (made now), or another projector holds it
        return _lock_position(session, code, wait), partitions
    return (int(row[0]), int(row[1])), partitions


def _move_and_commit(session: Session, code: str, end: tuple[int, int]) -> None:
    """Move the branch's projector cursor to `end`; on PostgreSQL, when nothing else
    waits for the ORM's flush, sent with the commit in one round trip (the session's
    own commit then finds the transaction done); else left to the session's commit."""
    connection = session.connection()
    if connection.dialect.name != "postgresql" or session.new or session.dirty or \
            session.deleted:
        connection.execute(update(HqProjector).where(HqProjector.branch == code)
                           .values(epoch=end[0], seq=end[1], projected_at=_now()))
        return
    execute_and_commit(session, _MOVE_SQL, (end[0], end[1], _now(), code))


def _lock_position(session: Session, code: str, wait: bool) -> tuple[int, int] | None:
    """(epoch, seq) of the branch's projector row, locked (`lock_cursor` without the
    ORM's object, which a step does not need); None when another projector holds it."""
    row = session.connection().execute(
        select(HqProjector.epoch, HqProjector.seq).where(HqProjector.branch == code)
        .with_for_update(skip_locked=not wait)).first()
    if row is None:  # none yet (made now), or locked
        cursor = lock_cursor(session, code, wait)
        return None if cursor is None else (cursor.epoch, cursor.seq)
    return int(row[0]), int(row[1])


def branches(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(HqBranch.code).order_by(HqBranch.code)))


def project_all(engine: Engine) -> dict[str, int]:
    """Every branch's projector once: events applied per branch."""
    return {code: project_branch(engine, code) for code in branches(engine)}


def rebuild(engine: Engine, code: str) -> int:
    """Empty the branch's consolidated tables and derive them again from its stored
    snapshot chunks and events, in the order they were first applied; one transaction
    (readers see the old tables until it commits). Returns the events applied. Tasks
    are kept: a task the rebuild would raise again is not raised twice."""
    with Session(engine) as session, session.begin():
        cursor = lock_cursor(session, code, wait=True)
        if cursor is None:
            return 0
        for model in DERIVED:
            session.execute(delete(model).where(model.branch == code))
        chunks = session.execute(select(
            HqSnapshotChunk.after_epoch, HqSnapshotChunk.after_seq, HqSnapshotChunk.body,
            HqSnapshotChunk.chunk).where(HqSnapshotChunk.branch == code).order_by(
            HqSnapshotChunk.number, HqSnapshotChunk.received_at)).all()
        epoch, seq, applied = 1, 0, 0
        for chunk in [*chunks, None]:
            upto = None if chunk is None else (chunk.after_epoch or 1, chunk.after_seq or 0)
            while True:
                rows = _next_events(session, code, epoch, seq, STEP, upto)
                if not rows:
                    break
                _apply(session, code, rows)
                epoch, seq, applied = rows[-1][0], rows[-1][1], applied + len(rows)
            if chunk is not None:
                _apply_chunk(session, code, epoch, chunk.body, chunk.chunk)
        cursor.epoch, cursor.seq, cursor.projected_at = epoch, seq, _now()
        return applied


def _apply_chunk(session: Session, code: str, epoch: int, body: str | None,
                 name: str) -> None:
    data = _payload(body) if body else {}
    gathered = snapshot_rows(str(data.get("table")), data.get("rows") or []) \
        if data else None
    if gathered is None:
        session.add(HqTask(branch=code, epoch=epoch, event_seq=None, kind="unprojected",
                           at=_now(), detail=f"snapshot chunk {name} could not be "
                           "applied again (received before head office kept chunks)"))
        return
    write(session, code, epoch, gathered)


@dataclass(frozen=True)
class BranchStatus:
    code: str
    last_seen: datetime | None
    epoch: int
    acked_seq: int
    projected_epoch: int
    projected_seq: int
    lag: int  # events stored, not yet projected
    alarms: int
    open_tasks: int


def status(engine: Engine) -> list[BranchStatus]:
    """Per branch: last seen, acknowledged and projected position, lag, alarms, tasks."""
    with Session(engine) as session:
        out = []
        for branch in session.scalars(select(HqBranch).order_by(HqBranch.code)):
            cursor = session.get(HqProjector, branch.code)
            p_epoch, p_seq = (cursor.epoch, cursor.seq) if cursor else (1, 0)
            lag = session.scalar(select(func.count()).select_from(HqEvent).where(
                HqEvent.branch == branch.code,
                (HqEvent.epoch > p_epoch) | ((HqEvent.epoch == p_epoch)
                                             & (HqEvent.seq > p_seq)))) or 0
            alarms = session.scalar(select(func.count()).select_from(HqAlarm).where(
                HqAlarm.branch == branch.code)) or 0
            tasks = session.scalar(select(func.count()).select_from(HqTask).where(
                HqTask.branch == branch.code, HqTask.done.is_(False))) or 0
            out.append(BranchStatus(branch.code, branch.last_seen_at, branch.epoch,
                                    branch.acked_seq, p_epoch, p_seq, int(lag),
                                    int(alarms), int(tasks)))
        return out



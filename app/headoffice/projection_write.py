"""Writing a gathered batch (projection.py) to head office's tables.

Split from the gathering because this half is all about the database: it assumes every
row has passed its Shape (row_shapes.py), so values can be COPied in as they are —
far cheaper than one INSERT per row or dumping arrays — and it decides what to do when
the database already holds a journal id: ignore it if identical, else park the row in
suspense with a task (the branch is never refused). Rows that break a money
invariant (projection.money_problem) and reversals of a row head office does not hold
are parked the same way. Everything runs on the caller's session, inside the caller's
transaction (projector.py, snapshot.py).

PostgreSQL is written with COPY through psycopg; any other database (SQLite, for a
one-machine trial) through portable SQLAlchemy statements with the same result.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from psycopg.errors import UniqueViolation
from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.headoffice.models import HqCollection, HqLedger, HqSuspense, HqTask
from app.headoffice.projection import Gathered
from app.headoffice.row_shapes import IMAGE_MODELS, IMAGES, LEDGER, Shape
from app.sync.canonical import canonical_json
from app.sync.native import fastchain as _fastchain


def write(session: Session, code: str, epoch: int, gathered: Gathered,
          meanwhile: Callable[[], None] | None = None,
          partitions: Mapping[str, str] | None = None) -> None:
    """Write what was gathered: ledger, deletions, upserts, collections, suspense.
    `meanwhile` (if given) is called once: on PostgreSQL while the database works on
    the last upsert (the projector gathers its next step then, on the other core).
    `partitions`: the branch's own partition of a partitioned table, where it has one
    (the projector asks with its lock): new rows are written straight into it, not
    routed row by row through the partitioned table (a twentieth of a step's
    database time)."""
    into = partitions or {}
    if gathered.ledger:
        _unknown_reversals(session, code, gathered)
    if session.get_bind().dialect.name == "postgresql":
        raw = session.connection().connection.driver_connection
        with raw.cursor() as cur:  # type: ignore[union-attr]
            if gathered.ledger:
                _insert_ledger(cur, code, gathered, into.get("hq_ledger", "hq_ledger"))
            for table, ids in gathered.deleted.items():
                if ids:
                    cur.execute(f"DELETE FROM {IMAGES[table].table} WHERE branch = %s "
                                "AND id = ANY(%s)", (code, sorted(ids)))
            upserts = [(IMAGES[t], list(rows.values()))
                       for t, rows in gathered.images.items() if rows]
            for i, (shape, rows) in enumerate(upserts, 1):
                last = i == len(upserts)
                _upsert(cur, code, shape, rows, meanwhile if last else None,
                        into.get(shape.table, shape.table))
            if upserts:
                meanwhile = None
    else:
        _write_portable(session, code, gathered)
    if meanwhile is not None:
        meanwhile()
    _park(session, code, gathered)
    if gathered.collections:
        session.execute(insert(HqCollection),
                        [{"branch": code, **c} for c in gathered.collections])
    for seq, detail, amount in gathered.problems:
        task = {"branch": code, "epoch": epoch, "event_seq": seq,
                "kind": "suspense" if amount else "unprojected", "suspense_minor": amount,
                "detail": (f"event {seq}: " if seq is not None else "") + detail}
        if _raised_before(session, task):  # a rebuild meets the same problem again
            continue
        session.add(HqTask(**task, at=_now()))


def _raised_before(session: Session, task: dict[str, Any]) -> bool:
    session.flush()
    return session.scalar(select(HqTask.id).where(
        *(getattr(HqTask, k) == v if v is not None else getattr(HqTask, k).is_(None)
          for k, v in task.items())).limit(1)) is not None


def _unnest(shape: Shape) -> str:
    arrays = ", ".join(f"%b::{t}" for t in shape.pg_types)  # binary: cheaper to dump
    return (f"INSERT INTO {shape.table} (branch, {', '.join(shape.columns)}) "
            f"SELECT %s, * FROM unnest({arrays})")


_LEDGER_SQL = (_unnest(LEDGER) + " ON CONFLICT (branch, journal_id) DO NOTHING "
               "RETURNING journal_id")


def _columns(rows: list[list[Any]], width: int) -> list[list[Any]]:
    return [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


_BINARY = {"bigint[]": "int8", "int[]": "int4", "text[]": "text", "date[]": "date"}
_KIND_OF = {"bigint[]": "q", "int[]": "i", "text[]": "t", "date[]": "d"}


@functools.cache
def _kinds(pg_types: tuple[str, ...]) -> bytes:
    """A shape's column types as app.sync._fastchain.copy_binary names them."""
    return "".join(_KIND_OF[t] for t in pg_types).encode()


def _copy(cur: Any, table: str, shape: Shape, code: str, rows: list[list[Any]]) -> None:
    """COPY rows (checked by their Shape) in, in PostgreSQL's binary format: much
    cheaper than dumping arrays, and than text COPY for both sides (no numbers or days
    written and parsed as text). Days go as dates (a run's few distinct days parsed
    once each)."""
    columns = ", ".join(("branch", *shape.columns))
    with cur.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)") as copy:
        if _fastchain is not None:  # the same data written in C, at once
            data = _fastchain.copy_binary(code, rows, _kinds(shape.pg_types))
            if data is not None:
                copy.write(data)
                return
        copy.set_types(["text", *(_BINARY[t] for t in shape.pg_types)])
        dated = [i + 1 for i, kind in enumerate(shape.kinds) if kind[0] == "date"]
        if not dated:
            for row in rows:
                copy.write_row((code, *row))
            return
        days: dict[str, date] = {}
        for row in rows:
            values = [code, *row]
            for i in dated:
                text = values[i]
                if text is not None:
                    day = days.get(text)
                    if day is None:
                        day = days[text] = date.fromisoformat(text)
                    values[i] = day
            copy.write_row(values)


def _copy_new_ledger(cur: Any, code: str, rows: list[list[Any]], table: str) -> bool:
    """COPY the journal rows straight into hq_ledger; False (nothing written) if head
    office already holds any of their ids."""
    cur.execute("SAVEPOINT hq_ledger_copy")
    try:
        _copy(cur, table, LEDGER, code, rows)
    except UniqueViolation:
        cur.execute("ROLLBACK TO SAVEPOINT hq_ledger_copy")
        return False
    cur.execute("RELEASE SAVEPOINT hq_ledger_copy")
    return True


def _insert_ledger(cur: Any, code: str, gathered: Gathered, table: str) -> None:
    """Insert new journal rows; one already held is ignored when identical, otherwise
    parked in suspense with a task (the branch is never refused)."""
    rows = list(gathered.ledger.values())
    if _copy_new_ledger(cur, code, rows, table):  # the usual case: every row is new
        return
    cur.execute(_LEDGER_SQL, (code, *_columns(rows, len(LEDGER.columns))))
    inserted = {r[0] for r in cur.fetchall()}
    clashes = [r for r in rows if r[0] not in inserted]
    if clashes:
        cur.execute(f"SELECT {', '.join(LEDGER.columns)} FROM hq_ledger "
                    "WHERE branch = %s AND journal_id = ANY(%s)",
                    (code, [r[0] for r in clashes]))
        held = {r[0]: [v.isoformat() if isinstance(v, date) else v for v in r]
                for r in cur.fetchall()}
        gathered.clashes += [(gathered.ledger_seq.get(r[0]), r) for r in clashes
                             if held.get(r[0]) != r]


def _park(session: Session, code: str, gathered: Gathered) -> None:
    """Journal rows that differ from the row held under their id, or break a money
    invariant, go to suspense: each distinct row once (with one task), however often
    it arrives; they are not in the consolidated ledger."""
    at = _now()
    parked = [(seq, row, f"journal row {row[0]} differs from the one held at head "
               "office; amount parked in suspense") for seq, row in gathered.clashes]
    parked += [(seq, row, f"journal row {row[0]} is {why}; amount parked in suspense")
               for seq, row, why in gathered.parked]
    for seq, row, detail in parked:
        text = canonical_json(row)
        key = (code, row[0], hashlib.sha256(text.encode()).hexdigest())
        if session.get(HqSuspense, key) is not None:
            continue
        session.add(HqSuspense(branch=code, journal_id=row[0], digest=key[2], row=text,
                               amount_minor=row[3], event_seq=seq, at=at))
        session.flush()
        gathered.problems.append((seq, detail, row[3]))


def _unknown_reversals(session: Session, code: str, gathered: Gathered) -> None:
    """Reversals of a journal row that neither this batch nor head office holds: parked
    (the money would be counted against nothing)."""
    wanted = {row[12]: row[0] for row in gathered.ledger.values()
              if row[12] is not None and row[12] not in gathered.ledger}
    if not wanted:
        return
    held: set[int] = set()
    targets = sorted(wanted)
    for i in range(0, len(targets), 500):
        held.update(session.scalars(select(HqLedger.journal_id).where(
            HqLedger.branch == code, HqLedger.journal_id.in_(targets[i:i + 500]))))
    for target, journal_id in wanted.items():
        if target not in held:
            row = gathered.ledger.pop(journal_id)
            gathered.parked.append((gathered.ledger_seq.pop(journal_id, None), row,
                                    f"a reversal of journal row {target}, which head "
                                    "office does not hold"))


def _typed(shape: Shape, row: list[Any]) -> dict[str, Any]:
    """A checked row as SQLAlchemy takes it (dates as dates)."""
    return {c: date.fromisoformat(v) if kind[0] == "date" and v is not None else v
            for c, v, kind in zip(shape.columns, row, shape.kinds, strict=True)}


def _write_portable(session: Session, code: str, gathered: Gathered) -> None:
    """The same writes as the PostgreSQL path, through SQLAlchemy (SQLite trial)."""
    if gathered.ledger:
        rows = list(gathered.ledger.values())
        ids = [r[0] for r in rows]
        held: dict[int, list[Any]] = {}
        columns = [getattr(HqLedger, c) for c in LEDGER.columns]
        for i in range(0, len(ids), 500):
            for r in session.execute(select(*columns).where(
                    HqLedger.branch == code, HqLedger.journal_id.in_(ids[i:i + 500]))):
                held[r[0]] = [v.isoformat() if isinstance(v, date) else v for v in r]
        new = [r for r in rows if r[0] not in held]
        if new:
            session.execute(insert(HqLedger), [{"branch": code, **_typed(LEDGER, r)}
                                               for r in new])
        gathered.clashes += [(gathered.ledger_seq.get(r[0]), r) for r in rows
                             if r[0] in held and held[r[0]] != r]
    for table, gone in gathered.deleted.items():
        model: Any = IMAGE_MODELS[table]
        if gone:
            session.execute(delete(model).where(model.branch == code,
                                                model.id.in_(sorted(gone))))
    for table, images in gathered.images.items():
        if images:
            shape = IMAGES[table]
            statement = sqlite_insert(IMAGE_MODELS[table])
            session.execute(statement.on_conflict_do_update(
                index_elements=["branch", "id"],
                set_={c: statement.excluded[c] for c in shape.columns[1:]}),
                [{"branch": code, **_typed(shape, r)} for r in images.values()])


def _upsert(cur: Any, code: str, shape: Shape, rows: list[list[Any]],
            meanwhile: Callable[[], None] | None, table: str) -> None:
    """Insert or replace row images (one per id): COPY them into a temporary table of
    this session (emptied at commit), then one INSERT … ON CONFLICT DO UPDATE — sent
    in pipeline mode when there is `meanwhile` work, which Python does before waiting
    for the database's answer (the upsert is most of a step's database time)."""
    stage = f"hq_stage_{shape.table}"
    cur.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {stage} (LIKE {shape.table}) "
                "ON COMMIT DELETE ROWS")
    _copy(cur, stage, shape, code, rows)
    columns = ", ".join(("branch", *shape.columns))
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in shape.columns[1:])
    # one round trip (no parameters); emptied at once, should the same transaction
    # upsert this table again (a rebuild does, step after step) — by TRUNCATE: a
    # DELETE left each step's rows dead in the stage until the transaction ended, for
    # every later step to read again, and cost more itself. In id order: the index is
    # walked in order, not at random (measured: a fifth less work for the database)
    upsert = (f"INSERT INTO {table} ({columns}) SELECT {columns} "
              f"FROM {stage} ORDER BY id ON CONFLICT (branch, id) DO UPDATE SET {updates}")
    if meanwhile is None:
        cur.execute(f"{upsert}; TRUNCATE {stage}")
        return
    with cur.connection.pipeline():  # one statement per execute in pipeline mode
        cur.execute(upsert)
        cur.execute(f"TRUNCATE {stage}")
        meanwhile()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

"""Writing a gathered batch (projection.py) to head office's PostgreSQL tables.

Split from the gathering because this half is all about the database: it assumes every
row has passed its Shape (row_shapes.py), so values can be COPied in as they are —
far cheaper than one INSERT per row or dumping arrays — and it decides what to do when
the database already holds a journal id: ignore it if identical, else park the row in
suspense with a task (the branch is never refused). Everything runs on the caller's
session, inside the caller's transaction (ingest.py, snapshot.py).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import Any

from psycopg.errors import UniqueViolation
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.headoffice.models import HqCollection, HqTask
from app.headoffice.projection import Gathered
from app.headoffice.row_shapes import IMAGES, LEDGER, Shape
from app.sync.canonical import canonical_json


def write(session: Session, code: str, epoch: int, gathered: Gathered) -> None:
    """Write what was gathered (PostgreSQL): ledger, deletions, upserts, collections."""
    raw = session.connection().connection.driver_connection
    with raw.cursor() as cur:  # type: ignore[union-attr]
        if gathered.ledger:
            _insert_ledger(cur, code, gathered)
        for table, ids in gathered.deleted.items():
            if ids:
                cur.execute(f"DELETE FROM {IMAGES[table].table} WHERE branch = %s "
                            "AND id = ANY(%s)", (code, sorted(ids)))
        for table, rows in gathered.images.items():
            if rows:
                _upsert(cur, code, IMAGES[table], list(rows.values()))
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


def _copy(cur: Any, table: str, columns: tuple[str, ...], code: str,
          rows: list[list[Any]]) -> None:
    """COPY rows (checked by their Shape) in: much cheaper than dumping arrays."""
    with cur.copy(f"COPY {table} (branch, {', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row((code, *row))


def _copy_new_ledger(cur: Any, code: str, rows: list[list[Any]]) -> bool:
    """COPY the journal rows straight into hq_ledger; False (nothing written) if head
    office already holds any of their ids."""
    cur.execute("SAVEPOINT hq_ledger_copy")
    try:
        _copy(cur, "hq_ledger", LEDGER.columns, code, rows)
    except UniqueViolation:
        cur.execute("ROLLBACK TO SAVEPOINT hq_ledger_copy")
        return False
    cur.execute("RELEASE SAVEPOINT hq_ledger_copy")
    return True


def _insert_ledger(cur: Any, code: str, gathered: Gathered) -> None:
    """Insert new journal rows; one already held is ignored when identical, otherwise
    parked in suspense with a task (the branch is never refused)."""
    rows = list(gathered.ledger.values())
    if _copy_new_ledger(cur, code, rows):  # the usual case: every row is new
        if gathered.clashes:
            _park(cur, code, gathered)
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
    if gathered.clashes:
        _park(cur, code, gathered)


def _park(cur: Any, code: str, gathered: Gathered) -> None:
    """Journal rows that differ from the row held under their id go to suspense, each
    distinct row once (with one task), however often it arrives."""
    at = _now()
    for seq, row in gathered.clashes:
        text = canonical_json(row)
        cur.execute("INSERT INTO hq_suspense (branch, journal_id, digest, row, amount_minor, "
                    "event_seq, at) VALUES (%s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT DO NOTHING RETURNING journal_id",
                    (code, row[0], hashlib.sha256(text.encode()).hexdigest(), text, row[3],
                     seq, at))
        if cur.fetchone() is not None:
            gathered.problems.append((seq, f"journal row {row[0]} differs from the one "
                                           "held at head office; amount parked in "
                                           "suspense", row[3]))


def _upsert(cur: Any, code: str, shape: Shape, rows: list[list[Any]]) -> None:
    """Insert or replace row images (one per id): COPY them into a temporary table of
    this session (emptied at commit), then one INSERT … ON CONFLICT DO UPDATE."""
    stage = f"hq_stage_{shape.table}"
    cur.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {stage} (LIKE {shape.table}) "
                "ON COMMIT DELETE ROWS")
    _copy(cur, stage, shape.columns, code, rows)
    columns = ", ".join(("branch", *shape.columns))
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in shape.columns[1:])
    # one round trip (no parameters); emptied at once, should the same transaction
    # upsert this table again
    cur.execute(f"INSERT INTO {shape.table} ({columns}) SELECT {columns} FROM {stage} "
                f"ON CONFLICT (branch, id) DO UPDATE SET {updates}; DELETE FROM {stage}")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

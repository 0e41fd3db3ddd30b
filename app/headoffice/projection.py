"""Consolidated head-office tables from what branches send: ledger, groups, members,
loans, installments and meeting collections.

Every event the branch's unit of work seals (schema 2, app.db.uow) carries the journal
rows it posted, and a unit's last event carries images of the consolidated rows the
unit created or changed and the ids it deleted. A batch's events are gathered first —
a later image of a row replaces an earlier one — and then written with one statement
per table, so the cost per event stays small. First-sync snapshot chunks go through the
same checks and writers.

Never refuses an event: a part that cannot be projected (wrong shape, or a journal id
head office already holds with other content) becomes a task for a person, its money
parked in suspense. The events themselves are stored regardless (ingest.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from psycopg.errors import UniqueViolation
from sqlalchemy import BigInteger, Date, Integer, String, insert
from sqlalchemy.orm import Session

from app.db.canonical import canonical_json
from app.db.uow import EVENT_SCHEMA, IMAGE_FIELDS, JOURNAL_FIELDS
from app.headoffice.models import (
    HqBase,
    HqCollection,
    HqGroup,
    HqInstallment,
    HqLedger,
    HqLoan,
    HqMember,
    HqTask,
)

IMAGE_MODELS: dict[str, type[HqBase]] = {"member_group": HqGroup, "member": HqMember,
                                         "loan": HqLoan, "installment": HqInstallment}
# hq_ledger's columns in JOURNAL_FIELDS order (the branch's `id` is `journal_id`).
LEDGER_COLUMNS = ("journal_id", *JOURNAL_FIELDS[1:])

Check = Callable[[Any], bool]
_NO_ROWS: list[Any] = []


def _is_date(value: Any) -> bool:
    """YYYY-MM-DD naming a real day (what the branch sends: date.isoformat()). Python
    would also read an ISO week date ("2026-W48-3"), which PostgreSQL's date refuses."""
    if type(value) is not str or len(value) != 10 or not value.isascii() \
            or value[4] != "-" or value[7] != "-":
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


Kind = tuple[str, bool, int]  # ("int" | "text" | "date", nullable, limit or length)


def _column_check(column: Any) -> tuple[Check, str, Kind]:
    """(validator, PostgreSQL array type, kind) for one column of a head-office table."""
    kind, nullable = column.type, bool(column.nullable)
    if isinstance(kind, Integer):  # BigInteger is an Integer
        limit = 2**63 if isinstance(kind, BigInteger) else 2**31
        return ((lambda v: (v is None and nullable)
                 or (type(v) is int and -limit <= v < limit)),
                "bigint[]" if limit > 2**31 else "int[]", ("int", nullable, limit))
    if isinstance(kind, String):
        size = kind.length or 10**6
        return (lambda v: (v is None and nullable) or (type(v) is str and len(v) <= size),
                "text[]", ("text", nullable, size))
    if isinstance(kind, Date):
        return ((lambda v: (v is None and nullable) or _is_date(v)), "date[]",
                ("date", nullable, 10))
    raise TypeError(f"no check for {column}")


_NONE = type(None)


def _column_valid(kind: Kind, values: tuple[Any, ...]) -> bool:
    """Every value of one column passes its check (the same rule as `_column_check`'s
    validator, with the loops in C: the types as a set, min/max, lengths)."""
    name, nullable, limit = kind
    types = set(map(type, values))
    if nullable and _NONE in types:
        types.discard(_NONE)
        values = tuple(v for v in values if v is not None)
    if not values:
        return True
    if name == "int":
        return types == {int} and -limit <= min(values) and max(values) < limit
    if name == "text":
        return types == {str} and max(map(len, values)) <= limit
    return types == {str} and all(_is_date(v) for v in set(values))


@dataclass(frozen=True)
class Shape:
    """How rows of one table arrive (positional, in `fields` order) and are checked."""

    table: str
    fields: tuple[str, ...]
    columns: tuple[str, ...]
    checks: tuple[Check, ...]
    pg_types: tuple[str, ...]
    kinds: tuple[Kind, ...]

    @classmethod
    def of(cls, model: type[HqBase], fields: tuple[str, ...],
           columns: tuple[str, ...]) -> Shape:
        table = model.__table__
        pairs = [_column_check(table.c[c]) for c in columns]  # type: ignore[attr-defined]
        return cls(str(table.name), fields, columns,  # type: ignore[attr-defined]
                   tuple(p[0] for p in pairs), tuple(p[1] for p in pairs),
                   tuple(p[2] for p in pairs))

    def valid(self, row: Any) -> bool:
        return (type(row) is list and len(row) == len(self.checks)
                and all(check(v) for check, v in zip(self.checks, row, strict=True)))

    def all_valid(self, rows: list[Any]) -> bool:
        """`valid` for every row, checked column by column (the same answer, faster)."""
        if not rows:
            return True
        if set(map(type, rows)) != {list} or set(map(len, rows)) != {len(self.kinds)}:
            return False
        return all(_column_valid(k, c) for k, c in zip(self.kinds, zip(*rows, strict=True), strict=True))


LEDGER = Shape.of(HqLedger, JOURNAL_FIELDS, LEDGER_COLUMNS)
IMAGES = {t: Shape.of(IMAGE_MODELS[t], f, f) for t, f in IMAGE_FIELDS.items()}


@dataclass
class Gathered:
    """What a batch of events (or a snapshot chunk) changes, ready to be written."""

    ledger: dict[int, list[Any]] = field(default_factory=dict)  # journal id -> row
    ledger_seq: dict[int, int | None] = field(default_factory=dict)
    images: dict[str, dict[int, list[Any]]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)
    collections: list[dict[str, Any]] = field(default_factory=list)
    problems: list[tuple[int | None, str, int]] = field(default_factory=list)
    clashes: list[tuple[int | None, list[Any]]] = field(default_factory=list)

    def journal(self, rows: Any, seq: int | None) -> None:
        if not isinstance(rows, list):
            self.problems.append((seq, "its journal rows are not a list", 0))
            return
        for row in rows:
            if not LEDGER.valid(row):
                self.problems.append((seq, f"a journal row is malformed: {str(row)[:200]}",
                                      _amount(row)))
            elif row[0] in self.ledger and self.ledger[row[0]] != row:
                self.clashes.append((seq, row))  # the same id twice with other content
            else:
                self.ledger[row[0]] = row
                self.ledger_seq[row[0]] = seq

    def image(self, table: Any, rows: Any, seq: int | None) -> None:
        shape = IMAGES.get(table) if isinstance(table, str) else None
        if shape is None or not isinstance(rows, list):
            self.problems.append((seq, f"row images of {str(table)[:40]} are malformed", 0))
            return
        held = self.images.setdefault(table, {})
        gone = self.deleted.get(table)
        for row in rows:
            if not shape.valid(row):
                self.problems.append((seq, f"a {table} image is malformed: "
                                           f"{str(row)[:200]}", 0))
                continue
            held[row[0]] = row
            if gone:
                gone.discard(row[0])

    def delete(self, table: Any, ids: Any, seq: int | None) -> None:
        if table not in IMAGES or not isinstance(ids, list) or \
                not all(type(i) is int for i in ids):
            self.problems.append((seq, f"deleted ids of {str(table)[:40]} are malformed", 0))
            return
        held = self.images.get(table, {})
        gone = self.deleted.setdefault(table, set())
        for i in ids:
            held.pop(i, None)
            gone.add(i)

    def batch(self, events: list[dict[str, Any]]) -> None:
        """Gather a batch's events, in order. When every part is well formed, has no
        journal id twice and deletes nothing (the usual batch), rows are checked column
        by column and gathered in bulk; otherwise event by event (`event`), which says
        what is wrong with each part. Both give the same result."""
        if not self._bulk(events):
            for event in events:
                self.event(event)

    def _bulk(self, events: list[dict[str, Any]]) -> bool:
        journal: list[Any] = []
        seqs: list[int] = []
        images: dict[str, list[Any]] = {}
        for event in events:
            if event["schema_version"] < EVENT_SCHEMA:
                continue
            payload = event["payload_obj"]
            rows = payload.get("journal", _NO_ROWS)
            part = payload.get("images")
            if type(rows) is not list or "deleted" in payload or \
                    (part is not None and type(part) is not dict):
                return False
            if rows:
                journal += rows
                seqs += [event["seq"]] * len(rows)
            if part:
                for table, image_rows in part.items():
                    if table not in IMAGES or type(image_rows) is not list:
                        return False
                    images.setdefault(table, []).extend(image_rows)
        if not LEDGER.all_valid(journal) or \
                not all(IMAGES[t].all_valid(rows) for t, rows in images.items()):
            return False
        ids = [row[0] for row in journal]
        if len(set(ids)) != len(ids):
            return False
        self.ledger.update(zip(ids, journal, strict=True))
        self.ledger_seq.update(zip(ids, seqs, strict=True))
        for table, rows in images.items():
            self.images.setdefault(table, {}).update((row[0], row) for row in rows)
        for event in events:
            self.collect(event)
        return True

    def event(self, event: dict[str, Any]) -> None:
        payload = event["payload_obj"]
        seq = event["seq"]
        if event["schema_version"] >= EVENT_SCHEMA:
            if "journal" in payload:
                self.journal(payload["journal"], seq)
            for key, add in (("images", self.image), ("deleted", self.delete)):
                part = payload.get(key)
                if part is None:
                    continue
                if not isinstance(part, dict):
                    self.problems.append((seq, f"its {key} are not an object", 0))
                    continue
                for table, rows in part.items():
                    add(table, rows, seq)
        self.collect(event)

    def collect(self, event: dict[str, Any]) -> None:
        """The money a posted meeting collected (read from its payload, any schema)."""
        if event["type"] == "meeting.posted":
            self._collections(event, event["payload_obj"])

    def _collections(self, event: dict[str, Any], payload: dict[str, Any]) -> None:
        base = {"event_seq": event["seq"], "business_date": event["business_date"]}
        try:
            for line in payload.get("repayments", []):
                for alloc in line.get("allocations", []):
                    self.collections.append({
                        **base, "member_id": int(line["member_id"]),
                        "loan_id": int(alloc["loan_id"]),
                        "principal_minor": int(alloc.get("principal_minor", 0)),
                        "interest_minor": int(alloc.get("interest_minor", 0)),
                        "savings_minor": 0})
            for row in payload.get("rows", []):
                net = int(row.get("savings_deposit_minor", 0)) - \
                    int(row.get("savings_withdrawal_minor", 0))
                if net:
                    self.collections.append({**base, "member_id": int(row["member_id"]),
                                             "loan_id": None, "principal_minor": 0,
                                             "interest_minor": 0, "savings_minor": net})
        except (AttributeError, KeyError, TypeError, ValueError):
            self.problems.append((event["seq"], "its meeting collections are malformed", 0))


def _amount(row: Any) -> int:
    """The amount of a malformed journal row, if it can be read, for suspense."""
    try:
        value = row[3]
    except (IndexError, KeyError, TypeError):
        return 0
    return value if type(value) is int and 0 <= value < 2**63 else 0


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
        session.add(HqTask(branch=code, epoch=epoch, event_seq=seq, at=_now(),
                           kind="suspense" if amount else "unprojected",
                           suspense_minor=amount,
                           detail=(f"event {seq}: " if seq is not None else "") + detail))


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


def snapshot_rows(table: str, rows: list[Any]) -> Gathered | None:
    """A first-sync snapshot chunk (rows as objects) gathered like events; None if any
    row is malformed (a snapshot chunk, unlike an event, may be refused and re-sent)."""
    gathered = Gathered()
    fields = JOURNAL_FIELDS if table == "journal_entry" else IMAGE_FIELDS.get(table)
    if fields is None or not all(isinstance(r, dict) for r in rows):
        return None
    positional = [[r.get(f) for f in fields] for r in rows]
    if table == "journal_entry":
        gathered.journal(positional, None)
    else:
        gathered.image(table, positional, None)
    return None if gathered.problems else gathered


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

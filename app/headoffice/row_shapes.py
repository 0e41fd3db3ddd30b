"""How the rows branches send must look, checked before head office writes anything.

One `Shape` per consolidated table (hq_ledger and the row images: groups, members,
loans, installments) says which fields arrive, in which order, and which PostgreSQL
column each becomes; the checks are read off the SQLAlchemy columns so they cannot
drift from the tables. A value that passes is one PostgreSQL will take as it is (in
range for its integer type, short enough for its text, a real YYYY-MM-DD day): a row
that would make the database raise mid-batch is caught here instead and becomes a task
(projection.py), because an event is never refused.

Two ways to check, with the same answer: `Shape.valid` row by row (names what is wrong
with each row) and `Shape.all_valid` column by column (loops in C, for the usual
well-formed batch).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Annotated, Any

import msgspec
from sqlalchemy import BigInteger, Date, Integer, String

from app.headoffice.models import HqBase, HqGroup, HqInstallment, HqLedger, HqLoan, HqMember
from app.sync.events import IMAGE_FIELDS, JOURNAL_FIELDS

IMAGE_MODELS: dict[str, type[HqBase]] = {"member_group": HqGroup, "member": HqMember,
                                         "loan": HqLoan, "installment": HqInstallment}
# hq_ledger's columns in JOURNAL_FIELDS order (the branch's `id` is `journal_id`).
LEDGER_COLUMNS = ("journal_id", *JOURNAL_FIELDS[1:])

Check = Callable[[Any], bool]


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


def _json_type(kind: Kind) -> Any:
    name, nullable, limit = kind
    value: Any = str
    if name == "int":
        value = Annotated[int, msgspec.Meta(ge=-limit, le=limit - 1)]
    elif name == "text":
        value = Annotated[str, msgspec.Meta(max_length=limit)]
    return value | None if nullable else value


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

    def json_type(self) -> Any:
        """The msgspec type of one row as JSON: the same checks as `valid`, made while
        the JSON is read (a fixed-length array; exact integers in range, texts within
        length, null only where nullable), except that a date is only text here:
        `dates_valid` checks the days after."""
        return tuple.__class_getitem__(tuple(_json_type(k) for k in self.kinds))

    def dates_valid(self, rows: list[Any]) -> bool:
        """Every date of rows read by `json_type` names a real day (YYYY-MM-DD)."""
        for i, (name, _, _) in enumerate(self.kinds):
            if name == "date":
                days = set(map(itemgetter(i), rows))
                days.discard(None)
                if not all(map(_is_date, days)):
                    return False
        return True

    def all_valid(self, rows: list[Any]) -> bool:
        """`valid` for every row, checked column by column (the same answer, faster)."""
        if not rows:
            return True
        if set(map(type, rows)) != {list} or set(map(len, rows)) != {len(self.kinds)}:
            return False
        return all(_column_valid(k, c) for k, c in zip(self.kinds, zip(*rows, strict=True), strict=True))


LEDGER = Shape.of(HqLedger, JOURNAL_FIELDS, LEDGER_COLUMNS)
IMAGES = {t: Shape.of(IMAGE_MODELS[t], f, f) for t, f in IMAGE_FIELDS.items()}

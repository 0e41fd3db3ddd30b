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

This module gathers (plain Python, no database); what a row must look like is in
row_shapes.py, the writing in projection_write.py (which imports this module, never
the other way round) and the order of it all in projector.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from operator import add, attrgetter, itemgetter, methodcaller, ne
from typing import Any, Literal

import msgspec
import orjson

from app.headoffice.row_shapes import IMAGES, LEDGER
from app.sync.events import EVENT_SCHEMA, IMAGE_FIELDS, JOURNAL_FIELDS
from app.sync.wire import NUMBERISH

__all__ = ["IMAGES", "LEDGER", "Gathered", "gather_texts", "snapshot_rows"]

_NO_ROWS: list[Any] = []
_NONE = type(None)
_SCHEMA, _SEQ, _PAYLOAD = itemgetter("schema_version"), itemgetter("seq"), \
    itemgetter("payload_obj")
_JOURNAL, _IMAGES = methodcaller("get", "journal", _NO_ROWS), methodcaller("get", "images")
_DELETES, _TYPE = methodcaller("__contains__", "deleted"), itemgetter("type")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)

# Money invariants a journal row must keep to be counted (SYNC.md "Upload"): a row that
# breaks one is stored with its event, parked in suspense with a task, and left out of
# the consolidated ledger until a person settles it.
MAX_AMOUNT = 10**12  # minor units: ten thousand crore taka, far above any branch's row
_MONEY = slice(3, 8)  # amount, principal, interest, fee, penalty (JOURNAL_FIELDS)
_PARTS = ("principal", "interest", "fee", "penalty")


def money_problem(row: list[Any]) -> str | None:
    """Why a well-shaped journal row cannot be counted, or None."""
    amounts = row[_MONEY]
    if not all(0 <= a <= MAX_AMOUNT for a in amounts):
        return f"an amount out of bounds (0 to {MAX_AMOUNT} minor units)"
    if row[2] == "repayment" and amounts[0] != sum(amounts[1:]):
        parts = " + ".join(f"{n} {a}" for n, a in zip(_PARTS, amounts[1:], strict=True))
        return f"a repayment of {amounts[0]} whose parts ({parts}) do not add up"
    return None


def _money_right(rows: list[list[Any]]) -> bool:
    """True when no row has a `money_problem` (the same rules, checked column by
    column with the loops in C); rows well shaped (LEDGER)."""
    if not rows:
        return True
    columns = list(zip(*rows, strict=True))
    amounts = columns[_MONEY]
    if min(map(min, amounts)) < 0 or max(map(max, amounts)) > MAX_AMOUNT:
        return False
    amount, principal, interest, fee, penalty = amounts
    parts = map(add, map(add, principal, interest), map(add, fee, penalty))
    return "repayment" not in set(compress(columns[2], map(ne, amount, parts)))


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
    # well-shaped journal rows that break a money invariant: (seq, row, why)
    parked: list[tuple[int | None, list[Any], str]] = field(default_factory=list)

    def check_money(self) -> None:
        """Move the journal rows that break a money invariant out of the ledger into
        `parked` (projection_write parks them in suspense, with a task)."""
        if _money_right(list(self.ledger.values())):  # the usual batch: every row
            return
        for journal_id, row in list(self.ledger.items()):
            why = money_problem(row)
            if why is not None:
                del self.ledger[journal_id]
                self.parked.append((self.ledger_seq.pop(journal_id, None), row, why))

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
        self.check_money()

    def _bulk(self, events: list[dict[str, Any]]) -> bool:
        """Gather a usual batch with the loops in C (map, chain, zip over the whole
        batch); False, with nothing gathered, when anything is unusual."""
        current = events
        if min(map(_SCHEMA, events)) < EVENT_SCHEMA:  # older events carry no rows
            current = [e for e in events if e["schema_version"] >= EVENT_SCHEMA]
        payloads = list(map(_PAYLOAD, current))
        journals = list(map(_JOURNAL, payloads))
        parts = list(map(_IMAGES, payloads))
        if not set(map(type, journals)) <= {list} or \
                not set(map(type, parts)) <= {dict, _NONE} or \
                any(map(_DELETES, payloads)):
            return False
        journal = list(chain.from_iterable(journals))
        items = list(chain.from_iterable(map(dict.items, filter(None, parts))))
        tables = dict.fromkeys(map(_FIRST, items))  # in order of first appearance
        if not tables.keys() <= IMAGES.keys() or \
                not set(map(type, map(_SECOND, items))) <= {list}:
            return False
        images: dict[str, list[Any]] = {}
        if len(tables) == 1:  # the usual batch: images of one table
            images[next(iter(tables))] = list(chain.from_iterable(map(_SECOND, items)))
        else:
            for table, image_rows in items:
                images.setdefault(table, []).extend(image_rows)
        if not LEDGER.all_valid(journal) or \
                not all(IMAGES[t].all_valid(rows) for t, rows in images.items()):
            return False
        ids = [row[0] for row in journal]
        if len(set(ids)) != len(ids):
            return False
        seqs = chain.from_iterable(map(repeat, map(_SEQ, current), map(len, journals)))
        self.ledger.update(zip(ids, journal, strict=True))
        self.ledger_seq.update(zip(ids, seqs, strict=True))
        for table, rows in images.items():
            self.images.setdefault(table, {}).update(zip(map(_FIRST, rows), rows, strict=True))
        if "meeting.posted" in set(map(_TYPE, events)):
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


# The usual stored payload as msgspec reads it: only the parts the projection uses,
# each row checked against its Shape while it is read; every other field is skipped
# without being built. Row images stay raw per table (in the order the payload names
# them) and are read table by table, all of a run's at once.
_TABLE: Any = Literal[tuple(IMAGES)]  # type: ignore[valid-type]
_Usual = msgspec.defstruct("_Usual", [
    ("journal", list[LEDGER.json_type()], msgspec.field(  # type: ignore[misc]
        default_factory=list)),
    ("images", dict[_TABLE, msgspec.Raw] | None, None),
    ("deleted", Any, msgspec.UNSET)])
_read_usual = msgspec.json.Decoder(_Usual).decode
_read_images = {table: msgspec.json.Decoder(
    list[list[shape.json_type()]]).decode  # type: ignore[misc]
    for table, shape in IMAGES.items()}
_GET_JOURNAL, _GET_IMAGES, _GET_DELETED = attrgetter("journal"), attrgetter("images"), \
    attrgetter("deleted")
# orjson refuses what msgspec skips unread in an unused field: a number beyond a
# double (1e400, or some 310 digits) and nesting past 1024. A run whose texts may hold
# either is left to orjson. Digits read as 0, "." "e" "E" as e: a float is "0e"; a
# digit then an "e" inside a text only sends the run the other way.
_LONG_DIGITS = b"0" * 300
_SHALLOW = 2000  # characters: a text this short cannot nest 1000 deep


def _orjson_reads_alike(texts: list[str]) -> bool:
    digits = "\x00".join(texts).encode().translate(NUMBERISH)
    if b"0e" in digits or _LONG_DIGITS in digits:
        return False
    return max(map(len, texts)) < _SHALLOW or \
        all(t.count("[") + t.count("{") < 1000 for t in texts if len(t) >= _SHALLOW)


def gather_texts(events: list[tuple[int, str, int, str, str]]) -> Gathered | None:
    """A usual run of stored events — (seq, type, schema_version, business_date,
    payload text) each — gathered straight from the payload texts: what decoding them
    with orjson and `Gathered.batch` give, for about half the time (msgspec builds only
    the journal rows and row images, and checks them as it reads). None when anything
    is unusual, and the caller goes that other way, which names each problem: an older
    schema, deletions, a part that fails its Shape, a journal id twice, a text that is
    no JSON object or that orjson might read otherwise."""
    gathered = Gathered()
    if not events:
        return gathered
    seqs, types, schemas, _, texts = zip(*events, strict=True)
    if min(schemas) < EVENT_SCHEMA or not _orjson_reads_alike(list(texts)):
        return None
    try:
        payloads = list(map(_read_usual, texts))
        if list(map(_GET_DELETED, payloads)).count(msgspec.UNSET) != len(payloads):
            return None
        journals = list(map(_GET_JOURNAL, payloads))
        journal = list(map(list, chain.from_iterable(journals)))
        items = list(chain.from_iterable(map(dict.items, filter(None, map(
            _GET_IMAGES, payloads)))))  # (table, its rows as raw JSON), in order
        raw: dict[str, list[Any]] = {table: [] for table in dict.fromkeys(map(
            _FIRST, items))}  # in order of first appearance
        if len(raw) == 1:  # the usual run: images of one table
            raw[items[0][0]] = list(map(_SECOND, items))
        else:
            for table, rows in items:
                raw[table].append(rows)
        images = {table: list(map(list, chain.from_iterable(_read_images[table](
            b"[" + b",".join(parts) + b"]")))) for table, parts in raw.items()}
    except msgspec.DecodeError:  # ValidationError is one
        return None
    ids = [row[0] for row in journal]
    if not LEDGER.dates_valid(journal) or len(set(ids)) != len(ids) or \
            not all(IMAGES[t].dates_valid(rows) for t, rows in images.items()):
        return None
    gathered.ledger.update(zip(ids, journal, strict=True))
    gathered.ledger_seq.update(zip(ids, chain.from_iterable(
        map(repeat, seqs, map(len, journals))), strict=True))
    for table, rows in images.items():
        gathered.images[table] = dict(zip(map(_FIRST, rows), rows, strict=True))
    try:
        if "meeting.posted" in types:
            for seq, kind, _, day, text in events:
                if kind == "meeting.posted":  # its collections: from the whole payload
                    gathered._collections({"seq": seq, "business_date": day},
                                          orjson.loads(text))
    except orjson.JSONDecodeError:
        return None
    gathered.check_money()
    return gathered


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
        gathered.check_money()
    else:
        gathered.image(table, positional, None)
    return None if gathered.problems else gathered

"""What head office needs, beside the journal rows events carry, to recompute a branch's
journal chain (SYNC.md, Trust): the fields the journal hash covers that events do not
carry — posted_at, staff_id, reason — as columns of the batch's journal claim, one entry
per journal row the batch's events carry, in order. No database here (the branch and
head office share it).

posted_at travels as the microseconds it lies before its event's device_time (a few
thousand, compressed to about two bytes) or, when that cannot be said, as its ISO text;
the hash covers the ISO text either way. With the rows' hashes themselves the batch would
grow by some 37 bytes a repayment, past the 60-byte budget (benchmarks/sync_wire.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from operator import itemgetter
from typing import Any

import msgspec
import orjson

from app.sync.canonical import canonical_json
from app.sync.events import JOURNAL_FIELDS
from app.sync.native import fastchain as _fastchain
from app.sync.snapshot_manifest import JOURNAL_HASHED_FIELDS

_MICRO = timedelta(microseconds=1)


class _Carried(msgspec.Struct):
    """A payload's journal rows when they are of the usual shape (lists of integers,
    texts and nulls); anything else in `journal` fails validation, and the payload is
    then read by json as before. The payload's other fields are skipped."""

    journal: list[list[int | str | None]] | None = None


_JOURNAL_OF = msgspec.json.Decoder(_Carried).decode


def _journal(text: str) -> Any:
    """json.loads(text)'s "journal" (None when the text is no JSON object, or has none).
    msgspec reads the usual payload a few times faster and gives the same rows: it
    answers only where it reads the whole text as valid JSON (the last of two "journal"
    keys wins, as in json); every text it refuses (a lone surrogate escape, NaN, rows of
    another shape…) is read by json (tests/sync/test_journal_chain.py compares them)."""
    try:
        return _JOURNAL_OF(text).journal
    except (msgspec.DecodeError, UnicodeEncodeError):  # ValidationError is a DecodeError
        pass
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    return payload.get("journal") if isinstance(payload, dict) else None


def carried_rows(events: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], list[Any]]]:
    """(event, journal row) for every journal row the events carry, in order."""
    for event in events:
        payload = event.get("payload")
        if isinstance(payload, str):
            if '"journal"' not in payload:
                continue
            rows = _journal(payload)
        else:
            rows = payload.get("journal") if isinstance(payload, dict) else None
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, list) and len(row) == len(JOURNAL_FIELDS):
                yield event, row


def _device_time(event: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(event.get("device_time")))
    except ValueError:
        return None


def posted_at_entry(event: dict[str, Any], posted_at: datetime) -> int | str:
    """posted_at as it travels: microseconds before the event's device_time, or ISO."""
    device = _device_time(event)
    try:
        if device is not None:
            delta = device - posted_at
            micros = delta // _MICRO
            if 0 <= micros < 10**12 and device - micros * _MICRO == posted_at and \
                    (device - micros * _MICRO).isoformat() == posted_at.isoformat():
                return int(micros)
    except TypeError:  # one aware, one naive
        pass
    return posted_at.isoformat()


def posted_at_text(event: dict[str, Any], entry: Any) -> str | None:
    """The ISO posted_at the branch hashed, back from its travelling form."""
    if isinstance(entry, str):
        return entry
    device = _device_time(event)
    if type(entry) is not int or device is None or not 0 <= entry < 10**12:
        return None
    return (device - entry * _MICRO).isoformat()


# The journal hash's content, canonical_json of JOURNAL_HASHED_FIELDS, written quicker:
# a row of the usual values (integers, texts, nulls) by orjson from a dict already in
# sorted key order, anything else by canonical_json itself (tests/sync/
# test_journal_chain.py proves the text equal to canonical_json's for any row).
_ROW_KEYS = (*JOURNAL_FIELDS, "posted_at", "staff_id", "reason")
_SORTED_KEYS = tuple(sorted(JOURNAL_HASHED_FIELDS))
_IN_ORDER = itemgetter(*(_ROW_KEYS.index(k) for k in _SORTED_KEYS))
_PLAIN = frozenset({int, str, type(None)})
assert set(_ROW_KEYS) == set(JOURNAL_HASHED_FIELDS) and len(_ROW_KEYS) == len(_SORTED_KEYS)


# For the C loop: the text before each value of the content, and where the value is in
# [*row, posted_at, staff_id, reason].
_KEY_TEXTS = tuple(("{" if i == 0 else ",").encode() + json.dumps(k).encode() + b":"
                   for i, k in enumerate(_SORTED_KEYS))
_KEY_ORDER = tuple(_ROW_KEYS.index(k) for k in _SORTED_KEYS)


def _content(row: list[Any], posted_at: str, staff_id: int | None,
             reason: str | None) -> bytes:
    values = _IN_ORDER([*row, posted_at, staff_id, reason])
    content = dict(zip(_SORTED_KEYS, values, strict=True))
    if _PLAIN.issuperset(map(type, values)):
        try:  # orjson refuses an integer beyond 64 bits and a lone surrogate
            return orjson.dumps(content)
        except TypeError:
            pass
    return canonical_json(content).encode("utf-8")


def row_hash(prev_hash: str, row: list[Any], posted_at: str, staff_id: int | None,
             reason: str | None) -> str:
    """A journal row's hash as the branch's journal holds it: chain_hash(prev_hash, its
    JOURNAL_HASHED_FIELDS), the row's fields in JOURNAL_FIELDS order."""
    return hashlib.sha256(prev_hash.encode("utf-8")
                          + _content(row, posted_at, staff_id, reason)).hexdigest()


class ChainBroken(ValueError):
    """The recomputed chain does not give the hash the branch claims."""


def recompute(events: list[dict[str, Any]], chain: Any, start: tuple[int, str] | None,
              ) -> tuple[int, str] | None:
    """The journal head (id, hash) recomputed over the rows the events (the last of a
    batch) carry after `start` (id, hash), or from the genesis when `start` is None and the rows begin at
    id 1; None when it cannot be recomputed here (the rows begin later: history that
    came by a snapshot, or a new epoch going on from a backup's journal). ValueError
    when `chain` is malformed, ChainBroken when a row is missing between two."""
    from app.sync.canonical import GENESIS_HASH

    carried = list(carried_rows(events))
    if not isinstance(chain, dict):
        raise ValueError("the journal chain is not an object")
    columns: list[list[Any]] = []
    for key in ("posted_at", "staff_id", "reason"):
        column = chain.get(key)
        if not isinstance(column, list) or len(column) < len(carried) or (
                columns and len(column) != len(columns[0])):
            raise ValueError("the journal chain's columns do not match the rows carried")
        columns.append(column)
    # the columns cover the rows of the whole batch; `events` may be its new end only
    # (a cumulative USB bundle carries events head office holds already)
    posted, staff, reason = (c[len(c) - len(carried):] for c in columns)
    if start is None:
        if not carried or carried[0][1][0] != 1:
            return None
        start = (0, GENESIS_HASH)
    prev_id, prev_hash = start
    if _fastchain is not None:  # the same head, computed in C; None: unusual, see below
        reached = _fastchain.journal_head(
            prev_id, prev_hash, [row for _, row in carried],
            [event.get("device_time") for event, _ in carried], posted, staff, reason,
            _KEY_TEXTS, _KEY_ORDER)  # the columns' slices: lists already
        if reached is not None:
            return reached  # type: ignore[no-any-return]
    for (event, row), at, who, why in zip(carried, posted, staff, reason, strict=True):
        if not isinstance(row[0], int) or row[0] <= prev_id:
            continue  # held already (a batch sent again in part)
        if row[0] != prev_id + 1:
            raise ChainBroken(f"journal row {prev_id + 1} is missing between the rows the "
                              "branch's events carry")
        text = posted_at_text(event, at)
        if text is None or (why is not None and not isinstance(why, str)) or (
                who is not None and (type(who) is not int)):
            raise ValueError(f"journal row {row[0]}'s chain fields are malformed")
        prev_id, prev_hash = row[0], row_hash(prev_hash, row, text, who, why)
    return prev_id, prev_hash

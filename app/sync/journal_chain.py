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

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from app.sync.canonical import chain_hash
from app.sync.events import JOURNAL_FIELDS
from app.sync.snapshot_manifest import JOURNAL_HASHED_FIELDS

_MICRO = timedelta(microseconds=1)


def carried_rows(events: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], list[Any]]]:
    """(event, journal row) for every journal row the events carry, in order."""
    for event in events:
        payload = event.get("payload")
        if isinstance(payload, str):
            if '"journal"' not in payload:
                continue
            try:
                payload = json.loads(payload)
            except ValueError:
                continue
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
        content = dict(zip(JOURNAL_FIELDS, row, strict=True))
        content.update(posted_at=text, staff_id=who, reason=why)
        prev_id, prev_hash = row[0], chain_hash(
            prev_hash, {f: content[f] for f in JOURNAL_HASHED_FIELDS})
    return prev_id, prev_hash

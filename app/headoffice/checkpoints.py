"""Signed checkpoints and the branch journal's anchor, at head office (SYNC.md, Trust).

Each acknowledgement head office gives is a checkpoint it signs with its own key (from
the key file, never the database): (branch, epoch, acked seq and hash, journal head id
and hash, time). The branch keeps them and `db check` verifies its chains against them.

A batch says where the branch's journal stands after its events (`journal`: the last
row's id and hash, and `anchor`: the hash the branch's file holds now for the row of
head office's last checkpoint). `anchor_journal` runs in the upload's transaction:

- the id must be the last journal row the new events carry (or, with none, the one
  head office holds already, with the same hash);
- the anchor, when it names head office's last checkpointed row, must be what head
  office signed for it: a journal recomputed by hand after it was acknowledged (triggers
  dropped, an amount changed, every hash redone) is refused with a "journal" alarm at
  the next sync, and nothing of the batch is stored.

An anchor naming an older row (a USB bundle written before the last receipt came back),
or none (a branch that has no checkpoint with a journal row yet), cannot be compared
here; `db check` on the branch still compares every checkpoint the branch holds.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.headoffice.models import HqBranch
from app.sync.identity import CHECKPOINT
from app.sync.journal_chain import ChainBroken, recompute

FIELDS = ("branch", "epoch", "acked_seq", "acked_hash", "journal_id", "journal_hash", "time")
HASH_LENGTH = 64


def _last_carried(events: list[dict[str, Any]]) -> int | None:
    for event in reversed(events):
        payload = event.get("payload")
        if isinstance(payload, str):
            if '"journal"' not in payload:
                continue
            payload = json.loads(payload)
        rows = payload.get("journal") if isinstance(payload, dict) else None
        if rows and isinstance(rows, list) and isinstance(rows[-1], list) and rows[-1]:
            value = rows[-1][0]
            if isinstance(value, int) and not isinstance(value, bool):
                return value
    return None


def _hash(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != HASH_LENGTH:
        raise ValueError("a journal hash is 64 hex characters")
    int(value, 16)
    return value


def anchor_journal(branch: HqBranch, new_events: list[dict[str, Any]], claim: Any) -> None:
    """Check and adopt the batch's journal claim (see the module's docstring); raises
    ingest.Refused, with a "journal" alarm when the journal was rewritten."""
    from app.headoffice.ingest import Refused

    if not new_events:
        return  # a retry: the first time already anchored it
    if claim is None:
        if branch.journal_id is not None and _last_carried(new_events) is not None:
            raise Refused("the batch does not say where the branch's journal stands",
                          code="malformed")
        return
    try:
        if not isinstance(claim, dict):
            raise ValueError("not an object")
        head_id = claim.get("id")
        if head_id is not None and (not isinstance(head_id, int) or isinstance(head_id, bool)
                                    or head_id < 1):
            raise ValueError("a journal id is a positive integer")
        head_hash = _hash(claim.get("hash"))
        anchor = claim.get("anchor")
        if anchor is not None and (not isinstance(anchor, list) or len(anchor) != 2
                                   or not isinstance(anchor[0], int)):
            raise ValueError("an anchor is [id, hash]")
        anchor_hash = _hash(anchor[1]) if anchor is not None else None
    except ValueError as exc:
        raise Refused(f"malformed journal claim: {exc}", code="malformed") from None
    carried = _last_carried(new_events)
    if carried is not None and head_id != carried:
        raise Refused(f"the branch says its journal ends at row {head_id}, but its events "
                      f"carry rows up to {carried}", alarm="journal")
    known = branch.journal_id
    if known is not None:
        if carried is None and head_id != known:
            raise Refused(f"the branch says its journal ends at row {head_id}, but head "
                          f"office holds it up to row {known} and the events carry none",
                          alarm="journal")
        if carried is None and head_hash != branch.journal_hash:
            raise Refused(f"the branch's journal row {known} differs from the one head "
                          "office acknowledged: the journal was rewritten after it was "
                          "acknowledged", alarm="journal")
        if anchor is not None and anchor[0] > known:
            raise Refused(f"the batch anchors the journal at row {anchor[0]}, beyond head "
                          f"office's last checkpoint (row {known})", alarm="journal")
        if anchor is not None and anchor[0] == known and anchor_hash != branch.journal_hash:
            raise Refused(f"the branch's journal row {known} is no longer the one head "
                          "office acknowledged: the journal was rewritten after it was "
                          "acknowledged", alarm="journal")
    if head_id is not None and head_hash is None:
        raise Refused(f"journal row {head_id} has no hash", code="malformed")
    if "chain" in claim:
        _recomputed(branch, new_events, claim["chain"], head_id, head_hash)
    branch.journal_id, branch.journal_hash = head_id, head_hash


def _recomputed(branch: HqBranch, new_events: list[dict[str, Any]], chain: Any,
                head_id: int | None, head_hash: str | None) -> None:
    """Head office recomputes the branch's journal chain over the rows the new events
    carry, from the head it anchored last (or the genesis), and refuses the batch with a
    "journal" alarm when it does not reach the hash the branch claims."""
    from app.headoffice.ingest import Refused

    start = (branch.journal_id, branch.journal_hash) \
        if branch.journal_id is not None and branch.journal_hash is not None else None
    try:
        reached = recompute(new_events, chain, start)
    except ChainBroken as exc:
        raise Refused(f"journal chain broken: {exc}", alarm="journal") from None
    except ValueError as exc:
        raise Refused(f"malformed journal chain: {exc}", code="malformed") from None
    if reached is not None and reached[0] == head_id and reached[1] != head_hash:
        raise Refused(f"head office recomputed the branch's journal chain up to row "
                      f"{head_id} and does not reach the hash the branch claims for it: "
                      "a journal row differs from what its hash was made over",
                      alarm="journal")


def checkpoint(engine: Engine, keys: Any, code: str) -> dict[str, Any] | None:
    """Head office's signed checkpoint of where a branch stands now."""
    from app.headoffice.ingest import now

    with Session(engine) as session:
        branch = session.get(HqBranch, code)
        if branch is None:
            return None
        return sign(keys, branch, now().isoformat())


def sign(keys: Any, branch: HqBranch, time: str) -> dict[str, Any]:
    content = {"branch": branch.code, "epoch": branch.epoch, "acked_seq": branch.acked_seq,
               "acked_hash": branch.acked_hash, "journal_id": branch.journal_id,
               "journal_hash": branch.journal_hash, "time": time}
    return {**content, "signature": keys.sign(CHECKPOINT, content)}

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

Head office does not take the claim on the branch's word: it recomputes the chain over
the rows the new events carry, from the head it anchored last (`_recomputed`), and a
batch that carries rows without the fields to recompute them is refused once an anchor
exists. The anchor only moves forward: a batch ending before it (events after a
snapshot, carrying rows the snapshot's chain verified already) leaves it in place.

Each batch carrying journal rows leaves a row in head office's journal trail (hq_journal_trail): the anchor it
was checked from and the chain columns of the rows it carried. With the stored events,
`journal_head_at` recomputes the journal's head as of any seq head office holds — the
anchor of a restored branch's new epoch (ingest.start_epoch), so the new epoch's first
batch is recomputed too, and a journal rewritten before the backup point is refused.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, object_session

from app.headoffice.models import HqBranch, HqEvent, HqSnapshotChunk
from app.headoffice.models_trust import HqJournalTrail
from app.sync.identity import CHECKPOINT
from app.sync.journal_chain import ChainBroken, carried_rows, recompute

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
    if not new_events:
        return  # a retry: the first time already anchored it
    from app.headoffice.snapshot import check_outbox_cursor

    check_outbox_cursor(branch, new_events)  # the stream meets the snapshot's cursor
    start = (branch.journal_id, branch.journal_hash)
    _check_claim(branch, new_events, claim)
    _trail(branch, new_events, claim, start)


def _check_claim(branch: HqBranch, new_events: list[dict[str, Any]], claim: Any) -> None:
    from app.headoffice.ingest import Refused

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
    # a batch that ends before head office's anchor (events after a snapshot, carrying
    # rows the snapshot's chain verified already) leaves the anchor where it is
    older = known is not None and head_id is not None and head_id < known
    if known is not None:
        if carried is None and head_id != known and not older:
            raise Refused(f"the branch says its journal ends at row {head_id}, but head "
                          f"office holds it up to row {known} and the events carry none",
                          alarm="journal")
        if carried is None and not older and head_hash != branch.journal_hash:
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
    if "chain" not in claim and carried is not None and known is not None:
        raise Refused(f"the batch carries journal rows up to {carried} without the fields "
                      "head office recomputes their chain with", alarm="journal")
    if "chain" in claim:
        _recomputed(branch, new_events, claim["chain"], head_id, head_hash)
    if not older:
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


# -- the trail: the journal's head as of any seq head office holds --------------------

def _trail(branch: HqBranch, new_events: list[dict[str, Any]], claim: Any,
           start: tuple[int | None, str | None]) -> None:
    """Keep, for this batch, the anchor it was checked from and the chain columns its
    claim gave (checked by `_recomputed` already; kept whole — the rows of the new
    events are its last ones — so that nothing more is parsed here), in the upload's
    transaction: one row per batch that carries journal rows."""
    chain = claim.get("chain") if isinstance(claim, dict) else None
    if not isinstance(chain, dict):
        return  # no journal row to recompute: nothing to look up later
    columns = {k: chain[k] for k in ("posted_at", "staff_id", "reason")}
    try:  # read back by json.loads (journal_head_at): orjson writes it ten times faster
        kept = orjson.dumps(columns).decode()
    except TypeError:  # an integer beyond 64 bits
        kept = json.dumps(columns, separators=(",", ":"))
    session = object_session(branch)
    assert session is not None
    session.add(HqJournalTrail(branch=branch.code, epoch=branch.epoch,
                               first_seq=new_events[0]["seq"],
                               last_seq=new_events[-1]["seq"], start_id=start[0],
                               start_hash=start[1], chain=kept))


def open_epoch_trail(session: Session, branch: HqBranch, base: int) -> None:
    """The new epoch's own trail row: the anchor it starts from, after `base`."""
    session.add(HqJournalTrail(branch=branch.code, epoch=branch.epoch, first_seq=base + 1,
                               last_seq=base, start_id=branch.journal_id,
                               start_hash=branch.journal_hash, chain=None))


UNKNOWN = "unknown"


def journal_head_at(session: Session, branch: HqBranch, seq: int
                    ) -> tuple[int | None, str | None] | str:
    """The branch's journal head (id, hash) as of event `seq` of its current epoch, as
    head office verified it: (None, None) when the journal had no row yet; UNKNOWN when
    head office cannot tell (batches stored before it kept its trail).

    The last journal row the events up to `seq` carry, its hash recomputed from the
    trail of the batch that brought it; with none, the anchor the epoch started from,
    or — in the first epoch — the row before the first one a later event carries (the
    journal as it stood before the outbox: its hash from the snapshot's chain)."""
    code, epoch = branch.code, branch.epoch
    opened = session.scalars(select(HqJournalTrail).where(
        HqJournalTrail.branch == code, HqJournalTrail.epoch == epoch,
        HqJournalTrail.first_seq > HqJournalTrail.last_seq)).first()
    floor = opened.last_seq if opened is not None else 0
    for event_seq, payload in session.execute(
            select(HqEvent.seq, HqEvent.payload).where(
                HqEvent.branch == code, HqEvent.epoch == epoch, HqEvent.seq > floor,
                HqEvent.seq <= seq, HqEvent.payload.contains('"journal"'))
            .order_by(HqEvent.seq.desc()).execution_options(yield_per=100)):
        last = _last_carried([{"payload": payload}])
        if last is not None:
            return _row_hash(session, branch, event_seq, last)
    if opened is not None:
        return opened.start_id, opened.start_hash
    if epoch != 1:
        return UNKNOWN
    later = None
    for (payload,) in session.execute(select(HqEvent.payload).where(
            HqEvent.branch == code, HqEvent.epoch == epoch, HqEvent.seq > seq,
            HqEvent.payload.contains('"journal"')).order_by(HqEvent.seq)
            .execution_options(yield_per=100)):
        rows = list(carried_rows([{"payload": payload}]))
        if rows and isinstance(rows[0][1][0], int):
            later = rows[0][1][0]
            break
    row_id = later - 1 if later is not None else branch.journal_id
    if not row_id:
        return None, None
    if row_id == branch.journal_id:
        return row_id, branch.journal_hash
    found = snapshot_row_hash(session, code, row_id)
    return (row_id, found) if found is not None else UNKNOWN


def _row_hash(session: Session, branch: HqBranch, seq: int, row_id: int
              ) -> tuple[int | None, str | None] | str:
    """(row_id, its hash): journal row `row_id`, the last one event `seq` carries,
    recomputed over the events of the batch that brought it from the anchor that batch
    was checked from (or, for a row the snapshot brought, from the snapshot)."""
    trail = session.scalars(select(HqJournalTrail).where(
        HqJournalTrail.branch == branch.code, HqJournalTrail.epoch == branch.epoch,
        HqJournalTrail.last_seq >= seq).order_by(HqJournalTrail.last_seq).limit(1)).first()
    if trail is not None and trail.first_seq <= seq:
        if trail.start_id is not None and row_id <= trail.start_id:
            if row_id == trail.start_id:
                return row_id, trail.start_hash
        elif trail.chain is not None:
            stored = session.execute(select(
                HqEvent.seq, HqEvent.payload, HqEvent.device_time).where(
                HqEvent.branch == branch.code, HqEvent.epoch == branch.epoch,
                HqEvent.seq >= trail.first_seq, HqEvent.seq <= trail.last_seq)
                .order_by(HqEvent.seq))
            events: list[dict[str, Any]] = [
                {"seq": q, "payload": p, "device_time": t} for q, p, t in stored]
            in_batch = sum(1 for _ in carried_rows(events))
            events = [e for e in events if e["seq"] <= seq]
            carried = sum(1 for _ in carried_rows(events))
            columns = {k: v[len(v) - in_batch:]
                       for k, v in json.loads(trail.chain).items()}
            start = (trail.start_id, trail.start_hash) \
                if trail.start_id is not None and trail.start_hash is not None else None
            try:
                reached = recompute(events, {k: v[:carried] for k, v in columns.items()},
                                    start)
            except ValueError:  # ChainBroken too: it was checked when it came
                reached = None
            if reached is not None and reached[0] == row_id:
                return reached
    found = snapshot_row_hash(session, branch.code, row_id)
    return (row_id, found) if found is not None else UNKNOWN


def snapshot_row_hash(session: Session, code: str, row_id: int) -> str | None:
    """The hash of journal row `row_id` as the branch's finished snapshot brought it
    (its chain recomputed at the finish), or None."""
    names = session.scalars(select(HqSnapshotChunk.chunk).where(
        HqSnapshotChunk.branch == code,
        HqSnapshotChunk.chunk.startswith("journal_entry:"))).all()
    firsts = sorted(int(n.partition(":")[2]) for n in names
                    if n.partition(":")[2].isdigit())
    below = [f for f in firsts if f <= row_id]
    if not below:
        return None
    body = session.scalar(select(HqSnapshotChunk.body).where(
        HqSnapshotChunk.branch == code, HqSnapshotChunk.chunk == f"journal_entry:{below[-1]}"))
    for row in (json.loads(body).get("rows") or []) if body else []:
        if isinstance(row, dict) and row.get("id") == row_id:
            value = row.get("hash")
            return value if isinstance(value, str) and len(value) == HASH_LENGTH else None
    return None


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

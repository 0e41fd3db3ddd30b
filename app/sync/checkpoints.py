"""Head office's signed checkpoints, on the branch (SYNC.md, Trust).

Every acknowledgement is a checkpoint head office signed: (branch, epoch, acked seq and
hash, journal head id and hash, time). Each batch tells head office where the branch's
journal stands after its events (`journal_claim`): the last journal row the events carry
(id and hash), and the hash the file holds now for the journal row of the last
checkpoint (`anchor`), which head office compares with what it signed then — a journal
recomputed by hand after it was acknowledged is an alarm at the next sync.

The branch keeps every checkpoint (`keep`, table sync_checkpoint). `db check`
(`check_anchors`) verifies each signature with head office's key from the enrolment,
that the journal and the outbox still pass through every checkpoint's hashes, that the
acknowledgement in sync_state is head office's last signed word (not a hand edit that
let unsent events be deleted), that the guarding triggers exist, and that each journal
row still waiting in the outbox equals the copy its event carries.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db.canonical import GENESIS_HASH
from app.db.models import Branch, JournalEntry, OutboxEvent, SyncState
from app.db.models_sync import SyncCheckpoint
from app.db.uow import journal_row
from app.sync.identity import CHECKPOINT, SignatureError
from app.sync.journal_chain import carried_rows, posted_at_entry

# what head office signs, in this order of meaning
FIELDS = ("branch", "epoch", "acked_seq", "acked_hash", "journal_id", "journal_hash", "time")

# the triggers that keep the chains append-only and their heads honest
GUARDS = ("journal_entry_no_update", "journal_entry_no_delete", "journal_entry_head",
          "outbox_event_no_update", "outbox_event_delete_only_acked", "outbox_event_head",
          "sync_checkpoint_no_update", "sync_checkpoint_no_delete",
          "branch_business_date_forward")


class Report(Protocol):
    def add(self, code: str, text: str, **params: object) -> None: ...


def _state(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return None if row is None else row.value


def latest(session: Session) -> SyncCheckpoint | None:
    return session.scalars(select(SyncCheckpoint).order_by(
        SyncCheckpoint.epoch.desc(), SyncCheckpoint.acked_seq.desc(),
        SyncCheckpoint.signed_at.desc()).limit(1)).first()


def journal_head_after(session: Session, last_seq: int) -> int | None:
    """The journal's last row as it stood when outbox event `last_seq` was written: every
    journal row travels in an event, in order, so it is the row before the first one a
    later event carries, or the journal's last row when no later event carries any."""
    for (payload,) in session.execute(select(OutboxEvent.payload).where(
            OutboxEvent.seq > last_seq).order_by(OutboxEvent.seq)):
        first = _first_carried(payload)
        if first is not None:
            return first - 1 if first > 1 else None
    return session.scalar(select(JournalEntry.id).order_by(JournalEntry.id.desc()).limit(1))


def _first_carried(payload: str) -> int | None:
    if '"journal"' not in payload:
        return None
    rows = json.loads(payload).get("journal")
    return int(rows[0][0]) if rows else None


def journal_claim(session: Session, events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Where the journal stands after these events, for head office to sign; None when
    the branch has no journal row to speak of yet."""
    if not events:
        return None
    last = latest(session)
    head_id = journal_head_after(session, int(events[-1]["seq"]))
    claim: dict[str, Any] = {}
    if head_id is not None:
        row = session.get(JournalEntry, head_id)
        claim.update(id=head_id, hash=row.hash if row is not None else None)
    if last is not None and last.journal_id is not None:
        row = session.get(JournalEntry, last.journal_id)
        claim["anchor"] = [last.journal_id, row.hash if row is not None else None]
    chain = _chain(session, events)
    if chain is not None:
        claim["chain"] = chain
    return claim or None


def _chain(session: Session, events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The fields of the carried journal rows head office needs to recompute the chain
    (app.sync.journal_chain), as columns; None when the events carry no journal row."""
    carried = list(carried_rows(events))
    if not carried:
        return None
    ids = [row[0] for _event, row in carried]
    found = {r.id: r for r in session.execute(select(
        JournalEntry.id, JournalEntry.posted_at, JournalEntry.staff_id,
        JournalEntry.reason).where(JournalEntry.id.in_(ids)))}
    chain: dict[str, list[Any]] = {"posted_at": [], "staff_id": [], "reason": []}
    for event, row in carried:
        entry = found.get(row[0])
        if entry is None:  # db check names it; head office cannot recompute this batch
            return None
        chain["posted_at"].append(posted_at_entry(event, entry.posted_at))
        chain["staff_id"].append(entry.staff_id)
        chain["reason"].append(entry.reason)
    return chain


def content(checkpoint: dict[str, Any]) -> dict[str, Any]:
    return {k: checkpoint.get(k) for k in FIELDS}


def keep(session: Session, checkpoint: Any, branch: str, epoch: int, acked_seq: int,
         acked_hash: str) -> None:
    """Verify head office's checkpoint for this acknowledgement and keep it (once).
    SignatureError when it is not head office's, or not about this acknowledgement."""
    from app.sync.device import verify_hq

    if not isinstance(checkpoint, dict):
        raise SignatureError("the acknowledgement carries no checkpoint")
    signed = content(checkpoint)
    verify_hq(session, CHECKPOINT, signed, checkpoint.get("signature"))
    if (signed["branch"], signed["epoch"], signed["acked_seq"], signed["acked_hash"]) != (
            branch, epoch, acked_seq, acked_hash):
        raise SignatureError("the checkpoint is about another acknowledgement")
    held = session.get(SyncCheckpoint, (epoch, acked_seq))
    if held is not None:
        if held.acked_hash != acked_hash:
            raise SignatureError("head office signed another hash for this sequence number "
                                 "before (a fork at head office)")
        return  # the same acknowledgement again: the first checkpoint stands
    session.add(SyncCheckpoint(
        epoch=epoch, acked_seq=acked_seq, acked_hash=acked_hash,
        journal_id=signed["journal_id"], journal_hash=signed["journal_hash"],
        signed_at=str(signed["time"]), document=json.dumps(checkpoint, sort_keys=True)))


def check_anchors(session: Session, report: Report) -> None:
    """db check's part: guards, checkpoints, acknowledgement, carried journal copies."""
    from app.sync.device import verify_hq

    present = set(session.scalars(text("SELECT name FROM sqlite_master "
                                       "WHERE type = 'trigger'")))
    for name in GUARDS:
        if name not in present:
            report.add("guard_missing", f"the guarding trigger {name} is missing (dropped "
                       "by hand: the chains were left unprotected)", trigger=name)
    checkpoints = session.scalars(select(SyncCheckpoint).order_by(
        SyncCheckpoint.epoch, SyncCheckpoint.acked_seq)).all()
    branch = session.scalars(select(Branch.code)).first()
    for cp in checkpoints:
        document = json.loads(cp.document)
        signed = content(document)
        try:
            verify_hq(session, CHECKPOINT, signed, document.get("signature"))
        except SignatureError as exc:
            report.add("checkpoint_forged", f"checkpoint {cp.epoch}/{cp.acked_seq} is not "
                       f"head office's: {exc}", epoch=cp.epoch, seq=cp.acked_seq)
            continue
        if (signed["epoch"], signed["acked_seq"], signed["acked_hash"], signed["journal_id"],
                signed["journal_hash"]) != (cp.epoch, cp.acked_seq, cp.acked_hash,
                                            cp.journal_id, cp.journal_hash) or (
                branch and signed["branch"] != branch):
            report.add("checkpoint_forged", f"checkpoint {cp.epoch}/{cp.acked_seq} differs "
                       "from what head office signed", epoch=cp.epoch, seq=cp.acked_seq)
            continue
        if cp.journal_id is not None:
            row = session.get(JournalEntry, cp.journal_id)
            if row is None or row.hash != cp.journal_hash:
                report.add("journal_rewritten", f"the journal no longer passes through head "
                           f"office's checkpoint at row {cp.journal_id} (rewritten after "
                           "head office acknowledged it)", id=cp.journal_id)
    _acknowledgement(session, report, checkpoints[-1] if checkpoints else None)
    _carried_copies(session, report)


def _acknowledgement(session: Session, report: Report, last: SyncCheckpoint | None) -> None:
    """sync_state's acknowledgement is head office's last signed one, and the outbox
    continues right after it: unsent events cannot be cut away by editing acked_seq."""
    if last is None:
        return
    epoch = int(_state(session, "epoch") or 1)
    acked = int(_state(session, "acked_seq") or 0)
    acked_hash = _state(session, "acked_hash") or _state(session, "genesis_hash") \
        or GENESIS_HASH
    if last.epoch == epoch and (acked, acked_hash) != (last.acked_seq, last.acked_hash):
        report.add("ack_edited", f"the branch believes head office acknowledged up to "
                   f"{acked}, but head office's last signed checkpoint says "
                   f"{last.acked_seq}", acked=acked, signed=last.acked_seq)
    first = session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq).limit(1)).first()
    if last.epoch == epoch and first is not None and (
            first.seq != last.acked_seq + 1 or first.prev_hash != last.acked_hash):
        report.add("outbox_cut", f"the outbox starts at {first.seq}, but head office's last "
                   f"checkpoint acknowledged up to {last.acked_seq}: events were removed "
                   "that head office never received", first=first.seq, signed=last.acked_seq)


def _carried_copies(session: Session, report: Report) -> None:
    """Each journal row still waiting in the outbox equals the copy its event carries."""
    for event in session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)):
        try:
            payload = json.loads(event.payload)
        except ValueError:
            continue  # the outbox chain check names an altered event
        for copy in (payload.get("journal") or []) if isinstance(payload, dict) else []:
            row = session.get(JournalEntry, int(copy[0]))
            if row is None or journal_row(row) != list(copy):
                report.add("journal_copy", f"journal row {copy[0]} differs from the copy "
                           f"outbox event {event.seq} carries to head office",
                           id=copy[0], seq=event.seq)



def with_journal(engine: Any, batch: dict[str, Any], events: list[dict[str, Any]]
                 ) -> dict[str, Any]:
    """The batch (wire.pack_events) with the journal claim head office checks and signs."""
    with Session(engine) as session:
        claim = journal_claim(session, events)
    if claim is not None:
        batch["journal"] = claim
    return batch

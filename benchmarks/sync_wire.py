"""`sync_wire`: bytes on the wire per repayment event (target ≤ 60).

A day of a branch's counter repayments (one event each, with its journal row and the
image of the installment it paid, as the unit of work seals them)
packed as the client sends them: column-wise canonical JSON, zstd with the shared
dictionary, batches of 500, each request signed by the device key (the four
X-Shakha-* headers, counted), with the journal claim head office signs into its
checkpoint (app.sync.checkpoints) and the fields it recomputes the journal chain with
(app.sync.journal_chain). Baseline, same run: the same events as plain JSON lines
(what a naive client would send, uncompressed, unsigned).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.db.canonical import GENESIS_HASH, canonical_json
from app.db.ids import uuid7
from app.db.uow import EVENT_SCHEMA
from app.sync.identity import DeviceKey
from app.sync.journal_chain import carried_rows, posted_at_entry
from app.sync.signing import signed_headers
from app.sync.wire import encode, event_hash, pack_events
from benchmarks.common import result

EVENTS = 5_000
BATCH = 500


def repayment_events(count: int, *, start_seq: int = 1, prev_hash: str = GENESIS_HASH,
                     day: date = date(2026, 11, 25), seed: int = 7) -> list[dict[str, Any]]:
    """Chained outbox events for `count` counter repayments, shaped as the unit of work
    seals them: the service's payload, the journal row (JOURNAL_FIELDS) and the image of
    the installment it paid (IMAGE_FIELDS), as app.db.uow does."""
    rng = random.Random(seed)
    clock = datetime(2026, 11, 25, 4, 30, tzinfo=UTC).replace(tzinfo=None)
    events = []
    for i in range(count):
        loan = rng.randint(1, 3000)
        amount = rng.choice((250_00, 300_00, 500_00, 550_00, 1000_00))
        interest = amount * 2 // 11
        number = rng.randint(1, 46)
        entry = 1_000_000 + start_seq + i
        clock += timedelta(seconds=rng.randint(1, 40), microseconds=rng.randint(0, 999_999))
        journal = [entry, day.isoformat(), "repayment", amount, amount - interest, interest,
                   0, 0, loan + 17, loan, None, None, None, "counter"]
        installment = [loan * 46 + number, loan, number,
                       (day - timedelta(days=7 * rng.randint(0, 2))).isoformat(),
                       amount - interest, interest, amount - interest, interest]
        event = {
            "seq": start_seq + i, "event_id": uuid7(), "epoch": 1, "type": "loan.repaid",
            "schema_version": EVENT_SCHEMA, "aggregate_id": str(loan),
            "business_date": day.isoformat(), "device_time": clock.isoformat(),
            "staff_id": 3 + loan % 6,
            "payload": canonical_json({
                "loan_id": loan, "entry_id": entry, "amount_minor": amount,
                "principal_minor": amount - interest, "interest_minor": interest,
                "channel": "counter", "journal": [journal],
                "images": {"installment": [installment]}}),
            "prev_hash": prev_hash}
        event["hash"] = prev_hash = event_hash(event)
        events.append(event)
    return events


_DEVICE = DeviceKey.generate()


def signed_bytes(body: bytes) -> int:
    """A batch's body and the headers that sign it (name: value CRLF each)."""
    headers = signed_headers(_DEVICE, "POST", "/v1/branches/BJS-001/events", "", body,
                             1_795_000_000)
    return len(body) + sum(len(k) + 2 + len(v) + 2 for k, v in headers.items())


def with_claim(batch: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The journal claim every batch carries (app.sync.checkpoints.journal_claim): the
    last journal row's id and hash, and the anchor at head office's last checkpoint."""
    last = json.loads(events[-1]["payload"])["journal"][-1][0]
    batch["journal"] = {"id": last, "hash": events[-1]["hash"],
                        "anchor": [max(1, last - len(events)), events[0]["prev_hash"]],
                        "chain": _chain(events)}
    return batch


def _chain(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The fields head office recomputes the journal chain with (app.sync.journal_chain):
    each row posted a few hundred to a few thousand microseconds before its event's
    device time, by the event's staff, with no reason."""
    rng = random.Random(len(events))
    chain: dict[str, list[Any]] = {"posted_at": [], "staff_id": [], "reason": []}
    for event, _row in carried_rows(events):
        posted = datetime.fromisoformat(event["device_time"]) - timedelta(
            microseconds=rng.randint(50, 3000))
        chain["posted_at"].append(posted_at_entry(event, posted))
        chain["staff_id"].append(event["staff_id"])
        chain["reason"].append("")
    return chain


def wire_bytes(events: list[dict[str, Any]], batch: int = BATCH) -> int:
    return sum(signed_bytes(encode(with_claim(pack_events("BJS-001", 1, events[i:i + batch]),
                                              events[i:i + batch])))
               for i in range(0, len(events), batch))


def run() -> dict:
    events = repayment_events(EVENTS)
    packed = wire_bytes(events) / len(events)
    plain = sum(len(json.dumps(e)) + 1 for e in events) / len(events)
    small = wire_bytes(events[:50], 50) / 50
    return result("sync_wire", packed, plain, 60, "bytes/event", events=EVENTS, batch=BATCH,
                  bytes_per_event_batch_of_50=round(small, 1),
                  note="zstd level 9, shared raw dictionary, column-wise batch, signed "
                       "(headers counted); baseline = plain JSON lines")

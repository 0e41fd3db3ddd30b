"""The wire format: head office's fast hash equals the branch's canonical chain hash."""

from __future__ import annotations

import pytest

from app.db.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.sync.wire import HASHED, WireError, pack_events, unpack_events


def _event(seq: int, prev: str, staff_id, payload: dict) -> dict:
    event = {"seq": seq, "event_id": f"0190-{seq}", "epoch": 1, "type": "member.registered",
             "schema_version": 2, "aggregate_id": "7", "business_date": "2026-11-25",
             "device_time": "2026-11-25T04:30:00.123456", "staff_id": staff_id,
             "payload": canonical_json(payload), "prev_hash": prev}
    event["hash"] = chain_hash(prev, {k: event[k] for k in HASHED})
    return event


def test_unpacking_recomputes_the_branchs_hashes_for_any_text():
    first = _event(1, GENESIS_HASH, None, {"name_bn": "শ্রাবণী \"ঘোষ\"\n\\", "n": -5})
    second = _event(2, first["hash"], 3, {"journal": [[1, None, "fee", 10]], "t": "\u2028"})
    unpacked = unpack_events(pack_events("BJS-001", 1, [first, second]))
    assert [e["hash"] for e in unpacked] == [first["hash"], second["hash"]]


def test_a_boolean_where_a_number_belongs_is_malformed():
    body = pack_events("BJS-001", 1, [_event(1, GENESIS_HASH, 3, {})])
    body["cols"]["staff_id"][0] = True
    with pytest.raises(WireError, match="malformed"):
        unpack_events(body)

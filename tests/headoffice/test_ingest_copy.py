"""Head office stores each event exactly as the branch sent and hashed it: the events go
into hq_event in COPY's binary format (app.headoffice.ingest.binary_rows, written in C
where it was built, the same bytes as the Python way), where a backslash, a tab, a line
feed or a carriage return inside a value is no escape; every such character comes back
as it was sent, and the stored chain still verifies (real PostgreSQL; the SQLite
trial's INSERT alike)."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.headoffice.ingest import ingest, verify_chain
from app.headoffice.models import HqBranch, HqEvent
from app.sync.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.sync.wire import HASHED, pack_events

HQ_DATABASES = ("postgresql", "sqlite")
CODE = "BJS-001"
SPECIAL = ["\\", "\\N", "\\.", "a\tb", "a\nb", "a\rb", "\\\\t", "শ্রাবণী", "\u2028", "\\n"]


def _branch(hq, code: str = CODE) -> None:
    with Session(hq) as session, session.begin():
        session.add(HqBranch(code=code, epoch=1, acked_seq=0, acked_hash=GENESIS_HASH,
                             registered_at=datetime(2026, 11, 25)))


def _events(texts: list[str], first: int = 1, prev: str = GENESIS_HASH) -> list[dict]:
    events = []
    for seq, value in enumerate(texts, start=first):
        event = {"seq": seq, "event_id": f"{seq}{value}"[:36], "epoch": 1,
                 "type": f"t{value}"[:40], "schema_version": 2,
                 "aggregate_id": value[:40], "business_date": value[:10],
                 "device_time": value[:32], "staff_id": None if seq % 2 else seq,
                 "payload": canonical_json({"note": value, "journal": [], "n": seq}),
                 "prev_hash": prev}
        event["hash"] = prev = chain_hash(prev, {k: event[k] for k in HASHED})
        events.append(event)
    return events


def _stored(hq, code: str = CODE) -> list[dict]:
    with Session(hq) as session:
        rows = session.scalars(select(HqEvent).where(HqEvent.branch == code)
                               .order_by(HqEvent.seq)).all()
        return [{k: getattr(r, k) for k in (*HASHED, "prev_hash", "hash")} for r in rows]


def test_every_character_copy_reads_specially_is_stored_as_it_was_sent(hq):
    _branch(hq)
    events = _events(SPECIAL)
    ack = ingest(hq, CODE, pack_events(CODE, 1, events))
    assert (ack.acked_seq, ack.acked_hash) == (len(events), events[-1]["hash"])
    assert _stored(hq) == events
    assert verify_chain(hq, CODE) == (len(events), None)


def test_a_batch_sent_again_with_new_events_stores_them_as_they_were_sent(hq):
    """A batch overlapping what head office holds (a retry that grew) is not streamed:
    it is checked whole and its new events COPied as one block."""
    _branch(hq)
    events = _events(SPECIAL)
    ingest(hq, CODE, pack_events(CODE, 1, events[:3]))
    ack = ingest(hq, CODE, pack_events(CODE, 1, events))
    assert (ack.acked_seq, ack.acked_hash) == (len(events), events[-1]["hash"])
    assert _stored(hq) == events
    assert verify_chain(hq, CODE) == (len(events), None)


@pytest.mark.parametrize("code", ["B%d-1", "B\\S\t1", "শাখা-১"])
def test_a_branch_code_of_any_characters_is_stored_as_it_is(hq, code):
    _branch(hq, code)
    events = _events(["a", "b"])
    ingest(hq, code, pack_events(code, 1, events))
    assert _stored(hq, code) == events


def test_any_text_is_stored_as_it_was_sent(hq):
    _branch(hq)
    held = {"events": [], "prev": GENESIS_HASH}

    @settings(max_examples=25, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(st.text(st.characters(blacklist_categories=("Cs",),
                                          blacklist_characters="\x00") | st.sampled_from(
        ["\\", "\t", "\n", "\r"]), min_size=1, max_size=12)
        .filter(lambda t: not any(c < " " and c not in "\t\n\r" or c == "\x7f" for c in t)),
        min_size=1, max_size=5))
    def store(texts):
        events = _events(texts, len(held["events"]) + 1, held["prev"])
        ingest(hq, CODE, pack_events(CODE, 1, events))
        held["events"] += events
        held["prev"] = events[-1]["hash"]
        assert _stored(hq) == held["events"]

    store()
    assert verify_chain(hq, CODE) == (len(held["events"]), None)


def test_an_event_id_used_twice_is_still_refused_by_the_key(hq):
    from app.headoffice.ingest import Refused

    _branch(hq)
    first = _events(["a", "b"])
    ingest(hq, CODE, pack_events(CODE, 1, first))
    again = _events(["c"], 3, first[-1]["hash"])
    again[0]["event_id"] = first[0]["event_id"]
    again[0]["hash"] = chain_hash(again[0]["prev_hash"], {k: again[0][k] for k in HASHED})
    with pytest.raises(Refused, match="is used twice"):
        ingest(hq, CODE, pack_events(CODE, 1, again))
    assert _stored(hq) == first


def _reid(events: list[dict], index: int, event_id: str) -> list[dict]:
    """The events with event `index`'s id changed and the chain made again from it."""
    events = [dict(e) for e in events]
    events[index]["event_id"] = event_id
    for i in range(index, len(events)):
        if i:
            events[i]["prev_hash"] = events[i - 1]["hash"]
        events[i]["hash"] = chain_hash(events[i]["prev_hash"],
                                       {k: events[i][k] for k in HASHED})
    return events


@pytest.mark.parametrize("where", ["first", "last"])
def test_a_reused_id_anywhere_in_a_batch_stored_as_it_is_hashed_is_refused(hq, where):
    """A batch continuing the chain is stored chunk by chunk as it is hashed
    (ingest.STREAM_CHUNK): a reused id in its first chunk or its last is still refused
    by the key, with nothing of the batch stored and the cursor where it was."""
    from app.headoffice.ingest import STREAM_CHUNK, Refused, cursor

    _branch(hq)
    first = _events(["a", "b"])
    ingest(hq, CODE, pack_events(CODE, 1, first))
    batch = _events([f"n{i}" for i in range(2 * STREAM_CHUNK + 5)], 3, first[-1]["hash"])
    batch = _reid(batch, 0 if where == "first" else len(batch) - 1, first[1]["event_id"])
    with pytest.raises(Refused, match="is used twice") as refused:
        ingest(hq, CODE, pack_events(CODE, 1, batch))
    if hq.dialect.name == "postgresql":  # the key names the id
        assert f"event id {first[1]['event_id']} is used twice" in refused.value.reason
    assert _stored(hq) == first
    assert cursor(hq, CODE).acked_seq == 2


def test_an_altered_event_in_a_batch_stored_as_it_is_hashed_is_refused_whole(hq):
    from app.headoffice.ingest import STREAM_CHUNK, Refused

    _branch(hq)
    batch = _events([f"n{i}" for i in range(2 * STREAM_CHUNK + 5)])
    body = pack_events(CODE, 1, batch)
    body["cols"]["aggregate_id"][STREAM_CHUNK + 3] = "changed"
    with pytest.raises(Refused, match="altered"):
        ingest(hq, CODE, body)
    assert _stored(hq) == []
    ingest(hq, CODE, pack_events(CODE, 1, batch))  # the honest batch is stored whole
    assert _stored(hq) == batch


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "epoch": st.integers(1, 2**31 - 1), "seq": st.integers(1, 2**53 - 1),
    "event_id": st.text(max_size=36), "type": st.text(max_size=40),
    "schema_version": st.integers(-(2**31), 2**31 - 1),
    "aggregate_id": st.text(max_size=40), "business_date": st.text(max_size=10),
    "device_time": st.text(max_size=32),
    "staff_id": st.none() | st.integers(-(2**31), 2**31 - 1),
    "payload": st.text(), "prev_hash": st.text(max_size=64),
    "hash": st.text(max_size=64)}).filter(
        lambda e: not any(isinstance(v, str) and "\ud800" <= c <= "\udfff"
                          for v in e.values() for c in (v if isinstance(v, str) else ""))),
    max_size=4), st.text(min_size=1, max_size=20).filter(
        lambda t: not any("\ud800" <= c <= "\udfff" for c in t)),
       st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
def test_the_binary_rows_written_in_c_are_the_python_ways_bytes(events, code, received):
    import app.headoffice.ingest as ingest_module

    if ingest_module._fastchain is None:
        pytest.skip("the C loop was not built here (tests/sync/test_fastchain.py fails CI)")
    fast = ingest_module.binary_rows(code, events, received)
    micros = (received - datetime(2000, 1, 1)) // (datetime(2000, 1, 1, 0, 0, 0, 1)
                                                   - datetime(2000, 1, 1))
    assert ingest_module._fastchain.copy_events_binary(code, micros, events) == fast
    saved, ingest_module._fastchain = ingest_module._fastchain, None
    try:
        assert fast == ingest_module.binary_rows(code, events, received)
    finally:
        ingest_module._fastchain = saved


def test_a_value_the_c_loop_leaves_aside_is_written_the_python_way():
    from app.sync.native import fastchain

    if fastchain is None:
        pytest.skip("the C loop was not built here (tests/sync/test_fastchain.py fails CI)")
    event = _events(["x"])[0]
    for field, value in (("epoch", 2**31), ("seq", True), ("type", None), ("payload", 5)):
        assert fastchain.copy_events_binary(CODE, 0, [{**event, field: value}]) is None
    assert fastchain.copy_events_binary(CODE, 0, [{k: v for k, v in event.items()
                                                   if k != "hash"}]) is None

"""The wire format: head office's fast hash equals the branch's canonical chain hash;
floats and text that is not Unicode are refused."""

from __future__ import annotations

import pytest
import zstandard

from app.db.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.sync.wire import (
    HASHED,
    WireError,
    canonical_text,
    decode,
    encode,
    pack_events,
    unpack_events,
)


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


def _texts():
    from hypothesis import strategies as st

    # any text a person could type, Bengali included (no lone surrogates: those are not
    # text, see the test below; no control characters: refused, see test_limits.py)
    return st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


def _payloads():
    from hypothesis import strategies as st

    scalars = st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | _texts()
    return st.dictionaries(_texts(), st.recursive(
        scalars, lambda inner: st.lists(inner, max_size=4)
        | st.dictionaries(_texts(), inner, max_size=4), max_leaves=12), max_size=5)


def test_unpacking_recomputes_the_branchs_hashes_for_any_payload():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.tuples(_payloads(), _texts(), st.none() | st.integers(0, 2**31 - 1)),
                    min_size=1, max_size=4))
    def check(specs):
        events, prev = [], GENESIS_HASH
        for seq, (payload, aggregate, staff) in enumerate(specs, start=1):
            event = _event(seq, prev, staff, payload)
            event["aggregate_id"] = aggregate
            event["hash"] = prev = chain_hash(event["prev_hash"],
                                              {k: event[k] for k in HASHED})
            events.append(event)
        unpacked = unpack_events(decode(encode(pack_events("BJS-001", 1, events))))
        assert [(e["hash"], e["payload"]) for e in unpacked] == \
            [(e["hash"], e["payload"]) for e in events]

    check()


def test_a_batch_hashed_chunk_by_chunk_gives_the_same_events():
    """Head office stores a batch's first events while it hashes the next
    (app.headoffice.ingest): the events, chunk by chunk (the first of its own size or
    not), are the batch's events."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from app.sync.wire import open_batch

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(_payloads(), _texts()), min_size=1, max_size=7),
           st.integers(1, 8), st.none() | st.integers(1, 8))
    def check(specs, size, first):
        events, prev = [], GENESIS_HASH
        for seq, (payload, text) in enumerate(specs, start=1):
            event = _event(seq, prev, seq, payload)
            event["event_id"], event["device_time"] = f"{seq}{text}"[:36], text[:32]
            event["hash"] = prev = chain_hash(event["prev_hash"],
                                              {k: event[k] for k in HASHED})
            events.append(event)
        body = decode(encode(pack_events("BJS-001", 1, events)))
        chunks = list(open_batch(body).hashed(size, first))
        assert 0 < len(chunks[0]) <= (first or size)
        assert all(0 < len(chunk) <= size for chunk in chunks[1:])
        assert [e for chunk in chunks for e in chunk] == unpack_events(body)
        assert [(e["hash"], e["payload"]) for chunk in chunks for e in chunk] == \
            [(e["hash"], e["payload"]) for e in events]

    check()


@pytest.mark.parametrize("number", ["1.5", "1e3", "NaN", "Infinity", "-Infinity"])
def test_a_float_anywhere_in_a_batch_is_refused(number):
    body = canonical_json(pack_events("BJS-001", 1, [_event(1, GENESIS_HASH, 3, {"n": 0})]))
    data = zstandard.ZstdCompressor().compress(body.replace('"n":0', f'"n":{number}').encode())
    with pytest.raises(WireError, match="floats"):
        decode(data)


def test_a_lone_surrogate_is_malformed_not_a_crash():
    body = pack_events("BJS-001", 1, [_event(1, GENESIS_HASH, 3, {})])
    body["cols"]["payload"][0] = {"name": "\ud800"}
    with pytest.raises(WireError, match="malformed"):
        unpack_events(body)


def test_the_fast_canonical_text_is_canonical_json_byte_for_byte():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    deep = st.integers(1, 300).map(_nested)

    @settings(max_examples=400, deadline=None)
    @given(_payloads() | deep | st.lists(_payloads()))
    def check(value):
        assert canonical_text(value) == canonical_json(value)

    check()


def _nested(depth: int):
    value: object = "\x00 শ্রাবণী \u2028"
    for i in range(depth):
        value = {"k": value, "big": -(2**64) - i} if i % 2 else [value, 2**63 - 1]
    return value


def _full(data: bytes) -> dict:
    """The batch as the full path reads it (json, every payload an object)."""
    import json

    from app.sync.wire import decompress

    return json.loads(decompress(data))


@pytest.mark.parametrize(("payload", "as_sent"), [
    ({"amount_minor": 300_00, "journal": [[1, "2026-11-25", "repayment", 300_00]],
      "name_bn": "শ্রাবণী"}, True),
    ({"note": "version 1.5 of the form"}, False),  # looks like a float: the full path
    ({"note": "\u0007"}, False),  # an escape: the full path (which refuses it)
    ({"n": 12345678901234567}, False),  # may be out of range: the full path
    ({"deep": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}, False),
])
def test_the_usual_batch_keeps_each_payload_as_the_text_the_branch_hashed(payload, as_sent):
    """decode keeps the payloads of a usual batch as their texts (no objects built):
    hashed and stored as the branch wrote them; anything unusual takes the full path,
    which answers as before — the same events, or the same refusal."""
    from app.sync.wire import PayloadTexts

    events = [_event(1, GENESIS_HASH, 3, payload)]
    events.append(_event(2, events[0]["hash"], None, {"amount_minor": 5}))
    data = encode(pack_events("BJS-001", 1, events))
    try:
        body = decode(data)
    except WireError as refused:  # the full path's answer to a value it refuses
        assert not as_sent
        assert str(refused).startswith(("a text holds a control", "an integer out of range",
                                        "JSON nested deeper"))
        return
    assert (type(body["cols"]["payload"]) is PayloadTexts) is as_sent
    assert [(e["hash"], e["payload"]) for e in unpack_events(body)] == \
        [(e["hash"], e["payload"]) for e in unpack_events(_full(data))] == \
        [(e["hash"], e["payload"]) for e in events]


@pytest.mark.parametrize("column", ["event_id", "type", "aggregate_id", "business_date",
                                    "device_time"])
@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f"])
def test_a_control_character_in_an_event_column_is_malformed(column, char):
    events = [_event(1, GENESIS_HASH, 3, {}), _event(2, GENESIS_HASH, 3, {})]
    events[1][column] = f"7{char}"
    with pytest.raises(WireError, match="control character"):
        unpack_events(pack_events("BJS-001", 1, events))


@pytest.mark.parametrize("text", ["a\tb", "a\nb", "a\rb", "শ্রাবণী", "a\"b\\c", "\u2028"])
def test_whitespace_quotes_and_any_letter_in_an_event_column_are_hashed_as_the_branch_did(
        text):
    first = _event(1, GENESIS_HASH, 3, {})
    first["aggregate_id"] = first["event_id"] = text
    first["hash"] = chain_hash(GENESIS_HASH, {k: first[k] for k in HASHED})
    second = _event(2, first["hash"], None, {})
    assert [e["hash"] for e in unpack_events(pack_events("BJS-001", 1, [first, second]))] \
        == [first["hash"], second["hash"]]


def _answer(read) -> object:
    """open_batch's answer for the batch `read` gives: its event count, or the refusal."""
    from app.sync.wire import open_batch

    try:
        return open_batch(read()).count
    except WireError as refused:
        return str(refused)


def _fast_and_full(body: dict, monkeypatch) -> tuple[object, object]:
    """The answer to the encoded batch through decode as it is, and through decode's
    full path (json, then every column checked by open_batch)."""
    import app.sync.wire as wire

    data = encode(body)
    fast = _answer(lambda: decode(data))
    with monkeypatch.context() as forced:
        forced.setattr(wire, "_payload_texts", lambda raw: None)
        full = _answer(lambda: decode(data))
    return fast, full


@pytest.mark.parametrize(("column", "value"), [
    ("event_id", "x" * 37), ("type", "t" * 41), ("aggregate_id", "শ" * 41),
    ("business_date", "2026-11-255"), ("device_time", "d" * 33),
    ("staff_id", 2**31), ("staff_id", -2**31 - 1), ("schema_version", 2**31),
    ("staff_id", True), ("schema_version", None), ("schema_version", "2"),
    ("event_id", 5), ("type", None), ("type", "a\x7fb"), ("event_id", "a\x00"),
    ("device_time", "\x1b"), ("aggregate_id", "\x7f"),
    # at the limits: accepted either way
    ("staff_id", -2**31), ("staff_id", 2**31 - 1), ("schema_version", 2**31 - 1),
    ("event_id", "x" * 36), ("aggregate_id", "শ" * 40), ("device_time", "a\tb"),
])
def test_the_columns_decode_reads_typed_are_refused_as_the_full_check_refuses(
        column, value, monkeypatch):
    """decode's one msgspec pass checks the columns' types, widths and ranges (open_batch
    then does not look again): every value is accepted or refused exactly as the full
    path's checks answer it."""
    events = [_event(1, GENESIS_HASH, 3, {"amount_minor": 5})]
    events.append(_event(2, events[0]["hash"], None, {"amount_minor": 6}))
    body = pack_events("BJS-001", 1, events)
    body["cols"][column][1] = value
    fast, full = _fast_and_full(body, monkeypatch)
    assert fast == full
    assert (fast == 2) is (value in (-2**31, 2**31 - 1) or column in (
        "event_id", "aggregate_id", "device_time") and value in (
        "x" * 36, "শ" * 40, "a\tb"))


def test_any_column_values_are_accepted_or_refused_alike_by_both_paths(monkeypatch):
    from hypothesis import given
    from hypothesis import strategies as st

    texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=45)
    values = st.one_of(texts, st.integers(-2**32, 2**32), st.none(), st.booleans())

    @given(st.sampled_from(["event_id", "type", "aggregate_id", "business_date",
                            "device_time", "staff_id", "schema_version"]), values)
    def check(column, value):
        events = [_event(1, GENESIS_HASH, 3, {"amount_minor": 5})]
        body = pack_events("BJS-001", 1, events)
        body["cols"][column][0] = value
        fast, full = _fast_and_full(body, monkeypatch)
        assert fast == full

    check()

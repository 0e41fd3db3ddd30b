"""The C loop of head office's upload (app/sync/_fastchain.c) gives exactly what the
Python code gives — the same event hashes, the same journal head, the same refusals —
for any input, usual or not: where it cannot tell, it answers None and the Python code
decides (app.sync.wire._hashed, app.sync.journal_chain.recompute)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.sync import journal_chain, wire
from app.sync.canonical import chain_hash
from app.sync.events import JOURNAL_FIELDS

if wire._fastchain is None and os.environ.get("CI") != "true":  # pragma: no cover
    pytest.skip("the C loop was not built here (no compiler)", allow_module_level=True)


def test_the_c_loop_is_built_where_the_suite_runs():
    """`make venv` builds it (pyproject.toml); CI measures and tests what it installs."""
    assert wire._fastchain is not None and journal_chain._fastchain is not None


def _text():
    return st.text(max_size=12) | st.sampled_from(
        ["শ্রাবণী \"ঘোষ\"", "a\\b\n\t\r\b\f\u2028", "\x00\x1f\x7f", "\ud800", "😀", ""])


def _python(monkeypatch_target, fn):
    saved = monkeypatch_target._fastchain
    monkeypatch_target._fastchain = None
    try:
        return fn()
    finally:
        monkeypatch_target._fastchain = saved


def _outcome(fn):
    try:
        return ("ok", fn())
    except Exception as exc:  # the same refusal either way
        return ("error", type(exc).__name__)


_INT32 = st.integers(-(2**31), 2**31 - 1)


@st.composite
def _batches(draw):
    n = draw(st.integers(1, 5))
    cols = {
        "event_id": draw(st.lists(_text(), min_size=n, max_size=n)),
        "type": draw(st.lists(_text(), min_size=n, max_size=n)),
        "schema_version": draw(st.lists(_INT32 | st.sampled_from([True, 2**64]),
                                        min_size=n, max_size=n)),
        "aggregate_id": draw(st.lists(_text(), min_size=n, max_size=n)),
        "business_date": draw(st.lists(_text(), min_size=n, max_size=n)),
        "device_time": draw(st.lists(_text(), min_size=n, max_size=n)),
        "staff_id": draw(st.lists(st.none() | _INT32 | st.just(False), min_size=n,
                                  max_size=n)),
        "payload": wire.PayloadTexts(draw(st.lists(_text(), min_size=n, max_size=n))),
    }
    prev = draw(st.sampled_from(["0" * 64, "ab" * 32, "é" * 64, "x"]))
    first = draw(st.integers(1, 2**53 - 1))
    epoch = draw(st.integers(1, 2**31 - 1))
    return wire.Batch(first, prev, epoch, n, cols)


def _hashed(batch, size):
    return [e for chunk in batch.hashed(size) for e in chunk]


@settings(max_examples=300)
@given(batch=_batches(), size=st.integers(1, 3))
def test_event_hashes_are_the_python_codes_for_any_batch(batch, size):
    fast = _outcome(lambda: _hashed(batch, size))
    slow = _outcome(lambda: _python(wire, lambda: _hashed(batch, size)))
    assert fast == slow


def test_event_hashes_chain_as_the_branch_hashes_them():
    """Against chain_hash of each event's HASHED content, the branch's own definition."""
    cols = {"event_id": ["e1", "e2"], "type": ["loan.repaid", "x\"y"],
            "schema_version": [1, 2], "aggregate_id": ["7", "শ"],
            "business_date": ["2026-11-25", "2026-11-26"],
            "device_time": ["2026-11-25T10:00:00", "t\n"], "staff_id": [4, None],
            "payload": wire.PayloadTexts(['{"a":1}', '{"b":"\\u0000"}'])}
    events = _hashed(wire.Batch(5, "0" * 64, 3, 2, cols), 2)
    prev = "0" * 64
    for i, event in enumerate(events):
        content = {k: (5 + i if k == "seq" else 3 if k == "epoch" else cols[k][i])
                   for k in wire.HASHED}
        assert event["prev_hash"] == prev
        assert event["hash"] == chain_hash(prev, content)
        prev = event["hash"]


def test_an_unusual_value_is_left_to_python():
    from app.sync import _fastchain  # type: ignore[attr-defined]

    usual = ["a"], ["t"], [1], ["1"], ["d"], ["t"], [None], ["{}"]
    assert _fastchain.event_hashes("0" * 64, 1, 1, *usual) is not None
    for column, odd in ((7, [{}]), (0, ["\ud800"]), (2, [True]), (6, [2**64]),
                        (2, [1, 2])):
        cols = list(usual)
        cols[column] = odd
        assert _fastchain.event_hashes("0" * 64, 1, 1, *cols) is None


# The journal -------------------------------------------------------------------------

def _scalar():
    return st.none() | _text() | st.integers(-(2**63), 2**63 - 1) | st.sampled_from(
        [True, 2**64, -(2**63) - 1, 1.5, [1]])


_TIMES = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))


def _device_time():
    return st.one_of(
        _TIMES.map(datetime.isoformat),
        _TIMES.map(lambda t: t.isoformat(sep=" ")),
        _TIMES.map(lambda t: t.isoformat(timespec="milliseconds")),
        _TIMES.map(lambda t: t.isoformat() + "+05:30"),
        st.sampled_from(["", "2026-02-29T10:00:00", "2024-02-29T00:00:00.000001",
                         "0001-01-01T00:00:00", "9999-12-31T23:59:59.999999",
                         "2026-13-01T00:00:00", "2026-1-01T00:00:00", "٢٠٢٦-01-01T00:00:00",
                         "2026-11-25T24:00:00", "2026-11-25T10:00:60"]))


@st.composite
def _journal(draw):
    """Events carrying journal rows, mostly in order from `start`, and the claim's chain
    columns: the usual batch, and every way it can be odd."""
    start = draw(st.integers(0, 5))
    n = draw(st.integers(0, 6))
    events, posted, staff, reason = [], [], [], []
    next_id = start + 1
    for _ in range(n):
        row = draw(st.lists(_scalar(), min_size=len(JOURNAL_FIELDS),
                            max_size=len(JOURNAL_FIELDS)))
        row[0] = draw(st.sampled_from([next_id, next_id, next_id, start, next_id + 1,
                                       True, "1", 2**64]))
        if row[0] == next_id:
            next_id += 1
        events.append({"device_time": draw(_device_time()), "payload": {"journal": [row]}})
        posted.append(draw(st.integers(0, 10**12 - 1) | st.sampled_from(
            [0, 1, 10**12, -1, True, None, "2026-11-25T10:00:00", "\ud800"]) | _text()))
        staff.append(draw(st.none() | _INT32 | st.sampled_from([True, 2**64, "4"])))
        reason.append(draw(st.none() | _text() | st.just(3)))
    return events, {"posted_at": posted, "staff_id": staff, "reason": reason}, (
        start, draw(st.sampled_from(["0" * 64, "ab" * 32, "é"])))


@settings(max_examples=400)
@given(journal=_journal())
@example(journal=([{"device_time": "2026-11-25T00:00:00.000001",
                    "payload": {"journal": [[1, *([0] * 13)]]}}],
                  {"posted_at": [2], "staff_id": [None], "reason": [None]}, (0, "0" * 64)))
def test_the_journal_head_is_the_python_codes_for_any_rows(journal):
    events, chain, start = journal
    fast = _outcome(lambda: journal_chain.recompute(events, chain, start))
    slow = _outcome(lambda: _python(journal_chain,
                                    lambda: journal_chain.recompute(events, chain, start)))
    assert fast == slow


@settings(max_examples=300)
@given(device=_TIMES, micros=st.integers(0, 10**12 - 1))
def test_posted_at_is_the_device_time_less_the_microseconds(device, micros):
    """The C loop's calendar (days from civil, leap years, the epoch) against datetime."""
    from app.sync import _fastchain  # type: ignore[attr-defined]

    try:
        posted = (device - timedelta(microseconds=micros)).isoformat()
    except OverflowError:
        posted = None
    row = [1, *([0] * (len(JOURNAL_FIELDS) - 1))]
    reached = _fastchain.journal_head(
        0, "0" * 64, [row], [device.isoformat()], [micros], [None], [None],
        journal_chain._KEY_TEXTS, journal_chain._KEY_ORDER)
    if posted is None:
        assert reached is None  # before year 1: Python's own error
        return
    assert reached == (1, journal_chain.row_hash("0" * 64, row, posted, None, None))


def test_a_usual_batchs_journal_is_recomputed_in_c():
    """Repayments as a branch sends them: the C loop answers (no fallback), and equals
    the Python code's head."""
    from app.sync import _fastchain  # type: ignore[attr-defined]

    rows = [[100 + i, "2026-11-25", "repayment", 30000, 24546, 5454, 0, 0, 1344, 1327,
             None, 7 if i % 2 else None, None, "counter শ"] for i in range(1, 6)]
    events = [{"device_time": "2026-11-25T04:30:04.075954", "payload": {"journal": [r]}}
              for r in rows]
    chain = {"posted_at": [1500, 0, 999999, "2026-11-25T04:30:03", 10**11],
             "staff_id": [4, None, 4, 4, 2**31 - 1], "reason": [None, "ভুল", None, "", None]}
    start = (100, "cd" * 32)
    reached = _fastchain.journal_head(
        *start, rows, [e["device_time"] for e in events], chain["posted_at"],
        chain["staff_id"], chain["reason"], journal_chain._KEY_TEXTS,
        journal_chain._KEY_ORDER)
    assert reached is not None
    assert reached == _python(journal_chain,
                              lambda: journal_chain.recompute(events, chain, start))


# The decode's scans ---------------------------------------------------------------------

def _payload_bytes():
    return st.lists(st.sampled_from([b"{", b"}", b"[", b"]", b"\\u", b"\\",
                                     b"u", b"1", b"0", b".", b"e", b"E", b"5" * 15, b'"',
                                     b",", b"a", "শ".encode()]), max_size=40).map(b"".join)


@settings(max_examples=500)
@given(payloads=st.lists(_payload_bytes(), min_size=1, max_size=4))
@example(payloads=[b"{" + b"[" * 32, b"{"])
@example(payloads=[b"{" + b"[" * 31, b"{}"])
@example(payloads=[b'{"a":' + b"1" * 16 + b"}"])
@example(payloads=[b'{"a":' + b"1" * 15 + b"}", b'{"b":1e3}'])
@example(payloads=[b'{"a":"\\u0041"}', b'{"a":1.5}', b"[]"])
@example(payloads=[b'{"t":"' + b"\xff" + b'"}'])
@example(payloads=[b"{1", b"2}"])  # a run of digits does not go on across payloads
@example(payloads=[b"{1", b".}"])
def test_the_payload_scan_is_the_python_checks(payloads):
    import msgspec

    raws = [msgspec.Raw(p) for p in payloads]
    fast = wire._texts_if_usual(raws)
    try:
        slow = _python(wire, lambda: wire._texts_if_usual(raws))
    except UnicodeDecodeError:  # not UTF-8 (msgspec never passes such a payload on)
        slow = None
    assert fast == slow


@given(raw=_payload_bytes())
def test_the_value_count_is_the_python_count(raw):
    from app.sync import _fastchain  # type: ignore[attr-defined]

    assert _fastchain.json_values(raw) == raw.count(b",") + raw.count(b"[") + raw.count(b"{")


def test_long_texts_of_escapes_hash_as_python_hashes_them():
    """A payload of a hundred thousand quotes, backslashes or control characters: the
    C loop's buffer grows as the escapes come (and the hash is Python's)."""
    for char in ('"', "\\", "\x01", "a\n"):
        cols = {"event_id": ["e"], "type": ["t"], "schema_version": [1],
                "aggregate_id": ["a"], "business_date": ["d"], "device_time": ["t"],
                "staff_id": [None], "payload": wire.PayloadTexts([char * 100_000])}
        batch = wire.Batch(1, "0" * 64, 1, 1, cols)
        assert _hashed(batch, 1) == _python(wire, lambda b=batch: _hashed(b, 1))


# -- copy_binary: head office's projected rows in PostgreSQL's binary COPY format ------

def _binary_reference(code: str, rows: list[list], kinds: bytes) -> bytes | None:
    """The binary COPY data the format's documentation describes, written with struct:
    a field's length then its bytes (-1 for NULL), integers big-endian, a date as the
    days since 2000-01-01. None where copy_binary must leave the rows to psycopg."""
    import struct
    from datetime import date

    def field(value, kind: str) -> bytes | None:
        if value is None:
            return struct.pack(">i", -1)
        if kind in "qi":
            limit = 2**63 if kind == "q" else 2**31
            if type(value) is not int or not -limit <= value < limit:
                return None
            return struct.pack(">iq" if kind == "q" else ">ii", 8 if kind == "q" else 4,
                               value)
        if type(value) is not str:
            return None
        try:
            data = value.encode()
        except UnicodeEncodeError:
            return None
        if kind == "t":
            return struct.pack(">i", len(data)) + data
        if len(value) != 10 or not value.isascii() or value[4] != "-" or value[7] != "-" \
                or not (value[:4] + value[5:7] + value[8:]).isdigit():
            return None
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return None
        return struct.pack(">ii", 4, (day - date(2000, 1, 1)).days)

    out = [b"PGCOPY\n\xff\r\n\x00" + bytes(8)]
    for row in rows:
        if type(row) is not list or len(row) != len(kinds):
            return None
        fields = [field(code, "t"), *(field(v, chr(k)) for v, k in zip(row, kinds, strict=True))]
        if None in fields:
            return None
        out.append(struct.pack(">h", len(kinds) + 1) + b"".join(fields))
    return b"".join(out) + b"\xff\xff"


_KIND_VALUES = {
    "q": st.none() | st.integers(-(2**63), 2**63 - 1)
    | st.sampled_from([2**63, -(2**63) - 1, True, 1.0, "1"]),
    "i": st.none() | _INT32 | st.sampled_from([2**31, -(2**31) - 1, False, 10**30]),
    "t": st.none() | _text() | st.just(5),
    "d": st.none() | st.dates().map(lambda d: d.isoformat()) | st.sampled_from(
        ["2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-W48-3", "20261125",
         "0000-01-01", "9999-12-31", "0001-01-01", "2026-1-05", "২০২৬-১১-২৫", ""]),
}


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=20).filter(lambda t: "\ud800" not in t),
       st.lists(st.sampled_from("qitd"), min_size=1, max_size=6).flatmap(
           lambda kinds: st.tuples(st.just("".join(kinds)), st.lists(
               st.tuples(*(_KIND_VALUES[k] for k in kinds)).map(list)
               | st.just([1]), max_size=5))))
@example("BJS-001", ("qtd", [[1, "শ্রাবণী", "2000-01-01"], [None, None, "1999-12-31"]]))
@example("BJS-001", ("i", [[2**31 - 1], [-(2**31)]]))
def test_the_binary_copy_data_is_the_formats_own_for_any_rows(code, spec):
    from app.sync.native import fastchain

    kinds, rows = spec
    assert fastchain.copy_binary(code, rows, kinds.encode()) == \
        _binary_reference(code, rows, kinds.encode())

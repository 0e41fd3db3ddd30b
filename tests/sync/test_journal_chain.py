"""The journal chain's fields as they travel (app.sync.journal_chain): head office gets
back exactly the posted_at text the branch hashed, whatever the two clocks say."""

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sync.journal_chain import posted_at_entry, posted_at_text

_TIMES = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))


@given(device=_TIMES, posted=_TIMES)
def test_posted_at_comes_back_as_the_text_the_branch_hashed(device, posted):
    event = {"device_time": device.isoformat()}
    entry = posted_at_entry(event, posted)
    assert posted_at_text(event, entry) == posted.isoformat()
    if device >= posted and (device - posted).days < 10:
        assert isinstance(entry, int)  # the compact form whenever it can be said


@given(posted=_TIMES, device=st.sampled_from(["", "not a time", "None"]))
def test_a_device_time_that_does_not_read_sends_posted_at_as_text(posted, device):
    event = {"device_time": device}
    assert posted_at_entry(event, posted) == posted.isoformat()
    assert posted_at_text(event, 5) is None


# The journal chain as head office first recomputed it (json.loads of every payload,
# canonical_json of every row's dict): the quicker code must give the same answers.
def _reference_rows(events):
    import json

    from app.sync.events import JOURNAL_FIELDS

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


def _reference_hash(prev, row, posted_at, staff_id, reason):
    from app.sync.canonical import chain_hash
    from app.sync.events import JOURNAL_FIELDS
    from app.sync.snapshot_manifest import JOURNAL_HASHED_FIELDS

    content = dict(zip(JOURNAL_FIELDS, row, strict=True))
    content.update(posted_at=posted_at, staff_id=staff_id, reason=reason)
    return chain_hash(prev, {f: content[f] for f in JOURNAL_HASHED_FIELDS})


def _text():
    # any text, Bengali, quotes, backslashes and control characters included (lone
    # surrogates too: canonical_json writes them, the hash's UTF-8 then refuses them)
    return st.text(max_size=10) | st.sampled_from(
        ["শ্রাবণী \"ঘোষ\"", "a\\b\n\t\u2028", "\x00\x7f", "\ud800", "😀", ""])


def _scalar():
    return st.none() | st.booleans() | _text() | st.integers() | st.integers(
        -(2**70), 2**70) | st.sampled_from([2**64, -(2**63) - 1, 10**40, 1.5]) | st.builds(pow, st.just(10), st.just(5000))


def _value():
    return st.recursive(_scalar(), lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(_text(), inner, max_size=3), max_leaves=6)


def _row():
    from app.sync.events import JOURNAL_FIELDS

    usual = st.lists(st.none() | _text() | st.integers(), min_size=len(JOURNAL_FIELDS),
                     max_size=len(JOURNAL_FIELDS))
    return usual | st.lists(_value(), min_size=len(JOURNAL_FIELDS),
                            max_size=len(JOURNAL_FIELDS))


@given(row=_row(), posted_at=_text(), staff_id=st.none() | st.integers(),
       reason=st.none() | _text())
def test_a_journal_rows_hash_is_chain_hash_of_its_canonical_json(
        row, posted_at, staff_id, reason):
    from app.sync.journal_chain import row_hash

    prev = "ab" * 32
    try:
        expected = _reference_hash(prev, row, posted_at, staff_id, reason)
    except (TypeError, ValueError) as refused:  # a float; a lone surrogate (not UTF-8),
        # an integer of 5,000 digits
        with pytest.raises(type(refused)):
            row_hash(prev, row, posted_at, staff_id, reason)
        return
    assert row_hash(prev, row, posted_at, staff_id, reason) == expected


def _payload_text():
    """A payload's text as a branch (or an attacker) may send it: canonical, spaced,
    escaped, with a "journal" of any shape, twice, or not JSON at all."""
    import json

    from app.sync.canonical import canonical_json

    payload = st.fixed_dictionaries({"journal": st.none() | _value() | st.lists(
        _row(), max_size=3)}, optional={"amount_minor": st.integers(), "x": _value()})
    written = st.one_of(
        payload.map(lambda p: _or_none(canonical_json, p)),
        payload.map(lambda p: _or_none(json.dumps, p)),  # ASCII escapes, spaces
        st.tuples(payload, payload).map(  # "journal" twice: json keeps the last
            lambda pair: _or_none(lambda a, b: canonical_json(a)[:-1] + "," +
                                  canonical_json(b)[1:], *pair)),
    )
    broken = st.sampled_from([
        '{"journal":[[1]],"x":NaN}', '{"x":"\\ud800","journal":[]}',
        '{"x":"\\udc00\\u0041","journal":[[1,2,3,4,5,6,7,8,9,10,11,12,13,14]]}',
        '{"journal":[[1,2,3,4,5,6,7,8,9,10,11,12,13,14]]} x', '{"journal":', '[{"journal":[]}]',
        '{"journal":[[1,2,3,4,5,6,7,8,9,10,11,12,13,1.5]]}', '"journal"',
        '{"x":1e400,"journal":[[1,2,3,4,5,6,7,8,9,10,11,12,13,14]]}'])
    return st.one_of(written.filter(lambda t: t is not None), broken)


def _or_none(write, *values):
    try:
        return write(*values)
    except (TypeError, ValueError):
        return None


@settings(max_examples=300)
@given(st.lists(_payload_text(), max_size=4))
def test_the_rows_events_carry_are_read_as_json_reads_them(texts):
    from app.sync.journal_chain import carried_rows

    events = [{"seq": i, "payload": text} for i, text in enumerate(texts)]
    assert [(e["seq"], row) for e, row in carried_rows(events)] == \
        [(e["seq"], row) for e, row in _reference_rows(events)]

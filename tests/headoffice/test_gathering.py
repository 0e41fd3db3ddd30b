"""Gathering a batch column by column gives what gathering it event by event gives.

`Gathered.batch` checks a usual batch's rows column-wise (fast); anything unusual — a
malformed part, a journal id twice, deletions — goes event by event (`Gathered.event`,
the reference, which names each problem). Random batches, mostly well formed, with
every kind of fault mixed in, must come out the same both ways. The projector reads a
usual run straight from its payload texts (`gather_texts`, msgspec); whenever it does,
it must give what decoding the texts with orjson and gathering them gives — texts
with floats, numbers beyond a double, deep nesting, repeated keys, broken JSON mixed in.
"""

from __future__ import annotations

import json

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from app.db.uow import EVENT_SCHEMA
from app.headoffice.projection import (
    MAX_AMOUNT,
    Gathered,
    _money_right,
    gather_texts,
    money_problem,
)
from app.headoffice.projector import _gather_decoded
from app.headoffice.row_shapes import IMAGES, LEDGER

_ODD = st.sampled_from([None, True, "", "x" * 30, -(2**63) - 1, 2**63, 2**31, "2026-02-30",
                        "2026-W48-3", "২০২৬-১১-২৫", [], {}, 0])


def _value(kind) -> st.SearchStrategy:
    name, nullable, limit = kind
    if name == "int":
        good = st.integers(-limit, limit - 1)
    elif name == "text":
        good = st.text(max_size=min(limit, 12))
    else:
        good = st.dates().map(lambda d: d.isoformat())
    return (st.none() if nullable else st.nothing()) | good


def _row(shape, ids: st.SearchStrategy, clean: bool = False) -> st.SearchStrategy:
    good = st.tuples(ids, *(_value(k) for k in shape.kinds[1:])).map(list)
    if clean:
        return good
    broken = st.tuples(good, st.integers(0, len(shape.kinds) - 1), _ODD).map(
        lambda t: t[0][:t[1]] + [t[2]] + t[0][t[1] + 1:])
    short = good.map(lambda r: r[:-1])
    return st.one_of(good, good, good, good, good, broken, short)


@st.composite
def _payload(draw, clean: bool) -> dict:
    """A payload; `clean`: well formed, distinct journal ids (images may repeat ids)."""
    payload: dict = {"amount_minor": draw(st.integers(0, 10**6))}
    ids = st.integers(1, 10**12) if clean else st.integers(1, 40)
    if draw(st.booleans()):
        odd = st.nothing() if clean else st.sampled_from([None, "rows", {}])
        payload["journal"] = draw(st.lists(_row(LEDGER, ids, clean), max_size=3) | odd)
    if draw(st.booleans()):
        tables = st.sampled_from([*IMAGES] if clean else [*IMAGES, "nonsense"])
        odd = st.sampled_from([None] if clean else [None, [], "images"])
        rows = st.lists(_row(IMAGES["installment"], st.integers(1, 9), clean)
                        | _row(IMAGES["member"], st.integers(1, 9), clean), max_size=3)
        payload["images"] = draw(st.dictionaries(tables, rows, max_size=2) | odd)
    if not clean and draw(st.integers(0, 9)) == 0:
        payload["deleted"] = draw(st.dictionaries(st.sampled_from(list(IMAGES)),
                                                  st.lists(ids, max_size=3), max_size=2))
    return payload


@st.composite
def _batch(draw) -> list[dict]:
    payloads = draw(st.lists(_payload(draw(st.booleans())), min_size=1, max_size=8))
    return [{"seq": seq, "type": draw(st.sampled_from(["loan.repaid", "meeting.posted"])),
             "schema_version": draw(st.sampled_from([EVENT_SCHEMA] * 5 + [1])),
             "business_date": "2026-11-25", "payload_obj": p}
            for seq, p in enumerate(payloads, start=10)]


def _reference(events: list[dict]) -> Gathered:
    gathered = Gathered()
    for event in events:
        gathered.event(event)
    gathered.check_money()  # after either way of gathering, the same money checks
    return gathered


@settings(max_examples=400, deadline=None)
@given(_batch())
def test_a_batch_gathered_in_bulk_equals_one_gathered_event_by_event(events):
    bulk = Gathered()
    bulk.batch(events)
    reference = _reference(events)
    assert bulk == reference
    assert [list(d) for d in (bulk.ledger, *bulk.images.values())] == \
        [list(d) for d in (reference.ledger, *reference.images.values())]  # same order


@settings(max_examples=300, deadline=None)
@given(st.lists(_row(LEDGER, st.integers(1, 40)), max_size=6))
def test_checking_rows_column_by_column_equals_checking_each_row(rows):
    assert LEDGER.all_valid(rows) == all(LEDGER.valid(r) for r in rows)


def test_a_usual_batch_is_gathered_in_bulk():
    events = [{"seq": 1, "type": "loan.repaid", "schema_version": EVENT_SCHEMA,
               "business_date": "2026-11-25", "payload_obj": {"journal": [
                   [7, "2026-11-25", "repayment", 550_00, 450_00, 100_00, 0, 0, 3, 4, None,
                    None, None, "counter"]]}}]
    gathered = Gathered()
    assert gathered._bulk(events) and list(gathered.ledger) == [7]


_MONEY = st.sampled_from([0, 1, 2, 50_00, MAX_AMOUNT - 1, MAX_AMOUNT, MAX_AMOUNT + 1, -1,
                          2**63 - 1, -(2**63)]) | st.integers(0, 100)


@st.composite
def _money_row(draw) -> list:
    """A well-shaped journal row whose money may or may not be right: parts that add up
    or not, amounts at and beyond the bounds, every kind."""
    principal, interest, fee, penalty = (draw(_MONEY) for _ in range(4))
    amount = draw(st.sampled_from([principal + interest + fee + penalty]) | _MONEY)
    kind = draw(st.sampled_from(["repayment", "fee", "disbursement", "reversal"]))
    return [draw(st.integers(1, 10**6)), "2026-11-25", kind, amount, principal, interest,
            fee, penalty, 7, 3, None, None, None, "cash"]


@settings(max_examples=400, deadline=None)
@given(st.lists(_money_row(), max_size=6))
def test_checking_money_column_by_column_equals_checking_each_row(rows):
    """The usual batch's money is checked over whole columns (`_money_right`): the same
    answer as `money_problem` row by row, at the bounds and beyond."""
    assert _money_right(rows) == all(money_problem(r) is None for r in rows)


_MEETING = {"repayments": [{"member_id": 4, "allocations": [
    {"loan_id": 9, "principal_minor": 450_00, "interest_minor": 100_00}]}],
    "rows": [{"member_id": 4, "savings_deposit_minor": 50_00}]}


@st.composite
def _text(draw, payload: dict, usual: bool) -> str:
    """A payload's stored text: as JSON, or with something odd put in front, or broken
    (`usual`: mostly as JSON, never broken)."""
    text = json.dumps({**payload, **draw(st.sampled_from([{}, {}, _MEETING, {
        "repayments": "broken"}]))}, separators=(",", ":"), ensure_ascii=False)
    odd = draw(st.sampled_from([None] * (40 if usual else 8) + [
        '"x":1.5,', '"x":1e400,', '"x":-2e-400,', '"x":' + "9" * 400 + ",",
        '"x":' + "[" * 1100 + "]" * 1100 + ",", '"x":' + "[" * 30 + "]" * 30 + ",",
        '"x":"2e5 and 1.5",', '"journal":[[1,"2026-11-25"]],', '"images":null,',
        '"x":"\\u00e9\\ud83d\\ude00",', '"deleted":null,', '"x":123456789012345678901,']))
    if odd is not None and text.startswith("{") and len(text) > 2:
        text = "{" + odd + text[1:]
    if usual:
        return text
    return draw(st.sampled_from([text] * 12 + [text[:-1], "[1]", "null", "7", ""]))


@st.composite
def _usual_payload(draw) -> dict:
    """Well formed: journal rows and images of each table in that table's shape (ids may
    repeat across events, as images of one row do)."""
    payload: dict = {"loan_id": draw(st.integers(0, 10**6))}
    if draw(st.booleans()):
        payload["journal"] = draw(st.lists(_row(LEDGER, st.integers(1, 10**12), True),
                                           max_size=3))
    if draw(st.booleans()):
        tables = draw(st.lists(st.sampled_from(list(IMAGES)), max_size=3, unique=True))
        payload["images"] = {t: draw(st.lists(_row(IMAGES[t], st.integers(1, 9), True),
                                              max_size=3)) for t in tables}
    return payload


@st.composite
def _stored(draw) -> list[tuple]:
    """A stored run: half of them usual (current schema, well-formed parts, texts as
    JSON but for an odd one now and then), which the texts' way gathers unless a journal
    id comes twice or an odd text is in it; the others anything `_batch` makes."""
    if draw(st.booleans()):
        payloads = draw(st.lists(_usual_payload(), min_size=1, max_size=8))
        return [(seq, draw(st.sampled_from(["loan.repaid", "meeting.posted"])),
                 EVENT_SCHEMA, "2026-11-25", draw(_text(p, True)))
                for seq, p in enumerate(payloads, start=10)]
    return [(e["seq"], e["type"], e["schema_version"], e["business_date"],
             draw(_text(e["payload_obj"], False))) for e in draw(_batch())]


@settings(max_examples=500, deadline=None)
@given(_stored())
def test_a_run_gathered_from_its_texts_equals_the_texts_decoded_and_gathered(run):
    fast = gather_texts(run)
    reference = _gather_decoded([(1, *event) for event in run])
    if fast is not None:
        assert fast == reference
        assert [list(d) for d in (fast.ledger, *fast.images.values())] == \
            [list(d) for d in (reference.ledger, *reference.images.values())]
        assert list(fast.images) == list(reference.images)


def test_a_usual_run_is_gathered_from_its_texts():
    from benchmarks.sync_wire import repayment_events

    run = [(e["seq"], e["type"], e["schema_version"], e["business_date"], e["payload"])
           for e in repayment_events(50)]
    run.append((51, "meeting.posted", EVENT_SCHEMA, "2026-11-25", orjson.dumps(
        {**_MEETING, "journal": [[7, "2026-11-25", "repayment", 550_00, 450_00, 100_00, 0,
                                  0, 4, 9, None, None, None, "cash"]]}).decode()))
    fast = gather_texts(run)
    assert fast is not None and len(fast.ledger) == 51 and len(fast.collections) == 2
    assert fast == _gather_decoded([(1, *event) for event in run])


def test_a_number_orjson_cannot_read_sends_the_run_the_other_way():
    """orjson refuses 1e400 (beyond a double): the payload counts as empty there, so
    the texts' way must not read the journal row beside it either."""
    row = [7, "2026-11-25", "fee", 50_00, 0, 0, 50_00, 0, 4, None, None, None, None, "cash"]
    run = [(1, "fee.charged", EVENT_SCHEMA, "2026-11-25",
            '{"x":1e400,"journal":' + orjson.dumps([row]).decode() + "}")]
    assert gather_texts(run) is None
    assert _gather_decoded([(1, *run[0])]).ledger == {}

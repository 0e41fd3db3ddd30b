"""Gathering a batch column by column gives what gathering it event by event gives.

`Gathered.batch` checks a usual batch's rows column-wise (fast); anything unusual — a
malformed part, a journal id twice, deletions — goes event by event (`Gathered.event`,
the reference, which names each problem). Random batches, mostly well formed, with
every kind of fault mixed in, must come out the same both ways.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.db.uow import EVENT_SCHEMA
from app.headoffice.projection import MAX_AMOUNT, Gathered, _money_right, money_problem
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

"""POST /events' work (ingest.ingest_message): on PostgreSQL the message is decoded
while the database takes the branch's lock. It must leave head office exactly as
decoding first and then `ingest` does, and a message that is no batch, or no batch of
this branch, must change nothing and leave neither the lock nor the connection held
(real PostgreSQL, and the SQLite trial)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.headoffice.ingest import Refused, ingest, ingest_message
from app.headoffice.models import HqAlarm, HqBranch
from app.sync.wire import WireError, decode, encode, pack_events
from benchmarks.sync_ingest import journal_claims
from benchmarks.sync_wire import repayment_events
from tests.headoffice.test_ingest_cursor import BATCH, _enrol, _state


def _messages(code: str, events: list[dict]) -> list[bytes]:
    claims = journal_claims(events, BATCH)
    return [encode({**pack_events(code, 1, events[i:i + BATCH]), "journal": claim})
            for i, claim in zip(range(0, len(events), BATCH), claims, strict=True)]


def _alarms(hq, code: str) -> list[str]:
    with Session(hq) as session:
        return list(session.scalars(select(HqAlarm.kind).where(HqAlarm.branch == code)))


@pytest.mark.parametrize("hq", ["postgresql", "sqlite"], indirect=True)
def test_a_message_is_acknowledged_as_decoding_it_then_ingesting_leaves_head_office(hq):
    events = repayment_events(3 * BATCH)
    _enrol(hq, "ONE-001")
    _enrol(hq, "TWO-001")
    for one, two in zip(_messages("ONE-001", events), _messages("TWO-001", events),
                        strict=True):
        assert ingest_message(hq, "ONE-001", one).acked_seq == \
            ingest(hq, "TWO-001", decode(two)).acked_seq
    one, two = _state(hq, "ONE-001"), _state(hq, "TWO-001")
    assert one == two and one[0][1] == 3 * BATCH and len(one[2]) == 3 * BATCH
    again = ingest_message(hq, "ONE-001", _messages("ONE-001", events)[-1])  # a retry
    assert again.acked_seq == 3 * BATCH and _state(hq, "ONE-001") == one


def _unlocked(hq, code: str) -> bool:
    """Whether another transaction can lock the branch's row at once."""
    if hq.dialect.name != "postgresql":
        return True
    with hq.connect() as conn:
        return conn.execute(text("SELECT code FROM hq_branch WHERE code = :c "
                                 "FOR UPDATE NOWAIT"), {"c": code}).scalar() == code


@pytest.mark.parametrize("hq", ["postgresql", "sqlite"], indirect=True)
@pytest.mark.parametrize("message", [b"", b"\x00" * 64, b"not zstd at all",
                                     encode({"v": 99}), encode([1, 2, 3])])
def test_a_message_that_is_no_batch_changes_nothing_and_holds_no_lock(hq, message):
    events = repayment_events(BATCH)
    _enrol(hq, "ONE-001")
    before = _state(hq, "ONE-001")
    with pytest.raises((WireError, Refused)):
        ingest_message(hq, "ONE-001", message)
    assert _state(hq, "ONE-001") == before and _unlocked(hq, "ONE-001")
    # the pooled connection is fit for the next batch
    assert ingest_message(hq, "ONE-001", _messages("ONE-001", events)[0]).acked_seq == BATCH


@pytest.mark.parametrize("hq", ["postgresql", "sqlite"], indirect=True)
def test_another_branchs_batch_or_an_unknown_branch_is_refused_and_nothing_stored(hq):
    events = repayment_events(BATCH)
    _enrol(hq, "ONE-001")
    before = _state(hq, "ONE-001")
    with pytest.raises(Refused, match="its own stream"):
        ingest_message(hq, "ONE-001", _messages("TWO-001", events)[0])
    assert "foreign" in _alarms(hq, "ONE-001")
    with pytest.raises(Refused, match="unknown branch"):
        ingest_message(hq, "NEW-001", _messages("NEW-001", events)[0])
    assert _state(hq, "ONE-001") == before and _unlocked(hq, "ONE-001")
    with Session(hq) as session:
        assert session.get(HqBranch, "NEW-001") is None


def test_a_batch_goes_straight_into_the_branchs_partition_or_through_hq_event_without(hq):
    """The usual batch is COPied into the branch's own partition of hq_event when it
    has one (looked up with the lock), else through hq_event into DEFAULT; either way
    a reused event id is refused as malformed and nothing of its batch is stored."""
    from sqlalchemy import text

    from app.headoffice.partitions import default_name, partition_name
    from tests.headoffice.test_ingest_copy import _reid

    events = repayment_events(3 * BATCH)
    _enrol(hq, "ONE-001")
    _enrol(hq, "TWO-001")
    with hq.begin() as conn:  # as if TWO-001 had no partition of its own
        part = partition_name("hq_event", "TWO-001")
        conn.execute(text(f'ALTER TABLE hq_event DETACH PARTITION "{part}"'))
        conn.execute(text(f'DROP TABLE "{part}"'))
    for code in ("ONE-001", "TWO-001"):
        first, second, third = _messages(code, events)
        assert ingest_message(hq, code, first).acked_seq == BATCH
        # the first batch's first id again in the second, the chain redone from it
        chained = _reid(events[:2 * BATCH], BATCH + 5, events[0]["event_id"])[BATCH:]
        claim = journal_claims(events[:2 * BATCH], BATCH)[1]
        before = _state(hq, code)
        with pytest.raises(Refused, match="is used twice"):
            ingest_message(hq, code, encode({**pack_events(code, 1, chained),
                                             "journal": claim}))
        assert _state(hq, code) == before
        assert ingest_message(hq, code, second).acked_seq == 2 * BATCH
        assert ingest_message(hq, code, third).acked_seq == 3 * BATCH
    with hq.connect() as conn:
        where = dict(conn.execute(text(
            "SELECT branch, string_agg(DISTINCT tableoid::regclass::text, ',') "
            "FROM hq_event GROUP BY branch")).all())
    assert where == {"ONE-001": partition_name("hq_event", "ONE-001"),
                     "TWO-001": default_name("hq_event")}
    assert _state(hq, "ONE-001")[2] == _state(hq, "TWO-001")[2]

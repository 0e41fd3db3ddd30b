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

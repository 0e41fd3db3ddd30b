"""The usual batch's last writes (ingest._write_cursor_and_commit: the cursor, the journal anchor
and the journal trail row in one statement) leave head office exactly as the ORM's
flush leaves it for the same batches (the path every other batch takes), on real
PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.headoffice import ingest as ingest_module
from app.headoffice.ingest import Refused, ingest
from app.headoffice.models import HqBranch, HqEvent
from app.headoffice.models_trust import HqJournalTrail
from app.headoffice.partitions import ensure_branch_partitions
from app.sync.canonical import GENESIS_HASH
from app.sync.wire import decode, encode, pack_events
from benchmarks.sync_ingest import JOURNAL_START, journal_claims
from benchmarks.sync_wire import repayment_events

BATCH = 40


def _enrol(hq, code: str) -> None:
    with Session(hq) as session, session.begin():
        session.add(HqBranch(code=code, epoch=1, acked_seq=0, acked_hash=GENESIS_HASH,
                             registered_at=datetime(2026, 11, 25)))
    with hq.begin() as conn:
        ensure_branch_partitions(conn, code)
        conn.execute(update(HqBranch).where(HqBranch.code == code).values(
            journal_id=JOURNAL_START[0], journal_hash=JOURNAL_START[1]))


def _send(hq, code: str, events: list[dict]) -> None:
    claims = journal_claims(events, BATCH)
    for i, claim in zip(range(0, len(events), BATCH), claims, strict=True):
        body = decode(encode({**pack_events(code, 1, events[i:i + BATCH]),
                              "journal": claim}))
        ingest(hq, code, body)


def _state(hq, code: str) -> tuple:
    with Session(hq) as session:
        branch = session.get(HqBranch, code)
        trail = session.scalars(select(HqJournalTrail).where(HqJournalTrail.branch == code)
                                .order_by(HqJournalTrail.last_seq)).all()
        events = session.scalars(select(HqEvent.hash).where(HqEvent.branch == code)
                                 .order_by(HqEvent.seq)).all()
        return ((branch.epoch, branch.acked_seq, branch.acked_hash, branch.journal_id,
                 branch.journal_hash, branch.snapshot_pending, branch.last_seen_at is not None),
                [(t.epoch, t.first_seq, t.last_seq, t.start_id, t.start_hash, t.chain)
                 for t in trail], events)


def test_the_usual_batchs_one_statement_writes_what_the_orm_writes(hq, monkeypatch):
    if hq.dialect.name != "postgresql":
        pytest.skip("the streaming path is PostgreSQL's")
    events = repayment_events(3 * BATCH)
    written = []
    real = ingest_module._write_cursor_and_commit
    monkeypatch.setattr(ingest_module, "_write_cursor_and_commit",
                        lambda session, branch: (written.append(branch.code),
                                                 real(session, branch)))
    _enrol(hq, "ONE-001")
    _send(hq, "ONE-001", events)
    assert written == ["ONE-001"] * 3  # every batch took the one-statement path
    monkeypatch.setattr(ingest_module, "_continues", lambda *a: False)  # the ORM's way
    _enrol(hq, "TWO-001")
    _send(hq, "TWO-001", events)
    one, two = _state(hq, "ONE-001"), _state(hq, "TWO-001")
    assert one[0][1:] == two[0][1:] and one[0][1] == 3 * BATCH
    assert one[0][3] == journal_claims(events, BATCH)[-1]["id"]
    assert one[1] == two[1] and len(one[1]) == 3
    assert one[2] == two[2] and len(one[2]) == 3 * BATCH


def test_a_refused_journal_claim_writes_neither_cursor_nor_trail(hq):
    if hq.dialect.name != "postgresql":
        pytest.skip("the streaming path is PostgreSQL's")
    events = repayment_events(BATCH)
    _enrol(hq, "ONE-001")
    claim = journal_claims(events, BATCH)[0]
    claim["hash"] = "f" * 64  # the branch claims a head its rows do not reach
    before = _state(hq, "ONE-001")
    with pytest.raises(Refused):
        ingest(hq, "ONE-001", decode(encode({**pack_events("ONE-001", 1, events),
                                             "journal": claim})))
    assert _state(hq, "ONE-001") == before

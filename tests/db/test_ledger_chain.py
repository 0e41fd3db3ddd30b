from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.db.models import JournalEntry, OutboxEvent
from app.db.uow import Actor, UnitOfWork
from tests.builders import small_branch


def _post_two(engine, ids):
    actor = Actor(staff_id=ids["officer"], username="officer", role="field_officer")
    with UnitOfWork(engine, actor) as uow:
        for amount in (100_00, 250_00):
            uow.journal.post(business_date=date(2026, 11, 25), staff_id=ids["officer"],
                             kind="savings_deposit", amount_minor=amount,
                             member_id=ids["first_member"])
        uow.emit("savings.deposited", ids["first_member"], {"amount_minor": 350_00},
                 date(2026, 11, 25))


def test_each_journal_row_chains_to_the_previous_one(engine):
    from sqlalchemy.orm import Session

    from app.db.canonical import chain_hash
    from app.db.ledger import entry_content

    _post_two(engine, small_branch(engine))
    with Session(engine) as s:
        first, second = s.scalars(select(JournalEntry).order_by(JournalEntry.id)).all()
    assert second.hash == chain_hash(first.hash, entry_content(second))


def test_hashes_are_stored_as_32_bytes_and_read_as_hex(engine):
    _post_two(engine, small_branch(engine))
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT typeof(hash), length(hash) FROM journal_entry "
                                   "UNION SELECT typeof(hash), length(hash) FROM outbox_event"
                                   )).all()
        hexes = conn.execute(select(JournalEntry.hash)).scalars().all()
    assert set(stored) == {("blob", 32)}
    assert all(len(h) == 64 and int(h, 16) >= 0 for h in hexes)


def test_journal_rows_cannot_be_updated(engine):
    _post_two(engine, small_branch(engine))
    with pytest.raises(DatabaseError, match="immutable"), engine.begin() as conn:
        conn.execute(text("UPDATE journal_entry SET amount_minor = 1"))


def test_unacknowledged_outbox_events_cannot_be_deleted(engine):
    _post_two(engine, small_branch(engine))
    with pytest.raises(DatabaseError, match="not yet acknowledged"), engine.begin() as conn:
        conn.execute(text("DELETE FROM outbox_event"))


def test_a_failed_unit_of_work_leaves_nothing_behind(engine):
    ids = small_branch(engine)
    actor = Actor(staff_id=ids["officer"], username="officer", role="field_officer")
    with pytest.raises(RuntimeError), UnitOfWork(engine, actor) as uow:
        uow.journal.post(business_date=date(2026, 11, 25), staff_id=ids["officer"],
                         kind="repayment", amount_minor=5_00)
        uow.emit("loan.repaid", 1, {"amount_minor": 5_00}, date(2026, 11, 25))
        raise RuntimeError("power cut")
    with engine.connect() as conn:
        assert conn.execute(select(JournalEntry)).first() is None
        assert conn.execute(select(OutboxEvent)).first() is None


def test_the_bulk_hash_content_equals_the_canonical_json():
    from datetime import datetime

    from app.db.canonical import canonical_json
    from app.db.ledger import HASHED_FIELDS, bulk_content_json
    row = {name: None for name in HASHED_FIELDS} | {
        "id": 7, "business_date": date(2026, 1, 2), "posted_at": datetime(2026, 1, 2, 12, 0, 0, 7),
        "staff_id": 3, "kind": "repayment", "member_id": 9, "loan_id": 4,
        "amount_minor": 110_00, "principal_minor": 100_00, "interest_minor": 10_00,
        "fee_minor": 0, "penalty_minor": 0, "channel": "meeting", "reason": ""}
    assert bulk_content_json(row) == canonical_json(row)

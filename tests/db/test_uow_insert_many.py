"""`UnitOfWork.insert_many` stores rows exactly as the ORM would, and their images travel
to head office as ORM rows' do (on the next `with_images` event, else the last)."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db.models import Installment, Loan, OutboxEvent
from app.db.uow import UnitOfWork
from tests.builders import make_product, small_branch

ROW = {"loan_no": "X-1", "status": "disbursed", "principal_minor": 10_000_00,
       "annual_rate_bp": 2400, "installments_count": 2, "frequency": "weekly",
       "interest_method": "declining", "purpose": "", "terms": {"product": {"a": "ü"}},
       "applied_on": date(2026, 1, 5), "sanctioned_on": None, "sanctioned_by": None,
       "kfs_accepted_on": None, "disbursed_on": date(2026, 1, 5), "closed_on": None,
       "cycle": 1}


def _world(engine):  # type: ignore[no-untyped-def]
    ids = small_branch(engine)
    with Session(engine) as s, s.begin():
        product, _rule = make_product(s)
        return ids, product.id


def test_a_row_inserted_in_bulk_is_stored_as_the_orm_stores_it(engine):
    ids, product_id = _world(engine)
    from app.db.uow import Actor

    actor = Actor(ids["manager"], "manager", "branch_manager")
    common = dict(ROW, member_id=ids["first_member"], product_id=product_id,
                  applied_by=ids["manager"])
    with UnitOfWork(engine, actor) as uow:
        uow.session.add(Loan(id=1, **common))
        uow.session.flush()
        uow.insert_many(Loan, [dict(common, id=2, loan_no="X-2")])
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM loan ORDER BY id")).all()
    assert rows[0][2:] == rows[1][2:] and rows[1][1] == "X-2"
    with Session(engine) as s:
        assert s.get(Loan, 2).terms == {"product": {"a": "ü"}}


def test_bulk_rows_travel_with_the_event_that_follows_them(engine):
    ids, product_id = _world(engine)
    from app.db.uow import Actor

    actor = Actor(ids["manager"], "manager", "branch_manager")
    loan = dict(ROW, id=5, member_id=ids["first_member"], product_id=product_id,
                applied_by=ids["manager"])
    inst = {"id": 9, "loan_id": 5, "number": 1, "due_on": date(2026, 1, 12),
            "principal_minor": 1, "interest_minor": 0, "paid_principal_minor": 0,
            "paid_interest_minor": 0, "paid_on": None}
    with UnitOfWork(engine, actor) as uow:
        uow.insert_many(Loan, [loan])
        uow.emit("first", 5, {}, date(2026, 1, 5), with_images=True)
        uow.insert_many(Installment, [inst])
        uow.emit("second", 5, {}, date(2026, 1, 5))
    with Session(engine) as s:
        first, second = (json.loads(e.payload) for e in s.scalars(
            select(OutboxEvent).order_by(OutboxEvent.seq)))
    assert list(first["images"]) == ["loan"] and first["images"]["loan"][0][:2] == [5, "X-1"]
    assert second["images"] == {"installment": [[9, 5, 1, "2026-01-12", 1, 0, 0, 0]]}

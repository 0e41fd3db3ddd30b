"""What the unit of work puts in an event for head office: journal rows and row images."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Member, OutboxEvent
from app.db.uow import FALLBACK_EVENT, JOURNAL_FIELDS, Actor, UnitOfWork
from tests.services.meeting_world import meeting_world

ON = date(2026, 11, 25)


def _events(engine) -> list[tuple[str, dict]]:
    with Session(engine) as s:
        return [(e.type, json.loads(e.payload))
                for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]


def _fee(uow: UnitOfWork, staff: int, amount: int) -> None:
    uow.journal.post(business_date=ON, staff_id=staff, kind="fee", amount_minor=amount,
                     fee_minor=amount, channel="counter")


def test_journal_rows_travel_with_the_event_after_them_and_late_rows_with_the_last(engine):
    world = meeting_world(engine)
    staff = world.officer.staff_id
    with UnitOfWork(engine, world.officer) as uow:
        _fee(uow, staff, 1_00)
        uow.emit("first.happened", 1, {}, ON, audit=False)
        _fee(uow, staff, 2_00)
        uow.emit("second.happened", 2, {}, ON, audit=False)
        _fee(uow, staff, 3_00)  # after the last event: must not be lost
    amount = JOURNAL_FIELDS.index("amount_minor")
    assert [(t, [r[amount] for r in p.get("journal", [])]) for t, p in _events(engine)] == \
        [("first.happened", [1_00]), ("second.happened", [2_00, 3_00])]


def test_money_posted_without_an_event_still_gets_one(engine):
    world = meeting_world(engine)
    with UnitOfWork(engine, world.officer) as uow:
        _fee(uow, world.officer.staff_id, 5_00)
    [(kind, payload)] = _events(engine)
    assert (kind, len(payload["journal"])) == (FALLBACK_EVENT, 1)


def test_changed_and_deleted_rows_travel_as_images_on_the_last_event(engine):
    world = meeting_world(engine)
    with UnitOfWork(engine, Actor.system()) as uow:
        member = uow.session.get(Member, world.members[0])
        assert member is not None
        member.status = "left"
        member.phone = "9000000000"  # not a consolidated field: no image because of it
        uow.emit("member.left", member.id, {}, ON, audit=False)
    [(_, payload)] = _events(engine)
    assert [r[0] for r in payload["images"]["member"]] == [world.members[0]]
    assert payload["images"]["member"][0][5] == "left"


def test_a_unit_that_changes_nothing_consolidated_emits_nothing(engine):
    world = meeting_world(engine)
    with UnitOfWork(engine, Actor.system()) as uow:
        member = uow.session.get(Member, world.members[0])
        assert member is not None
        member.phone = "9000000000"
    assert _events(engine) == []


def test_the_keys_the_unit_of_work_fills_cannot_be_set_by_a_service(engine):
    meeting_world(engine)
    with pytest.raises(ValueError, match="filled in"), UnitOfWork(engine, Actor.system()) as uow:
        uow.emit("x.happened", 1, {"journal": []}, ON)

"""The business date never runs ahead of the computer's calendar, and never goes back.

The computer's date is set with app.clock.CLOCK, as a person sets the computer's clock.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.clock import CLOCK, check_device_date, remember_server_time
from app.db.models import Branch, JournalEntry, OutboxEvent, SyncState
from app.errors import RuleViolation
from app.i18n import tr_error
from app.services.cash import close_day
from app.services.meetings import mark_not_held
from app.services.savings import counter_deposit, open_account
from app.services.status import status_summary
from app.sync.outbox import record_ack
from tests.services.meeting_world import TODAY, meeting_world


def _rows(engine) -> tuple[int, int]:
    with Session(engine) as s:
        return (s.scalar(select(func.count()).select_from(JournalEntry)),
                s.scalar(select(func.count()).select_from(OutboxEvent)))


def _business_date(engine) -> date:
    with Session(engine) as s:
        return s.scalars(select(Branch.business_date)).one()


def test_days_cannot_be_closed_ahead_of_the_computers_calendar(engine):
    """90 days closed in 20 seconds: now only the day the calendar has reached."""
    world = meeting_world(engine)
    CLOCK.set_today(TODAY)
    mark_not_held(engine, world.officer, world.meeting_id, "flood")
    closed = close_day(engine, world.manager, 0)  # the evening of the day: allowed
    before = _rows(engine)
    with pytest.raises(RuleViolation, match="cannot be closed before it has come") as refused:
        close_day(engine, world.manager, 0)
    assert (_rows(engine), _business_date(engine)) == (before, closed.next_business_date)
    assert "২০২৬" in tr_error(refused.value, "bn")  # the dates in Bengali digits


def test_nothing_is_recorded_on_a_business_day_the_calendar_has_not_reached(engine):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[4], "voluntary")
    CLOCK.set_today(TODAY)
    mark_not_held(engine, world.officer, world.meeting_id, "flood")
    tomorrow = close_day(engine, world.manager, 0).next_business_date
    before = _rows(engine)
    with pytest.raises(RuleViolation, match="has not begun"):
        counter_deposit(engine, world.officer, account, 30_00)
    assert _rows(engine) == before
    CLOCK.set_today(tomorrow)  # the next morning
    counter_deposit(engine, world.officer, account, 30_00)
    assert _rows(engine)[0] == before[0] + 1


def test_a_computer_whose_date_went_back_records_nothing(engine):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[4], "voluntary")
    CLOCK.set_today(TODAY - timedelta(days=400))  # a dead CMOS battery: the clock reset
    with pytest.raises(RuleViolation, match="has not begun"):
        counter_deposit(engine, world.officer, account, 30_00)


def test_the_business_date_cannot_be_set_back_by_anyone(engine):
    meeting_world(engine)
    with pytest.raises(IntegrityError, match="cannot go back"), engine.begin() as conn:
        conn.execute(text("UPDATE branch SET business_date = '2026-11-01'"))
    assert _business_date(engine) == TODAY
    with engine.begin() as conn:  # forward is what day close does
        conn.execute(text("UPDATE branch SET business_date = '2026-11-26'"))


def test_an_unreadable_head_office_time_keeps_the_last_good_one_as_the_guard(engine):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[4], "voluntary")
    tomorrow = datetime.combine(date.today() + timedelta(days=2), datetime.min.time())
    with Session(engine) as s, s.begin():
        assert remember_server_time(s, tomorrow.isoformat())
    for garbage in ("not a time", "2026-13-45T99:00:00", "9" * 5000, 12345):
        with Session(engine) as s, s.begin():
            assert not remember_server_time(s, garbage)
        with Session(engine) as s:
            assert s.get(SyncState, "server_time").value == tomorrow.isoformat()
    assert status_summary(engine).clock_unknown  # warned about
    with pytest.raises(RuleViolation, match="before head office's date"):
        counter_deposit(engine, world.officer, account, 30_00)  # still guarded


def test_an_unreadable_time_already_stored_falls_back_to_the_last_acknowledgement(engine):
    meeting_world(engine)
    later = datetime.combine(date.today() + timedelta(days=3), datetime.min.time())
    with Session(engine) as s, s.begin():
        s.merge(SyncState(key="server_time", value="garbage from an older version"))
        s.merge(SyncState(key="last_ack_time", value=later.isoformat()))
    with Session(engine) as s, pytest.raises(RuleViolation):
        check_device_date(s, date.today())


def test_an_acknowledgement_with_an_unreadable_time_is_applied_and_warned_about(engine):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[4], "voluntary")
    counter_deposit(engine, world.officer, account, 30_00)
    with Session(engine) as s:
        last = s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq.desc())).first()
        seq, digest = last.seq, last.hash
    assert record_ack(engine, seq, digest, 1, server_time="yesterday-ish")
    summary = status_summary(engine)
    assert summary.clock_unknown and summary.pending_events == 0

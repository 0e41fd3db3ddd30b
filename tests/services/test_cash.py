from datetime import date

import pytest
from sqlalchemy import func
from sqlalchemy.orm import Session

from app.db.models import Branch, BusinessDay, Holiday
from app.errors import RuleViolation
from app.services.cash import cash_book, close_day
from app.services.meetings import MeetingEntry, MeetingRow, mark_not_held, post_meeting
from app.services.savings import counter_deposit, open_account
from tests.services.meeting_world import TODAY, meeting_world


def _post(engine, world, amount=100_00):
    post_meeting(engine, world.officer, MeetingEntry(
        world.meeting_id, amount, (MeetingRow(world.members[0], "present", amount),)))


def test_the_cash_book_adds_meetings_and_the_counter(engine):
    world = meeting_world(engine)
    _post(engine, world)
    account = open_account(engine, world.officer, world.members[4], "voluntary")
    counter_deposit(engine, world.officer, account, 30_00)
    book = cash_book(engine, TODAY)
    assert (book.opening_minor, book.receipts_minor, book.closing_minor) == (0, 130_00, 130_00)
    assert [(m.meeting_id, m.net_minor) for m in book.meetings] == [(world.meeting_id, 100_00)]


def test_the_day_cannot_close_while_a_meeting_is_open(engine):
    world = meeting_world(engine)
    with pytest.raises(RuleViolation, match="neither posted"):
        close_day(engine, world.manager, 0)


def test_the_day_cannot_close_with_a_cash_difference_and_nothing_changes(engine):
    world = meeting_world(engine)
    _post(engine, world)
    with pytest.raises(RuleViolation, match="10.00 short"):
        close_day(engine, world.manager, 90_00)
    with Session(engine) as s:
        assert s.get(BusinessDay, TODAY) is None


def test_only_the_manager_closes_the_day(engine):
    world = meeting_world(engine)
    mark_not_held(engine, world.officer, world.meeting_id, "flood")
    with pytest.raises(Exception, match="role"):
        close_day(engine, world.officer, 0)


def test_closing_locks_the_day_and_opens_the_next_working_day(engine):
    world = meeting_world(engine)
    _post(engine, world)
    with Session(engine) as s, s.begin():
        s.add(Holiday(on_date=date(2026, 11, 26), name_en="Holiday", name_bn="ছুটি"))
    closed = close_day(engine, world.manager, 100_00)
    assert closed.next_business_date == date(2026, 11, 27)
    with Session(engine) as s:
        assert s.get(BusinessDay, TODAY).status == "closed"
        branch = s.query(Branch).one()
        assert branch.business_date == date(2026, 11, 27)
    assert cash_book(engine, date(2026, 11, 27)).opening_minor == 100_00
    with pytest.raises(RuleViolation, match="closed"):
        _post_into_closed(engine, world)


def _meeting_waiting_on(engine, world, day, holidays=()):
    from app.db.models import Meeting

    with Session(engine) as s, s.begin():
        s.add_all(Holiday(on_date=h, name_en="Holiday", name_bn="ছুটি") for h in holidays)
        s.add(Meeting(group_id=world.group_id, scheduled_on=day, status="scheduled"))


def test_a_meeting_on_the_branchs_rest_day_opens_that_day_instead_of_being_passed_by(engine):
    world = meeting_world(engine)  # India: Monday to Saturday
    _post(engine, world)
    sunday = date(2026, 11, 29)
    _meeting_waiting_on(engine, world, sunday, holidays=[date(2026, 11, d) for d in (26, 27, 28)])
    assert close_day(engine, world.manager, 100_00).next_business_date == sunday


def test_a_meeting_left_on_a_holiday_head_office_sent_later_still_comes_up(engine):
    world = meeting_world(engine)
    _post(engine, world)
    thursday = date(2026, 11, 26)
    _meeting_waiting_on(engine, world, thursday, holidays=[thursday])
    assert close_day(engine, world.manager, 100_00).next_business_date == thursday


def test_a_meeting_already_held_or_not_held_keeps_no_day_open(engine):
    world = meeting_world(engine)
    _post(engine, world)
    with Session(engine) as s, s.begin():
        from app.db.models import Meeting

        s.add(Holiday(on_date=date(2026, 11, 26), name_en="Holiday", name_bn="ছুটি"))
        s.add(Meeting(group_id=world.group_id, scheduled_on=date(2026, 11, 26),
                      status="not_held", reason="flood"))
    assert close_day(engine, world.manager, 100_00).next_business_date == date(2026, 11, 27)


def _post_into_closed(engine, world):
    from app.db.models import Meeting

    with Session(engine) as s, s.begin():
        meeting = Meeting(group_id=world.group_id, scheduled_on=TODAY.replace(day=18))
        s.add(meeting)
        s.flush()
        s.add(BusinessDay(on_date=TODAY.replace(day=18), status="closed"))
        mid = meeting.id
    post_meeting(engine, world.officer, MeetingEntry(mid, 0, ()))


def test_closing_the_day_schedules_the_next_two_weeks_meetings(engine):
    from sqlalchemy import select

    from app.db.models import Meeting

    world = meeting_world(engine)
    _post(engine, world)
    with Session(engine) as s, s.begin():
        s.add(Holiday(on_date=date(2026, 12, 9), name_en="Holiday", name_bn="ছুটি"))
    close_day(engine, world.manager, 100_00)
    with Session(engine) as s:
        days = list(s.scalars(select(Meeting.scheduled_on).where(
            Meeting.group_id == world.group_id, Meeting.scheduled_on > TODAY)
            .order_by(Meeting.scheduled_on)))
    assert days == [date(2026, 12, 2)]  # Wednesdays; 9 December is a holiday
    from app.services.meetings import ensure_meetings

    ensure_meetings(engine, world.manager, TODAY, date(2026, 12, 9))  # nothing twice
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.group_id == world.group_id, Meeting.scheduled_on == date(2026, 12, 2))) == 1


def test_a_new_group_gets_its_meetings_at_once(engine):
    from sqlalchemy import select

    from app.db.models import Meeting
    from app.services.groups import NewGroup, form_group

    world = meeting_world(engine)
    with Session(engine) as s:
        from app.db.models import Group
        village = s.get(Group, world.group_id).village_id
    formed = form_group(engine, world.manager, NewGroup(
        "Shapla", "শাপলা", village, 4, "10:00", world.officer.staff_id, "Temple yard"))
    with Session(engine) as s:
        days = list(s.scalars(select(Meeting.scheduled_on).where(
            Meeting.group_id == formed.group_id)))
    assert days == [date(2026, 11, 27), date(2026, 12, 4)]  # Fridays from today

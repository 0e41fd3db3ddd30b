from datetime import date

from sqlalchemy.orm import Session

from app.db.models import Meeting
from app.services.today import todays_meetings
from tests.builders import small_branch
from tests.services.test_reports import AS_OF, _loan


def _meeting(engine, group_id, on=AS_OF):
    with Session(engine) as s, s.begin():
        s.add(Meeting(group_id=group_id, scheduled_on=on, status="scheduled"))


def test_today_lists_the_meetings_of_the_business_date(engine):
    ids = small_branch(engine)
    _meeting(engine, ids["group"])
    _meeting(engine, ids["group"], date(2026, 12, 2))
    meetings = todays_meetings(engine, AS_OF)
    assert [(m.group_id, m.member_count) for m in meetings] == [(ids["group"], 5)]


def test_today_due_is_the_days_installments_plus_arrears(engine):
    ids = small_branch(engine)
    _meeting(engine, ids["group"])
    _loan(engine, ids, first_due=date(2026, 11, 18), paid_installments=0)
    assert todays_meetings(engine, AS_OF)[0].due_minor == 2 * 110_00


def test_an_officer_sees_only_her_own_groups(engine):
    ids = small_branch(engine)
    _meeting(engine, ids["group"])
    assert todays_meetings(engine, AS_OF, officer_id=ids["manager"]) == []


def test_meetings_are_in_the_order_of_their_times_as_times(engine):
    """9:30 comes before 11:30 (as text it would not)."""
    from app.db.models import Group, Staff
    from tests.builders import make_group

    ids = small_branch(engine)
    with Session(engine) as s, s.begin():
        officer = s.get(Staff, ids["officer"])
        first = s.get(Group, ids["group"])
        first.meeting_time = "11:30"
        early = make_group(s, officer=officer, weekday=2)
        early.meeting_time = "9:30"
        s.flush()
        early_id = early.id
    _meeting(engine, ids["group"])
    _meeting(engine, early_id)
    assert [m.meeting_time for m in todays_meetings(engine, AS_OF)] == ["9:30", "11:30"]

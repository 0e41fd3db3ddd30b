from datetime import date

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.db.models import Group, Meeting, Member, Staff
from app.services.dues import group_dues, officer_day_dues
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from tests.builders import make_group, make_loan, make_member
from tests.services.meeting_world import TODAY, meeting_world


def test_dues_list_active_members_by_code_with_loan_and_savings_due(engine):
    world = meeting_world(engine)
    dues = group_dues(engine, world.group_id, TODAY)
    assert [m.member_id for m in dues.members] == world.members
    first, last = dues.members[0], dues.members[-1]
    assert first.loan_id == world.loans[0] and first.installments_count == 10
    assert first.savings_due_minor == 20_00  # BJS-GL: 20 per installment
    assert first.loan_balance_minor == 10_000_00
    assert (last.loan_id, last.due_minor, last.savings_due_minor) == (None, 0, 0)


def test_arrears_due_and_advance_follow_the_paid_caches(engine):
    world = meeting_world(engine)
    before = group_dues(engine, world.group_id, TODAY).members[0]
    assert before.arrears_minor > 0 and before.due_minor > 0 and before.advance_minor == 0
    pay = before.arrears_minor + before.due_minor + 300_00
    post_meeting(engine, world.officer, MeetingEntry(
        world.meeting_id, pay, (MeetingRow(world.members[0], "present", pay),)))
    after = group_dues(engine, world.group_id, TODAY).members[0]
    assert (after.arrears_minor, after.due_minor, after.advance_minor) == (0, 0, 300_00)
    assert after.installment_no > before.installment_no
    assert after.loan_balance_minor < before.loan_balance_minor


def test_a_dropped_member_is_not_on_the_sheet(engine):
    world = meeting_world(engine)
    with Session(engine) as s, s.begin():
        s.get(Member, world.members[4]).status = "dropped"
    assert world.members[4] not in [m.member_id for m in
                                    group_dues(engine, world.group_id, TODAY).members]


def test_dues_take_the_same_few_queries_for_any_group_size(engine):
    world = meeting_world(engine)
    with Session(engine) as s, s.begin():
        group = s.get(Group, world.group_id)
        for _ in range(10):
            make_loan(s, member=make_member(s, group=group), officer_id=world.officer.staff_id,
                      disbursed_on=date(2026, 10, 7))
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    group_dues(engine, world.group_id, TODAY)
    event.remove(engine, "before_cursor_execute", listener)
    assert len(statements) <= 7  # begin, members, loans, installments, savings, branch…


def test_the_officers_day_lists_groups_in_meeting_time_order(engine):
    world = meeting_world(engine)
    with Session(engine) as s, s.begin():
        early = make_group(s, officer=s.get(Staff, world.officer.staff_id), weekday=2)
        early.meeting_time = "08:00"
        s.add(Meeting(group_id=early.id, scheduled_on=TODAY))
        early_id = early.id
    day = officer_day_dues(engine, TODAY, world.officer.staff_id)
    assert [g.group_id for g in day] == [early_id, world.group_id]
    assert officer_day_dues(engine, TODAY, officer_id=999_999) == []

"""A reversed meeting is entered again; a reversal made after its day was closed shows as
a reversal in the cash book of the day it is made, and so does the new entry."""

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import Attendance, JournalEntry, Meeting
from app.errors import ConflictError, RuleViolation
from app.services.cash import cash_book, close_day, day_close_check
from app.services.meetings import (
    MeetingEntry,
    MeetingRow,
    mark_not_held,
    meeting_sheet,
    post_meeting,
    reschedule_meeting,
    reverse_meeting,
)
from tests.services.meeting_world import TODAY, meeting_world


def _entry(world, amounts, attendance="present"):
    rows = tuple(MeetingRow(m, attendance, a) for m, a in zip(world.members, amounts,
                                                              strict=False))
    return MeetingEntry(world.meeting_id, sum(amounts), rows)


def test_a_reversed_meeting_is_offered_as_posted_and_entered_again(engine, db_path):
    world = meeting_world(engine)
    wrong = _entry(world, [100_00, 50_00])
    post_meeting(engine, world.officer, wrong)
    reverse_meeting(engine, world.manager, world.meeting_id, "50 was typed in the wrong row")
    sheet = meeting_sheet(engine, world.meeting_id)
    assert (sheet.status, sheet.reentry, sheet.draft) == ("reversed", True, wrong)
    right = _entry(world, [100_00, 0, 50_00], attendance="absent_paid")
    post_meeting(engine, world.officer, right)
    with Session(engine) as s:
        meeting = s.get(Meeting, world.meeting_id)
        assert (meeting.status, meeting.posted_entry["cash_counted_minor"]) == ("posted",
                                                                               150_00)
        assert {a.status for a in s.scalars(select(Attendance).where(
            Attendance.meeting_id == world.meeting_id))} == {"absent_paid"}
    assert check_database(db_path).ok
    # reversed again, only the second entry's rows are reversed
    assert reverse_meeting(engine, world.manager, world.meeting_id, "still wrong") == 2
    with Session(engine) as s:
        rows = s.execute(select(func.count(), func.count(JournalEntry.reverses_id)).where(
            JournalEntry.meeting_id == world.meeting_id)).one()
    assert rows == (8, 4)
    assert check_database(db_path).ok


def test_a_reversal_after_the_day_closed_is_a_reversal_on_the_day_it_is_made(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [100_00, 50_00]))
    closed = close_day(engine, world.manager, 150_00)
    later = closed.next_business_date
    reverse_meeting(engine, world.manager, world.meeting_id, "wrong group")
    book = cash_book(engine, later)
    assert [(line.kind, line.reversal, line.payments_minor) for line in book.lines] == [
        ("repayment", True, 150_00)]
    assert book.closing_minor == 0
    sheet = meeting_sheet(engine, world.meeting_id)
    assert (sheet.on, sheet.posting_day) == (TODAY, later)
    post_meeting(engine, world.officer, _entry(world, [100_00]))
    book = cash_book(engine, later)
    assert sorted((line.reversal, line.receipts_minor, line.payments_minor)
                  for line in book.lines) == [(False, 100_00, 0), (True, 0, 150_00)]
    assert cash_book(engine, TODAY).closing_minor == 150_00  # the closed day is as it was
    with Session(engine) as s:
        days = set(s.scalars(select(JournalEntry.business_date).where(
            JournalEntry.meeting_id == world.meeting_id, JournalEntry.id > 2)))
    assert days == {later}


def test_the_day_does_not_close_while_a_reversed_meeting_waits_to_be_entered_again(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [100_00]))
    reverse_meeting(engine, world.manager, world.meeting_id, "wrong group")
    assert day_close_check(engine).unsettled_groups
    with pytest.raises(RuleViolation, match="neither posted"):
        close_day(engine, world.manager, 0)
    mark_not_held(engine, world.officer, world.meeting_id, "Entered for the wrong group")
    assert day_close_check(engine).unsettled_groups == ()
    close_day(engine, world.manager, 0)


def test_a_meeting_entered_once_is_not_moved_to_another_day(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [100_00]))
    reverse_meeting(engine, world.manager, world.meeting_id, "wrong group")
    with pytest.raises(ConflictError):
        reschedule_meeting(engine, world.officer, world.meeting_id,
                           TODAY.replace(day=26), "Market day")

"""Cash short or over at day close: recorded to suspense with a reason by the manager,
an open task until recovered, written off, returned, taken to income or reversed."""

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import BusinessDay, JournalEntry, OutboxEvent
from app.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from app.services.cash import cash_book, close_day
from app.services.cash_differences import (
    CashDifferenceFound,
    cash_differences,
    reverse_difference,
    settle_difference,
)
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from tests.services.meeting_world import TODAY, meeting_world
from tests.services.test_branch_state_machine import fingerprint


def _collect(engine, world, amount=100_00):
    post_meeting(engine, world.officer, MeetingEntry(
        world.meeting_id, amount, (MeetingRow(world.members[0], "present", amount),)))


def test_a_shortage_without_a_reason_is_refused_with_the_difference(engine, db_path):
    world = meeting_world(engine)
    _collect(engine, world)
    before = fingerprint(db_path)
    with pytest.raises(CashDifferenceFound, match="10.00 short") as found:
        close_day(engine, world.manager, 90_00)
    assert (found.value.book_minor, found.value.counted_minor) == (100_00, 90_00)
    for reason in ("", "  ", "x\x00y", "y" * 501):
        with pytest.raises((CashDifferenceFound, ValidationError)):
            close_day(engine, world.manager, 90_00, reason)
    assert fingerprint(db_path) == before


def test_a_shortage_goes_to_suspense_and_the_day_closes_on_the_cash_counted(engine, db_path):
    world = meeting_world(engine)
    _collect(engine, world)
    closed = close_day(engine, world.manager, 90_00, "Counted twice; 10 missing")
    book = cash_book(engine, TODAY)
    assert book.closing_minor == 90_00
    assert ("cash_shortage", 0, 10_00) in [(x.kind, x.receipts_minor, x.payments_minor)
                                          for x in book.lines]
    assert cash_book(engine, closed.next_business_date).opening_minor == 90_00
    [open_one] = cash_differences(engine)
    assert (open_one.direction, open_one.amount_minor, open_one.status, open_one.reason) == (
        "short", 10_00, "open", "Counted twice; 10 missing")
    with Session(engine) as s:
        assert s.get(BusinessDay, TODAY).cash_counted_minor == 90_00
        types = list(s.scalars(select(OutboxEvent.type).order_by(OutboxEvent.seq)))
    assert types[-2:] == ["cash.difference_recorded", "day.closed"]
    assert check_database(db_path).ok


def test_a_shortage_recovered_brings_the_cash_back_and_closes_the_task(engine, db_path):
    world = meeting_world(engine)
    _collect(engine, world)
    closed = close_day(engine, world.manager, 90_00, "10 missing")
    [difference] = cash_differences(engine)
    with pytest.raises(PermissionDenied):
        settle_difference(engine, world.officer, difference.id, "recovered", "Paid back")
    with pytest.raises(RuleViolation, match="excess is returned"):
        settle_difference(engine, world.manager, difference.id, "returned", "Paid back")
    with pytest.raises(ValidationError):
        settle_difference(engine, world.manager, difference.id, "recovered", " ")
    settle_difference(engine, world.manager, difference.id, "recovered",
                      "The cashier paid it back, receipt 12")
    assert cash_book(engine, closed.next_business_date).closing_minor == 100_00
    assert cash_differences(engine) == []
    [settled] = cash_differences(engine, open_only=False)
    assert (settled.status, settled.settlement) == ("settled", "recovered")
    with pytest.raises(ConflictError):
        settle_difference(engine, world.manager, difference.id, "written_off", "Again")
    assert check_database(db_path).ok


def test_a_shortage_written_off_moves_no_cash(engine):
    world = meeting_world(engine)
    _collect(engine, world)
    closed = close_day(engine, world.manager, 90_00, "10 missing")
    [difference] = cash_differences(engine)
    settle_difference(engine, world.manager, difference.id, "written_off",
                      "Regional office approved the loss")
    assert cash_book(engine, closed.next_business_date).closing_minor == 90_00


def test_an_excess_is_returned_from_the_safe_or_taken_to_income(engine):
    world = meeting_world(engine)
    _collect(engine, world)
    closed = close_day(engine, world.manager, 105_00, "5 over; a member paid twice?")
    [difference] = cash_differences(engine)
    assert (difference.direction, difference.amount_minor) == ("over", 5_00)
    settle_difference(engine, world.manager, difference.id, "returned",
                      "Returned to the member who paid twice")
    assert cash_book(engine, closed.next_business_date).closing_minor == 100_00


def test_a_recorded_difference_is_reversed_on_the_day_the_count_is_found_wrong(engine, db_path):
    world = meeting_world(engine)
    _collect(engine, world)
    closed = close_day(engine, world.manager, 90_00, "10 missing")
    [difference] = cash_differences(engine)
    with pytest.raises(ValidationError):
        reverse_difference(engine, world.manager, difference.id, "")
    reverse_difference(engine, world.manager, difference.id, "Found in the drawer")
    book = cash_book(engine, closed.next_business_date)
    assert [(x.kind, x.reversal, x.receipts_minor) for x in book.lines] == [
        ("cash_shortage", True, 10_00)]
    assert book.closing_minor == 100_00
    [reversed_one] = cash_differences(engine, open_only=False)
    assert (reversed_one.status, reversed_one.settlement) == ("reversed", "reversed")
    with Session(engine) as s:
        reversal = s.scalars(select(JournalEntry).order_by(JournalEntry.id.desc())).first()
        assert reversal.reverses_id is not None and reversal.reason == "Found in the drawer"
    assert check_database(db_path).ok

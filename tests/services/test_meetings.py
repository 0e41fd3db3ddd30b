import os
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import BusinessDay, Installment, JournalEntry, Loan, Meeting, OutboxEvent
from app.errors import ConflictError, RuleViolation, ValidationError
from app.services.meetings import (
    MeetingEntry,
    MeetingRow,
    mark_not_held,
    meeting_sheet,
    post_meeting,
    reverse_meeting,
    save_draft,
)
from tests import dbfiles
from tests.services.meeting_world import TODAY, meeting_world


def _entry(world, amounts, cash=None, **row_changes):
    rows = tuple(MeetingRow(member_id=m, repayment_minor=a, **row_changes)
                 for m, a in zip(world.members, amounts, strict=False))
    total = sum(r.repayment_minor + r.savings_deposit_minor - r.savings_withdrawal_minor
                for r in rows)
    return MeetingEntry(world.meeting_id, total if cash is None else cash, rows)


def _due_today(engine, world, member_index=0):
    sheet = meeting_sheet(engine, world.meeting_id)
    row = next(m for m in sheet.members if m.member_id == world.members[member_index])
    return row.due_minor + row.arrears_minor


def _snapshot(engine):
    with engine.connect() as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar()
                     for t in (JournalEntry, OutboxEvent, Installment.__table__))


def test_the_sheet_shows_each_members_due_and_arrears(engine):
    world = meeting_world(engine)
    sheet = meeting_sheet(engine, world.meeting_id)
    first = sheet.members[0]
    assert (first.installment_no, first.arrears_minor > 0, first.due_minor > 0) == (1, True, True)


def test_posting_pays_arrears_and_todays_installment_and_the_ledger_checks(engine, db_path):
    world = meeting_world(engine)
    due = _due_today(engine, world)
    post_meeting(engine, world.officer, _entry(world, [due]))
    assert _due_today(engine, world) == 0
    assert check_database(db_path).ok


def test_a_partial_payment_pays_the_oldest_installment_first(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [100_00]))
    with Session(engine) as s:
        first, second = s.scalars(select(Installment).where(
            Installment.loan_id == world.loans[0]).order_by(Installment.number).limit(2))
        assert (first.paid_interest_minor + first.paid_principal_minor,
                second.paid_principal_minor + second.paid_interest_minor) == (100_00, 0)


def test_posting_twice_is_refused(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [50_00]))
    with pytest.raises(ConflictError):
        post_meeting(engine, world.officer, _entry(world, [50_00]))


def test_cash_counted_must_equal_the_entered_total_and_nothing_changes(engine):
    world = meeting_world(engine)
    before = _snapshot(engine)
    with pytest.raises(RuleViolation, match="cash counted"):
        post_meeting(engine, world.officer, _entry(world, [50_00], cash=40_00))
    assert _snapshot(engine) == before


def test_a_member_of_another_group_is_refused(engine):
    world = meeting_world(engine)
    entry = MeetingEntry(world.meeting_id, 10_00, (MeetingRow(world.other_member, "present",
                                                              10_00),))
    with pytest.raises(ValidationError, match="not in this group"):
        post_meeting(engine, world.officer, entry)


def test_negative_amounts_are_refused(engine):
    world = meeting_world(engine)
    with pytest.raises(ValidationError):
        post_meeting(engine, world.officer, _entry(world, [-5_00]))


def test_paying_more_than_due_is_refused_when_the_product_allows_no_advance(engine):
    world = meeting_world(engine, allow_advance=False)
    due = _due_today(engine, world)
    before = _snapshot(engine)
    with pytest.raises(RuleViolation, match="more than she owes"):
        post_meeting(engine, world.officer, _entry(world, [due + 100_00]))
    assert _snapshot(engine) == before


def test_an_advance_is_applied_to_the_next_installments(engine):
    world = meeting_world(engine)
    due = _due_today(engine, world)
    post_meeting(engine, world.officer, _entry(world, [due + 100_00]))
    sheet = meeting_sheet(engine, world.meeting_id)
    assert sheet.members[0].advance_minor == 100_00


def test_paying_the_whole_loan_closes_it(engine):
    world = meeting_world(engine)
    with Session(engine) as s:
        owed = sum(i.principal_minor + i.interest_minor for i in s.scalars(
            select(Installment).where(Installment.loan_id == world.loans[0])))
    post_meeting(engine, world.officer, _entry(world, [owed]))
    with Session(engine) as s:
        assert s.get(Loan, world.loans[0]).status == "closed"


def test_savings_withdrawal_is_refused_under_the_bangladesh_lien(engine):
    world = meeting_world(engine, profile="bangladesh_mra", code="JB-SFDP")
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 50_00, (
        MeetingRow(world.members[0], savings_deposit_minor=50_00),)))
    from app.db.models import Meeting as M
    with Session(engine) as s, s.begin():
        s.add(M(group_id=world.group_id, scheduled_on=TODAY.replace(day=24)))
    second = meeting_sheet(engine, world.meeting_id)
    assert second.members[0].savings_balance_minor == 50_00
    with Session(engine) as s:
        other = s.scalars(select(M.id).where(M.scheduled_on == TODAY.replace(day=24))).one()
    with pytest.raises(RuleViolation, match="security"):
        post_meeting(engine, world.officer, MeetingEntry(other, -20_00, (
            MeetingRow(world.members[0], savings_withdrawal_minor=20_00),)))


def test_savings_withdrawal_is_allowed_under_the_india_profile(engine):
    world = meeting_world(engine)
    entry = MeetingEntry(world.meeting_id, 30_00, (
        MeetingRow(world.members[0], savings_deposit_minor=50_00,
                   savings_withdrawal_minor=20_00),))
    post_meeting(engine, world.officer, entry)
    assert meeting_sheet(engine, world.meeting_id).members[0].savings_balance_minor == 30_00


def test_withdrawing_more_than_the_balance_is_refused(engine):
    world = meeting_world(engine)
    entry = MeetingEntry(world.meeting_id, -20_00, (
        MeetingRow(world.members[4], savings_withdrawal_minor=20_00),))
    with pytest.raises(RuleViolation, match="only"):
        post_meeting(engine, world.officer, entry)


def test_a_reversed_meeting_restores_every_balance_and_keeps_the_originals(engine, db_path):
    world = meeting_world(engine)
    due = _due_today(engine, world)
    post_meeting(engine, world.officer, _entry(world, [due, 300_00]))
    reverse_meeting(engine, world.manager, world.meeting_id, "entered the wrong group")
    assert (_due_today(engine, world), check_database(db_path).ok) == (due, True)
    with Session(engine) as s:
        kinds = s.execute(select(func.count(), func.count(JournalEntry.reverses_id))).one()
    assert kinds == (4, 2)


def test_a_reversal_needs_a_reason(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [50_00]))
    with pytest.raises(ValidationError):
        reverse_meeting(engine, world.manager, world.meeting_id, "  ")


def test_a_draft_is_kept_and_can_be_resumed(engine):
    world = meeting_world(engine)
    entry = _entry(world, [50_00, 60_00])
    save_draft(engine, world.officer, entry)
    assert meeting_sheet(engine, world.meeting_id).draft == entry


def test_posting_on_a_closed_day_is_refused(engine):
    world = meeting_world(engine)
    with Session(engine) as s, s.begin():
        s.add(BusinessDay(on_date=TODAY, status="closed"))
    with pytest.raises(RuleViolation, match="closed"):
        post_meeting(engine, world.officer, _entry(world, [50_00]))


def test_a_meeting_not_held_cannot_be_posted(engine):
    world = meeting_world(engine)
    mark_not_held(engine, world.officer, world.meeting_id, "flood")
    with pytest.raises(ConflictError):
        post_meeting(engine, world.officer, _entry(world, [50_00]))


def test_posting_writes_one_outbox_event_in_the_same_transaction(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [50_00, 70_00]))
    with Session(engine) as s:
        assert [e.type for e in s.scalars(select(OutboxEvent))] == ["meeting.posted"]


def test_a_crash_in_the_middle_of_posting_leaves_the_database_as_before(engine, db_path):
    world = meeting_world(engine)
    engine.dispose()
    before = dbfiles.connect(db_path).execute("SELECT count(*) FROM journal_entry").fetchone()
    script = textwrap.dedent(f"""
        from app.db.engine import open_engine
        from app.db.uow import Actor
        from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
        engine = open_engine({str(db_path)!r})
        post_meeting(engine, Actor({world.officer.staff_id}, "o", "field_officer"),
                     MeetingEntry({world.meeting_id}, 5000,
                                  (MeetingRow({world.members[0]}, "present", 5000),)))
    """)
    env = dict(os.environ, SHAKHA_FAULT="meeting.post.before_commit")
    result = subprocess.run([sys.executable, "-c", script], env=env, timeout=60)
    assert result.returncode == -9  # killed at the fault point, like a power cut
    con = dbfiles.connect(db_path)
    assert con.execute("SELECT count(*) FROM journal_entry").fetchone() == before
    assert con.execute(f"SELECT status FROM meeting WHERE id={world.meeting_id}").fetchone() == (
        "scheduled",)
    con.close()
    check = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db_path), "db",
                            "check"], capture_output=True, timeout=60)
    assert check.returncode == 0
    _ = Meeting


def test_meetings_are_created_on_the_groups_weekday_skipping_holidays(engine):
    from datetime import date

    from app.db.models import Holiday
    from app.services.meetings import ensure_meetings

    world = meeting_world(engine)
    with Session(engine) as s, s.begin():
        s.add(Holiday(on_date=date(2026, 12, 9), name_en="Holiday", name_bn="ছুটি"))
    made = ensure_meetings(engine, world.officer, date(2026, 11, 25), date(2026, 12, 16))
    with Session(engine) as s:
        days = [m.scheduled_on for m in s.scalars(select(Meeting).where(
            Meeting.group_id == world.group_id).order_by(Meeting.scheduled_on))]
    assert days == [TODAY, date(2026, 12, 2), date(2026, 12, 16)]
    assert made.skipped_holidays == 1
    again = ensure_meetings(engine, world.officer, date(2026, 11, 25), date(2026, 12, 16))
    assert again.created == 0


def test_a_rescheduled_meeting_keeps_its_original_date_and_reason(engine):
    from datetime import date

    from app.services.meetings import ensure_meetings, reschedule_meeting

    world = meeting_world(engine)
    reschedule_meeting(engine, world.officer, world.meeting_id, date(2026, 11, 27), "flood")
    with Session(engine) as s:
        meeting = s.get(Meeting, world.meeting_id)
        assert (meeting.scheduled_on, meeting.rescheduled_from, meeting.reason) == (
            date(2026, 11, 27), TODAY, "flood")
    ensure_meetings(engine, world.officer, TODAY, TODAY)
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.scheduled_on == TODAY, Meeting.group_id == world.group_id)) == 0
    with pytest.raises(ValidationError):
        reschedule_meeting(engine, world.officer, world.meeting_id, date(2026, 11, 28), " ")
    with pytest.raises(RuleViolation):
        reschedule_meeting(engine, world.officer, world.meeting_id, date(2026, 11, 1), "x")


def test_a_payment_by_the_group_on_behalf_of_a_member_is_recorded_as_such(engine):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [100_00], paid_by_group=True))
    with Session(engine) as s:
        row = s.scalars(select(JournalEntry).where(JournalEntry.kind == "repayment")).one()
        event = s.scalars(select(OutboxEvent)).one()
    assert row.reason == "paid by group" and '"paid_by_group":true' in event.payload


def test_reversing_a_meeting_whose_cash_went_to_the_bank_is_refused_and_nothing_changes(
        engine):
    from app.services.cash_transfers import record_cash_transfer

    world = meeting_world(engine)
    post_meeting(engine, world.officer, _entry(world, [300_00, 200_00]))
    record_cash_transfer(engine, world.manager, "out", 400_00, "Deposit slip 9")
    before = _snapshot(engine)
    with pytest.raises(RuleViolation, match="reversal takes"):
        reverse_meeting(engine, world.manager, world.meeting_id, "entered the wrong group")
    assert _snapshot(engine) == before


def test_reversing_a_deposit_she_has_since_withdrawn_is_refused_and_nothing_changes(engine):
    from app.services.cash_transfers import record_cash_transfer
    from app.services.savings import counter_withdrawal, member_accounts

    world = meeting_world(engine)
    record_cash_transfer(engine, world.manager, "in", 10_000_00, "HO fund advice 1")
    member = world.members[4]  # no loan
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 500_00, (
        MeetingRow(member, savings_deposit_minor=500_00),)))
    [account] = member_accounts(engine, member)
    counter_withdrawal(engine, world.manager, account.account_id, 300_00)
    before = _snapshot(engine)
    with pytest.raises(RuleViolation, match="withdrawn since"):
        reverse_meeting(engine, world.manager, world.meeting_id, "entered the wrong member")
    assert (_snapshot(engine), member_accounts(engine, member)[0].balance_minor) == (before,
                                                                                      200_00)


def test_a_deposit_and_a_withdrawal_of_one_meeting_are_reversed_together(engine, db_path):
    world = meeting_world(engine)
    member = world.members[4]
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 0, (
        MeetingRow(member, savings_deposit_minor=100_00, savings_withdrawal_minor=100_00),)))
    assert reverse_meeting(engine, world.manager, world.meeting_id, "nothing happened") == 2
    assert check_database(db_path).ok


def test_a_meeting_is_not_reversed_under_a_loan_settled_after_her_death(engine):
    from app.services.cash_transfers import record_cash_transfer
    from app.services.loan_closure import settle_death_case
    from app.services.members import record_death

    world = meeting_world(engine)
    record_cash_transfer(engine, world.manager, "in", 10_000_00, "HO fund advice 1")
    post_meeting(engine, world.officer, _entry(world, [100_00]))
    record_death(engine, world.officer, world.members[0], TODAY, "Snake bite")
    settle_death_case(engine, world.manager, world.loans[0])
    before = _snapshot(engine)
    with pytest.raises(RuleViolation, match="reverse that first"):
        reverse_meeting(engine, world.manager, world.meeting_id, "entered the wrong group")
    with Session(engine) as s:
        assert (_snapshot(engine), s.get(Loan, world.loans[0]).status) == (before, "closed")


def test_a_meeting_that_pays_out_more_than_it_collects_needs_the_rest_in_the_safe(engine):
    """Withdrawals beyond the meeting's collections came from the safe: never more than
    the cash book says is in it (else it goes below nothing and no day can close)."""
    from app.services.cash_transfers import record_cash_transfer
    from app.services.savings import counter_deposit, member_accounts, open_account

    world = meeting_world(engine)
    member = world.members[4]  # no loan
    account = open_account(engine, world.manager, member, kind="compulsory")
    counter_deposit(engine, world.manager, account, 500_00)
    record_cash_transfer(engine, world.manager, "out", 500_00, "Deposited at the bank")
    withdrawal = MeetingEntry(world.meeting_id, -300_00, (
        MeetingRow(member, savings_withdrawal_minor=300_00),))
    before = _snapshot(engine)
    with pytest.raises(RuleViolation, match="more than it collects"):
        post_meeting(engine, world.officer, withdrawal)
    assert _snapshot(engine) == before
    record_cash_transfer(engine, world.manager, "in", 300_00, "HO fund advice 2")
    post_meeting(engine, world.officer, withdrawal)
    assert sum(a.balance_minor for a in member_accounts(engine, member)) == 200_00

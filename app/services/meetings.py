"""Meetings: the sheet to fill, drafts, posting (one transaction) and reversal.

Posting writes, together or not at all: repayment journal rows split by the schedule
engine's allocation (overdue first, oldest first), installment caches, savings
deposits/withdrawals, attendance, the meeting's status, audit and one outbox event.
A posted meeting is never edited: it is reversed with a reason and entered again. The
entry as posted is kept on the meeting (read-only view, and offered again after a
reversal). A re-entry posts on the open business date — the meeting's own day may be
closed by then — so the cash book shows the reversal and the new entry on the day they
are made.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import (
    Attendance,
    Branch,
    Group,
    JournalEntry,
    Meeting,
    Member,
    SavingsAccount,
    Staff,
)
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import (
    QT_TR_NOOP,
    Amount,
    ConflictError,
    Name,
    NotFound,
    RuleViolation,
    ValidationError,
)
from app.errors import member_name as named
from app.services import roles
from app.services.cash import cash_in_hand, require_cash_to_reverse
from app.services.common import branch_row, read_session, require_open_day
from app.services.dues import MemberDue, member_rows
from app.services.ledger_ops import (
    Preloaded,
    pay_loans,
    preload,
    rebuild_installment_caches,
    require_not_settled,
    reverse_into_savings,
    savings_movement,
)
from app.services.loan_closure import close_by_prepayment, closing_quote, full_schedule
from app.services.loan_reschedule import undo_prepayment
from app.services.loans import get_loan, loan_rule
from app.services.meeting_calendar import MeetingsEnsured as MeetingsEnsured
from app.services.meeting_calendar import ensure_meetings as ensure_meetings
from app.services.meeting_calendar import reschedule_meeting as reschedule_meeting
from app.services.meeting_calendar import schedule_meetings as schedule_meetings
from app.services.roles import require
from app.services.states import meeting_state_refused

ATTENDANCE = ("present", "absent", "absent_paid", "leave")


@dataclass(frozen=True)
class MeetingRow:
    member_id: int
    attendance: str = "present"
    repayment_minor: int = 0
    savings_deposit_minor: int = 0
    savings_withdrawal_minor: int = 0
    paid_by_group: bool = False
    utilisation_checked: bool = False
    closes_loans: bool = False  # she pays off her open loans today (interest to date)


@dataclass(frozen=True)
class MeetingEntry:
    meeting_id: int
    cash_counted_minor: int
    rows: tuple[MeetingRow, ...]

    @property
    def net_cash_minor(self) -> int:
        return sum(r.repayment_minor + r.savings_deposit_minor - r.savings_withdrawal_minor
                   for r in self.rows)


@dataclass(frozen=True)
class MeetingSheet:
    meeting_id: int
    group_id: int
    group_code: str
    group_name_en: str
    group_name_bn: str
    on: date
    status: str
    members: tuple[MemberDue, ...]
    draft: MeetingEntry | None  # what was typed so far (after a reversal: what was posted)
    posting_day: date | None = None  # the day its money goes in the cash book
    reentry: bool = False  # posted before and reversed: entered again
    posted: MeetingEntry | None = None  # a posted meeting: what was posted (read only)
    posted_by_en: str = ""
    posted_by_bn: str = ""
    reason: str = ""  # why it was not held, moved, or last reversed


def posting_day(meeting: Meeting, branch: Branch) -> date:
    """A meeting posts on its own day; one entered again after a reversal posts on the
    open business date (its own day may be closed by then)."""
    return branch.business_date if meeting.posted_at is not None else meeting.scheduled_on


@dataclass(frozen=True)
class PostedMeeting:
    meeting_id: int
    collected_minor: int
    journal_rows: int
    closed_loans: tuple[int, ...]


def meeting_row(session, meeting_id: int) -> Meeting:  # type: ignore[no-untyped-def]
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(QT_TR_NOOP("No such meeting."))
    return meeting


def _entry_from(data: dict) -> MeetingEntry:
    return MeetingEntry(data["meeting_id"], data["cash_counted_minor"],
                        tuple(MeetingRow(**r) for r in data["rows"]))


_ROW_FIELDS = fields(MeetingRow)


def _row_data(row: MeetingRow) -> dict:
    """asdict(row) without its deep copy (a row's fields are all plain values)."""
    return {f.name: getattr(row, f.name) for f in _ROW_FIELDS}


def _entry_data(entry: MeetingEntry) -> dict:
    return {"meeting_id": entry.meeting_id, "cash_counted_minor": entry.cash_counted_minor,
            "rows": [_row_data(r) for r in entry.rows]}


def meeting_sheet(engine: Engine, meeting_id: int) -> MeetingSheet:
    with read_session(engine) as session:
        meeting = meeting_row(session, meeting_id)
        group = session.get(Group, meeting.group_id)
        assert group is not None
        day = posting_day(meeting, branch_row(session))
        members = member_rows(session, group.id, day)
        typed = meeting.draft or (meeting.posted_entry if meeting.status == "reversed"
                                  else None)
        draft = _entry_from(typed) if typed else None
        posted = _entry_from(meeting.posted_entry) if meeting.status == "posted" and \
            meeting.posted_entry else None
        by = session.get(Staff, meeting.posted_by) if meeting.posted_by else None
        reason = meeting.reason or ""
        if meeting.status == "reversed":
            reason = session.scalar(select(JournalEntry.reason).where(
                JournalEntry.meeting_id == meeting.id, JournalEntry.reverses_id.is_not(None))
                .order_by(JournalEntry.id.desc()).limit(1)) or reason
        return MeetingSheet(meeting.id, group.id, group.code, group.name_en, group.name_bn,
                            meeting.scheduled_on, meeting.status, tuple(members), draft,
                            day, meeting.posted_at is not None, posted,
                            by.full_name_en if by else "", by.full_name_bn if by else "",
                            reason)


def checked_entry(entry: MeetingEntry) -> MeetingEntry:
    """Every amount of a meeting's entry an int within bounds (not True, not 2**62),
    every tick a bool: refused with the field named before anything is written."""
    for row in entry.rows:
        inputs.amount(row.repayment_minor, inputs.REPAYMENT)
        inputs.amount(row.savings_deposit_minor, inputs.SAVINGS_DEPOSIT)
        inputs.amount(row.savings_withdrawal_minor, inputs.SAVINGS_WITHDRAWAL)
        for tick, field in ((row.paid_by_group, inputs.PAID_BY_GROUP),
                            (row.utilisation_checked, inputs.USE_CHECKED),
                            (row.closes_loans, inputs.CLOSES_LOAN)):
            inputs.yes_no(tick, field)
    # a meeting that pays out more than it collects counts less than nothing
    inputs.amount(entry.cash_counted_minor, inputs.CASH_COUNTED, low=-inputs.MAX_AMOUNT_MINOR)
    return entry


def save_draft(engine: Engine, actor: Actor, entry: MeetingEntry) -> None:
    """Keep what was typed so far; the meeting can be resumed and posted later."""
    require(actor, roles.MEETING_ENTER)
    entry = checked_entry(entry)
    with UnitOfWork(engine, actor) as uow:
        meeting = meeting_row(uow.session, entry.meeting_id)
        if meeting.status not in ("scheduled", "draft", "reversed"):
            raise meeting_state_refused(meeting.status)
        meeting.draft = _entry_data(entry)
        meeting.status = "draft"
        uow.audit("meeting.draft_saved", "meeting", meeting.id, meeting.scheduled_on)


def _validate(session, meeting: Meeting, entry: MeetingEntry, branch: Branch) -> None:  # type: ignore[no-untyped-def]
    if meeting.status == "posted":
        raise ConflictError(QT_TR_NOOP("This meeting was already posted."))
    if meeting.status == "not_held":
        raise ConflictError(QT_TR_NOOP("This meeting was marked as not held."))
    if meeting.scheduled_on > branch.business_date:
        raise RuleViolation(QT_TR_NOOP("A meeting of {date} cannot be posted before that day."),
                            date=meeting.scheduled_on)
    require_open_day(session, posting_day(meeting, branch))
    members = set(session.scalars(select(Member.id).where(
        Member.group_id == meeting.group_id, Member.status == "active")))
    seen: set[int] = set()
    for row in entry.rows:
        if row.member_id not in members:
            raise ValidationError(QT_TR_NOOP("Member {member} is not in this group."),
                                  member=row.member_id)
        if row.member_id in seen:
            raise ValidationError(QT_TR_NOOP("Member {member} appears twice."),
                                  member=row.member_id)
        seen.add(row.member_id)
        if row.attendance not in ATTENDANCE:
            raise ValidationError(QT_TR_NOOP("Unknown attendance: {value}"),
                                  value=row.attendance)
        if min(row.repayment_minor, row.savings_deposit_minor,
               row.savings_withdrawal_minor) < 0:
            raise ValidationError(QT_TR_NOOP("Amounts cannot be negative."))
    if entry.net_cash_minor != entry.cash_counted_minor:
        raise RuleViolation(
            QT_TR_NOOP("The entered amounts come to {entered} but the cash counted is "
                       "{counted}. Correct one of them before posting."),
            entered=Amount(entry.net_cash_minor), counted=Amount(entry.cash_counted_minor))


# withdrawals beyond a meeting's collections came from the safe: never more than is in it
MEETING_PAYS_OUT = QT_TR_NOOP("Only {cash} is in the safe; this meeting pays out {amount} "
                              "more than it collects. Record the fund received first.")


def post_meeting(engine: Engine, actor: Actor, entry: MeetingEntry) -> PostedMeeting:
    require(actor, roles.MEETING_ENTER)
    entry = checked_entry(entry)
    with UnitOfWork(engine, actor) as uow:
        session = uow.session
        meeting = meeting_row(session, entry.meeting_id)
        branch = branch_row(session)
        _validate(session, meeting, entry, branch)
        on, staff = posting_day(meeting, branch), actor.staff_id or 0
        reentry = meeting.posted_at is not None
        attended = {a.member_id: a for a in session.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting.id))}
        in_safe = cash_in_hand(session, on) if entry.net_cash_minor < 0 else 0
        closed: list[int] = []
        lines = []
        journal_rows = 0
        loaded = preload(session, [r.member_id for r in entry.rows], on)
        uow.journal.hold()  # its rows in one insert at commit (nothing here reads them)
        with session.no_autoflush:
            for row in entry.rows:
                if row.closes_loans:
                    line = _close_loans(uow, row, loaded, on, meeting.id)
                    closed += [a["loan_id"] for a in line["allocations"]]
                    journal_rows += len(line["allocations"])
                    lines.append(line)
                elif row.repayment_minor:
                    paid = pay_loans(uow, row.member_id, row.repayment_minor, on, staff,
                                     meeting_id=meeting.id, channel="meeting",
                                     reason="paid by group" if row.paid_by_group else "",
                                     preloaded=loaded)
                    closed += paid.closed_loans
                    journal_rows += len(paid.allocations)
                    lines.append({"member_id": row.member_id,
                                  "allocations": paid.allocations})
                savings_movement(uow, branch, row.member_id, row.savings_deposit_minor,
                                 row.savings_withdrawal_minor, on, staff, meeting.id,
                                 preloaded=loaded)
                if row.member_id in attended:  # entered again: this entry's attendance
                    attended[row.member_id].status = row.attendance
                else:
                    session.add(Attendance(meeting_id=meeting.id, member_id=row.member_id,
                                           status=row.attendance))
        if -entry.net_cash_minor > in_safe:  # (after each row's own checks)
            raise RuleViolation(MEETING_PAYS_OUT, cash=Amount(in_safe),
                                amount=Amount(-entry.net_cash_minor))
        meeting.status, meeting.draft = "posted", None
        meeting.cash_counted_minor = entry.cash_counted_minor
        meeting.posted_by, meeting.posted_at = actor.staff_id, utcnow()
        meeting.posted_entry = _entry_data(entry)
        uow.emit("meeting.posted", meeting.id, {
            "meeting_id": meeting.id, "group_id": meeting.group_id, "on": on.isoformat(),
            "scheduled_on": meeting.scheduled_on.isoformat(), "reentry": reentry,
            "cash_counted_minor": entry.cash_counted_minor,
            "rows": [_row_data(r) for r in entry.rows], "repayments": lines,
            "closed_loans": closed}, branch.business_date)
        session.flush()
        count = journal_rows + sum(int(r.savings_deposit_minor > 0)
                                   + int(r.savings_withdrawal_minor > 0) for r in entry.rows)
        from app.faults import fault_point

        fault_point("meeting.post.before_commit")
        return PostedMeeting(meeting.id, entry.net_cash_minor, count, tuple(closed))


def _close_loans(uow: UnitOfWork, row: MeetingRow, loaded: Preloaded, on: date,
                 meeting_id: int) -> dict:
    """A member pays off all her open loans at the meeting: the amount must be exactly
    what closes them today (the same quote as at the counter)."""
    session = uow.session
    loans = [loan for loan, _ in loaded.loans.get(row.member_id, [])]
    if not loans:
        raise RuleViolation(QT_TR_NOOP("{member} has no open loan to close."),
                            member=_who(session, row.member_id))
    schedules = {loan.id: full_schedule(session, loan.id) for loan in loans}
    needed = sum(closing_quote(loan, loan_rule(session, loan), schedules[loan.id],
                               on).amount_minor for loan in loans)
    if row.repayment_minor != needed:
        raise RuleViolation(QT_TR_NOOP("{member} closes her loans today with exactly "
                                       "{amount}; {paid} was entered."),
                            member=_who(session, row.member_id), amount=Amount(needed),
                            paid=Amount(row.repayment_minor))
    allocations = []
    for loan in loans:
        entry, _quote = close_by_prepayment(uow, loan, schedules[loan.id], on,
                                            channel="meeting", meeting_id=meeting_id)
        allocations.append({"loan_id": loan.id, "principal_minor": entry.principal_minor,
                            "interest_minor": entry.interest_minor, "prepaid": True})
    session.flush()  # the loans are closed before this member's savings rules are read
    return {"member_id": row.member_id, "allocations": allocations}


def _who(session: Session, member_id: int) -> Name | str:
    member = session.get(Member, member_id)
    return named(member.code, member.name_en, member.name_bn) if member else str(member_id)


def reverse_meeting(engine: Engine, actor: Actor, meeting_id: int, reason: str) -> int:
    """Cancel every money row of a posted meeting by reversal; returns rows reversed."""
    require(actor, roles.MEETING_REVERSE)
    reason = inputs.text(reason, inputs.REASON)
    if not reason:
        raise ValidationError(QT_TR_NOOP("A reversal needs a reason."))
    with UnitOfWork(engine, actor) as uow:
        session = uow.session
        meeting = meeting_row(session, meeting_id)
        if meeting.status != "posted":
            raise ConflictError(QT_TR_NOOP("Only a posted meeting can be reversed."))
        branch = branch_row(session)
        require_open_day(session, branch.business_date)
        undone = select(JournalEntry.reverses_id).where(
            JournalEntry.meeting_id == meeting_id, JournalEntry.reverses_id.is_not(None))
        originals = session.scalars(select(JournalEntry).where(  # this entry's rows only
            JournalEntry.meeting_id == meeting_id, JournalEntry.reverses_id.is_(None),
            JournalEntry.id.not_in(undone))).all()
        require_cash_to_reverse(session, branch.business_date, originals)
        loans = set()
        savings: dict[int, int] = {}  # account -> change, applied once per account
        for row in originals:
            uow.journal.post(business_date=branch.business_date, staff_id=actor.staff_id or 0,
                             kind=row.kind, amount_minor=row.amount_minor,
                             principal_minor=row.principal_minor,
                             interest_minor=row.interest_minor, fee_minor=row.fee_minor,
                             penalty_minor=row.penalty_minor, member_id=row.member_id,
                             loan_id=row.loan_id, savings_account_id=row.savings_account_id,
                             meeting_id=meeting_id, channel=row.channel,
                             reverses_id=row.id, reason=reason.strip())
            if row.loan_id:
                loans.add(row.loan_id)
            if row.savings_account_id:
                sign = -1 if row.kind == "savings_deposit" else 1
                savings[row.savings_account_id] = (savings.get(row.savings_account_id, 0)
                                                   + sign * row.amount_minor)
        for account_id, change in savings.items():
            account = session.get(SavingsAccount, account_id)
            assert account is not None
            reverse_into_savings(session, account, change)
        session.flush()
        prepaid = {row.loan_id: row.id for row in originals
                   if row.kind == "repayment" and row.reason == "prepayment"}
        for loan_id in loans:
            require_not_settled(session, get_loan(session, loan_id))
        for loan_id in loans:
            if loan_id in prepaid:
                undo_prepayment(session, get_loan(session, loan_id), prepaid[loan_id],
                                branch.business_date, reason.strip(), actor.staff_id)
            else:
                rebuild_installment_caches(session, loan_id)
        meeting.status = "reversed"
        uow.emit("meeting.reversed", meeting_id, {"meeting_id": meeting_id,
                                                  "reason": reason.strip(),
                                                  "rows": len(originals)},
                 branch.business_date)
        return len(originals)


def mark_not_held(engine: Engine, actor: Actor, meeting_id: int, reason: str) -> None:
    require(actor, roles.MEETING_ENTER)
    reason = inputs.text(reason, inputs.REASON)
    if not reason:
        raise ValidationError(QT_TR_NOOP("Say why the meeting was not held."))
    with UnitOfWork(engine, actor) as uow:
        meeting = meeting_row(uow.session, meeting_id)  # (a reversed one too: entered in error)
        if meeting.status not in ("scheduled", "draft", "reversed"):
            raise meeting_state_refused(meeting.status)
        meeting.status, meeting.reason, meeting.draft = "not_held", reason.strip(), None
        uow.emit("meeting.not_held", meeting_id, {"meeting_id": meeting_id,
                                                  "reason": reason.strip()},
                 meeting.scheduled_on)

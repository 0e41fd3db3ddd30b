"""Meetings: the sheet to fill, drafts, posting (one transaction) and reversal.

Posting writes, together or not at all: repayment journal rows split by the schedule
engine's allocation (overdue first, oldest first), installment caches, savings
deposits/withdrawals, attendance, the meeting's status, audit and one outbox event.
A posted meeting is never edited: it is reversed with a reason and entered again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
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
)
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import (
    QT_TR_NOOP,
    Amount,
    ConflictError,
    NotFound,
    RuleViolation,
    ValidationError,
)
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
    draft: MeetingEntry | None


@dataclass(frozen=True)
class PostedMeeting:
    meeting_id: int
    collected_minor: int
    journal_rows: int
    closed_loans: tuple[int, ...]


def _meeting(session, meeting_id: int) -> Meeting:  # type: ignore[no-untyped-def]
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(QT_TR_NOOP("No such meeting."))
    return meeting


def _entry_from(data: dict) -> MeetingEntry:
    return MeetingEntry(data["meeting_id"], data["cash_counted_minor"],
                        tuple(MeetingRow(**r) for r in data["rows"]))


def meeting_sheet(engine: Engine, meeting_id: int) -> MeetingSheet:
    with read_session(engine) as session:
        meeting = _meeting(session, meeting_id)
        group = session.get(Group, meeting.group_id)
        assert group is not None
        members = member_rows(session, group.id, meeting.scheduled_on)
        draft = _entry_from(meeting.draft) if meeting.draft else None
        return MeetingSheet(meeting.id, group.id, group.code, group.name_en, group.name_bn,
                            meeting.scheduled_on, meeting.status, tuple(members), draft)


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
    entry = checked_entry(entry)
    with UnitOfWork(engine, actor) as uow:
        meeting = _meeting(uow.session, entry.meeting_id)
        if meeting.status not in ("scheduled", "draft"):
            raise meeting_state_refused(meeting.status)
        meeting.draft = {"meeting_id": entry.meeting_id,
                         "cash_counted_minor": entry.cash_counted_minor,
                         "rows": [asdict(r) for r in entry.rows]}
        meeting.status = "draft"
        uow.audit("meeting.draft_saved", "meeting", meeting.id, meeting.scheduled_on)


def _validate(session, meeting: Meeting, entry: MeetingEntry, branch: Branch) -> None:  # type: ignore[no-untyped-def]
    if meeting.status in ("posted", "reversed"):
        raise ConflictError(QT_TR_NOOP("This meeting was already posted."))
    if meeting.status == "not_held":
        raise ConflictError(QT_TR_NOOP("This meeting was marked as not held."))
    if meeting.scheduled_on > branch.business_date:
        raise RuleViolation(QT_TR_NOOP("A meeting of {date} cannot be posted before that day."),
                            date=meeting.scheduled_on)
    require_open_day(session, meeting.scheduled_on)
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
    entry = checked_entry(entry)
    with UnitOfWork(engine, actor) as uow:
        session = uow.session
        meeting = _meeting(session, entry.meeting_id)
        branch = branch_row(session)
        _validate(session, meeting, entry, branch)
        on, staff = meeting.scheduled_on, actor.staff_id or 0
        in_safe = cash_in_hand(session, on) if entry.net_cash_minor < 0 else 0
        closed: list[int] = []
        lines = []
        journal_rows = 0
        loaded = preload(session, [r.member_id for r in entry.rows])
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
                session.add(Attendance(meeting_id=meeting.id, member_id=row.member_id,
                                       status=row.attendance))
        if -entry.net_cash_minor > in_safe:  # (after each row's own checks)
            raise RuleViolation(MEETING_PAYS_OUT, cash=Amount(in_safe),
                                amount=Amount(-entry.net_cash_minor))
        meeting.status, meeting.draft = "posted", None
        meeting.cash_counted_minor = entry.cash_counted_minor
        meeting.posted_by, meeting.posted_at = actor.staff_id, utcnow()
        uow.emit("meeting.posted", meeting.id, {
            "meeting_id": meeting.id, "group_id": meeting.group_id, "on": on.isoformat(),
            "cash_counted_minor": entry.cash_counted_minor,
            "rows": [asdict(r) for r in entry.rows], "repayments": lines,
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


def _who(session: Session, member_id: int) -> str:
    member = session.get(Member, member_id)
    return f"{member.code} {member.name_en}" if member else str(member_id)


def reverse_meeting(engine: Engine, actor: Actor, meeting_id: int, reason: str) -> int:
    """Cancel every money row of a posted meeting by reversal; returns rows reversed."""
    reason = inputs.text(reason, inputs.REASON)
    if not reason:
        raise ValidationError(QT_TR_NOOP("A reversal needs a reason."))
    with UnitOfWork(engine, actor) as uow:
        session = uow.session
        meeting = _meeting(session, meeting_id)
        if meeting.status != "posted":
            raise ConflictError(QT_TR_NOOP("Only a posted meeting can be reversed."))
        branch = branch_row(session)
        require_open_day(session, branch.business_date)
        originals = session.scalars(select(JournalEntry).where(
            JournalEntry.meeting_id == meeting_id, JournalEntry.reverses_id.is_(None))).all()
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
    reason = inputs.text(reason, inputs.REASON)
    if not reason:
        raise ValidationError(QT_TR_NOOP("Say why the meeting was not held."))
    with UnitOfWork(engine, actor) as uow:
        meeting = _meeting(uow.session, meeting_id)
        if meeting.status not in ("scheduled", "draft"):
            raise meeting_state_refused(meeting.status)
        meeting.status, meeting.reason = "not_held", reason.strip()
        uow.emit("meeting.not_held", meeting_id, {"meeting_id": meeting_id,
                                                  "reason": reason.strip()},
                 meeting.scheduled_on)


@dataclass(frozen=True)
class MeetingsEnsured:
    created: int
    skipped_holidays: int


def ensure_meetings(engine: Engine, actor: Actor, from_date: date, to_date: date
                    ) -> MeetingsEnsured:
    """Create the scheduled meeting rows of every active group between two dates.

    Dates come from the groups' weekdays through the domain calendar; a meeting that
    falls on a holiday is not held (its dues are collected at the next meeting, as the
    schedule moves them). Existing and rescheduled meetings are left alone, so running
    it again creates nothing.
    """
    if to_date < from_date:
        raise ValidationError(QT_TR_NOOP("The end date is before the start date."))
    if (to_date - from_date).days > 400:
        raise ValidationError(QT_TR_NOOP("At most one year at a time."))
    with UnitOfWork(engine, actor) as uow:
        created, skipped = schedule_meetings(uow.session, from_date, to_date)
        if created:
            uow.audit("meetings.ensured", "meeting", f"{from_date}..{to_date}",
                      branch_row(uow.session).business_date, {"created": created})
        return MeetingsEnsured(created, skipped)


def schedule_meetings(s: Session, from_date: date, to_date: date) -> tuple[int, int]:
    """Inside the caller's transaction: add the missing meetings of every active group
    between two dates; returns (created, skipped because of a holiday)."""
    from app.db.models import Holiday
    from app.domain.calendar import meeting_dates, on_or_after_weekday

    holidays = set(s.scalars(select(Holiday.on_date).where(
        Holiday.on_date.between(from_date, to_date))))
    existing = {(g, d) for g, d in s.execute(select(Meeting.group_id, Meeting.scheduled_on)
                                             .where(Meeting.scheduled_on.between(
                                                 from_date, to_date)))}
    moved = {(g, d) for g, d in s.execute(select(Meeting.group_id, Meeting.rescheduled_from)
                                          .where(Meeting.rescheduled_from.is_not(None)))}
    created = skipped = 0
    for group in s.scalars(select(Group).where(Group.status == "active")
                           .order_by(Group.code)):
        start = max(from_date, group.formation_date)
        for day in meeting_dates(group.meeting_weekday, start, to_date, holidays):
            if (group.id, day) in existing or (group.id, day) in moved:
                continue
            s.add(Meeting(group_id=group.id, scheduled_on=day, status="scheduled"))
            created += 1
        day = on_or_after_weekday(start, group.meeting_weekday)
        while day <= to_date:
            skipped += day in holidays
            day = date.fromordinal(day.toordinal() + 7)
    return created, skipped


def reschedule_meeting(engine: Engine, actor: Actor, meeting_id: int, new_date: date,
                       reason: str) -> None:
    """Move a meeting not yet held to another day; the original date and reason are kept."""
    from app.db.models import Holiday

    reason, new_date = inputs.text(reason, inputs.REASON), inputs.day(new_date)
    if not reason:
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        meeting = _meeting(s, meeting_id)
        branch = branch_row(s)
        if meeting.status not in ("scheduled", "draft"):
            raise meeting_state_refused(meeting.status)
        if new_date < branch.business_date:
            raise RuleViolation(QT_TR_NOOP("A meeting cannot be moved into the past."))
        if s.scalar(select(Holiday.id).where(Holiday.on_date == new_date)):
            raise RuleViolation(QT_TR_NOOP("{date} is a holiday."), date=new_date)
        if s.scalar(select(Meeting.id).where(Meeting.group_id == meeting.group_id,
                                             Meeting.scheduled_on == new_date)):
            raise ConflictError(QT_TR_NOOP("The group already has a meeting on {date}."),
                                date=new_date)
        old = meeting.scheduled_on
        meeting.rescheduled_from = meeting.rescheduled_from or old
        meeting.scheduled_on, meeting.reason = new_date, reason.strip()
        uow.emit("meeting.rescheduled", meeting.id, {
            "meeting_id": meeting.id, "group_id": meeting.group_id, "from": old.isoformat(),
            "to": new_date.isoformat(), "reason": reason.strip()}, branch.business_date)

"""The cash book of a day, derived from the journal (never typed in), and the day close.

Closing the day (branch manager only) needs every meeting of the day posted or marked
not held (and every reversed meeting entered again), and the cash counted equal to the
book — or the difference recorded to suspense with a reason (cash_differences); the day
is then locked (no posting into it anywhere, see common.require_open_day) and the
business date moves to the next working day of the profile that is not a holiday.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.clock import require_closable
from app.db.base import utcnow
from app.db.ledger import CASH_SIGN, OFF_SAFE_CHANNELS
from app.db.models import BusinessDay, Group, Holiday, JournalEntry, Meeting, Staff
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.domain.products import PROFILES
from app.errors import QT_TR_NOOP, Amount, RuleViolation
from app.services import roles
from app.services.common import branch_row, read_session, require_open_day
from app.services.roles import require


@dataclass(frozen=True)
class CashLine:
    kind: str
    officer_en: str
    officer_bn: str
    receipts_minor: int
    payments_minor: int
    reversal: bool = False  # reversals of `kind`, on the day they were made


@dataclass(frozen=True)
class MeetingCash:
    meeting_id: int
    group_code: str
    group_en: str
    group_bn: str
    net_minor: int


@dataclass(frozen=True)
class CashBook:
    on: date
    opening_minor: int
    lines: tuple[CashLine, ...]
    receipts_minor: int
    payments_minor: int
    closing_minor: int
    meetings: tuple[MeetingCash, ...] = ()


def _signed_cash():  # type: ignore[no-untyped-def]
    """A journal row's effect on the safe: by its kind, reversed by a reversal, and none
    at all for a row settled through the bank (a loan paid out by transfer)."""
    sign = case(*[(JournalEntry.kind == k, v) for k, v in CASH_SIGN.items()], else_=0)
    reversal = case((JournalEntry.reverses_id.is_(None), 1), else_=-1)
    through_safe = case((JournalEntry.channel.in_(OFF_SAFE_CHANNELS), 0), else_=1)
    return JournalEntry.amount_minor * sign * reversal * through_safe


def cash_in_hand(session: Session, on: date) -> int:
    """The cash book's closing balance of `on` (everything posted up to that day)."""
    return int(session.scalar(select(func.coalesce(func.sum(_signed_cash()), 0))
                              .where(JournalEntry.business_date <= on)) or 0)


PAID_OUT = QT_TR_NOOP("Only {cash} is in the safe; {amount} cannot be paid out. Record "
                      "the fund received first.")


def require_cash(session: Session, on: date, amount_minor: int, text: str = PAID_OUT
                 ) -> None:
    """Cash leaves the safe: never more than the cash book says is in it (`text` says
    so in the words of the use case, with {cash} and {amount})."""
    in_hand = cash_in_hand(session, on)
    if amount_minor > in_hand:
        raise RuleViolation(text, cash=Amount(in_hand), amount=Amount(amount_minor))


TAKEN_BACK = QT_TR_NOOP("Only {cash} is in the safe; the reversal takes {amount} back out "
                        "of it. Record the fund received first.")


def safe_effect(rows: Iterable[JournalEntry]) -> int:
    """What journal rows brought into the safe (negative: took out of it)."""
    return sum(row.amount_minor * CASH_SIGN.get(row.kind, 0)
               * (row.channel not in OFF_SAFE_CHANNELS)
               * (1 if row.reverses_id is None else -1) for row in rows)


def require_cash_to_reverse(session: Session, on: date, rows: Iterable[JournalEntry]
                            ) -> None:
    """Reversing receipts takes their cash back out of the safe: like any payment, never
    more than is in it (else the cash book goes below nothing and no day can close)."""
    taken = safe_effect(rows)
    if taken > 0:
        require_cash(session, on, taken, TAKEN_BACK)


def cash_book(engine: Engine, on: date) -> CashBook:
    """Opening balance, receipts and payments by kind and officer, closing balance."""
    with read_session(engine) as s:
        opening = int(s.scalar(select(func.coalesce(func.sum(_signed_cash()), 0))
                               .where(JournalEntry.business_date < on)) or 0)
        reversal = JournalEntry.reverses_id.is_not(None)
        rows = s.execute(
            select(JournalEntry.kind, Staff.full_name_en, Staff.full_name_bn,
                   func.sum(_signed_cash()), reversal)
            .join(Staff, Staff.id == JournalEntry.staff_id)
            .where(JournalEntry.business_date == on,
                   JournalEntry.channel.not_in(OFF_SAFE_CHANNELS))
            .group_by(JournalEntry.kind, Staff.id, reversal)
            .order_by(reversal, JournalEntry.kind)).all()
        meetings = tuple(MeetingCash(mid, code, en, bn, int(net or 0)) for mid, code, en, bn, net
                         in s.execute(
            select(JournalEntry.meeting_id, Group.code, Group.name_en, Group.name_bn,
                   func.sum(_signed_cash()))
            .join(Meeting, Meeting.id == JournalEntry.meeting_id)
            .join(Group, Group.id == Meeting.group_id)
            .where(JournalEntry.business_date == on, JournalEntry.meeting_id.is_not(None))
            .group_by(JournalEntry.meeting_id).order_by(Group.meeting_time, Group.code)))
    totals: dict[str, int] = defaultdict(int)
    lines = []
    for kind, en, bn, amount, reversal in rows:
        amount = int(amount or 0)
        if CASH_SIGN.get(kind, 0) == 0:
            continue
        receipts, payments = (amount, 0) if amount >= 0 else (0, -amount)
        totals["in"] += receipts
        totals["out"] += payments
        lines.append(CashLine(kind, en, bn, receipts, payments, bool(reversal)))
    return CashBook(on, opening, tuple(lines), totals["in"], totals["out"],
                    opening + totals["in"] - totals["out"], meetings)


@dataclass(frozen=True)
class ClosedDay:
    closed: date
    next_business_date: date
    cash_counted_minor: int


def next_working_day(after: date, working_weekdays: tuple[int, ...],
                     holidays: set[date]) -> date:
    day = after + timedelta(days=1)
    while day.weekday() not in working_weekdays or day in holidays:
        day += timedelta(days=1)
    return day


def next_business_day(s: Session, on: date, working_weekdays: tuple[int, ...],
                      holidays: set[date]) -> date:
    """The next working day, or an earlier day a meeting still waits on (a group that
    meets on the branch's rest day, a meeting moved there, a holiday head office sent
    after the meeting was set): the business date never passes a meeting by."""
    working = next_working_day(on, working_weekdays, holidays)
    waiting = s.scalar(select(func.min(Meeting.scheduled_on)).where(
        Meeting.status.in_(("scheduled", "draft")), Meeting.scheduled_on > on,
        Meeting.scheduled_on < working))
    return waiting or working


MEETING_HORIZON_DAYS = 13  # the next two weeks' meetings exist for the calendar and print


UNSETTLED_MEETINGS = QT_TR_NOOP("These meetings are neither posted nor marked as not held: "
                                "{groups}")


def unsettled_meetings(s: Session, on: date) -> list[str]:
    """What stops the day closing: the day's meetings not yet posted nor marked not held,
    and any meeting reversed but not yet entered again (its collection is nowhere)."""
    return list(s.execute(
        select(Group.code).join(Meeting, Meeting.group_id == Group.id)
        .where(or_(and_(Meeting.status.in_(("scheduled", "draft")),
                        Meeting.scheduled_on == on),
                   and_(Meeting.status.in_(("reversed", "draft")),
                        Meeting.posted_at.is_not(None), Meeting.scheduled_on <= on)))
        .order_by(Meeting.scheduled_on, Group.code)).scalars().unique())


@dataclass(frozen=True)
class DayCloseCheck:
    on: date
    unsettled_groups: tuple[str, ...]
    book_minor: int


def day_close_check(engine: Engine) -> DayCloseCheck:
    """What the manager sees before counting the cash: meetings still open, the book."""
    with read_session(engine) as s:
        on = branch_row(s).business_date
        return DayCloseCheck(on, tuple(unsettled_meetings(s, on)), cash_in_hand(s, on))


def close_day(engine: Engine, actor: Actor, cash_counted_minor: int,
              difference_reason: str = "", countersigned_by: Actor | None = None
              ) -> ClosedDay:
    """Close the business day and open the next working day: the manager alone, or the
    accountant with the manager's countersignature (app.services.roles, DAY_CLOSE).

    Cash counted different from the book is refused (CashDifferenceFound) unless a reason
    is given: then the difference goes to its suspense head, an open task until settled
    (app.services.cash_differences), and the day closes with the book equal to the count.
    """
    from app.services.cash_differences import CashDifferenceFound, record_difference

    require(actor, roles.DAY_CLOSE, countersigned_by)
    cash_counted_minor = inputs.amount(cash_counted_minor, inputs.CASH_COUNTED)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch = branch_row(s)
        on = branch.business_date
        require_open_day(s, on)
        require_closable(on)  # never ahead of the computer's calendar (app.clock)
        pending = unsettled_meetings(s, on)
        if pending:
            raise RuleViolation(UNSETTLED_MEETINGS, groups=", ".join(pending))
        closing = cash_in_hand(s, on)
        if closing != cash_counted_minor:
            if not difference_reason.strip():
                raise CashDifferenceFound(closing, cash_counted_minor)
            record_difference(uow, on, closing, cash_counted_minor, difference_reason)
        profile = PROFILES.get(branch.policy_profile)
        weekdays = profile.working_weekdays if profile else (0, 1, 2, 3, 4, 5)
        holidays = set(s.scalars(select(Holiday.on_date).where(Holiday.on_date > on)))
        following = next_business_day(s, on, weekdays, holidays)
        day = s.get(BusinessDay, on) or BusinessDay(on_date=on)
        day.status, day.cash_counted_minor = "closed", cash_counted_minor
        day.closed_by, day.closed_at = actor.staff_id, utcnow()
        s.add(day)
        if s.get(BusinessDay, following) is None:
            s.add(BusinessDay(on_date=following, status="open"))
        branch.business_date = following
        from app.services.meetings import schedule_meetings

        schedule_meetings(s, following, following + timedelta(days=MEETING_HORIZON_DAYS))
        uow.emit("day.closed", on.isoformat(), {
            "on": on.isoformat(), "cash_counted_minor": cash_counted_minor,
            "book_minor": closing, "next_business_date": following.isoformat(),
            **({"countersigned_by": countersigned_by.username}
               if countersigned_by is not None else {})}, on)
        return ClosedDay(on, following, cash_counted_minor)

"""The meeting calendar: each group's meetings created from its weekday (off holidays),
and a meeting not yet held moved to another day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Group, Meeting
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import QT_TR_NOOP, ConflictError, RuleViolation, ValidationError
from app.services import roles
from app.services.common import branch_row
from app.services.roles import require


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
    require(actor, roles.MEETING_ENTER)
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
    require(actor, roles.MEETING_ENTER)
    from app.db.models import Holiday

    reason, new_date = inputs.text(reason, inputs.REASON), inputs.day(new_date)
    if not reason:
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        from app.services.meetings import meeting_row
        from app.services.states import meeting_state_refused

        meeting = meeting_row(s, meeting_id)
        branch = branch_row(s)
        if meeting.status not in ("scheduled", "draft") or meeting.posted_at is not None:
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

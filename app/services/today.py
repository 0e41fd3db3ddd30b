"""The Today screen: an officer's (or the whole branch's) meetings on a business date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, and_, func, select

from app.db.models import Group, Installment, Loan, Meeting, Member, Staff, Village
from app.services.common import read_session


@dataclass(frozen=True)
class TodayMeeting:
    meeting_id: int
    group_id: int
    group_code: str
    group_name_en: str
    group_name_bn: str
    village_en: str
    village_bn: str
    meeting_time: str
    officer_name_en: str
    officer_name_bn: str
    member_count: int
    due_minor: int  # installments due on the day plus arrears, still unpaid
    status: str
    reason: str = ""  # why it was not held or moved


def time_order(hhmm: str) -> tuple[int, int]:
    """A meeting time as a time: 9:30 comes before 11:30 (text would say otherwise)."""
    try:
        hours, minutes = hhmm.split(":")
        return int(hours), int(minutes)
    except ValueError:
        return 99, 0


def _dues_by_group(session, on: date, group_ids: list[int]) -> dict[int, int]:  # type: ignore[no-untyped-def]
    unpaid = (Installment.principal_minor + Installment.interest_minor
              - Installment.paid_principal_minor - Installment.paid_interest_minor)
    rows = session.execute(
        select(Member.group_id, func.sum(unpaid))
        .join(Loan, Loan.member_id == Member.id)
        .join(Installment, and_(Installment.loan_id == Loan.id, Installment.due_on <= on))
        .where(Member.group_id.in_(group_ids), Loan.status == "disbursed",
               Member.status == "active")
        .group_by(Member.group_id))
    return {gid: int(total or 0) for gid, total in rows}


def todays_meetings(engine: Engine, on: date, officer_id: int | None = None
                    ) -> list[TodayMeeting]:
    with read_session(engine) as session:
        query = (select(Meeting, Group, Village, Staff)
                 .join(Group, Group.id == Meeting.group_id)
                 .join(Village, Village.id == Group.village_id)
                 .join(Staff, Staff.id == Group.field_officer_id)
                 .where(Meeting.scheduled_on == on)
                 .order_by(Group.meeting_time, Group.code))
        if officer_id is not None:
            query = query.where(Group.field_officer_id == officer_id)
        rows = session.execute(query).all()
        ids = [g.id for _, g, _, _ in rows]
        counts = dict(session.execute(
            select(Member.group_id, func.count()).where(Member.group_id.in_(ids),
                                                        Member.status == "active")
            .group_by(Member.group_id)).all())
        dues = _dues_by_group(session, on, ids)
        meetings = [TodayMeeting(m.id, g.id, g.code, g.name_en, g.name_bn, v.name_en,
                                 v.name_bn, g.meeting_time, s.full_name_en, s.full_name_bn,
                                 int(counts.get(g.id, 0)), dues.get(g.id, 0), m.status,
                                 m.reason or "")
                    for m, g, v, s in rows]
        return sorted(meetings, key=lambda t: (time_order(t.meeting_time), t.group_code))

"""A day's collection sheets' data, every group of the day in a few set-based queries.

What each member owes at the meeting comes from one aggregate over her open loans'
installments (the paid caches `shakha db check` proves equal to the ledger), read
by loan through the `(loan_id, number)` key (a loan's rows lie together): due on the
day, arrears before it, advance paid on installments after it, outstanding principal
and the first installment still open — per loan, so the sheet shows each of her
loans. The amounts are those of app.services.dues.member_rows (the meeting entry's),
which a test holds them to, computed for the whole day at once instead of group by
group with a closing quote per loan.

A day of the coming week can be printed the evening before: its groups are the
meetings already scheduled on it and, for a day not yet scheduled, the groups whose
weekday it is (not on a holiday, not where a meeting was moved away or marked not
held); dues are as of that day. Groups come sorted by field officer, then meeting
time, so each officer's sheets are together.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import Engine, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    Group,
    Holiday,
    Installment,
    Loan,
    LoanProduct,
    Meeting,
    Member,
    SavingsAccount,
    Staff,
    Village,
)
from app.domain.calendar import next_meeting_day
from app.domain.money import to_minor
from app.errors import QT_TR_NOOP, ValidationError
from app.services.common import branch_row, read_session
from app.services.dues import GroupDues, LoanDue, MemberDue

AHEAD_DAYS = 7  # sheets of any day of the coming week


def collection_day(engine: Engine, on: date, officer_id: int | None = None
                   ) -> list[GroupDues]:
    """Every group meeting on `on` (of one officer or the branch) with its members' dues,
    sorted by officer and meeting time (see the module docstring)."""
    with read_session(engine) as s:
        today = branch_row(s).business_date
        if on > today + timedelta(days=AHEAD_DAYS):
            raise ValidationError(QT_TR_NOOP(
                "Collection sheets can be printed for up to {days} days ahead, until "
                "{date}."), days=AHEAD_DAYS, date=today + timedelta(days=AHEAD_DAYS))
        group_ids = _meeting_groups(s, on, today, officer_id)
        if not group_ids:
            return []
        members = _members(s, group_ids, on)
        nexts = _next_meetings(s, group_ids, on)
        out = []
        for group, village, officer in s.execute(
                select(Group, Village, Staff).join(Village, Village.id == Group.village_id)
                .join(Staff, Staff.id == Group.field_officer_id)
                .where(Group.id.in_(group_ids))
                .order_by(Staff.full_name_en, Staff.id, Group.meeting_time, Group.code)):
            out.append(GroupDues(
                group.id, group.code, group.name_en, group.name_bn, village.name_en,
                village.name_bn, officer.full_name_en, officer.full_name_bn,
                group.meeting_weekday, group.meeting_time, on, tuple(members[group.id]),
                group.meeting_place or "", nexts.get(group.id), officer.id))
        return out


def _holidays(s: Session, start: date, end: date) -> set[date]:
    return set(s.scalars(select(Holiday.on_date).where(Holiday.on_date.between(start, end))))


def _meeting_groups(s: Session, on: date, today: date, officer_id: int | None) -> list[int]:
    """Groups with a meeting on `on`; on a day to come also those whose weekday it is."""
    query = (select(Meeting.group_id).join(Group, Group.id == Meeting.group_id)
             .where(Meeting.scheduled_on == on, Meeting.status != "not_held"))
    if officer_id is not None:
        query = query.where(Group.field_officer_id == officer_id)
    ids = set(s.scalars(query))
    if on >= today and on not in _holidays(s, on, on):
        settled = set(s.scalars(select(Meeting.group_id).where(
            or_(Meeting.scheduled_on == on, Meeting.rescheduled_from == on))))
        weekday = (select(Group.id).where(Group.status == "active",
                                          Group.meeting_weekday == on.weekday(),
                                          Group.formation_date <= on))
        if officer_id is not None:
            weekday = weekday.where(Group.field_officer_id == officer_id)
        ids |= set(s.scalars(weekday)) - settled
    return sorted(ids)


def _loan_dues(s: Session, group_ids: list[int], on: date
               ) -> dict[int, list[tuple[LoanDue, int]]]:
    """Each open loan of the groups' active members: (its dues on `on`, its product)."""
    i = Installment
    unpaid = i.principal_minor + i.interest_minor - i.paid_principal_minor - i.paid_interest_minor
    rows = s.execute(
        select(Loan.member_id, Loan.id, Loan.loan_no, Loan.installments_count,
               Loan.product_id,
               func.sum(case((i.due_on == on, unpaid), else_=0)),
               func.sum(case((i.due_on < on, unpaid), else_=0)),
               func.sum(case((i.due_on > on, i.paid_principal_minor + i.paid_interest_minor),
                             else_=0)),
               func.sum(i.principal_minor - i.paid_principal_minor),
               func.min(case((unpaid > 0, i.number))))
        .join(Member, Member.id == Loan.member_id).join(i, i.loan_id == Loan.id)
        .where(Member.group_id.in_(group_ids), Member.status == "active",
               Loan.status == "disbursed")
        .group_by(Loan.id).order_by(Loan.disbursed_on, Loan.id))
    out: dict[int, list[tuple[LoanDue, int]]] = defaultdict(list)
    for member_id, loan_id, loan_no, count, product_id, due, arrears, advance, left, first \
            in rows:
        out[member_id].append((LoanDue(loan_id, loan_no, int(first or count), count,
                                       int(due), int(arrears), int(advance), int(left)),
                               product_id))
    return out


def _savings_per_meeting(s: Session) -> dict[int, int]:
    return {pid: to_minor(str((definition or {}).get("savings_per_installment", "0")))
            for pid, definition in s.execute(select(LoanProduct.id, LoanProduct.definition))}


def _members(s: Session, group_ids: list[int], on: date) -> dict[int, list[MemberDue]]:
    loans = _loan_dues(s, group_ids, on)
    per_meeting = _savings_per_meeting(s)
    savings = dict(s.execute(
        select(SavingsAccount.member_id, func.sum(SavingsAccount.balance_minor))
        .join(Member, Member.id == SavingsAccount.member_id)
        .where(Member.group_id.in_(group_ids), SavingsAccount.status == "open")
        .group_by(SavingsAccount.member_id)).all())
    out: dict[int, list[MemberDue]] = defaultdict(list)
    for member_id, group_id, code, name_en, name_bn in s.execute(
            select(Member.id, Member.group_id, Member.code, Member.name_en, Member.name_bn)
            .where(Member.group_id.in_(group_ids), Member.status == "active")
            .order_by(Member.code)):
        own = [loan for loan, _p in loans.get(member_id, [])]
        first = own[0] if own else None
        saving = max((per_meeting.get(p, 0) for _l, p in loans.get(member_id, [])), default=0)
        out[group_id].append(MemberDue(
            member_id, code, name_en, name_bn, first.loan_id if first else None,
            first.loan_no if first else "", first.installment_no if first else 0,
            first.installments_count if first else 0,
            sum(x.due_minor for x in own), sum(x.arrears_minor for x in own),
            sum(x.advance_minor for x in own), saving, sum(x.balance_minor for x in own),
            int(savings.get(member_id) or 0), loans=tuple(own)))
    return out


def _next_meetings(s: Session, group_ids: list[int], on: date) -> dict[int, date]:
    """Each group's next meeting after `on`: the earlier of the next scheduled one and
    its next weekday off holidays (unless that meeting was moved or is not held)."""
    horizon = on + timedelta(days=70)
    scheduled = dict(s.execute(
        select(Meeting.group_id, func.min(Meeting.scheduled_on))
        .where(Meeting.group_id.in_(group_ids), Meeting.scheduled_on > on,
               Meeting.status.in_(("scheduled", "draft")))
        .group_by(Meeting.group_id)).all())
    holidays = _holidays(s, on, horizon)
    gone = {(gid, day) for gid, day in s.execute(  # moved away from a day, or not held
        select(Meeting.group_id, Meeting.rescheduled_from)
        .where(Meeting.group_id.in_(group_ids), Meeting.rescheduled_from > on))}
    gone |= {(gid, day) for gid, day in s.execute(
        select(Meeting.group_id, Meeting.scheduled_on)
        .where(Meeting.group_id.in_(group_ids), Meeting.scheduled_on > on,
               Meeting.status == "not_held"))}
    out = {}
    for gid, weekday in s.execute(select(Group.id, Group.meeting_weekday)
                                  .where(Group.id.in_(group_ids))):
        projected = next_meeting_day(on, weekday, holidays)
        candidates = [d for d in (scheduled.get(gid),
                                  None if (gid, projected) in gone else projected) if d]
        if candidates:
            out[gid] = min(candidates)
    return out

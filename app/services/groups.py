"""Groups: forming a group and the size limit every join and transfer must respect.

The size limit comes from the policy: the largest group any of the branch's active
products allows (BJS: 20 women), never more than the group's own `max_members`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.models import Group, LoanProduct, Member, Staff, Village
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import QT_TR_NOOP, NotFound, RuleViolation, ValidationError
from app.services import roles
from app.services.common import branch_row
from app.services.roles import require

DEFAULT_MAX_GROUP = 20
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class NewGroup:
    name_en: str
    name_bn: str
    village_id: int
    meeting_weekday: int
    meeting_time: str
    field_officer_id: int
    meeting_place: str = ""
    max_members: int | None = None


@dataclass(frozen=True)
class FormedGroup:
    group_id: int
    code: str
    max_members: int


def policy_max_group_size(session: Session) -> int:
    """The largest group the branch's active products allow (20 when none says)."""
    sizes = [int(p.definition.get("max_group_size", DEFAULT_MAX_GROUP))
             for p in session.scalars(select(LoanProduct).where(LoanProduct.active.is_(True)))
             if not p.definition.get("individual", False)]
    return max(sizes) if sizes else DEFAULT_MAX_GROUP


def group_limit(session: Session, group: Group) -> int:
    return min(group.max_members, policy_max_group_size(session))


def active_count(session: Session, group_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(Member).where(
        Member.group_id == group_id, Member.status == "active")) or 0)


def require_room(session: Session, group: Group, joining: int = 1) -> None:
    """Refuse a join/transfer that would take the group over its limit."""
    if group.status != "active":
        raise RuleViolation(QT_TR_NOOP("Group {group} is closed."), group=group.code)
    limit = group_limit(session, group)
    if active_count(session, group.id) + joining > limit:
        raise RuleViolation(QT_TR_NOOP("Group {group} already has {limit} members, the most "
                                       "the policy allows."), group=group.code, limit=limit)


def _next_code(session: Session) -> str:
    codes = session.scalars(select(Group.code).where(Group.code.like("G%"))).all()
    numbers = [int(c[1:]) for c in codes if c[1:].isdigit()]
    return f"G{(max(numbers) if numbers else 0) + 1:04d}"


def get_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(QT_TR_NOOP("No such group."))
    return group


def _checked(new: NewGroup) -> NewGroup:
    """The new group's typed values, checked and cleaned (app.domain.inputs)."""
    name_en = inputs.name(new.name_en, inputs.NAME_EN, required=False)
    name_bn = inputs.name(new.name_bn, inputs.NAME_BN, required=False)
    if not name_en and not name_bn:
        raise ValidationError(QT_TR_NOOP("The group needs a name."))
    if type(new.meeting_weekday) is not int or not 0 <= new.meeting_weekday <= 6:
        raise ValidationError(QT_TR_NOOP("Choose the meeting day of the week."))
    time = inputs.digits(inputs.text(new.meeting_time, inputs.MEETING_TIME, limit=5),
                         inputs.MEETING_TIME)
    if not _TIME.match(time):
        raise ValidationError(QT_TR_NOOP("Meeting time must be like 10:30."))
    most = None if new.max_members is None else inputs.whole(
        new.max_members, inputs.MOST_MEMBERS, 0, 1000)
    return replace(new, name_en=name_en, name_bn=name_bn, meeting_time=time,
                   meeting_place=inputs.text(new.meeting_place, inputs.MEETING_PLACE,
                                             limit=inputs.MAX_NAME), max_members=most)


def form_group(engine: Engine, actor: Actor, new: NewGroup,
               formation_date: date | None = None) -> FormedGroup:
    """Form a new group (validated); emits "group.formed"."""
    require(actor, roles.GROUP_FORM)
    new = _checked(new)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch = branch_row(s)
        if s.get(Village, new.village_id) is None:
            raise NotFound(QT_TR_NOOP("No such village."))
        officer = s.get(Staff, new.field_officer_id)
        if officer is None or not officer.active:
            raise NotFound(QT_TR_NOOP("No such field officer."))
        cap = policy_max_group_size(s)
        size = new.max_members or cap
        if not 1 <= size <= cap:
            raise ValidationError(QT_TR_NOOP("A group may have at most {limit} members."),
                                  limit=cap)
        group = Group(code=_next_code(s), name_en=new.name_en.strip(),
                      name_bn=new.name_bn.strip(), village_id=new.village_id,
                      meeting_weekday=new.meeting_weekday, meeting_time=new.meeting_time,
                      meeting_place=new.meeting_place.strip(),
                      field_officer_id=new.field_officer_id,
                      formation_date=formation_date or branch.business_date,
                      max_members=size, status="active")
        s.add(group)
        s.flush()
        from app.services.cash import MEETING_HORIZON_DAYS
        from app.services.meetings import schedule_meetings

        schedule_meetings(s, branch.business_date,
                          branch.business_date + timedelta(days=MEETING_HORIZON_DAYS))
        uow.emit("group.formed", group.id, {
            "group_id": group.id, "code": group.code, "name_en": group.name_en,
            "name_bn": group.name_bn, "village_id": group.village_id,
            "meeting_weekday": group.meeting_weekday, "meeting_time": group.meeting_time,
            "field_officer_id": group.field_officer_id, "max_members": size},
            branch.business_date)
        return FormedGroup(group.id, group.code, size)


@dataclass(frozen=True)
class Choice:
    id: int
    name_en: str
    name_bn: str


def list_villages(engine: Engine) -> list[Choice]:
    from app.services.common import read_session

    with read_session(engine) as s:
        return [Choice(v.id, v.name_en, v.name_bn)
                for v in s.scalars(select(Village).order_by(Village.name_en))]


def list_field_officers(engine: Engine) -> list[Choice]:
    from app.services.common import read_session

    with read_session(engine) as s:
        return [Choice(st.id, st.full_name_en, st.full_name_bn)
                for st in s.scalars(select(Staff).where(Staff.active.is_(True),
                                                        Staff.role == "field_officer")
                                    .order_by(Staff.full_name_en))]

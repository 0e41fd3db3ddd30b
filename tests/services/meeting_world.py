"""A group of five women with loans and today's meeting: the world meeting tests start in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.db.models import Meeting, Member
from app.db.uow import Actor
from tests.builders import make_branch, make_group, make_loan, make_member, make_staff

TODAY = date(2026, 11, 25)  # a Wednesday


@dataclass
class World:
    officer: Actor
    manager: Actor
    meeting_id: int
    members: list[int]
    loans: list[int]
    group_id: int
    other_member: int


def meeting_world(engine, *, profile: str = "india_rbi", **product_changes) -> World:
    with Session(engine) as s, s.begin():
        make_branch(s, profile=profile, business_date=TODAY)
        manager = make_staff(s, role="branch_manager", grade="BM-1")
        officer = make_staff(s, role="field_officer")
        group = make_group(s, officer=officer, weekday=2)
        other_group = make_group(s, officer=officer, weekday=3)
        members = [make_member(s, group=group) for _ in range(5)]
        other = make_member(s, group=other_group)
        loans = [make_loan(s, member=m, officer_id=officer.id, disbursed_on=date(2026, 10, 7),
                           **product_changes).id for m in members[:4]]
        meeting = Meeting(group_id=group.id, scheduled_on=TODAY, status="scheduled")
        s.add(meeting)
        s.flush()
        return World(Actor(officer.id, officer.username, "field_officer"),
                     Actor(manager.id, manager.username, "branch_manager", "BM-1"),
                     meeting.id, [m.id for m in members], loans, group.id, other.id)


def member_code(engine, member_id: int) -> str:
    with Session(engine) as s:
        member = s.get(Member, member_id)
        assert member is not None
        return member.code

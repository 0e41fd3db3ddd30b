"""Lists for the Groups, Members and Loans screens (read-only queries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, or_, select

from app.db.models import Group, Loan, Member, Staff, Village
from app.services.common import read_session


@dataclass(frozen=True)
class GroupRow:
    id: int
    code: str
    name_en: str
    name_bn: str
    village_en: str
    village_bn: str
    meeting_weekday: int
    meeting_time: str
    officer_en: str
    officer_bn: str
    members: int


@dataclass(frozen=True)
class MemberRow:
    id: int
    code: str
    name_en: str
    name_bn: str
    guardian_en: str
    guardian_bn: str
    group_code: str
    village_en: str
    village_bn: str
    status: str


@dataclass(frozen=True)
class LoanRow:
    id: int
    loan_no: str
    member_code: str
    member_en: str
    member_bn: str
    status: str
    principal_minor: int
    outstanding_minor: int
    disbursed_on: date | None


def list_groups(engine: Engine, officer_id: int | None = None) -> list[GroupRow]:
    with read_session(engine) as s:
        counts = dict(s.execute(select(Member.group_id, func.count())
                                .where(Member.status == "active")
                                .group_by(Member.group_id)).all())
        query = (select(Group, Village, Staff).join(Village, Village.id == Group.village_id)
                 .join(Staff, Staff.id == Group.field_officer_id).order_by(Group.code))
        if officer_id is not None:
            query = query.where(Group.field_officer_id == officer_id)
        return [GroupRow(g.id, g.code, g.name_en, g.name_bn, v.name_en, v.name_bn,
                         g.meeting_weekday, g.meeting_time, st.full_name_en, st.full_name_bn,
                         int(counts.get(g.id, 0))) for g, v, st in s.execute(query)]


def search_members(engine: Engine, text: str = "", limit: int = 500) -> list[MemberRow]:
    """Members whose code or name (Bengali or English) contains `text`."""
    with read_session(engine) as s:
        query = (select(Member, Group.code, Village)
                 .join(Group, Group.id == Member.group_id)
                 .join(Village, Village.id == Member.village_id)
                 .order_by(Member.code).limit(limit))
        needle = text.strip()
        if needle:
            like = f"%{needle}%"
            query = query.where(or_(Member.name_en.ilike(like), Member.name_bn.like(like),
                                    Member.code.ilike(like), Member.guardian_name_en.ilike(like),
                                    Member.guardian_name_bn.like(like)))
        return [MemberRow(m.id, m.code, m.name_en, m.name_bn, m.guardian_name_en,
                          m.guardian_name_bn, gcode, v.name_en, v.name_bn, m.status)
                for m, gcode, v in s.execute(query)]


def list_loans(engine: Engine, status: str | None = "disbursed", text: str = "",
               limit: int = 1000) -> list[LoanRow]:
    from app.db.models import Installment

    with read_session(engine) as s:
        outstanding = (select(Installment.loan_id,
                              func.sum(Installment.principal_minor
                                       - Installment.paid_principal_minor).label("left"))
                       .group_by(Installment.loan_id).subquery())
        query = (select(Loan, Member, outstanding.c.left)
                 .join(Member, Member.id == Loan.member_id)
                 .outerjoin(outstanding, outstanding.c.loan_id == Loan.id)
                 .order_by(Loan.loan_no.desc()).limit(limit))
        if status:
            query = query.where(Loan.status == status)
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(or_(Loan.loan_no.ilike(like), Member.name_en.ilike(like),
                                    Member.name_bn.like(like), Member.code.ilike(like)))
        return [LoanRow(loan.id, loan.loan_no, m.code, m.name_en, m.name_bn, loan.status,
                        loan.principal_minor,
                        int(left or 0) if loan.status == "disbursed" else 0, loan.disbursed_on)
                for loan, m, left in s.execute(query)]

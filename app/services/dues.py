"""What each member of a group owes and has at a meeting (sheet, entry screen, print).

Derived from the installments' paid caches (which `shakha db check` proves equal to the
ledger) and the savings balances. A member with several open loans gets one row whose
amounts add up her loans; `loan_no` names the oldest, `loans` (where filled: the
collection sheet's day, app.services.collection_day) each of them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import cast

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import (
    Group,
    Installment,
    Loan,
    LoanProduct,
    Member,
    SavingsAccount,
    Staff,
    Village,
)
from app.domain.money import to_minor
from app.domain.products import PROFILES
from app.domain.products import LoanProduct as ProductRule
from app.services.common import branch_row, read_session
from app.services.ledger_ops import owing_members
from app.services.loan_closure import closing_quote
from app.services.loans import loan_rule


@dataclass(frozen=True)
class LoanDue:
    """One of a member's open loans at a meeting (the collection sheet prints each)."""

    loan_id: int
    loan_no: str
    installment_no: int  # the first installment not yet fully paid
    installments_count: int
    due_minor: int
    arrears_minor: int
    advance_minor: int
    balance_minor: int  # outstanding principal


@dataclass(frozen=True)
class MemberDue:
    member_id: int
    member_code: str
    name_en: str
    name_bn: str
    loan_id: int | None
    loan_no: str
    installment_no: int
    installments_count: int
    due_minor: int
    arrears_minor: int
    advance_minor: int
    savings_due_minor: int
    loan_balance_minor: int
    savings_balance_minor: int
    closing_minor: int = 0  # what closes all her open loans today (interest to date)
    withdrawable_minor: int = 0  # compulsory savings she may take out at the meeting
    loans: tuple[LoanDue, ...] = ()  # each open loan (the amounts above add them up)

    @property
    def total_due_minor(self) -> int:
        return self.due_minor + self.arrears_minor


@dataclass(frozen=True)
class GroupDues:
    group_id: int
    group_code: str
    group_name_en: str
    group_name_bn: str
    village_en: str
    village_bn: str
    officer_name_en: str
    officer_name_bn: str
    meeting_weekday: int
    meeting_time: str
    on: date
    members: tuple[MemberDue, ...]
    meeting_place: str = ""
    next_meeting: date | None = None
    officer_id: int = 0


def _savings_per_meeting(product: LoanProduct | None) -> int:
    if product is None:
        return 0
    return to_minor(str(product.definition.get("savings_per_installment", "0")))


def member_rows(session: Session, group_id: int, on: date) -> list[MemberDue]:
    members = session.scalars(select(Member).where(Member.group_id == group_id,
                                                   Member.status == "active")
                              .order_by(Member.code)).all()
    ids = [m.id for m in members]
    loans = session.execute(select(Loan, LoanProduct).join(LoanProduct)
                            .where(Loan.member_id.in_(ids), Loan.status == "disbursed")
                            .order_by(Loan.disbursed_on, Loan.id)).all()
    by_member: dict[int, list[tuple[Loan, LoanProduct]]] = defaultdict(list)
    for loan, product in loans:
        by_member[loan.member_id].append((loan, product))
    # plain rows, not ORM objects, read by loan through the (loan_id, number) key
    i = Installment
    installments: dict[int, list[Installment]] = defaultdict(list)
    for line in session.execute(select(
            i.loan_id, i.number, i.due_on, i.principal_minor, i.interest_minor,
            i.paid_principal_minor, i.paid_interest_minor)
            .where(i.loan_id.in_([loan.id for loan, _ in loans]))
            .order_by(i.loan_id, i.number)):
        installments[line.loan_id].append(cast(Installment, line))
    savings: dict[int, int] = defaultdict(int)
    compulsory: dict[int, int] = defaultdict(int)
    for account in session.scalars(select(SavingsAccount).where(
            SavingsAccount.member_id.in_(ids), SavingsAccount.status == "open")):
        savings[account.member_id] += account.balance_minor
        if account.kind == "compulsory":
            compulsory[account.member_id] += account.balance_minor
    profile = PROFILES.get(branch_row(session).policy_profile)
    held = owing_members(session, ids) if profile and profile.savings_lien else set()
    rules: dict[object, ProductRule] = {}

    def rule_of(loan: Loan) -> ProductRule:
        snapshot = (loan.terms or {}).get("product")
        key = loan.id if isinstance(snapshot, dict) else ("product", loan.product_id)
        if key not in rules:
            rules[key] = loan_rule(session, loan)
        return rules[key]

    rows = []
    for m in members:
        row = _row(m, by_member[m.id], installments, savings[m.id], on)
        closing = sum(closing_quote(loan, rule_of(loan), _for_quote(installments[loan.id], on),
                                    on).amount_minor for loan, _ in by_member[m.id])
        free = 0 if m.id in held else compulsory[m.id]
        rows.append(replace(row, closing_minor=closing, withdrawable_minor=free))
    return rows


def _for_quote(insts: list[Installment], on: date) -> list[Installment]:
    """The installments a closing quote turns on: those not fully paid, those still to
    come, and the last one due by `on` (its date starts the period now running). The
    others owe nothing and count for nothing in it (app.domain.allocation)."""
    past = [k for k, i in enumerate(insts) if i.due_on <= on]
    last = max(past, key=lambda k: insts[k].due_on) if past else -1
    return [i for k, i in enumerate(insts) if k == last or i.due_on > on
            or i.paid_principal_minor != i.principal_minor
            or i.paid_interest_minor != i.interest_minor]


def _row(member: Member, loans: list[tuple[Loan, LoanProduct]],
         installments: dict[int, list[Installment]], savings: int, on: date) -> MemberDue:
    due = arrears = advance = balance = saving = 0
    number = count = 0
    for loan, product in loans:
        saving = max(saving, _savings_per_meeting(product))
        for inst in installments[loan.id]:
            paid = inst.paid_principal_minor + inst.paid_interest_minor
            unpaid = inst.principal_minor + inst.interest_minor - paid
            balance += inst.principal_minor - inst.paid_principal_minor
            if inst.due_on < on:
                arrears += unpaid
            elif inst.due_on == on:
                due += unpaid
            else:
                advance += paid
        if not number:
            open_numbers = [i.number for i in installments[loan.id]
                            if i.paid_principal_minor + i.paid_interest_minor
                            < i.principal_minor + i.interest_minor]
            number = open_numbers[0] if open_numbers else loan.installments_count
            count = loan.installments_count
    first = loans[0][0] if loans else None
    return MemberDue(member.id, member.code, member.name_en, member.name_bn,
                     first.id if first else None, first.loan_no if first else "", number,
                     count, due, arrears, advance, saving if loans else 0, balance, savings)


def _group_header(session: Session, group_id: int, on: date,
                  members: list[MemberDue]) -> GroupDues:
    group, village, officer = session.execute(
        select(Group, Village, Staff).join(Village, Village.id == Group.village_id)
        .join(Staff, Staff.id == Group.field_officer_id).where(Group.id == group_id)).one()
    return GroupDues(group.id, group.code, group.name_en, group.name_bn, village.name_en,
                     village.name_bn, officer.full_name_en, officer.full_name_bn,
                     group.meeting_weekday, group.meeting_time, on, tuple(members))


def group_dues(engine: Engine, group_id: int, on: date) -> GroupDues:
    with read_session(engine) as session:
        return _group_header(session, group_id, on, member_rows(session, group_id, on))


def officer_day_dues(engine: Engine, on: date, officer_id: int | None = None
                     ) -> list[GroupDues]:
    """Every group meeting on `on` (of one officer or the branch), in meeting order."""
    from app.db.models import Meeting

    with read_session(engine) as session:
        query = (select(Group.id).join(Meeting, Meeting.group_id == Group.id)
                 .where(Meeting.scheduled_on == on, Meeting.status != "not_held")
                 .order_by(Group.meeting_time, Group.code))
        if officer_id is not None:
            query = query.where(Group.field_officer_id == officer_id)
        return [_group_header(session, gid, on, member_rows(session, gid, on))
                for gid in session.scalars(query)]

"""The old system's book checked row by row against the branch: what each row would
create, or what is wrong with it (app.services.opening_import runs it as a dry run
and, inside the commit's transaction, again).

Every record keeps its old id (it becomes the code where Shakha has one). A record
whose old id an earlier import already brought in is "already imported": counted in
the totals (they reconcile the whole book) and not created again. Loans: the schedule
is regenerated from the product (and the repayment mode, when it offers several) and
the old system's position is placed on it by app.domain.opening.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Branch, Group, Holiday, LoanProduct, Member, SavingsAccount, Staff
from app.db.models import Loan as LoanRow
from app.db.models_opening import OpeningImportRef
from app.domain.money import from_minor, to_minor
from app.domain.opening import OpeningMismatch, OpeningPosition, opening_position
from app.domain.products import PROFILES
from app.domain.products import LoanProduct as ProductRule
from app.domain.schedule import Frequency, LoanTerms, Schedule, build_schedule
from app.errors import QT_TR_NOOP, Amount, ShakhaError
from app.services import opening_cells as cell
from app.services.groups import policy_max_group_size
from app.services.opening_files import Problem, RawBook, RawRow

RELATIONS = {"husband": "husband", "father": "father", "স্বামী": "husband", "পিতা": "father",
             "বাবা": "father", "h": "husband", "f": "father"}
KINDS = {"compulsory": "compulsory", "voluntary": "voluntary", "বাধ্যতামূলক": "compulsory",
         "ঐচ্ছিক": "voluntary"}
MISMATCH = {
    "position_missing": QT_TR_NOOP("Give the installments paid or the outstanding principal "
                                   "(or both)."),
    "paid_count": QT_TR_NOOP("{paid} installments paid, but the loan has {count}: a loan "
                             "paid in full is not an open loan."),
    "outstanding_range": QT_TR_NOOP("The outstanding principal {outstanding} must be above "
                                    "0 and at most the amount disbursed ({principal})."),
    "disagree": QT_TR_NOOP("After {paid} installments the regenerated schedule leaves "
                           "{schedule} outstanding, but the file says {outstanding}: check "
                           "the product, the amount, the date and the installments."),
}


@dataclass
class GroupRec:
    row: int
    old_id: str
    name_en: str
    name_bn: str
    weekday: int
    time: str
    place: str
    village: str
    officer_id: int
    formed: date
    done: bool = False  # already imported


@dataclass
class MemberRec:
    row: int
    old_id: str
    group: str
    name_en: str
    name_bn: str
    guardian_en: str
    guardian_bn: str
    relation: str
    national_id: str
    born: date | None
    phone: str
    joined: date
    income_minor: int
    done: bool = False


@dataclass
class LoanRec:
    row: int
    old_id: str
    member: str
    rule: ProductRule
    product_id: int
    disbursed: date
    principal_minor: int
    schedule: Schedule
    position: OpeningPosition
    done: bool = False


@dataclass
class SavingsRec:
    row: int
    old_id: str
    member: str
    kind: str
    balance_minor: int
    opened: date
    rate_bp: int
    done: bool = False


@dataclass
class Planned:
    """The checked book: records by old id, what is wrong, what would be created."""

    on: date
    groups: dict[str, GroupRec] = field(default_factory=dict)
    members: dict[str, MemberRec] = field(default_factory=dict)
    loans: dict[str, LoanRec] = field(default_factory=dict)
    savings: dict[str, SavingsRec] = field(default_factory=dict)
    cash_minor: int | None = None
    cash_done: bool = False
    problems: list[Problem] = field(default_factory=list)

    def refuse(self, row: RawRow, column: str, message: str, /, **params: Any) -> None:
        self.problems.append(Problem(row.sheet, row.number, column, message, params))


class _Context:
    """What the rows are checked against, read once (not per row)."""

    def __init__(self, s: Session) -> None:
        self.branch = s.scalars(select(Branch)).one()
        self.refs = {(r.entity, r.old_id) for r in s.scalars(select(OpeningImportRef))}
        self.group_codes = set(s.scalars(select(Group.code)))
        self.member_codes = set(s.scalars(select(Member.code)))
        self.loan_nos = set(s.scalars(select(LoanRow.loan_no)))
        self.account_nos = set(s.scalars(select(SavingsAccount.account_no)))
        self.national_ids = {n for n in s.scalars(select(Member.id_document_number)) if n}
        self.officers = {st.username.casefold(): st.id for st in s.scalars(select(Staff).where(
            Staff.active.is_(True), Staff.role.in_(("field_officer", "branch_manager"))))}
        self.products = {p.code.casefold(): (p.id, ProductRule.from_dict(p.definition))
                         for p in s.scalars(select(LoanProduct).where(
                             LoanProduct.active.is_(True)))}
        self.holidays = frozenset(s.scalars(select(Holiday.on_date)))
        profile = PROFILES.get(self.branch.policy_profile)
        self.working = profile.working_weekdays if profile else tuple(range(7))
        self.max_group = policy_max_group_size(s)


def _get(p: Planned, row: RawRow, column: str, parse: Any, *args: Any,
         optional: bool = False) -> Any:
    """The cell parsed, or None after recording what is wrong with it."""
    value = row.values.get(column)
    if cell.is_blank(value):
        if not optional:
            p.refuse(row, column, QT_TR_NOOP("This cell is empty."))
        return None
    try:
        return parse(value, *args)
    except cell.CellError as exc:
        p.refuse(row, column, exc.text, **exc.params)
        return None


def _dated(p: Planned, row: RawRow, column: str, optional: bool = False) -> date | None:
    when = _get(p, row, column, cell.day, optional=optional)
    if when is not None and not date(1900, 1, 1) <= when <= p.on:
        p.refuse(row, column, QT_TR_NOOP("The date {date} is after today's business date or "
                                         "before 1900."), date=when.isoformat())
        return None
    return when


def _names(p: Planned, row: RawRow) -> tuple[str, str] | None:
    en = _get(p, row, "name_en", cell.name, optional=True) or ""
    bn = _get(p, row, "name_bn", cell.name, optional=True) or ""
    if not en and not bn:
        p.refuse(row, "name_en", QT_TR_NOOP("The name is missing (English or Bengali)."))
        return None
    return en or bn, bn or en


def _old_id(p: Planned, row: RawRow, column: str, seen: dict[str, int]) -> str | None:
    old = _get(p, row, column, cell.identifier)
    if old is None:
        return None
    if old.casefold() in seen:
        p.refuse(row, column, QT_TR_NOOP("The ID {id} is also in row {other}."), id=old,
                 other=seen[old.casefold()])
        return None
    seen[old.casefold()] = row.number
    return old


def plan_groups(p: Planned, ctx: _Context, rows: list[RawRow]) -> None:
    seen: dict[str, int] = {}
    for row in rows:
        old = _old_id(p, row, "group_id", seen)
        names = _names(p, row)
        weekday = _get(p, row, "meeting_day", cell.weekday)
        time = _get(p, row, "meeting_time", cell.meeting_time, optional=True) or "10:00"
        place = _get(p, row, "meeting_place", cell.text, 200, optional=True) or ""
        village = _get(p, row, "village", cell.name)
        officer = _get(p, row, "officer", cell.text, 40)
        formed = _dated(p, row, "formation_date")
        officer_id = ctx.officers.get((officer or "").casefold())
        if officer is not None and officer_id is None:
            p.refuse(row, "officer", QT_TR_NOOP("No active field officer logs in as {name}: "
                                                "head office sends the staff first."),
                     name=officer)
        if weekday is not None and weekday not in ctx.working:
            p.refuse(row, "meeting_day", QT_TR_NOOP("The branch does not work on that day "
                                                    "of the week."))
        done = old is not None and ("group", old) in ctx.refs
        if old is not None and not done and old in ctx.group_codes:
            p.refuse(row, "group_id", QT_TR_NOOP("A group with code {id} is already in this "
                                                 "branch."), id=old)
        if None in (old, names, weekday, village, officer_id, formed):
            continue
        assert old and names and village and formed and officer_id is not None
        p.groups[old] = GroupRec(row.number, old, names[0], names[1], weekday, time, place,
                                 village, officer_id, formed, done)


def plan_members(p: Planned, ctx: _Context, rows: list[RawRow]) -> None:
    seen: dict[str, int] = {}
    ids: dict[str, int] = {}
    sizes: Counter[str] = Counter()
    for row in rows:
        old = _old_id(p, row, "member_id", seen)
        group = _get(p, row, "group_id", cell.identifier)
        names = _names(p, row)
        guardian = _get(p, row, "guardian_name", cell.name)
        relation = _get(p, row, "guardian_relation", cell.choice, RELATIONS,
                        optional=True) or "husband"
        national_id = _get(p, row, "national_id", cell.identifier)
        born = _dated(p, row, "date_of_birth", optional=True)
        phone = _get(p, row, "phone", cell.phone, optional=True) or ""
        joined = _dated(p, row, "joining_date")
        income = _get(p, row, "household_income", cell.amount, optional=True) or 0
        done = old is not None and ("member", old) in ctx.refs
        if group is not None and group not in p.groups:
            p.refuse(row, "group_id", QT_TR_NOOP("No group {id} in the groups sheet."),
                     id=group)
            group = None
        if old is not None and not done and old in ctx.member_codes:
            p.refuse(row, "member_id", QT_TR_NOOP("A member with code {id} is already in "
                                                  "this branch."), id=old)
        if national_id is not None:
            if national_id in ids:
                p.refuse(row, "national_id", QT_TR_NOOP("The national ID {id} is also in row "
                                                        "{other}."), id=national_id,
                         other=ids[national_id])
            elif not done and national_id in ctx.national_ids:
                p.refuse(row, "national_id", QT_TR_NOOP("A member with national ID {id} is "
                                                        "already in this branch."),
                         id=national_id)
            ids.setdefault(national_id, row.number)
        if born is not None and joined is not None:
            age = joined.year - born.year - ((joined.month, joined.day) < (born.month, born.day))
            if not 18 <= age <= 99:
                p.refuse(row, "date_of_birth", QT_TR_NOOP("She would have been {age} when she "
                                                          "joined: a member is 18 to 99."),
                         age=age)
        if group is not None and joined is not None and joined < p.groups[group].formed:
            p.refuse(row, "joining_date", QT_TR_NOOP("She joined before her group was "
                                                     "formed ({date})."),
                     date=p.groups[group].formed.isoformat())
        if None in (old, group, names, guardian, national_id, joined):
            continue
        assert old and group and names and guardian and national_id and joined
        sizes[group] += 1
        bengali = cell.is_bengali(guardian)
        p.members[old] = MemberRec(row.number, old, group, names[0], names[1],
                                   "" if bengali else guardian, guardian if bengali else "",
                                   relation, national_id, born, phone, joined, income, done)
    for group, size in sizes.items():
        if size > ctx.max_group:
            rec = p.groups[group]
            p.problems.append(Problem("groups", rec.row, "group_id", QT_TR_NOOP(
                "Group {id} has {size} members; a group has at most {limit}."),
                {"id": group, "size": size, "limit": ctx.max_group}))


def _schedule(ctx: _Context, p: Planned, member: str, rule: ProductRule, principal: int,
              count: int, disbursed: date) -> Schedule:
    weekday = None
    if rule.frequency is not Frequency.MONTHLY:
        weekday = p.groups[p.members[member].group].weekday
    return build_schedule(LoanTerms.from_product(rule, from_minor(principal), count,
                                                 disbursed, weekday, ctx.holidays))


def plan_loans(p: Planned, ctx: _Context, rows: list[RawRow]) -> None:
    seen: dict[str, int] = {}
    for row in rows:
        old = _old_id(p, row, "loan_id", seen)
        member = _get(p, row, "member_id", cell.identifier)
        code = _get(p, row, "product", cell.text, 20)
        mode = _get(p, row, "repayment_mode", cell.text, 20, optional=True) or ""
        disbursed = _dated(p, row, "disbursed_on")
        principal = _get(p, row, "amount", cell.amount)
        count = _get(p, row, "installments", cell.whole, 1, 1000)
        paid = _get(p, row, "installments_paid", cell.whole, 0, 1000, optional=True)
        left = _get(p, row, "outstanding_principal", cell.amount, optional=True)
        done = old is not None and ("loan", old) in ctx.refs
        if old is not None and not done and old in ctx.loan_nos:
            p.refuse(row, "loan_id", QT_TR_NOOP("A loan numbered {id} is already in this "
                                                "branch."), id=old)
        if member is not None and member not in p.members:
            p.refuse(row, "member_id", QT_TR_NOOP("No member {id} in the members sheet."),
                     id=member)
            member = None
        found = ctx.products.get((code or "").casefold())
        if code is not None and found is None:
            p.refuse(row, "product", QT_TR_NOOP("No active loan product {code}."), code=code)
        rule = None
        if found is not None:
            try:
                rule = found[1].for_mode(mode.casefold())
            except ShakhaError as exc:
                p.refuse(row, "repayment_mode", exc.text, **exc.params)
        if rule is not None and count is not None and not (
                rule.min_installments <= count <= rule.max_installments):
            p.refuse(row, "installments", QT_TR_NOOP("This product allows {low} to {high} "
                                                     "installments."),
                     low=rule.min_installments, high=rule.max_installments)
            count = None
        if member is not None and disbursed is not None \
                and disbursed < p.members[member].joined:
            p.refuse(row, "disbursed_on", QT_TR_NOOP("The loan was paid out before she "
                                                     "joined."))
        if principal == 0:
            p.refuse(row, "amount", QT_TR_NOOP("Enter the loan amount."))
            continue
        if None in (old, member, rule, found, disbursed, principal, count):
            continue
        assert old and member and rule and found and disbursed and principal and count
        schedule = _schedule(ctx, p, member, rule, principal, count, disbursed)
        try:
            position = opening_position(schedule.installments, from_minor(principal), paid,
                                        None if left is None else from_minor(left))
        except OpeningMismatch as exc:
            p.refuse(row, "outstanding_principal", MISMATCH[exc.code],
                     **{k: Amount(to_minor(v)) if isinstance(v, Decimal) else v
                        for k, v in exc.params.items()})
            continue
        p.loans[old] = LoanRec(row.number, old, member, rule, found[0], disbursed, principal,
                               schedule, position, done)


def plan_savings(p: Planned, ctx: _Context, rows: list[RawRow]) -> None:
    seen: dict[str, int] = {}
    compulsory: dict[str, int] = {}
    for row in rows:
        old = _old_id(p, row, "account_id", seen)
        member = _get(p, row, "member_id", cell.identifier)
        kind = _get(p, row, "kind", cell.choice, KINDS)
        balance = _get(p, row, "balance", cell.amount)
        opened = _dated(p, row, "opened_on", optional=True) or p.on
        rate = _get(p, row, "annual_rate_percent", cell.amount, optional=True) or 0
        done = old is not None and ("savings", old) in ctx.refs
        if member is not None and member not in p.members:
            p.refuse(row, "member_id", QT_TR_NOOP("No member {id} in the members sheet."),
                     id=member)
            member = None
        if old is not None and not done and old in ctx.account_nos:
            p.refuse(row, "account_id", QT_TR_NOOP("A savings account numbered {id} is "
                                                   "already in this branch."), id=old)
        if rate > 2000:
            p.refuse(row, "annual_rate_percent", QT_TR_NOOP("The interest rate must be "
                                                            "0–20%."))
        if kind == "compulsory" and member is not None:
            if member in compulsory:
                p.refuse(row, "kind", QT_TR_NOOP("She already has a compulsory savings "
                                                 "account (row {other})."),
                         other=compulsory[member])
            compulsory.setdefault(member, row.number)
        if None in (old, member, kind, balance) or rate > 2000:
            continue
        assert old and member and kind and balance is not None
        p.savings[old] = SavingsRec(row.number, old, member, kind, balance, opened, rate, done)


def plan_cash(p: Planned, ctx: _Context, rows: list[RawRow]) -> None:
    if len(rows) > 1:
        p.refuse(rows[1], "cash_in_hand", QT_TR_NOOP("The cash sheet has one row: the cash "
                                                     "in the safe."))
    for row in rows[:1]:
        p.cash_minor = _get(p, row, "cash_in_hand", cell.amount)
        p.cash_done = ("cash", "cash") in ctx.refs


def plan_book(s: Session, book: RawBook) -> Planned:
    """Check every row of `book` against the branch (see the module docstring)."""
    ctx = _Context(s)
    planned = Planned(ctx.branch.business_date, problems=list(book.problems))
    plan_groups(planned, ctx, book.rows.get("groups", []))
    plan_members(planned, ctx, book.rows.get("members", []))
    plan_loans(planned, ctx, book.rows.get("loans", []))
    plan_savings(planned, ctx, book.rows.get("savings", []))
    plan_cash(planned, ctx, book.rows.get("cash", []))
    return planned


def outstanding_minor(loan: LoanRec) -> int:
    return to_minor(loan.position.outstanding)


def repaid(loan: LoanRec) -> tuple[int, int]:
    return (to_minor(loan.position.principal_repaid), to_minor(loan.position.interest_repaid))


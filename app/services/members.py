"""Members: registration with duplicate warnings, transfer, drop-out, death, re-admission.

Every change of a member's life is a `member_event` row plus one outbox event. A death
is recorded and the member's open loans are marked for death settlement: a loan stays
"disbursed" while its member is dead until the loans area settles it (from the insurance
claim under india_rbi, the risk fund under bangladesh_mra); `pending_death_settlements`
lists them. Search lives in app.services.directory.search_members.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Engine, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    Attendance,
    Group,
    Installment,
    JournalEntry,
    Loan,
    Meeting,
    Member,
    MemberEvent,
    SavingsAccount,
    Village,
)
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import (
    QT_TR_NOOP,
    FieldProblem,
    InvalidFields,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from app.errors import member_name as named
from app.services import roles
from app.services.common import branch_row, read_session, require_open_day
from app.services.groups import get_group, require_room
from app.services.roles import require

MAX_PHOTO_BYTES = 1_000_000
SETTLEMENT_BY_PROFILE = {"india_rbi": "insurance_claim", "bangladesh_mra": "risk_fund"}


@dataclass(frozen=True)
class NewMember:
    group_id: int
    name_en: str
    name_bn: str
    guardian_name_en: str = ""
    guardian_name_bn: str = ""
    guardian_relation: str = "husband"
    date_of_birth: date | None = None
    id_document_type: str = ""
    id_document_number: str = ""
    phone: str = ""
    address: str = ""
    village_id: int | None = None  # default: the group's village
    household_income_minor: int = 0
    joining_date: date | None = None  # default: the business date
    photo: bytes | None = None
    passbook_no: str = ""


@dataclass(frozen=True)
class DuplicateWarning:
    reason: str  # same_id_document | same_name_guardian_village
    member_id: int
    member_code: str
    name_en: str
    name_bn: str


@dataclass(frozen=True)
class Registered:
    member_id: int | None  # None: not registered because of the warnings
    code: str
    warnings: tuple[DuplicateWarning, ...] = ()


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(QT_TR_NOOP("No such member."))
    return member


def _active_member(session: Session, member_id: int) -> Member:
    member = _member(session, member_id)
    if member.status != "active":
        raise RuleViolation(QT_TR_NOOP("Only an active member can do this."))
    return member


def _require_reason(reason: str) -> str:
    """A change to a member's life in the branch always says why (it is kept)."""
    cleaned = inputs.text(reason, inputs.REASON)
    if not cleaned:
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    return cleaned


def _next_code(session: Session) -> str:
    codes = session.scalars(select(Member.code).where(Member.code.like("M%"))).all()
    numbers = [int(c[1:]) for c in codes if c[1:].isdigit()]
    return f"M{(max(numbers) if numbers else 0) + 1:05d}"


def find_duplicates(session: Session, new: NewMember, village_id: int,
                    exclude: int | None = None) -> list[DuplicateWarning]:
    found: dict[int, DuplicateWarning] = {}
    number = new.id_document_number.strip()
    if number:
        for m in session.scalars(select(Member).where(Member.id_document_number == number)):
            found[m.id] = DuplicateWarning("same_id_document", m.id, m.code, m.name_en,
                                           m.name_bn)
    names = []
    if new.name_en.strip():
        names.append(func.lower(Member.name_en) == new.name_en.strip().lower())
    if new.name_bn.strip():
        names.append(Member.name_bn == new.name_bn.strip())
    guardians = []
    if new.guardian_name_en.strip():
        guardians.append(func.lower(Member.guardian_name_en)
                         == new.guardian_name_en.strip().lower())
    if new.guardian_name_bn.strip():
        guardians.append(Member.guardian_name_bn == new.guardian_name_bn.strip())
    if names and guardians:
        for m in session.scalars(select(Member).where(
                or_(*names), or_(*guardians), Member.village_id == village_id)):
            found.setdefault(m.id, DuplicateWarning("same_name_guardian_village", m.id,
                                                    m.code, m.name_en, m.name_bn))
    found.pop(exclude or 0, None)
    return sorted(found.values(), key=lambda w: w.member_code)


# the order the problems are said in (the form's order of reading them)
_FIELD_ORDER = ("name", "income", "birth", "photo", "phone", "guardian", "relation",
                "id_document", "id", "address", "passbook_no")


def _checked(problems: list[FieldProblem], field: str, check: Any, *args: Any,
             **kwargs: Any) -> Any:
    """The value `check` makes of it, or None with its problem noted under `field`."""
    try:
        return check(*args, **kwargs)
    except ValidationError as exc:
        problems.append(FieldProblem(field, exc.text, **exc.params))
        return None


def _cleaned(new: NewMember, on: date) -> tuple[NewMember, list[FieldProblem]]:
    """The registration as it will be kept — every typed value checked and cleaned by
    app.domain.inputs — and every field that is wrong, each named, all at once."""
    p: list[FieldProblem] = []
    name_en = _checked(p, "name", inputs.name, new.name_en, inputs.NAME_EN, required=False)
    name_bn = _checked(p, "name", inputs.name, new.name_bn, inputs.NAME_BN, required=False)
    if not p and not name_en and not name_bn:
        p.append(FieldProblem("name", QT_TR_NOOP("The member's name is required.")))
    if new.photo is not None and (not isinstance(new.photo, bytes)
                                  or len(new.photo) > MAX_PHOTO_BYTES):
        p.append(FieldProblem("photo", QT_TR_NOOP("The photo is too large (at most 1 MB).")))
    cleaned = replace(
        new, name_en=name_en or "", name_bn=name_bn or "",
        guardian_name_en=_checked(p, "guardian", inputs.name, new.guardian_name_en,
                                  inputs.GUARDIAN_EN, required=False),
        guardian_name_bn=_checked(p, "guardian", inputs.name, new.guardian_name_bn,
                                  inputs.GUARDIAN_BN, required=False),
        guardian_relation=_checked(p, "relation", inputs.text, new.guardian_relation,
                                   inputs.RELATION, limit=20),
        date_of_birth=None if new.date_of_birth is None else _checked(
            p, "birth", inputs.birth_date, new.date_of_birth, on),
        id_document_type=_checked(p, "id_document", inputs.text, new.id_document_type,
                                  inputs.ID_DOCUMENT, limit=20),
        id_document_number=_checked(p, "id", inputs.code, new.id_document_number,
                                    inputs.ID_NUMBER),
        phone=_checked(p, "phone", inputs.phone, new.phone),
        address=_checked(p, "address", inputs.text, new.address, inputs.ADDRESS),
        household_income_minor=_checked(p, "income", inputs.amount,
                                        new.household_income_minor, inputs.HOUSEHOLD_INCOME),
        passbook_no=_checked(p, "passbook_no", inputs.code, new.passbook_no,
                             inputs.PASSBOOK_NO),
        joining_date=on)
    return cleaned, sorted(p, key=lambda problem: _FIELD_ORDER.index(problem.field))


def member_problems(new: NewMember, on: date) -> list[FieldProblem]:
    """Every field of a new member's form that is wrong, each named (the form shows all
    of them at once, beside their fields)."""
    return _cleaned(new, on)[1]


def _validate_new(new: NewMember, on: date) -> NewMember:
    """The registration as it will be kept, or InvalidFields naming every wrong field
    before anything is written."""
    cleaned, problems = _cleaned(new, on)
    if problems:
        raise InvalidFields(problems)
    return cleaned


def register_member(engine: Engine, actor: Actor, new: NewMember,
                    confirm_duplicate: bool = False) -> Registered:
    """Register a member in a group; possible duplicates come back as warnings.

    With warnings and `confirm_duplicate=False` nothing is written and `member_id` is
    None; the officer checks and calls again with `confirm_duplicate=True`.
    """
    require(actor, roles.MEMBER_REGISTER)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch = branch_row(s)
        on = inputs.day(new.joining_date or branch.business_date, inputs.DATE,
                        last=branch.business_date)
        new = _validate_new(new, on)
        group = get_group(s, new.group_id)
        village_id = new.village_id or group.village_id
        if s.get(Village, village_id) is None:
            raise NotFound(QT_TR_NOOP("No such village."))
        require_room(s, group)
        warnings = tuple(find_duplicates(s, new, village_id))
        if warnings and not confirm_duplicate:
            return Registered(None, "", warnings)
        if any(w.reason == "same_id_document" for w in warnings):
            require_duplicate_power(actor)
        member = Member(
            code=_next_code(s), group_id=group.id, name_en=new.name_en.strip(),
            name_bn=new.name_bn.strip(), guardian_name_en=new.guardian_name_en.strip(),
            guardian_name_bn=new.guardian_name_bn.strip(),
            guardian_relation=new.guardian_relation, date_of_birth=new.date_of_birth,
            id_document_type=new.id_document_type,
            id_document_number=new.id_document_number.strip(), phone=new.phone.strip(),
            address=new.address, village_id=village_id,
            household_income_minor=new.household_income_minor, joining_date=on,
            status="active", photo=new.photo, passbook_no=new.passbook_no)
        s.add(member)
        s.flush()
        s.add(MemberEvent(member_id=member.id, kind="joined", on_date=on,
                          to_group_id=group.id, staff_id=actor.staff_id or 0,
                          reason="duplicate confirmed" if warnings else ""))
        uow.emit("member.registered", member.id, {
            "member_id": member.id, "code": member.code, "group_id": group.id,
            "name_en": member.name_en, "name_bn": member.name_bn,
            "village_id": village_id, "joining_date": on.isoformat(),
            "duplicate_of": [w.member_id for w in warnings]}, branch.business_date)
        return Registered(member.id, member.code, warnings)


SAME_ID_NEEDS_MANAGER = QT_TR_NOOP(
    "A member whose ID document is already registered is registered only by the branch "
    "manager, after checking that she is not the same person.")


def require_duplicate_power(actor: Actor) -> None:
    """Two members with one ID document is how a loan gets taken twice under one
    identity: only the branch manager confirms it is not the same woman."""
    if actor.role not in ("branch_manager", "admin"):
        raise PermissionDenied(SAME_ID_NEEDS_MANAGER)


def _open_loans(session: Session, member_id: int) -> list[Loan]:
    return list(session.scalars(select(Loan).where(Loan.member_id == member_id,
                                                   Loan.status == "disbursed")))


def _life_event(uow: UnitOfWork, member: Member, kind: str, reason: str,
                from_group: int | None, to_group: int | None, extra: dict | None = None
                ) -> None:
    s = uow.session
    branch = branch_row(s)
    require_open_day(s, branch.business_date)
    s.add(MemberEvent(member_id=member.id, kind=kind, on_date=branch.business_date,
                      from_group_id=from_group, to_group_id=to_group, reason=reason,
                      staff_id=uow.actor.staff_id or 0))
    uow.emit(f"member.{kind}", member.id, {
        "member_id": member.id, "code": member.code, "from_group_id": from_group,
        "to_group_id": to_group, "reason": reason, "on": branch.business_date.isoformat(),
        **(extra or {})}, branch.business_date)


def transfer_member(engine: Engine, actor: Actor, member_id: int, to_group_id: int,
                    reason: str) -> None:
    require(actor, roles.MEMBER_TRANSFER)
    reason = _require_reason(reason)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        member = _active_member(s, member_id)
        if member.group_id == to_group_id:
            raise ValidationError(QT_TR_NOOP("The member is already in that group."))
        target = get_group(s, to_group_id)
        require_room(s, target)
        old = member.group_id
        member.group_id = target.id
        _life_event(uow, member, "transferred", reason.strip(), old, target.id)


def drop_out(engine: Engine, actor: Actor, member_id: int, reason: str) -> None:
    """A member leaves; refused while she has an open loan."""
    require(actor, roles.MEMBER_LEAVE)
    reason = _require_reason(reason)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        member = _active_member(s, member_id)
        if _open_loans(s, member_id):
            raise RuleViolation(QT_TR_NOOP("{member} has an open loan; it must be repaid "
                                           "before she leaves."),
                                member=named(member.code, member.name_en, member.name_bn))
        member.status = "dropped"
        _life_event(uow, member, "dropped", reason.strip(), member.group_id, None)


def record_death(engine: Engine, actor: Actor, member_id: int, died_on: date,
                 note: str = "") -> tuple[int, ...]:
    """Record a member's death; returns her open loans, now awaiting death settlement."""
    require(actor, roles.MEMBER_LEAVE)
    died_on, note = inputs.day(died_on, inputs.DATE), inputs.text(note, inputs.NOTE)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        member = _member(s, member_id)
        branch = branch_row(s)
        if member.status == "dead":
            raise RuleViolation(QT_TR_NOOP("This death is already recorded."))
        if died_on > branch.business_date:
            raise ValidationError(QT_TR_NOOP("The date cannot be in the future."))
        loans = _open_loans(s, member_id)
        outstanding = {loan.id: int(s.scalar(select(func.coalesce(func.sum(
            Installment.principal_minor - Installment.paid_principal_minor), 0)).where(
            Installment.loan_id == loan.id)) or 0) for loan in loans}
        member.status = "dead"
        _life_event(uow, member, "died", note.strip() or f"died on {died_on.isoformat()}",
                    member.group_id, None, {
                        "died_on": died_on.isoformat(),
                        "settlement": SETTLEMENT_BY_PROFILE.get(branch.policy_profile,
                                                                "insurance_claim"),
                        "loans_for_death_settlement": [
                            {"loan_id": k, "outstanding_principal_minor": v}
                            for k, v in sorted(outstanding.items())]})
        return tuple(sorted(outstanding))


def pending_death_settlements(engine: Engine) -> list[int]:
    """Open loans whose member has died (the loans area settles them)."""
    with read_session(engine) as s:
        return list(s.scalars(select(Loan.id).join(Member, Member.id == Loan.member_id)
                              .where(Member.status == "dead", Loan.status == "disbursed")
                              .order_by(Loan.id)))


def readmit(engine: Engine, actor: Actor, member_id: int, group_id: int, reason: str) -> None:
    """Take back a member who dropped out (into a group with room)."""
    require(actor, roles.MEMBER_REGISTER)
    reason = _require_reason(reason)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        member = _member(s, member_id)
        if member.status not in ("dropped", "transferred"):
            raise RuleViolation(QT_TR_NOOP("Only a member who left can be re-admitted."))
        group = get_group(s, group_id)
        require_room(s, group)
        member.status, member.group_id = "active", group.id
        _life_event(uow, member, "readmitted", reason.strip(), None, group.id)


# --- the member page -------------------------------------------------------------------

@dataclass(frozen=True)
class LoanLine:
    loan_id: int
    loan_no: str
    status: str
    principal_minor: int
    outstanding_minor: int
    arrears_minor: int
    disbursed_on: date | None
    installments_paid: int
    installments_count: int


@dataclass(frozen=True)
class SavingsLine:
    account_id: int
    account_no: str
    kind: str
    status: str
    balance_minor: int


@dataclass(frozen=True)
class PassbookLine:
    entry_id: int
    on: date
    kind: str
    amount_minor: int  # negative for a reversal
    principal_minor: int
    interest_minor: int
    loan_id: int | None
    savings_account_id: int | None
    channel: str
    reversal: bool


@dataclass(frozen=True)
class EventLine:
    on: date
    kind: str
    from_group_id: int | None
    to_group_id: int | None
    reason: str


@dataclass(frozen=True)
class MemberPage:
    member_id: int
    code: str
    name_en: str
    name_bn: str
    guardian_name_en: str
    guardian_name_bn: str
    group_id: int
    group_code: str
    group_name_en: str
    group_name_bn: str
    village_en: str
    village_bn: str
    status: str
    joining_date: date
    phone: str
    has_photo: bool
    arrears_minor: int
    loans: tuple[LoanLine, ...]
    savings: tuple[SavingsLine, ...]
    attendance: tuple[tuple[date, str], ...]  # newest first
    passbook: tuple[PassbookLine, ...]  # in posting order
    events: tuple[EventLine, ...] = field(default=())

    @property
    def savings_balance_minor(self) -> int:
        return sum(a.balance_minor for a in self.savings if a.status == "open")

    @property
    def outstanding_minor(self) -> int:
        return sum(loan.outstanding_minor for loan in self.loans)


def member_page(engine: Engine, member_id: int, attendance_limit: int = 52) -> MemberPage:
    with read_session(engine) as s:
        member = _member(s, member_id)
        today = branch_row(s).business_date
        group = s.get(Group, member.group_id)
        village = s.get(Village, member.village_id)
        assert group is not None and village is not None
        loans = []
        for loan in s.scalars(select(Loan).where(Loan.member_id == member_id)
                              .order_by(Loan.id)):
            left, arrears, paid = s.execute(select(
                func.coalesce(func.sum(Installment.principal_minor
                                       - Installment.paid_principal_minor), 0),
                func.coalesce(func.sum(case((Installment.due_on < today,
                                             Installment.principal_minor
                                             + Installment.interest_minor
                                             - Installment.paid_principal_minor
                                             - Installment.paid_interest_minor), else_=0)), 0),
                func.count(Installment.paid_on)).where(Installment.loan_id == loan.id)).one()
            live = loan.status == "disbursed"
            loans.append(LoanLine(loan.id, loan.loan_no, loan.status, loan.principal_minor,
                                  int(left) if live else 0, int(arrears) if live else 0,
                                  loan.disbursed_on, int(paid), loan.installments_count))
        savings = tuple(SavingsLine(a.id, a.account_no, a.kind, a.status, a.balance_minor)
                        for a in s.scalars(select(SavingsAccount).where(
                            SavingsAccount.member_id == member_id).order_by(SavingsAccount.id)))
        attendance = tuple((d, st) for d, st in s.execute(
            select(Meeting.scheduled_on, Attendance.status)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Attendance.member_id == member_id, Meeting.status == "posted")
            .order_by(Meeting.scheduled_on.desc()).limit(attendance_limit)))
        passbook = tuple(
            PassbookLine(e.id, e.business_date, e.kind,
                         -e.amount_minor if e.reverses_id else e.amount_minor,
                         e.principal_minor, e.interest_minor, e.loan_id,
                         e.savings_account_id, e.channel, e.reverses_id is not None)
            for e in s.scalars(select(JournalEntry).where(JournalEntry.member_id == member_id)
                               .order_by(JournalEntry.id)))
        events = tuple(EventLine(e.on_date, e.kind, e.from_group_id, e.to_group_id, e.reason)
                       for e in s.scalars(select(MemberEvent).where(
                           MemberEvent.member_id == member_id).order_by(MemberEvent.id)))
        return MemberPage(member.id, member.code, member.name_en, member.name_bn,
                          member.guardian_name_en, member.guardian_name_bn, group.id,
                          group.code, group.name_en, group.name_bn, village.name_en,
                          village.name_bn, member.status, member.joining_date, member.phone,
                          member.photo is not None, sum(loan.arrears_minor for loan in loans),
                          tuple(loans), savings, attendance, passbook, events)


def member_photo(engine: Engine, member_id: int) -> bytes | None:
    with read_session(engine) as s:
        return _member(s, member_id).photo

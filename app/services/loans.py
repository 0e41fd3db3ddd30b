"""Loans: shared helpers of the loan use cases and the read-only queries screens use.

The use cases live beside this module: loan_application (apply, preview), loan_sanction
(recommend, sanction, forward, reject, head-office decisions, sanction powers),
loan_disbursement (KFS, acceptance, disbursement, loan card) and loan_closure
(counter repayment, prepayment, reschedule, write-off, recovery, death case, closure,
reversal).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Group, Holiday, Installment, JournalEntry, Loan, LoanProduct, Member
from app.db.models_loans import LoanApplication, LoanDecision, LoanReschedule
from app.domain.apr import KeyFacts, key_facts
from app.domain.money import from_minor, to_minor
from app.domain.products import LoanProduct as ProductRule
from app.domain.schedule import Frequency, LoanTerms, Schedule
from app.errors import QT_TR_NOOP, Name, NotFound
from app.errors import member_name as named
from app.services.common import read_session
from app.services.states import loan_state_refused

MANAGER_ROLES = ("branch_manager",)
COUNTER_ROLES = ("field_officer", "accountant", "branch_manager")


def get_loan(session: Session, loan_id: int) -> Loan:
    loan = session.get(Loan, loan_id)
    if loan is None:
        raise NotFound(QT_TR_NOOP("No such loan."))
    return loan


def require_status(loan: Loan, *statuses: str) -> None:
    if loan.status not in statuses:
        raise loan_state_refused(loan.loan_no, loan.status)


def product_rule(session: Session, product_id: int) -> ProductRule:
    row = session.get(LoanProduct, product_id)
    if row is None:
        raise NotFound(QT_TR_NOOP("No such loan product."))
    return ProductRule.from_dict(row.definition)


def loan_rule(session: Session, loan: Loan) -> ProductRule:
    """The product as it was when the loan was applied for (its snapshot), so a later
    change by head office does not alter a loan already agreed."""
    snapshot = (loan.terms or {}).get("product")
    if isinstance(snapshot, dict):  # older loans (and the demo's) name only the code
        return ProductRule.from_dict(snapshot)
    return product_rule(session, loan.product_id)


def product_by_code(session: Session, code: str) -> tuple[LoanProduct, ProductRule]:
    row = session.scalars(select(LoanProduct).where(LoanProduct.code == code)).first()
    if row is None or not row.active:
        raise NotFound(QT_TR_NOOP("No active loan product {code}."), code=code)
    return row, ProductRule.from_dict(row.definition)


def holidays(session: Session) -> frozenset[date]:
    return frozenset(session.scalars(select(Holiday.on_date)))


def meeting_weekday(session: Session, member: Member, rule: ProductRule) -> int | None:
    if rule.frequency is Frequency.MONTHLY:
        return None
    group = session.get(Group, member.group_id)
    return group.meeting_weekday if group is not None else None


def terms_for(session: Session, member: Member, rule: ProductRule, principal_minor: int,
              installments: int, disbursed_on: date) -> LoanTerms:
    """The schedule terms of a loan disbursed on `disbursed_on` (the group's weekday)."""
    return LoanTerms.from_product(rule, from_minor(principal_minor), installments,
                                  disbursed_on, meeting_weekday(session, member, rule),
                                  holidays(session))


def loan_facts(session: Session, loan: Loan, rule: ProductRule, on: date) -> KeyFacts:
    """The key facts (schedule, installment, APR) of `loan` if it were paid out on `on`."""
    member = session.get(Member, loan.member_id)
    assert member is not None
    terms = terms_for(session, member, rule, loan.principal_minor, loan.installments_count, on)
    return key_facts(terms, rule.fees_for(terms.principal))


def write_schedule(session: Session, loan: Loan, schedule: Schedule, start: int = 1) -> None:
    for inst in schedule.installments:
        session.add(Installment(loan_id=loan.id, number=start + inst.number - 1,
                                due_on=inst.due_on, principal_minor=to_minor(inst.principal),
                                interest_minor=to_minor(inst.interest)))


@dataclass(frozen=True)
class ScheduleRow:
    """One installment of a schedule in minor units (preview, KFS, loan card)."""

    number: int
    due_on: date
    principal_minor: int
    interest_minor: int
    total_minor: int
    balance_minor: int


def schedule_rows(schedule: Schedule) -> tuple[ScheduleRow, ...]:
    return tuple(ScheduleRow(i.number, i.due_on, to_minor(i.principal), to_minor(i.interest),
                             to_minor(i.total), to_minor(i.balance))
                 for i in schedule.installments)


def member_name(member: Member | None) -> Name | str:
    return named(member.code, member.name_en, member.name_bn) if member else "?"


def outstanding_minor(session: Session, loan_id: int) -> tuple[int, int]:
    """(principal, interest) still unpaid on the schedule."""
    row = session.execute(select(
        func.coalesce(func.sum(Installment.principal_minor - Installment.paid_principal_minor), 0),
        func.coalesce(func.sum(Installment.interest_minor - Installment.paid_interest_minor), 0),
    ).where(Installment.loan_id == loan_id)).one()
    return int(row[0]), int(row[1])


def signed(column):  # type: ignore[no-untyped-def]
    """A journal column counted negative on reversal rows."""
    return column * case((JournalEntry.reverses_id.is_(None), 1), else_=-1)


def next_loan_no(session: Session, branch_code: str) -> str:
    count = session.scalar(select(func.count()).select_from(Loan)) or 0
    while True:
        count += 1
        candidate = f"{branch_code}-L{count:06d}"
        if session.scalar(select(Loan.id).where(Loan.loan_no == candidate)) is None:
            return candidate


# ---- queries ---------------------------------------------------------------------------

@dataclass(frozen=True)
class LoanListRow:
    loan_id: int
    loan_no: str
    member_code: str
    member_en: str
    member_bn: str
    product_code: str
    status: str
    principal_minor: int
    applied_on: date
    outstanding_minor: int


def loans_by_status(engine: Engine, statuses: tuple[str, ...], text: str = "",
                    limit: int = 500, *, reschedule_requested: bool = False
                    ) -> list[LoanListRow]:
    """Loans in these statuses (optionally only those with a reschedule waiting for
    approval), newest first, matching `text` in loan no., member code or name."""
    paid_left = (select(func.coalesce(func.sum(
        Installment.principal_minor - Installment.paid_principal_minor), 0))
        .where(Installment.loan_id == Loan.id).correlate(Loan).scalar_subquery())
    query = (select(Loan, Member, LoanProduct.code, paid_left)
             .join(Member, Member.id == Loan.member_id)
             .join(LoanProduct, LoanProduct.id == Loan.product_id)
             .where(Loan.status.in_(statuses)).order_by(Loan.id.desc()).limit(limit))
    if reschedule_requested:
        query = query.where(Loan.id.in_(select(LoanReschedule.loan_id).where(
            LoanReschedule.status == "requested")))
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(or_(Loan.loan_no.like(like), Member.code.like(like),
                                Member.name_en.like(like), Member.name_bn.like(like)))
    with read_session(engine) as s:
        return [LoanListRow(loan.id, loan.loan_no, m.code, m.name_en, m.name_bn, code,
                            loan.status, loan.principal_minor, loan.applied_on,
                            int(left or 0) if loan.status == "disbursed" else 0)
                for loan, m, code, left in s.execute(query).all()]


@dataclass(frozen=True)
class InstallmentLine:
    number: int
    due_on: date
    principal_minor: int
    interest_minor: int
    paid_principal_minor: int
    paid_interest_minor: int
    paid_on: date | None


@dataclass(frozen=True)
class DecisionLine:
    action: str
    on_date: date
    staff_id: int | None
    authority: str
    amount_minor: int
    reason: str


@dataclass(frozen=True)
class LoanDetail:
    loan_id: int
    loan_no: str
    member_id: int
    member_code: str
    member_en: str
    member_bn: str
    product_code: str
    status: str
    principal_minor: int
    annual_rate_percent: Decimal
    installments_count: int
    frequency: str
    purpose: str
    applied_on: date
    applied_by: int
    sanctioned_on: date | None
    kfs_accepted_on: date | None
    disbursed_on: date | None
    closed_on: date | None
    outstanding_principal_minor: int
    outstanding_interest_minor: int
    appraisal_note: str
    recommendation: str
    forwarded_to: str
    installments: tuple[InstallmentLine, ...]
    decisions: tuple[DecisionLine, ...]
    # (request id, installments asked for, reason, requested by) of a waiting reschedule
    pending_reschedule: tuple[int, int, str, int | None] | None = None
    reschedule_reversible: bool = False
    # paid out in tranches (a product with max_tranches > 1): how many it may have, and
    # the amounts paid so far while it is sanctioned (app.services.loan_disbursement)
    max_tranches: int = 1
    tranches_paid: tuple[int, ...] = ()


def loan_detail(engine: Engine, loan_id: int) -> LoanDetail:
    with read_session(engine) as s:
        loan = get_loan(s, loan_id)
        member = s.get(Member, loan.member_id)
        product = s.get(LoanProduct, loan.product_id)
        app = s.get(LoanApplication, loan.id)
        insts = tuple(InstallmentLine(i.number, i.due_on, i.principal_minor, i.interest_minor,
                                      i.paid_principal_minor, i.paid_interest_minor, i.paid_on)
                      for i in s.scalars(select(Installment).where(
                          Installment.loan_id == loan.id).order_by(Installment.number)))
        decisions = tuple(DecisionLine(d.action, d.on_date, d.staff_id, d.authority,
                                       d.amount_minor, d.reason)
                          for d in s.scalars(select(LoanDecision).where(
                              LoanDecision.loan_id == loan.id).order_by(LoanDecision.id)))
        changes = list(s.scalars(select(LoanReschedule).where(
            LoanReschedule.loan_id == loan.id).order_by(LoanReschedule.id)))
        decisions = tuple(sorted(decisions + _schedule_changes(changes),
                                 key=lambda d: d.on_date))
        pending = next(((r.id, int(r.new_terms["installments"]), r.reason, r.requested_by)
                        for r in changes if r.status == "requested"), None)
        approved = [r for r in changes if r.status == "approved"]
        left_p, left_i = outstanding_minor(s, loan.id)
        assert member is not None and product is not None
        return LoanDetail(
            loan.id, loan.loan_no, member.id, member.code, member.name_en, member.name_bn,
            product.code, loan.status, loan.principal_minor,
            Decimal(loan.annual_rate_bp) / 100, loan.installments_count, loan.frequency,
            loan.purpose, loan.applied_on, loan.applied_by, loan.sanctioned_on,
            loan.kfs_accepted_on, loan.disbursed_on, loan.closed_on, left_p, left_i,
            app.appraisal_note if app else "", app.recommendation if app else "",
            app.forwarded_to if app else "", insts, decisions, pending,
            bool(approved) and approved[-1].kind == "reschedule" and loan.status == "disbursed",
            loan_rule(s, loan).max_tranches,
            tuple(a for _d, a in paid_tranches(s, loan.id)) if loan.status == "sanctioned"
            else ())


def paid_tranches(s: Session, loan_id: int) -> list[tuple[date, int]]:
    """The (day, amount) of each disbursement of a loan that stands (not reversed)."""
    reversed_ids = set(s.scalars(select(JournalEntry.reverses_id).where(
        JournalEntry.loan_id == loan_id, JournalEntry.reverses_id.is_not(None))))
    return [(e.business_date, e.amount_minor) for e in s.scalars(
        select(JournalEntry).where(JournalEntry.loan_id == loan_id,
                                   JournalEntry.kind == "disbursement",
                                   JournalEntry.reverses_id.is_(None))
        .order_by(JournalEntry.id)) if e.id not in reversed_ids]


def _schedule_changes(rows: list[LoanReschedule]) -> tuple[DecisionLine, ...]:
    """Reschedule requests, decisions and reversals as lines of the loan's decisions."""
    lines: list[DecisionLine] = []
    for r in rows:
        if r.kind == "reschedule":
            lines.append(DecisionLine("reschedule_requested", r.on_date, r.requested_by, "",
                                      0, r.reason))
            if r.status in ("approved", "reversed") and r.decided_on:
                lines.append(DecisionLine("rescheduled", r.decided_on, r.approved_by, "", 0,
                                          r.reason))
            elif r.status == "rejected" and r.decided_on:
                lines.append(DecisionLine("reschedule_rejected", r.decided_on, r.approved_by,
                                          "", 0, r.decision_note))
        if r.status == "reversed" and r.reversed_on:
            lines.append(DecisionLine(f"{r.kind}_reversed", r.reversed_on, r.reversed_by, "",
                                      0, r.reversal_reason))
    return tuple(lines)


@dataclass(frozen=True)
class ProductChoice:
    code: str
    name_en: str
    name_bn: str
    min_amount_minor: int
    max_amount_minor: int
    min_installments: int
    max_installments: int
    default_installments: int
    individual: bool
    # (mode word, least and most installments) when the product offers several modes
    modes: tuple[tuple[str, int, int], ...] = ()
    # limited by the borrower's basic salary (Credit for employees): the form asks it
    salary_limited: bool = False


def product_choices(engine: Engine) -> list[ProductChoice]:
    with read_session(engine) as s:
        out = []
        for row in s.scalars(select(LoanProduct).where(LoanProduct.active.is_(True))
                             .order_by(LoanProduct.code)):
            rule = ProductRule.from_dict(row.definition)
            out.append(ProductChoice(row.code, row.name_en, row.name_bn,
                                     to_minor(rule.min_amount), to_minor(rule.max_amount),
                                     rule.min_installments, rule.max_installments,
                                     rule.default_installments, rule.individual,
                                     tuple((m.key, m.min_installments, m.max_installments)
                                           for m in rule.modes())
                                     if rule.repayment_modes else (),
                                     bool(rule.salary_months_paid_here
                                          or rule.salary_months_elsewhere)))
        return out


@dataclass(frozen=True)
class TransactionLine:
    entry_id: int
    on: date
    kind: str
    amount_minor: int
    principal_minor: int
    interest_minor: int
    channel: str
    reverses_id: int | None
    reversed: bool
    reason: str


def loan_transactions(engine: Engine, loan_id: int) -> list[TransactionLine]:
    """Every journal row of a loan, oldest first, marking those already reversed."""
    with read_session(engine) as s:
        rows = list(s.scalars(select(JournalEntry).where(JournalEntry.loan_id == loan_id)
                              .order_by(JournalEntry.id)))
        undone = {r.reverses_id for r in rows if r.reverses_id is not None}
        return [TransactionLine(r.id, r.business_date, r.kind, r.amount_minor,
                                r.principal_minor, r.interest_minor, r.channel, r.reverses_id,
                                r.id in undone, r.reason) for r in rows]

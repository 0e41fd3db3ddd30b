"""After disbursement: counter repayment, prepayment, write-off, recovery, death case,
closure certificate (reversal: loan_reversal; reschedule: loan_reschedule).

Installment `paid_*` columns stay equal to the ledger: every repayment row's principal
and interest are applied to the installments it was allocated to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.models import Installment, JournalEntry, Loan, Member
from app.db.models_loans import LoanSettlement, LoanWriteOff
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.domain.allocation import InstallmentDue, prepayment_amount
from app.domain.money import from_minor, to_minor
from app.domain.products import LoanProduct as ProductRule
from app.domain.schedule import InterestMethod
from app.errors import QT_TR_NOOP, Amount, NotFound, RuleViolation, ValidationError
from app.services import roles
from app.services.common import (
    branch_row,
    open_business_day,
    read_session,
)
from app.services.ledger_ops import pay_loans
from app.services.loans import (
    get_loan,
    loan_rule,
    member_name,
    outstanding_minor,
    require_status,
    signed,
)
from app.services.roles import require


def _reason(reason: str) -> str:
    cleaned = inputs.text(reason, inputs.REASON)
    if not cleaned:
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    return cleaned


def full_schedule(session: Session, loan_id: int) -> list[Installment]:
    return list(session.scalars(select(Installment).where(Installment.loan_id == loan_id)
                                .order_by(Installment.number)))


@dataclass(frozen=True)
class Repaid:
    loan_id: int
    entry_id: int
    principal_minor: int
    interest_minor: int
    closed: bool


def counter_repayment(engine: Engine, actor: Actor, loan_id: int, amount_minor: int
                      ) -> Repaid:
    """A repayment at the branch counter, allocated overdue-first, oldest first."""
    require(actor, roles.LOAN_REPAY)
    amount_minor = inputs.amount(amount_minor, inputs.REPAYMENT, positive=True)
    with UnitOfWork(engine, actor) as uow:
        on = open_business_day(uow.session)
        loan = get_loan(uow.session, loan_id)
        require_status(loan, "disbursed")
        paid = pay_loans(uow, loan.member_id, amount_minor, on, actor.staff_id or 0,
                         meeting_id=None, channel="counter", loan_id=loan.id)
        uow.session.flush()
        entry_id = int(uow.session.scalar(select(func.max(JournalEntry.id)).where(
            JournalEntry.loan_id == loan.id, JournalEntry.kind == "repayment")) or 0)
        line = paid.allocations[0]
        uow.emit("loan.repaid", loan.id, {
            "loan_id": loan.id, "entry_id": entry_id, "amount_minor": amount_minor,
            "principal_minor": line["principal_minor"],
            "interest_minor": line["interest_minor"], "channel": "counter"}, on)
        closed = loan.id in paid.closed_loans
        if closed:
            uow.emit("loan.closed", loan.id, {"loan_id": loan.id, "how": "repaid"}, on)
        return Repaid(loan.id, entry_id, line["principal_minor"], line["interest_minor"],
                      closed)


# ---- prepayment / foreclosure --------------------------------------------------------------

@dataclass(frozen=True)
class PrepaymentQuote:
    loan_id: int
    on: date
    amount_minor: int
    overdue_minor: int
    principal_not_due_minor: int
    accrued_interest_minor: int
    penalty_minor: int


_PERIOD_DAYS = {"weekly": 7, "fortnightly": 14, "monthly": 30}


def closing_quote(loan: Loan, rule: ProductRule, insts: list[Installment], on: date
                  ) -> PrepaymentQuote:
    """What closes `loan` on `on`, from its installments as they stand (interest to date
    only on a declining loan; a flat loan's interest is fixed)."""
    dues = [InstallmentDue(i.number, i.due_on,
                           from_minor(i.principal_minor - i.paid_principal_minor),
                           from_minor(i.interest_minor - i.paid_interest_minor))
            for i in insts]
    declining = rule.interest_method is InterestMethod.DECLINING
    past = [i.due_on for i in insts if i.due_on <= on]
    last = max(past) if past else (loan.disbursed_on or on)
    periods = Decimal(rule.frequency.base_periods_per_year) / rule.every
    total = prepayment_amount(dues, on, declining, Decimal(0),
                              rule.annual_rate_percent / 100 / periods, last,
                              _PERIOD_DAYS[rule.frequency.value] * rule.every)
    overdue = sum(to_minor(d.total_due) for d in dues if d.due_on <= on)
    not_due = sum(to_minor(d.principal_due) for d in dues if d.due_on > on)
    amount = to_minor(total)
    accrued = amount - overdue - not_due if declining else \
        sum(to_minor(d.interest_due) for d in dues if d.due_on > on)
    return PrepaymentQuote(loan.id, on, amount, overdue, not_due, accrued, 0)


def _quote(session: Session, loan: Loan, on: date) -> PrepaymentQuote:
    return closing_quote(loan, loan_rule(session, loan), full_schedule(session, loan.id), on)


def prepayment_quote(engine: Engine, loan_id: int) -> PrepaymentQuote:
    """What closes the loan today (India: no penalty; interest only to date)."""
    with read_session(engine) as s:
        loan = get_loan(s, loan_id)
        require_status(loan, "disbursed")
        return _quote(s, loan, branch_row(s).business_date)


def close_by_prepayment(uow: UnitOfWork, loan: Loan, insts: list[Installment], on: date,
                        *, channel: str, meeting_id: int | None = None
                        ) -> tuple[JournalEntry, PrepaymentQuote]:
    """Inside a unit of work: settle every installment with the closing quote (future
    interest forgiven), keep the old schedule for a reversal, post one repayment row."""
    from app.services.loan_reschedule import keep_history

    quote = closing_quote(loan, loan_rule(uow.session, loan), insts, on)
    history = keep_history(uow, loan, insts, "prepayment", "prepayment", on, {})
    future = [i for i in insts if i.due_on > on]
    for n, inst in enumerate(future):  # interest to date only
        inst.interest_minor = inst.paid_interest_minor + (
            quote.accrued_interest_minor if n == 0 else 0)
    principal = sum(i.principal_minor - i.paid_principal_minor for i in insts)
    interest = sum(i.interest_minor - i.paid_interest_minor for i in insts)
    for inst in insts:
        inst.paid_principal_minor, inst.paid_interest_minor = (inst.principal_minor,
                                                               inst.interest_minor)
        inst.paid_on = inst.paid_on or on
    entry = uow.journal.post(business_date=on, staff_id=uow.actor.staff_id or 0,
                             kind="repayment", amount_minor=principal + interest,
                             principal_minor=principal, interest_minor=interest,
                             member_id=loan.member_id, loan_id=loan.id, channel=channel,
                             meeting_id=meeting_id, reason="prepayment")
    history.new_terms = {"entry_id": entry.id}
    loan.status, loan.closed_on = "closed", on
    return entry, quote


def prepay_loan(engine: Engine, actor: Actor, loan_id: int, amount_minor: int
                ) -> PrepaymentQuote:
    """Close the loan today by paying the quote exactly; future interest is not charged."""
    require(actor, roles.LOAN_REPAY)
    amount_minor = inputs.amount(amount_minor, inputs.REPAYMENT, positive=True)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        loan = get_loan(s, loan_id)
        require_status(loan, "disbursed")
        quote = _quote(s, loan, on)
        if amount_minor != quote.amount_minor:
            raise RuleViolation(QT_TR_NOOP("Closing this loan today needs exactly {amount}."),
                                amount=Amount(quote.amount_minor))
        entry, _ = close_by_prepayment(uow, loan, full_schedule(s, loan.id), on,
                                       channel="counter")
        uow.emit("loan.prepaid", loan.id, {
            "loan_id": loan.id, "entry_id": entry.id, "amount_minor": amount_minor,
            "principal_minor": entry.principal_minor, "interest_minor": entry.interest_minor,
            "accrued_interest_minor": quote.accrued_interest_minor}, on)
        uow.emit("loan.closed", loan.id, {"loan_id": loan.id, "how": "prepaid"}, on)
        return quote


# ---- write-off, recovery, death case --------------------------------------------------------

def write_off_loan(engine: Engine, actor: Actor, loan_id: int, reason: str) -> int:
    """Write off what is left of a loan (branch manager or above); returns the amount."""
    require(actor, roles.LOAN_WRITE_OFF)
    reason = _reason(reason)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        loan = get_loan(s, loan_id)
        require_status(loan, "disbursed")
        principal, _interest = outstanding_minor(s, loan.id)
        interest = int(s.scalar(select(func.coalesce(func.sum(
            Installment.interest_minor - Installment.paid_interest_minor), 0)).where(
            Installment.loan_id == loan.id, Installment.due_on <= on)) or 0)
        entry = uow.journal.post(business_date=on, staff_id=actor.staff_id or 0,
                                 kind="write_off", amount_minor=principal + interest,
                                 principal_minor=principal, interest_minor=interest,
                                 member_id=loan.member_id, loan_id=loan.id, channel="counter",
                                 reason=reason)
        s.add(LoanWriteOff(loan_id=loan.id, on_date=on, staff_id=actor.staff_id,
                           reason=reason, principal_minor=principal, interest_minor=interest,
                           journal_id=entry.id))
        loan.status = "written_off"
        uow.emit("loan.written_off", loan.id, {
            "loan_id": loan.id, "entry_id": entry.id, "principal_minor": principal,
            "interest_minor": interest, "reason": reason}, on)
        return principal + interest


def _recovered(session: Session, loan_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(signed(JournalEntry.amount_minor)),
                                                   0)).where(
        JournalEntry.loan_id == loan_id, JournalEntry.kind == "recovery")) or 0)


def _written_off(session: Session, loan_id: int) -> LoanWriteOff:
    row = session.scalars(select(LoanWriteOff).where(LoanWriteOff.loan_id == loan_id,
                                                     LoanWriteOff.reversed.is_(False))
                          .order_by(LoanWriteOff.id.desc())).first()
    if row is None:
        raise NotFound(QT_TR_NOOP("This loan has no write-off."))
    return row


def recover_written_off(engine: Engine, actor: Actor, loan_id: int, amount_minor: int) -> int:
    """Money received on a written-off loan; returns what is still unrecovered."""
    require(actor, roles.LOAN_REPAY)
    amount_minor = inputs.amount(amount_minor, inputs.REPAYMENT, positive=True)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        loan = get_loan(s, loan_id)
        require_status(loan, "written_off")
        wo = _written_off(s, loan.id)
        left = wo.principal_minor + wo.interest_minor - _recovered(s, loan.id)
        if amount_minor > left:
            raise RuleViolation(QT_TR_NOOP("Only {left} is left to recover on this loan."),
                                left=Amount(left))
        entry = uow.journal.post(business_date=on, staff_id=actor.staff_id or 0,
                                 kind="recovery", amount_minor=amount_minor,
                                 member_id=loan.member_id, loan_id=loan.id, channel="counter")
        uow.emit("loan.recovered", loan.id, {"loan_id": loan.id, "entry_id": entry.id,
                                              "amount_minor": amount_minor,
                                              "left_minor": left - amount_minor}, on)
        if left == amount_minor:
            loan.status, loan.closed_on = "closed", on
            uow.emit("loan.closed", loan.id, {"loan_id": loan.id, "how": "recovered"}, on)
        return left - amount_minor


def settle_death_case(engine: Engine, actor: Actor, loan_id: int, note: str = "") -> int:
    """Close a deceased member's loan from the insurance / risk fund; returns the amount."""
    require(actor, roles.LOAN_WRITE_OFF)
    note = inputs.text(note, inputs.NOTE)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        loan = get_loan(s, loan_id)
        require_status(loan, "disbursed")
        member = s.get(Member, loan.member_id)
        if member is None or member.status != "dead":
            raise RuleViolation(QT_TR_NOOP("{member}'s death is not recorded; record it on "
                                           "her member page first."),
                                member=member_name(member))
        principal, _ = outstanding_minor(s, loan.id)
        entry = uow.journal.post(business_date=on, staff_id=actor.staff_id or 0,
                                 kind="insurance_claim", amount_minor=principal,
                                 principal_minor=principal, member_id=loan.member_id,
                                 loan_id=loan.id, channel="counter",
                                 reason=note.strip() or "death")
        s.add(LoanSettlement(loan_id=loan.id, kind="death", on_date=on, amount_minor=principal,
                             journal_id=entry.id, reason=note.strip()))
        loan.status, loan.closed_on = "closed", on
        uow.emit("loan.closed", loan.id, {"loan_id": loan.id, "how": "death",
                                           "entry_id": entry.id, "amount_minor": principal},
                 on)
        return principal


# ---- closure certificate -------------------------------------------------------------------

@dataclass(frozen=True)
class ClosureCertificate:
    loan_no: str
    member_code: str
    member_en: str
    member_bn: str
    principal_minor: int
    disbursed_on: date | None
    closed_on: date
    principal_paid_minor: int
    interest_paid_minor: int
    how: str  # repaid | death | recovered


def closure_certificate(engine: Engine, loan_id: int) -> ClosureCertificate:
    with read_session(engine) as s:
        loan = get_loan(s, loan_id)
        require_status(loan, "closed")
        member = s.get(Member, loan.member_id)
        assert member is not None and loan.closed_on is not None
        p, i = s.execute(select(
            func.coalesce(func.sum(signed(JournalEntry.principal_minor)), 0),
            func.coalesce(func.sum(signed(JournalEntry.interest_minor)), 0)).where(
            JournalEntry.loan_id == loan.id, JournalEntry.kind == "repayment")).one()
        how = "death" if s.get(LoanSettlement, loan.id) else (
            "recovered" if s.scalar(select(LoanWriteOff.id).where(
                LoanWriteOff.loan_id == loan.id, LoanWriteOff.reversed.is_(False))) else "repaid")
        return ClosureCertificate(loan.loan_no, member.code, member.name_en, member.name_bn,
                                  loan.principal_minor, loan.disbursed_on, loan.closed_on,
                                  int(p), int(i), how)

"""Reschedule of a disbursed loan (natural disaster and the like): requested with a
reason, approved by a branch manager other than the one who asked, reversible.

Installments with money already paid keep exactly what was paid (so the installment
caches still equal the ledger) and count as settled; those untouched are replaced by a
new schedule for the outstanding principal from the business date, built by the same
schedule engine. Interest already due and unpaid is carried into the first new
installment, so nothing owed is lost. The schedule as it was is kept in
`loan_reschedule`, which is what a reversal puts back (the ledger is never touched:
repayments made since are re-applied to the restored schedule).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.models import Installment, JournalEntry, Loan, Member
from app.db.models_loans import LoanReschedule
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.domain.money import to_minor
from app.domain.schedule import Schedule, build_schedule
from app.errors import (
    QT_TR_NOOP,
    Amount,
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from app.services import roles
from app.services.common import (
    open_business_day,
    read_session,
)
from app.services.ledger_ops import rebuild_installment_caches
from app.services.loans import (
    MANAGER_ROLES,
    get_loan,
    loan_rule,
    require_status,
    signed,
    terms_for,
    write_schedule,
)
from app.services.roles import require


def schedule_image(insts: list[Installment]) -> list[list[Any]]:
    return [[i.number, i.due_on.isoformat(), i.principal_minor, i.interest_minor,
             i.paid_principal_minor, i.paid_interest_minor,
             i.paid_on.isoformat() if i.paid_on else None] for i in insts]


def keep_history(uow: UnitOfWork, loan: Loan, insts: list[Installment], kind: str,
                 reason: str, on: date, new_terms: dict[str, Any]) -> LoanReschedule:
    row = LoanReschedule(
        loan_id=loan.id, kind=kind, on_date=on, reason=reason, status="approved",
        requested_by=uow.actor.staff_id, approved_by=uow.actor.staff_id, decided_on=on,
        old_schedule=schedule_image(insts), new_terms=new_terms)
    uow.session.add(row)
    return row


def restore_schedule(session: Session, loan: Loan, history: LoanReschedule, on: date
                     ) -> None:
    """Put back the schedule `history` kept, then re-apply the ledger's repayments to it."""
    for inst in session.scalars(select(Installment).where(Installment.loan_id == loan.id)):
        session.delete(inst)
    session.flush()
    for number, due, principal, interest, _pp, _pi, *rest in history.old_schedule:
        paid_on = rest[0] if rest else None
        session.add(Installment(loan_id=loan.id, number=number, due_on=date.fromisoformat(due),
                                principal_minor=principal, interest_minor=interest,
                                paid_on=date.fromisoformat(paid_on) if paid_on else None))
    session.flush()
    rebuild_installment_caches(session, loan.id)
    _require_repayments_fit(session, loan)
    for inst in session.scalars(select(Installment).where(Installment.loan_id == loan.id)):
        if inst.paid_on is None and inst.principal_minor + inst.interest_minor == (
                inst.paid_principal_minor + inst.paid_interest_minor):
            inst.paid_on = on
    loan.installments_count = len(history.old_schedule)
    terms = dict(loan.terms or {})
    terms.pop("rescheduled_on", None)
    loan.terms = terms


def _require_repayments_fit(session: Session, loan: Loan) -> None:
    """Every repayment in the ledger must find its place on the schedule put back: one
    paid under a longer reschedule may have paid more interest than the old schedule
    charges, and would be on no installment (lost from her loan card and dues)."""
    paid_p, paid_i = session.execute(select(
        func.coalesce(func.sum(signed(JournalEntry.principal_minor)), 0),
        func.coalesce(func.sum(signed(JournalEntry.interest_minor)), 0)).where(
        JournalEntry.loan_id == loan.id, JournalEntry.kind == "repayment")).one()
    placed_p, placed_i = session.execute(select(
        func.coalesce(func.sum(Installment.paid_principal_minor), 0),
        func.coalesce(func.sum(Installment.paid_interest_minor), 0)).where(
        Installment.loan_id == loan.id)).one()
    extra = int(paid_p) + int(paid_i) - int(placed_p) - int(placed_i)
    if extra:
        raise RuleViolation(QT_TR_NOOP("Repayments made since then paid {amount} more than "
                                       "the earlier schedule charges, so it cannot be put "
                                       "back; reverse those repayments first."),
                            amount=Amount(extra))


def prepayment_history(session: Session, loan: Loan, entry_id: int) -> LoanReschedule:
    """The schedule kept when prepayment row `entry_id` closed the loan; only the latest
    change to a loan's schedule can be undone."""
    latest = session.scalars(select(LoanReschedule).where(
        LoanReschedule.loan_id == loan.id, LoanReschedule.status == "approved")
        .order_by(LoanReschedule.id.desc())).first()
    if latest is None or latest.kind != "prepayment" \
            or (latest.new_terms or {}).get("entry_id") != entry_id:
        raise RuleViolation(QT_TR_NOOP("The schedule this prepayment closed is not on "
                                       "record; it cannot be reversed here."))
    return latest


def undo_prepayment(session: Session, loan: Loan, entry_id: int, on: date, reason: str,
                    staff_id: int | None) -> None:
    """After the prepayment row's reversal is posted: reopen the loan on its old schedule."""
    history = prepayment_history(session, loan, entry_id)
    restore_schedule(session, loan, history, on)
    history.status, history.reversed_on, history.reversed_by = "reversed", on, staff_id
    history.reversal_reason = reason
    loan.status, loan.closed_on = "disbursed", None


def _schedule(session: Session, loan_id: int) -> list[Installment]:
    return list(session.scalars(select(Installment).where(Installment.loan_id == loan_id)
                                .order_by(Installment.number)))


def _pending(session: Session, loan_id: int) -> LoanReschedule | None:
    return session.scalars(select(LoanReschedule).where(
        LoanReschedule.loan_id == loan_id, LoanReschedule.status == "requested")).first()


def _request(session: Session, request_id: int) -> LoanReschedule:
    row = session.get(LoanReschedule, request_id)
    if row is None or row.kind != "reschedule":
        raise NotFound(QT_TR_NOOP("No such reschedule request."))
    if row.status != "requested":
        raise ConflictError(QT_TR_NOOP("This reschedule request is already decided."))
    return row


def _new_schedule(s: Session, loan: Loan, principal: int, installments: int, on: date
                  ) -> Schedule:
    """What is left spread over `installments`; refused when some would be of nothing
    (a small balance over many installments): such an installment is never paid, so the
    loan would stay open with nothing owed."""
    member = s.get(Member, loan.member_id)
    assert member is not None
    schedule = build_schedule(terms_for(s, member, loan_rule(s, loan), principal,
                                        installments, on))
    if any(i.total <= 0 for i in schedule.installments):
        raise RuleViolation(QT_TR_NOOP("{count} installments are too many for the {principal} "
                                       "left: some would be of nothing. Choose fewer."),
                            count=installments, principal=Amount(principal))
    return schedule


def request_reschedule(engine: Engine, actor: Actor, loan_id: int, installments: int,
                       reason: str) -> int:
    """Ask for a new schedule (officer or manager); a branch manager approves it."""
    require(actor, roles.LOAN_RESCHEDULE_ASK)
    reason = inputs.text(reason, inputs.REASON)
    if not reason.strip():
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    if type(installments) is not int or not 1 <= installments <= 1000:
        raise ValidationError(QT_TR_NOOP("The number of installments must be 1 to 1000."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        loan = get_loan(s, loan_id)
        require_status(loan, "disbursed")
        if _pending(s, loan.id) is not None:
            raise ConflictError(QT_TR_NOOP("A reschedule of this loan is already waiting "
                                           "for approval."))
        principal = sum(i.principal_minor - i.paid_principal_minor
                        for i in _schedule(s, loan.id))
        if principal <= 0:
            raise RuleViolation(QT_TR_NOOP("No principal is left to reschedule."))
        _new_schedule(s, loan, principal, installments, on)
        row = LoanReschedule(loan_id=loan.id, kind="reschedule", on_date=on,
                             reason=reason.strip(), requested_by=actor.staff_id,
                             status="requested", old_schedule=[],
                             new_terms={"installments": installments})
        s.add(row)
        s.flush()
        uow.emit("loan.reschedule_requested", loan.id, {
            "loan_id": loan.id, "request_id": row.id, "installments": installments,
            "reason": reason.strip()}, on)
        return row.id


@dataclass(frozen=True)
class Rescheduled:
    loan_id: int
    outstanding_principal_minor: int
    carried_interest_minor: int
    installments: int
    first_due: date


def approve_reschedule(engine: Engine, actor: Actor, request_id: int) -> Rescheduled:
    """Apply a requested reschedule (a branch manager other than the one who asked)."""
    require(actor, roles.LOAN_RESCHEDULE_DECIDE)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        row = _request(s, request_id)
        if actor.staff_id is not None and row.requested_by == actor.staff_id:
            raise PermissionDenied(QT_TR_NOOP("You asked for this reschedule, so you cannot "
                                              "approve it; another manager must."))
        loan = get_loan(s, row.loan_id)
        require_status(loan, "disbursed")
        installments = int(row.new_terms["installments"])
        insts = _schedule(s, loan.id)
        principal = sum(i.principal_minor - i.paid_principal_minor for i in insts)
        carried = sum(i.interest_minor - i.paid_interest_minor for i in insts
                      if i.due_on <= on)
        if principal <= 0:
            raise RuleViolation(QT_TR_NOOP("No principal is left to reschedule."))
        row.old_schedule = schedule_image(insts)
        row.status, row.approved_by, row.decided_on = "approved", actor.staff_id, on
        kept = 0
        for inst in insts:
            if inst.paid_principal_minor or inst.paid_interest_minor:
                inst.principal_minor = inst.paid_principal_minor
                inst.interest_minor = inst.paid_interest_minor
                inst.paid_on = inst.paid_on or on
                kept = inst.number
            else:
                s.delete(inst)
        s.flush()
        schedule = _new_schedule(s, loan, principal, installments, on)
        write_schedule(s, loan, schedule, start=kept + 1)
        s.flush()
        first = s.scalars(select(Installment).where(
            Installment.loan_id == loan.id, Installment.number == kept + 1)).one()
        first.interest_minor += carried
        loan.installments_count = kept + installments
        loan.terms = {**(loan.terms or {}), "rescheduled_on": on.isoformat()}
        uow.emit("loan.rescheduled", loan.id, {
            "loan_id": loan.id, "request_id": row.id, "outstanding_principal_minor": principal,
            "carried_interest_minor": carried, "installments": installments,
            "first_due": schedule.installments[0].due_on.isoformat(),
            "total_interest_minor": to_minor(schedule.total_interest) + carried,
            "reason": row.reason}, on)
        return Rescheduled(loan.id, principal, carried, installments,
                           schedule.installments[0].due_on)


def reject_reschedule(engine: Engine, actor: Actor, request_id: int, reason: str) -> None:
    """Turn a request down (a manager) or withdraw one's own request; a reason is kept."""
    reason = inputs.text(reason, inputs.REASON)
    if not reason.strip():
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        row = _request(s, request_id)
        if actor.role not in MANAGER_ROLES and row.requested_by != actor.staff_id:
            require(actor, roles.LOAN_RESCHEDULE_DECIDE)
        row.status, row.approved_by, row.decided_on = "rejected", actor.staff_id, on
        row.decision_note = reason.strip()
        uow.emit("loan.reschedule_rejected", row.loan_id, {
            "loan_id": row.loan_id, "request_id": row.id, "reason": reason.strip()}, on)


def reverse_reschedule(engine: Engine, actor: Actor, loan_id: int, reason: str) -> None:
    """Undo the loan's latest reschedule: its old schedule comes back, repayments made
    since are re-applied to it; the reschedule stays in the history, marked reversed."""
    require(actor, roles.LOAN_RESCHEDULE_DECIDE)
    reason = inputs.text(reason, inputs.REASON)
    if not reason.strip():
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        loan = get_loan(s, loan_id)
        require_status(loan, "disbursed")
        latest = s.scalars(select(LoanReschedule).where(
            LoanReschedule.loan_id == loan.id, LoanReschedule.status == "approved")
            .order_by(LoanReschedule.id.desc())).first()
        if latest is None or latest.kind != "reschedule":
            raise RuleViolation(QT_TR_NOOP("This loan has no reschedule to reverse."))
        restore_schedule(s, loan, latest, on)
        latest.status, latest.reversed_on, latest.reversed_by = "reversed", on, actor.staff_id
        latest.reversal_reason = reason.strip()
        uow.emit("loan.reschedule_reversed", loan.id, {
            "loan_id": loan.id, "request_id": latest.id, "reason": reason.strip(),
            "installments": loan.installments_count}, on)


@dataclass(frozen=True)
class RescheduleRecord:
    id: int
    on_date: date
    kind: str
    status: str
    reason: str
    installments: int | None
    requested_by: int | None
    approved_by: int | None
    decided_on: date | None
    decision_note: str
    reversed_on: date | None
    reversal_reason: str
    old_installments: int


def _record(r: LoanReschedule) -> RescheduleRecord:
    count = (r.new_terms or {}).get("installments")
    return RescheduleRecord(r.id, r.on_date, r.kind, r.status, r.reason,
                            int(count) if count is not None else None, r.requested_by,
                            r.approved_by, r.decided_on, r.decision_note or "",
                            r.reversed_on, r.reversal_reason or "", len(r.old_schedule))


def reschedule_history(engine: Engine, loan_id: int) -> list[RescheduleRecord]:
    with read_session(engine) as s:
        return [_record(r) for r in s.scalars(select(LoanReschedule).where(
            LoanReschedule.loan_id == loan_id).order_by(LoanReschedule.id))]


@dataclass(frozen=True)
class PendingReschedule:
    request_id: int
    loan_id: int
    loan_no: str
    member_code: str
    member_en: str
    member_bn: str
    installments: int
    reason: str
    requested_on: date


def pending_reschedules(engine: Engine) -> list[PendingReschedule]:
    """Requests waiting for a manager's decision (Loans page, manager's Today)."""
    with read_session(engine) as s:
        rows = s.execute(select(LoanReschedule, Loan, Member)
                         .join(Loan, Loan.id == LoanReschedule.loan_id)
                         .join(Member, Member.id == Loan.member_id)
                         .where(LoanReschedule.status == "requested")
                         .order_by(LoanReschedule.id)).all()
        return [PendingReschedule(r.id, loan.id, loan.loan_no, m.code, m.name_en, m.name_bn,
                                  int(r.new_terms["installments"]), r.reason, r.on_date)
                for r, loan, m in rows]

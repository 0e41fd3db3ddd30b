"""Reschedule of a disbursed loan (natural disaster and the like), with history kept.

Installments with money already paid keep exactly what was paid (so the installment
caches still equal the ledger) and count as settled; those untouched are replaced by a
new schedule for the outstanding principal from the business date, built by the same
schedule engine. Interest already due and unpaid is carried into the first new
installment, so nothing owed is lost. The old schedule is stored in `loan_reschedule`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, select

from app.db.models import Installment, Loan, Member
from app.db.models_loans import LoanReschedule
from app.db.uow import Actor, UnitOfWork
from app.domain.money import to_minor
from app.domain.schedule import build_schedule
from app.errors import QT_TR_NOOP, RuleViolation, ValidationError
from app.services.common import branch_row, read_session, require_open_day, require_role
from app.services.loans import (
    MANAGER_ROLES,
    get_loan,
    loan_rule,
    require_status,
    terms_for,
    write_schedule,
)


def keep_history(uow: UnitOfWork, loan: Loan, insts: list[Installment], kind: str,
                 reason: str, on: date, new_terms: dict[str, Any]) -> None:
    uow.session.add(LoanReschedule(
        loan_id=loan.id, kind=kind, on_date=on, reason=reason,
        requested_by=uow.actor.staff_id, approved_by=uow.actor.staff_id,
        old_schedule=[[i.number, i.due_on.isoformat(), i.principal_minor, i.interest_minor,
                       i.paid_principal_minor, i.paid_interest_minor] for i in insts],
        new_terms=new_terms))


@dataclass(frozen=True)
class Rescheduled:
    loan_id: int
    outstanding_principal_minor: int
    carried_interest_minor: int
    installments: int
    first_due: date


def reschedule_loan(engine: Engine, actor: Actor, loan_id: int, installments: int,
                    reason: str) -> Rescheduled:
    """Approve a new schedule for what is left of the loan (branch manager or above)."""
    require_role(actor, *MANAGER_ROLES)
    if not reason.strip():
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    if not 1 <= installments <= 1000:
        raise ValidationError(QT_TR_NOOP("The number of installments must be 1 to 1000."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = branch_row(s).business_date
        require_open_day(s, on)
        loan = get_loan(s, loan_id)
        require_status(loan, "disbursed")
        insts = list(s.scalars(select(Installment).where(Installment.loan_id == loan.id)
                               .order_by(Installment.number)))
        principal = sum(i.principal_minor - i.paid_principal_minor for i in insts)
        carried = sum(i.interest_minor - i.paid_interest_minor for i in insts
                      if i.due_on <= on)
        if principal <= 0:
            raise RuleViolation(QT_TR_NOOP("No principal is left to reschedule."))
        keep_history(uow, loan, insts, "reschedule", reason.strip(), on,
                     {"installments": installments})
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
        member = s.get(Member, loan.member_id)
        assert member is not None
        rule = loan_rule(s, loan)
        terms = terms_for(s, member, rule, principal, installments, on)
        schedule = build_schedule(terms)
        write_schedule(s, loan, schedule, start=kept + 1)
        s.flush()
        first = s.scalars(select(Installment).where(
            Installment.loan_id == loan.id, Installment.number == kept + 1)).one()
        first.interest_minor += carried
        loan.installments_count = kept + installments
        loan.terms = {**(loan.terms or {}), "rescheduled_on": on.isoformat()}
        uow.emit("loan.rescheduled", loan.id, {
            "loan_id": loan.id, "outstanding_principal_minor": principal,
            "carried_interest_minor": carried, "installments": installments,
            "first_due": schedule.installments[0].due_on.isoformat(),
            "total_interest_minor": to_minor(schedule.total_interest) + carried,
            "reason": reason.strip()}, on)
        return Rescheduled(loan.id, principal, carried, installments,
                           schedule.installments[0].due_on)


@dataclass(frozen=True)
class RescheduleRecord:
    on_date: date
    kind: str
    reason: str
    approved_by: int | None
    old_installments: int


def reschedule_history(engine: Engine, loan_id: int) -> list[RescheduleRecord]:
    with read_session(engine) as s:
        return [RescheduleRecord(r.on_date, r.kind, r.reason, r.approved_by,
                                 len(r.old_schedule))
                for r in s.scalars(select(LoanReschedule).where(
                    LoanReschedule.loan_id == loan_id).order_by(LoanReschedule.id))]

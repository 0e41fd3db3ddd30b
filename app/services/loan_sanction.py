"""Sanction: recommendation, maker–checker sanction within delegated powers, forwarding,
rejection and head office's decisions on forwarded applications.

Powers are head office's table (`sanction_power`: grade × with/without collateral →
maximum amount), synced down, unless the loan's product carries its programme's own
delegation (`LoanProduct.sanction_powers`, e.g. Village Women Employment credit). The user who entered an application can never sanction
it; an amount above the user's power is forwarded, with the recommendation, to the next
authority and waits for head office's decision, which arrives by sync (`hq_decision`)
and is applied by `apply_hq_decisions`. Every step is a `loan_decision` row and an
outbox event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Loan, Staff
from app.db.models_loans import LoanApplication, LoanDecision, SanctionPower
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import (
    QT_TR_NOOP,
    Amount,
    PermissionDenied,
    Phrase,
    Phrases,
    RuleViolation,
    ValidationError,
)
from app.services import roles
from app.services.common import (
    branch_row,
    open_business_day,
    read_session,
)
from app.services.loan_rules import (
    PowerRow,
    authority_for,
    may_sanction,
    power_of,
    product_powers,
)
from app.services.loans import get_loan, loan_rule, paid_tranches, require_status
from app.services.roles import require

OPEN_STATUSES = ("applied", "recommended")


def _powers(s: Session) -> list[PowerRow]:
    return [PowerRow(p.grade, p.with_collateral, p.max_minor, p.rank)
            for p in s.scalars(select(SanctionPower).order_by(SanctionPower.rank))]


def _powers_for(s: Session, loan: Loan) -> list[PowerRow]:
    """The programme's own delegation when its product has one (as it was when she
    applied), else the branch's table from head office."""
    rule = loan_rule(s, loan)
    return product_powers(rule) if rule.sanction_powers else _powers(s)


def _measured_minor(s: Session, loan: Loan) -> int:
    """The amount the powers are measured against: the loan, or for a programme whose
    delegation is per group (SFDP) the group's open loans of it with this one
    (app.domain.programmes.sanction_amount)."""
    from sqlalchemy import func

    from app.db.models import Installment, Member
    from app.domain.money import from_minor, to_minor
    from app.domain.programmes import sanction_amount

    rule = loan_rule(s, loan)
    if not rule.sanction_per_group:
        return loan.principal_minor
    group = select(Member.group_id).where(Member.id == loan.member_id).scalar_subquery()
    others = select(Loan.id, Loan.status, Loan.principal_minor).join(
        Member, Member.id == Loan.member_id).where(
        Member.group_id == group, Loan.product_id == loan.product_id, Loan.id != loan.id,
        Loan.status.in_(("applied", "recommended", "forwarded", "sanctioned", "disbursed")))
    total = 0
    for other_id, status, principal in s.execute(others):
        paid = s.scalar(select(func.coalesce(func.sum(Installment.paid_principal_minor), 0))
                        .where(Installment.loan_id == other_id)) if status == "disbursed" else 0
        total += principal - int(paid or 0)
    return to_minor(sanction_amount(rule, from_minor(loan.principal_minor), from_minor(total)))


def sanction_powers(engine: Engine) -> list[PowerRow]:
    with read_session(engine) as s:
        return _powers(s)


def set_sanction_power(engine: Engine, actor: Actor, grade: str, with_collateral: bool,
                       max_minor: int, rank: int) -> None:
    """Store one row of head office's delegation table (admin; normally synced down)."""
    require(actor, roles.SANCTION_POWERS)
    grade = inputs.text(grade, inputs.NOTE, limit=20)
    max_minor = inputs.amount(max_minor, inputs.AMOUNT, high=10**13)
    if not grade or type(rank) is not int or type(with_collateral) is not bool:
        raise ValidationError(QT_TR_NOOP("A sanction power needs a grade and an amount."))
    with UnitOfWork(engine, actor) as uow:
        _upsert_power(uow.session, grade.strip(), with_collateral, max_minor, rank)
        uow.audit("sanction_power.set", "sanction_power", grade, branch_row(uow.session)
                  .business_date, {"with_collateral": with_collateral, "max_minor": max_minor,
                                   "rank": rank})


def _upsert_power(s: Session, grade: str, with_collateral: bool, max_minor: int,
                  rank: int) -> None:
    row = s.get(SanctionPower, (grade, with_collateral))
    if row is None:
        s.add(SanctionPower(grade=grade, with_collateral=with_collateral, max_minor=max_minor,
                            rank=rank))
    else:
        row.max_minor, row.rank = max_minor, rank


def _with_collateral(s: Session, loan: Loan) -> bool:
    app = s.get(LoanApplication, loan.id)
    return bool(app and app.collateral_value_minor > 0)


def _grade(s: Session, actor: Actor) -> str | None:
    if actor.sanction_grade:
        return actor.sanction_grade
    staff = s.get(Staff, actor.staff_id) if actor.staff_id else None
    return staff.sanction_grade if staff else None


def _decide(uow: UnitOfWork, loan: Loan, action: str, on: date, authority: str = "",
            reason: str = "") -> None:
    uow.session.add(LoanDecision(loan_id=loan.id, action=action, on_date=on,
                                 staff_id=uow.actor.staff_id, authority=authority,
                                 amount_minor=loan.principal_minor, reason=reason))


def _open(uow: UnitOfWork, loan_id: int) -> tuple[Loan, date]:
    on = open_business_day(uow.session)
    return get_loan(uow.session, loan_id), on


def recommend_loan(engine: Engine, actor: Actor, loan_id: int, recommendation: str) -> None:
    """The appraising officer's or manager's recommendation on an application."""
    require(actor, roles.LOAN_RECOMMEND)
    recommendation = inputs.text(recommendation, inputs.RECOMMENDATION)
    if not recommendation.strip():
        raise ValidationError(QT_TR_NOOP("Write the recommendation."))
    with UnitOfWork(engine, actor) as uow:
        loan, on = _open(uow, loan_id)
        require_status(loan, *OPEN_STATUSES)
        app = uow.session.get(LoanApplication, loan.id)
        if app is not None:
            app.recommendation, app.recommended_by = recommendation.strip(), actor.staff_id
        loan.status = "recommended"
        _decide(uow, loan, "recommended", on, reason=recommendation.strip())
        uow.emit("loan.recommended", loan.id, {"loan_id": loan.id,
                                                "recommendation": recommendation.strip()}, on)


def _not_own(loan: Loan, actor: Actor) -> None:
    if actor.staff_id is not None and loan.applied_by == actor.staff_id:
        raise PermissionDenied(QT_TR_NOOP("You entered this application, so you cannot "
                                          "decide on it; another authorised officer must."))


def _still_eligible(s: Session, loan: Loan) -> list[str]:
    """Refuses an application that fails its rules today; returns the reasons it was
    referred to the manager (no bureau report, an old one, an unknown installment), which
    a sanction overrides knowingly: they travel in its event, beside her note."""
    from app.services.loan_application import verdict_now

    failures, referrals = verdict_now(s, loan)
    if failures:
        raise RuleViolation(QT_TR_NOOP("The application no longer meets these rules: "
                                       "{rules}. Reject it, or sanction it when they are met."),
                            rules=Phrases(Phrase(f.text, **f.params) for f in failures))
    return sorted({f.code for f in referrals})


def _recommended_if_needed(s: Session, loan: Loan) -> None:
    rule = loan_rule(s, loan)  # the product as it was when she applied
    if rule.recommendation_before_sanction and loan.status == "applied":
        raise RuleViolation(QT_TR_NOOP("{product} is sanctioned only on a recommendation: "
                                       "record the recommendation first."),
                            product=rule.code)


def sanction_loan(engine: Engine, actor: Actor, loan_id: int, note: str = "") -> None:
    """Sanction within the user's delegated power (never one's own application)."""
    require(actor, roles.LOAN_SANCTION)
    note = inputs.text(note, inputs.NOTE)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        loan, on = _open(uow, loan_id)
        require_status(loan, *OPEN_STATUSES)
        _not_own(loan, actor)
        _recommended_if_needed(s, loan)
        overridden = _still_eligible(s, loan)
        grade = _grade(s, actor)
        collateral = _with_collateral(s, loan)
        powers = _powers_for(s, loan)
        measured = _measured_minor(s, loan)
        if not may_sanction(powers, grade, measured, collateral):
            raise PermissionDenied(
                QT_TR_NOOP("{amount} is above your sanction power ({limit}); forward it with "
                           "your recommendation to {authority}."),
                amount=Amount(measured),
                limit=Amount(power_of(powers, grade, collateral) or 0),
                authority=authority_for(powers, measured, collateral, grade))
        loan.status, loan.sanctioned_on, loan.sanctioned_by = "sanctioned", on, actor.staff_id
        loan.terms = {**(loan.terms or {}), "approval": {"by": "branch", "grade": grade}}
        _decide(uow, loan, "sanctioned", on, grade or "", note.strip())
        uow.emit("loan.sanctioned", loan.id, {
            "loan_id": loan.id, "principal_minor": loan.principal_minor, "grade": grade,
            "with_collateral": collateral, "by": "branch", "note": note.strip(),
            "overridden_referrals": overridden}, on)


def forward_loan(engine: Engine, actor: Actor, loan_id: int, recommendation: str) -> str:
    """Send an application above the user's power to the next authority; returns it."""
    require(actor, roles.LOAN_SANCTION)
    recommendation = inputs.text(recommendation, inputs.RECOMMENDATION)
    if not recommendation.strip():
        raise ValidationError(QT_TR_NOOP("Write the recommendation."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        loan, on = _open(uow, loan_id)
        require_status(loan, *OPEN_STATUSES)
        collateral = _with_collateral(s, loan)
        powers = _powers_for(s, loan)
        grade = _grade(s, actor)
        measured = _measured_minor(s, loan)
        if may_sanction(powers, grade, measured, collateral):
            raise RuleViolation(QT_TR_NOOP("This amount is within your sanction power; "
                                           "sanction or reject it here."))
        authority = authority_for(powers, measured, collateral, grade)
        app = s.get(LoanApplication, loan.id)
        if app is not None:
            app.forwarded_to = authority
            app.recommendation = recommendation.strip()
            app.recommended_by = actor.staff_id
        loan.status = "forwarded"
        _decide(uow, loan, "forwarded", on, authority, recommendation.strip())
        uow.emit("loan.forwarded", loan.id, {
            "loan_id": loan.id, "loan_no": loan.loan_no, "member_id": loan.member_id,
            "principal_minor": loan.principal_minor, "with_collateral": collateral,
            "to": authority, "recommendation": recommendation.strip(),
            "appraisal_note": app.appraisal_note if app else ""}, on)
        return authority


def reject_loan(engine: Engine, actor: Actor, loan_id: int, reason: str) -> None:
    """Reject an application (a reason is required)."""
    require(actor, roles.LOAN_SANCTION)
    reason = inputs.text(reason, inputs.REASON)
    if not reason.strip():
        raise ValidationError(QT_TR_NOOP("Give a reason for the rejection."))
    with UnitOfWork(engine, actor) as uow:
        loan, on = _open(uow, loan_id)
        require_status(loan, *OPEN_STATUSES, "sanctioned")
        _not_own(loan, actor)
        if paid_tranches(uow.session, loan.id):
            raise RuleViolation(QT_TR_NOOP("Part of this loan was paid out in tranches; "
                                           "reverse them before rejecting it, or close the "
                                           "tranches."))
        _reject(uow, loan, on, reason.strip(), "rejected", _grade(uow.session, actor) or "")


def _reject(uow: UnitOfWork, loan: Loan, on: date, reason: str, action: str,
            authority: str) -> None:
    app = uow.session.get(LoanApplication, loan.id)
    if app is not None:
        app.rejection_reason = reason
    loan.status = "rejected"
    _decide(uow, loan, action, on, authority, reason)
    uow.emit("loan.rejected", loan.id, {"loan_id": loan.id, "reason": reason,
                                         "by": "head_office" if action.startswith("hq")
                                         else "branch", "authority": authority}, on)


@dataclass(frozen=True)
class HqApplied:
    sanctioned: tuple[int, ...]
    rejected: tuple[int, ...]
    powers: int


def apply_hq_decisions(engine: Engine, actor: Actor) -> HqApplied:
    """Apply head office's decisions on forwarded applications and its sanction powers.

    Decision rows (`hq_decision` key "decision:…") carry {"loan_id" or "loan_no",
    "decision": "sanctioned"|"approved"|"rejected", "authority", "reason"}; only loans
    still forwarded are changed, so applying twice changes nothing. Power rows
    ("sanction_power:…") carry {"grade", "with_collateral", "max_minor", "rank"}."""
    require(actor, roles.SANCTION_POWERS)
    from app.db.models_sync import HqDecision

    sanctioned, rejected, powers = [], [], 0
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = branch_row(s).business_date
        for row in s.scalars(select(HqDecision).order_by(HqDecision.key)):
            payload = json.loads(row.payload)
            if row.key.startswith("sanction_power:"):
                _upsert_power(s, str(payload["grade"]), bool(payload["with_collateral"]),
                              int(payload["max_minor"]), int(payload.get("rank", 0)))
                powers += 1
                continue
            if not row.key.startswith("decision:"):
                continue
            loan = _decided_loan(s, payload)
            if loan is None or loan.status != "forwarded":
                continue
            decision = str(payload.get("decision", ""))
            authority = str(payload.get("authority", "head_office"))
            if decision in ("sanctioned", "approved"):
                loan.status, loan.sanctioned_on, loan.sanctioned_by = "sanctioned", on, None
                loan.terms = {**(loan.terms or {}), "approval": {
                    "by": "head_office", "authority": authority, "key": row.key,
                    "version": payload.get("version")}}
                _decide(uow, loan, "hq_sanctioned", on, authority,
                        str(payload.get("reason", "")))
                uow.emit("loan.sanctioned", loan.id, {
                    "loan_id": loan.id, "principal_minor": loan.principal_minor,
                    "by": "head_office", "authority": authority, "decision_key": row.key}, on)
                sanctioned.append(loan.id)
            elif decision == "rejected":
                _reject(uow, loan, on, str(payload.get("reason", "")) or "head office",
                        "hq_rejected", authority)
                rejected.append(loan.id)
        return HqApplied(tuple(sanctioned), tuple(rejected), powers)


def _decided_loan(s: Session, payload: dict) -> Loan | None:
    if "loan_no" in payload:
        return s.scalars(select(Loan).where(Loan.loan_no == str(payload["loan_no"]))).first()
    if "loan_id" in payload:
        return s.get(Loan, int(payload["loan_id"]))
    return None

"""Reversal of a loan's money movement with a reason: a new journal row names the
original (which stays); the loan's status and installment caches follow the ledger.

Meeting repayments are reversed with their meeting (meetings area); a prepayment
reopens the loan on the schedule it had before (kept in `loan_reschedule`); a
disbursement only while nothing has been repaid (the loan returns to sanctioned and its
schedule is removed). A loan paid out in tranches has its tranches reversed the latest
first; earlier tranches stand and the loan waits, sanctioned, for its next tranche (a
manager's early close of the tranches is undone with the last tranche).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.models import JournalEntry, Loan, SavingsAccount
from app.db.models_loans import LoanSettlement
from app.db.uow import Actor, UnitOfWork
from app.errors import QT_TR_NOOP, ConflictError, NotFound, RuleViolation
from app.services import roles
from app.services.cash import require_cash_to_reverse
from app.services.common import open_business_day
from app.services.ledger_ops import (
    rebuild_installment_caches,
    require_not_settled,
    reverse_into_savings,
)
from app.services.loan_closure import _reason, _recovered, _written_off, full_schedule
from app.services.loan_reschedule import prepayment_history, undo_prepayment
from app.services.loans import get_loan, paid_tranches, require_status, signed
from app.services.roles import require

REVERSIBLE = ("repayment", "recovery", "write_off", "insurance_claim", "disbursement")


def reverse_loan_entry(engine: Engine, actor: Actor, entry_id: int, reason: str) -> int:
    """Cancel a loan's money movement by a reversal row naming it; returns the new row's id.

    Meeting repayments are reversed with their meeting (meetings area); a disbursement
    only while nothing has been repaid (the loan returns to sanctioned)."""
    require(actor, roles.LOAN_REVERSE)
    reason = _reason(reason)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(uow.session)
        entry = s.get(JournalEntry, entry_id)
        if entry is None or entry.loan_id is None or entry.kind not in REVERSIBLE \
                or entry.reverses_id is not None:
            raise NotFound(QT_TR_NOOP("No such loan transaction to reverse."))
        if entry.meeting_id is not None:
            raise RuleViolation(QT_TR_NOOP("This repayment was posted with a meeting; "
                                           "reverse the meeting instead."))
        if entry.channel == "opening":
            raise RuleViolation(QT_TR_NOOP("This is the loan's opening balance from the old "
                                           "system; it is not reversed. Ask head office to "
                                           "correct the opening book."))
        if s.scalar(select(JournalEntry.id).where(JournalEntry.reverses_id == entry.id)):
            raise ConflictError(QT_TR_NOOP("This transaction is already reversed."))
        loan = get_loan(s, entry.loan_id)
        rows = _reversal_targets(s, loan, entry)
        require_cash_to_reverse(s, on, rows)
        ids = [_post_reversal(uow, row, on, reason) for row in rows]
        _undo_effect(s, loan, entry, on, reason, actor)
        uow.emit("loan.reversed", loan.id, {
            "loan_id": loan.id, "entry_id": entry.id, "kind": entry.kind,
            "amount_minor": entry.amount_minor, "reversal_ids": ids, "reason": reason,
            "status": loan.status}, on)
        return ids[0]


def _reversal_targets(s: Session, loan: Loan, entry: JournalEntry) -> list[JournalEntry]:
    if entry.kind == "repayment":
        require_status(loan, "disbursed", "closed")
        require_not_settled(s, loan)
        if entry.reason == "prepayment":
            prepayment_history(s, loan, entry.id)
    elif entry.kind == "recovery":
        require_status(loan, "written_off", "closed")
    elif entry.kind == "write_off":
        require_status(loan, "written_off")
        if _recovered(s, loan.id):
            raise RuleViolation(QT_TR_NOOP("Reverse the recoveries on this loan first."))
    elif entry.kind == "insurance_claim":
        require_status(loan, "closed")
    if entry.kind != "disbursement":
        return [entry]
    require_status(loan, "disbursed", "sanctioned")  # sanctioned: a tranche of it paid
    later = s.scalar(select(JournalEntry.id).where(
        JournalEntry.loan_id == loan.id, JournalEntry.kind == "disbursement",
        JournalEntry.reverses_id.is_(None), JournalEntry.id > entry.id,
        JournalEntry.id.not_in(select(JournalEntry.reverses_id).where(
            JournalEntry.loan_id == loan.id, JournalEntry.reverses_id.is_not(None)))))
    if later is not None:
        raise RuleViolation(QT_TR_NOOP("A later tranche of this loan was paid; reverse the "
                                       "later tranches first."))
    paid = s.scalar(select(func.coalesce(func.sum(signed(JournalEntry.amount_minor)), 0))
                    .where(JournalEntry.loan_id == loan.id, JournalEntry.kind == "repayment"))
    if paid:
        raise RuleViolation(QT_TR_NOOP("Repayments were made on this loan; a disbursement "
                                       "can only be reversed before any repayment."))
    return list(s.scalars(select(JournalEntry).where(
        JournalEntry.loan_id == loan.id, JournalEntry.reverses_id.is_(None),
        JournalEntry.kind.in_(("disbursement", "fee", "insurance", "savings_deposit")),
        JournalEntry.business_date == entry.business_date).order_by(JournalEntry.id)))


def _post_reversal(uow: UnitOfWork, row: JournalEntry, on: date, reason: str) -> int:
    if row.kind == "savings_deposit" and row.savings_account_id is not None:
        account = uow.session.get(SavingsAccount, row.savings_account_id)
        if account is not None:
            reverse_into_savings(uow.session, account, -row.amount_minor)
    new = uow.journal.post(business_date=on, staff_id=uow.actor.staff_id or 0, kind=row.kind,
                           amount_minor=row.amount_minor, principal_minor=row.principal_minor,
                           interest_minor=row.interest_minor, fee_minor=row.fee_minor,
                           penalty_minor=row.penalty_minor, member_id=row.member_id,
                           loan_id=row.loan_id, savings_account_id=row.savings_account_id,
                           channel=row.channel, reverses_id=row.id, reason=reason)
    return new.id


def _undo_effect(s: Session, loan: Loan, entry: JournalEntry, on: date, reason: str,
                 actor: Actor) -> None:
    if entry.kind == "repayment" and entry.reason == "prepayment":
        s.flush()
        undo_prepayment(s, loan, entry.id, on, reason, actor.staff_id)
    elif entry.kind == "repayment":
        s.flush()
        rebuild_installment_caches(s, loan.id)
    elif entry.kind == "recovery":
        loan.status, loan.closed_on = "written_off", None
    elif entry.kind == "write_off":
        wo = _written_off(s, loan.id)
        wo.reversed = True
        loan.status = "disbursed"
    elif entry.kind == "insurance_claim":
        settlement = s.get(LoanSettlement, loan.id)
        if settlement is not None:
            s.delete(settlement)
        loan.status, loan.closed_on = "disbursed", None
    elif entry.kind == "disbursement":
        for inst in full_schedule(s, loan.id):
            s.delete(inst)
        s.flush()
        closed = (loan.terms or {}).get("tranches_closed")
        if closed:  # the manager had closed its tranches early: the sanctioned loan again
            loan.principal_minor = int(closed["sanctioned_minor"])
            loan.terms = {k: v for k, v in loan.terms.items() if k != "tranches_closed"}
        loan.status, loan.disbursed_on = "sanctioned", None
        if not paid_tranches(s, loan.id):  # earlier tranches stand: she goes on with them
            loan.kfs_accepted_on = None

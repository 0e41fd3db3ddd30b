"""Cash that comes from or goes to head office and the bank, and the branch's expenses.

A branch disburses more on some days than it collects: head office sends funds (or the
manager draws on the bank), and cash above what the safe should hold is deposited in
the bank; small expenses (rent, stationery, travel) are paid from the safe against a
voucher. Each is one journal row (`cash_transfer_in` / `cash_transfer_out` / `expense`)
with its reference, so the cash book and the cash counted at day close agree. A
mistake is undone by a reversal with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select

from app.db.models import JournalEntry, Staff
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import QT_TR_NOOP, ConflictError, NotFound, ValidationError
from app.services import roles
from app.services.cash import require_cash
from app.services.common import (
    open_business_day,
    read_session,
)
from app.services.roles import require

KINDS = {"in": "cash_transfer_in", "out": "cash_transfer_out", "expense": "expense"}
DIRECTION = {kind: direction for direction, kind in KINDS.items()}
MAX_REFERENCE = 200
NOT_IN_HAND = QT_TR_NOOP("Only {cash} is in hand; {amount} cannot be sent.")


@dataclass(frozen=True)
class CashTransfer:
    journal_id: int
    direction: str  # in | out | expense
    amount_minor: int
    reference: str
    staff_en: str
    staff_bn: str
    reversed: bool


def record_cash_transfer(engine: Engine, actor: Actor, direction: str, amount_minor: int,
                         reference: str) -> int:
    """Fund received (in), cash sent to the bank / head office (out) or an expense paid
    from the safe (expense); the journal id."""
    require(actor, roles.CASH_TRANSFER)
    if direction not in KINDS:
        raise ValidationError(QT_TR_NOOP("A transfer is either in or out."))
    what = QT_TR_NOOP("Write what it was for and the voucher number.") if direction == \
        "expense" else QT_TR_NOOP("Write the reference: cheque, deposit slip or head "
                                  "office's advice.")
    amount_minor = inputs.amount(amount_minor, inputs.AMOUNT, positive=True)
    reference = inputs.text(reference, inputs.REFERENCE, limit=10 * MAX_REFERENCE)
    if not reference:
        raise ValidationError(what)
    if len(reference) > MAX_REFERENCE:
        raise ValidationError(QT_TR_NOOP("The reference is too long (at most {n} "
                                         "characters)."), n=MAX_REFERENCE)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(s)
        if direction != "in":
            require_cash(s, on, amount_minor, NOT_IN_HAND)
        entry = uow.journal.post(business_date=on, staff_id=actor.staff_id or 0,
                                 kind=KINDS[direction], amount_minor=amount_minor,
                                 channel="counter", reason=reference)  # through the safe
        event = "cash.expense" if direction == "expense" else f"cash.transfer_{direction}"
        uow.emit(event, entry.id, {
            "journal_id": entry.id, "amount_minor": amount_minor, "reference": reference}, on)
        return entry.id


def cash_transfers(engine: Engine, on: date) -> list[CashTransfer]:
    """The day's transfers, for the cash page (newest last)."""
    with read_session(engine) as s:
        reversed_ids = set(s.scalars(select(JournalEntry.reverses_id).where(
            JournalEntry.reverses_id.is_not(None),
            JournalEntry.kind.in_(tuple(KINDS.values())))))
        rows = s.execute(
            select(JournalEntry, Staff.full_name_en, Staff.full_name_bn)
            .join(Staff, Staff.id == JournalEntry.staff_id)
            .where(JournalEntry.business_date == on,
                   JournalEntry.kind.in_(tuple(KINDS.values())),
                   JournalEntry.reverses_id.is_(None))
            .order_by(JournalEntry.id)).all()
        return [CashTransfer(e.id, DIRECTION[e.kind], e.amount_minor, e.reason, en, bn,
                             e.id in reversed_ids) for e, en, bn in rows]


def reverse_cash_transfer(engine: Engine, actor: Actor, journal_id: int,
                          reason: str) -> int:
    """Undo a transfer (of any day) by a reversal row dated the open business day
    (manager only): a closed day's cash book stays as it was counted. Its id."""
    require(actor, roles.CASH_TRANSFER_REVERSE)
    reason = inputs.text(reason, inputs.REASON)
    if not reason:
        raise ValidationError(QT_TR_NOOP("A reversal needs a reason."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(s)
        original = s.get(JournalEntry, journal_id)
        if original is None or original.kind not in KINDS.values() \
                or original.reverses_id is not None:
            raise NotFound(QT_TR_NOOP("No such cash transfer."))
        if s.scalar(select(JournalEntry.id).where(JournalEntry.reverses_id == journal_id)):
            raise ConflictError(QT_TR_NOOP("This transfer has already been reversed."))
        if original.kind == KINDS["in"]:  # undoing a fund takes the cash back out
            require_cash(s, on, original.amount_minor, NOT_IN_HAND)
        entry = uow.journal.post(business_date=on, staff_id=actor.staff_id or 0,
                                 kind=original.kind, amount_minor=original.amount_minor,
                                 channel=original.channel, reverses_id=original.id,
                                 reason=reason)
        uow.emit("cash.transfer_reversed", entry.id, {
            "journal_id": entry.id, "reverses_id": original.id, "reason": reason}, on)
        return entry.id

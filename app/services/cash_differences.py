"""Cash short or over at day close: recorded to a suspense head, settled later.

A difference between the cash counted and the cash book is a fact to account for, not
a wall: the branch manager closes the day with it recorded, giving the reason (the
recording is the manager's approval). A shortage leaves the cash book into the cash
shortage suspense head (kind ``cash_shortage``), an excess comes in to the cash excess
head (``cash_excess``), so the book equals the cash in the safe. Each stays an open task
(Cash page) until the manager settles it:

- a shortage **recovered** from whoever was responsible (cash comes back in) or
  **written off** as the branch's loss (no cash: suspense to expense);
- an excess **returned** to whom it belongs (cash goes out) or taken **to income**;
- or the recording is **reversed** (the count was wrong and the cash turned up): a
  reversal row naming it, on the day it is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Staff
from app.db.models_cash import CashDifference
from app.db.uow import Actor, UnitOfWork
from app.errors import (
    QT_TR_NOOP,
    Amount,
    ConflictError,
    NotFound,
    Phrase,
    RuleViolation,
    ValidationError,
)
from app.services import roles
from app.services.common import open_business_day, read_session
from app.services.roles import require

MANAGERS = ("branch_manager",)
RECORD_KIND = {"short": "cash_shortage", "over": "cash_excess"}
# settlement -> (the direction it settles, its journal kind)
SETTLEMENTS = {
    "recovered": ("short", "shortage_recovered"),
    "written_off": ("short", "shortage_written_off"),
    "returned": ("over", "excess_returned"),
    "to_income": ("over", "excess_to_income"),
}


class CashDifferenceFound(RuleViolation):
    """The count differs from the book and no reason was given to record it."""

    def __init__(self, book_minor: int, counted_minor: int) -> None:
        super().__init__(
            QT_TR_NOOP("The cash book says {book} but {counted} was counted: {difference} "
                       "{direction}. Count again, or give the reason to record it in "
                       "suspense and close the day."),
            book=Amount(book_minor), counted=Amount(counted_minor),
            difference=Amount(abs(book_minor - counted_minor)),
            direction=Phrase(QT_TR_NOOP("short")) if counted_minor < book_minor
            else Phrase(QT_TR_NOOP("over")))
        self.book_minor, self.counted_minor = book_minor, counted_minor


@dataclass(frozen=True)
class CashDifferenceRow:
    id: int
    on: date
    direction: str
    amount_minor: int
    reason: str
    recorded_by_en: str
    recorded_by_bn: str
    status: str
    settlement: str | None
    settlement_note: str
    settled_on: date | None


def _reason(text: str, what: str = QT_TR_NOOP("Give the reason for the difference.")) -> str:
    if not text or not text.strip():
        raise ValidationError(what)
    if len(text) > 500 or "\x00" in text:
        raise ValidationError(QT_TR_NOOP("The reason is too long (at most 500 characters)."))
    return text.strip()


def record_difference(uow: UnitOfWork, on: date, book_minor: int, counted_minor: int,
                      reason: str) -> CashDifference:
    """Inside the day close's transaction: the difference to its suspense head, so the
    cash book's closing equals the cash counted."""
    reason = _reason(reason)
    direction = "short" if counted_minor < book_minor else "over"
    amount = abs(book_minor - counted_minor)
    entry = uow.journal.post(business_date=on, staff_id=uow.actor.staff_id or 0,
                             kind=RECORD_KIND[direction], amount_minor=amount,
                             channel="counter", reason=reason)
    row = CashDifference(on_date=on, direction=direction, amount_minor=amount, reason=reason,
                         entry_id=entry.id, recorded_by=uow.actor.staff_id or 0,
                         status="open", settlement_note="")
    uow.session.add(row)
    uow.session.flush()
    uow.emit("cash.difference_recorded", row.id, {
        "difference_id": row.id, "on": on.isoformat(), "direction": direction,
        "amount_minor": amount, "reason": reason}, on)
    return row


def _open_difference(session: Session, difference_id: int) -> CashDifference:
    row = session.get(CashDifference, difference_id)
    if row is None:
        raise NotFound(QT_TR_NOOP("No such cash difference."))
    if row.status != "open":
        raise ConflictError(QT_TR_NOOP("This cash difference is already settled."))
    return row


def settle_difference(engine: Engine, actor: Actor, difference_id: int, settlement: str,
                      note: str) -> int:
    """Settle an open difference (branch manager) on the open day; returns the journal
    row posted. Cash going out (an excess returned) needs it in the safe."""
    require(actor, roles.CASH_DIFFERENCE)
    note = _reason(note, QT_TR_NOOP("Say how the difference was settled."))
    if settlement not in SETTLEMENTS:
        raise ValidationError(QT_TR_NOOP("Unknown settlement: {value}"), value=settlement)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        row = _open_difference(s, difference_id)
        direction, kind = SETTLEMENTS[settlement]
        if direction != row.direction:
            raise RuleViolation(QT_TR_NOOP("A shortage is recovered or written off; an "
                                           "excess is returned or taken to income."))
        on = open_business_day(s)
        if kind == "excess_returned":
            from app.services.cash import require_cash

            require_cash(s, on, row.amount_minor)
        entry = uow.journal.post(business_date=on, staff_id=actor.staff_id or 0, kind=kind,
                                 amount_minor=row.amount_minor, channel="counter",
                                 reason=note)
        _settled(row, settlement, note, entry.id, on, actor)
        uow.emit("cash.difference_settled", row.id, {
            "difference_id": row.id, "settlement": settlement, "note": note,
            "amount_minor": row.amount_minor}, on)
        return entry.id


def reverse_difference(engine: Engine, actor: Actor, difference_id: int, reason: str) -> int:
    """The count was wrong: reverse the recorded difference (branch manager) on the open
    day; a shortage's cash comes back into the book, an excess's goes out of it."""
    require(actor, roles.CASH_DIFFERENCE)
    reason = _reason(reason, QT_TR_NOOP("A reversal needs a reason."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        row = _open_difference(s, difference_id)
        on = open_business_day(s)
        if row.direction == "over":
            from app.services.cash import TAKEN_BACK, require_cash

            require_cash(s, on, row.amount_minor, TAKEN_BACK)
        entry = uow.journal.post(business_date=on, staff_id=actor.staff_id or 0,
                                 kind=RECORD_KIND[row.direction],
                                 amount_minor=row.amount_minor, channel="counter",
                                 reverses_id=row.entry_id, reason=reason)
        _settled(row, "reversed", reason, entry.id, on, actor)
        row.status = "reversed"
        uow.emit("cash.difference_reversed", row.id, {
            "difference_id": row.id, "reason": reason, "amount_minor": row.amount_minor}, on)
        return entry.id


def _settled(row: CashDifference, settlement: str, note: str, entry_id: int, on: date,
             actor: Actor) -> None:
    row.status, row.settlement, row.settlement_note = "settled", settlement, note
    row.settlement_entry_id, row.settled_on, row.settled_by = entry_id, on, actor.staff_id


def cash_differences(engine: Engine, open_only: bool = True) -> list[CashDifferenceRow]:
    """The differences still in suspense (the manager's open tasks), or all of them."""
    with read_session(engine) as s:
        query = select(CashDifference, Staff).join(Staff, Staff.id == CashDifference.recorded_by)
        if open_only:
            query = query.where(CashDifference.status == "open")
        return [CashDifferenceRow(d.id, d.on_date, d.direction, d.amount_minor, d.reason,
                                  st.full_name_en, st.full_name_bn, d.status, d.settlement,
                                  d.settlement_note, d.settled_on)
                for d, st in s.execute(query.order_by(CashDifference.id))]


def in_suspense(session: Session) -> tuple[int, int]:
    """(shortages, excesses) still open, in minor units."""
    short = over = 0
    for d in session.scalars(select(CashDifference).where(CashDifference.status == "open")):
        if d.direction == "short":
            short += d.amount_minor
        else:
            over += d.amount_minor
    return short, over


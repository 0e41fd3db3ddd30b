"""Savings accounts: compulsory and voluntary, deposits and withdrawals at the counter,
interest at the account rate, closing.

Balances are a cache of the ledger (deposits − withdrawals + interest, reversals counted
negative; `shakha db check` proves it). The lien rule: under a profile with
`savings_lien` (bangladesh_mra) compulsory savings cannot be withdrawn while the member
has an open loan; under india_rbi they can. Never beyond the balance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.models import Branch, JournalEntry, Member, SavingsAccount
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import QT_TR_NOOP, NotFound, RuleViolation, ValidationError
from app.services import roles
from app.services.cash import require_cash
from app.services.common import branch_row, read_session, require_open_day
from app.services.ledger_ops import (
    SAVINGS_HELD,
    check_withdrawal,
    lien_applies,
    member_name,
    owing_members,
)
from app.services.roles import require

COUNTER_ROLES = ("field_officer", "accountant", "branch_manager")


@dataclass(frozen=True)
class SavingsMovement:
    account_id: int
    entry_id: int
    balance_minor: int


@dataclass(frozen=True)
class InterestPosted:
    period_end: date
    accounts: int
    total_minor: int


def _account(session: Session, account_id: int) -> SavingsAccount:
    account = session.get(SavingsAccount, account_id)
    if account is None:
        raise NotFound(QT_TR_NOOP("No such savings account."))
    return account


def open_account(engine: Engine, actor: Actor, member_id: int, kind: str = "voluntary",
                 annual_rate_bp: int = 400) -> int:
    require(actor, roles.SAVINGS_COUNTER)
    if kind not in ("compulsory", "voluntary"):
        raise ValidationError(QT_TR_NOOP("Unknown savings kind: {kind}"), kind=kind)
    if type(annual_rate_bp) is not int or not 0 <= annual_rate_bp <= 2000:
        raise ValidationError(QT_TR_NOOP("The interest rate must be 0–20%."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch = branch_row(s)
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(QT_TR_NOOP("No such member."))
        if member.status != "active":
            raise RuleViolation(QT_TR_NOOP("Only an active member can do this."))
        if kind == "compulsory" and s.scalar(select(func.count()).select_from(SavingsAccount)
                                             .where(SavingsAccount.member_id == member_id,
                                                    SavingsAccount.kind == "compulsory",
                                                    SavingsAccount.status == "open")):
            raise RuleViolation(QT_TR_NOOP("She already has a compulsory savings account."))
        n = int(s.scalar(select(func.count()).select_from(SavingsAccount).where(
            SavingsAccount.member_id == member_id)) or 0)
        prefix = "S" if kind == "compulsory" else "V"
        account = SavingsAccount(account_no=f"{prefix}-{member.code}-{n + 1}",
                                 member_id=member_id, kind=kind,
                                 annual_rate_bp=annual_rate_bp,
                                 opened_on=branch.business_date, status="open",
                                 balance_minor=0)
        s.add(account)
        s.flush()
        uow.emit("savings.opened", account.id, {
            "account_id": account.id, "account_no": account.account_no,
            "member_id": member_id, "kind": kind, "annual_rate_bp": annual_rate_bp},
            branch.business_date)
        return account.id


def _open_account_today(s: Session, account_id: int) -> tuple[Branch, date, SavingsAccount]:
    """The branch, its open business day and an account still open: what any counter
    movement on the account needs."""
    branch = branch_row(s)
    on = branch.business_date
    require_open_day(s, on)
    account = _account(s, account_id)
    if account.status != "open":
        raise RuleViolation(QT_TR_NOOP("This savings account is closed."))
    return branch, on, account



def _counter(engine: Engine, actor: Actor, account_id: int, amount_minor: int,
             kind: str) -> SavingsMovement:
    require(actor, roles.SAVINGS_COUNTER)
    field = inputs.SAVINGS_DEPOSIT if kind == "savings_deposit" else inputs.SAVINGS_WITHDRAWAL
    amount_minor = inputs.amount(amount_minor, field, positive=True)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch, on, account = _open_account_today(s, account_id)
        if kind == "savings_withdrawal":
            check_withdrawal(s, branch, account, amount_minor)
            require_cash(s, on, amount_minor)
        entry = uow.journal.post(business_date=on, staff_id=actor.staff_id or 0, kind=kind,
                                 amount_minor=amount_minor, member_id=account.member_id,
                                 savings_account_id=account.id, channel="counter")
        account.balance_minor += amount_minor if kind == "savings_deposit" else -amount_minor
        s.flush()
        uow.emit(kind.replace("_", "."), account.id, {
            "entry_id": entry.id, "account_id": account.id, "member_id": account.member_id,
            "amount_minor": amount_minor, "channel": "counter",
            "balance_minor": account.balance_minor}, on)
        return SavingsMovement(account.id, entry.id, account.balance_minor)


def counter_deposit(engine: Engine, actor: Actor, account_id: int,
                    amount_minor: int) -> SavingsMovement:
    """A deposit paid in at the branch counter."""
    return _counter(engine, actor, account_id, amount_minor, "savings_deposit")


def counter_withdrawal(engine: Engine, actor: Actor, account_id: int,
                       amount_minor: int) -> SavingsMovement:
    """A withdrawal paid out at the counter (lien rule, never beyond the balance)."""
    return _counter(engine, actor, account_id, amount_minor, "savings_withdrawal")


def interest_for(balance_minor: int, annual_rate_bp: int, days: int) -> int:
    """Simple interest on a balance for `days` days (365-day year), half-up to the paisa."""
    if balance_minor <= 0 or days <= 0 or annual_rate_bp <= 0:
        return 0
    value = (Decimal(balance_minor) * Decimal(annual_rate_bp) / Decimal(10000)
             * Decimal(days) / Decimal(365))
    return int(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def _last_period_end(session: Session, account: SavingsAccount) -> date:
    reason = session.scalar(select(JournalEntry.reason).where(
        JournalEntry.savings_account_id == account.id, JournalEntry.kind == "savings_interest",
        JournalEntry.reverses_id.is_(None)).order_by(JournalEntry.id.desc()).limit(1))
    if reason and reason.startswith("interest to "):
        return date.fromisoformat(reason.removeprefix("interest to "))
    return account.opened_on


def post_savings_interest(engine: Engine, actor: Actor, period_end: date) -> InterestPosted:
    """Credit interest to every open account for the days since its last credit.

    Interest is on the balance as it stands (the branch credits at least quarterly),
    Decimal arithmetic, rounded half-up to the paisa; an account already credited to
    `period_end` is skipped, so running it twice credits nothing more.
    """
    require(actor, roles.SAVINGS_INTEREST)
    period_end = inputs.day(period_end)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch = branch_row(s)
        on = branch.business_date
        require_open_day(s, on)
        if period_end > on:
            raise ValidationError(QT_TR_NOOP("The date cannot be in the future."))
        count = total = 0
        for account in s.scalars(select(SavingsAccount).where(SavingsAccount.status == "open")
                                 .order_by(SavingsAccount.id)):
            days = (period_end - _last_period_end(s, account)).days
            amount = interest_for(account.balance_minor, account.annual_rate_bp, days)
            if amount <= 0:
                continue
            uow.journal.post(business_date=on, staff_id=actor.staff_id or 0,
                             kind="savings_interest", amount_minor=amount,
                             member_id=account.member_id, savings_account_id=account.id,
                             channel="counter", reason=f"interest to {period_end.isoformat()}")
            account.balance_minor += amount
            count += 1
            total += amount
        uow.emit("savings.interest_posted", period_end.isoformat(), {
            "period_end": period_end.isoformat(), "accounts": count, "total_minor": total}, on)
        return InterestPosted(period_end, count, total)


def close_account(engine: Engine, actor: Actor, account_id: int) -> int:
    """Close an account, paying out what is left at the counter; returns the payout."""
    require(actor, roles.SAVINGS_COUNTER)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch, on, account = _open_account_today(s, account_id)
        if account.kind == "compulsory" and owing_members(s, [account.member_id]):
            raise RuleViolation(SAVINGS_HELD, member=member_name(s, account.member_id))
        payout = account.balance_minor
        require_cash(s, on, payout)
        if payout:
            uow.journal.post(business_date=on, staff_id=actor.staff_id or 0,
                             kind="savings_withdrawal", amount_minor=payout,
                             member_id=account.member_id, savings_account_id=account.id,
                             channel="counter", reason="account closed")
        account.balance_minor, account.status, account.closed_on = 0, "closed", on
        uow.emit("savings.closed", account.id, {"account_id": account.id,
                                                "payout_minor": payout}, on)
        return payout


@dataclass(frozen=True)
class AccountRow:
    account_id: int
    account_no: str
    member_id: int
    member_code: str
    name_en: str
    name_bn: str
    kind: str
    status: str
    balance_minor: int
    withdrawable_minor: int


def member_accounts(engine: Engine, member_id: int) -> list[AccountRow]:
    """A member's accounts with what may be withdrawn now (lien applied)."""
    with read_session(engine) as s:
        branch = branch_row(s)
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(QT_TR_NOOP("No such member."))
        return [AccountRow(a.id, a.account_no, member.id, member.code, member.name_en,
                           member.name_bn, a.kind, a.status, a.balance_minor,
                           0 if a.status != "open" or lien_applies(s, branch, a)
                           else a.balance_minor)
                for a in s.scalars(select(SavingsAccount).where(
                    SavingsAccount.member_id == member_id).order_by(SavingsAccount.id))]

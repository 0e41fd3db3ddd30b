"""Money movements shared by meetings and the counter: repayments and savings.

Repayments go through the schedule engine's allocation (overdue first, oldest first,
then advance on the next installments where the product allows it). Installment caches
always equal the ledger; after a reversal they are rebuilt from the ledger itself: with
oldest-first allocation the cumulative principal and interest paid on a loan determine
every installment's paid amounts exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.db.models import (
    Branch,
    Installment,
    JournalEntry,
    Loan,
    LoanProduct,
    Member,
    SavingsAccount,
)
from app.db.uow import UnitOfWork
from app.domain.allocation import DEFAULT_ORDER, InstallmentDue, allocate
from app.domain.money import from_minor, to_minor
from app.domain.products import PROFILES
from app.errors import QT_TR_NOOP, Amount, Name, RuleViolation
from app.errors import member_name as named


@dataclass(frozen=True)
class PaidLoans:
    allocations: list[dict]
    closed_loans: list[int]


def _dues(installments: list[Installment], until: date | None = None
          ) -> list[InstallmentDue]:
    """What is still owed on each installment (only those due by `until`, when given:
    all that an allocation without advance reads, and far fewer than a whole schedule)."""
    return [InstallmentDue(i.number, i.due_on,
                           from_minor(i.principal_minor - i.paid_principal_minor),
                           from_minor(i.interest_minor - i.paid_interest_minor))
            for i in installments
            if (until is None or i.due_on <= until)
            and i.paid_principal_minor + i.paid_interest_minor
            < i.principal_minor + i.interest_minor]


def member_name(session: Session, member_id: int) -> Name | str:
    member = session.get(Member, member_id)
    return named(member.code, member.name_en, member.name_bn) if member else str(member_id)


_UNPAID = (Installment.paid_principal_minor + Installment.paid_interest_minor
           < Installment.principal_minor + Installment.interest_minor)


@dataclass
class Preloaded:
    """Open loans, schedules and compulsory accounts of many members, loaded at once.

    `schedules` holds what each loan still owes up to `on` (all a payment without
    advance touches); `later` counts the unpaid installments after `on`, loaded only
    when a payment goes on to them (`schedule`)."""

    loans: dict[int, list]
    schedules: dict[int, list[Installment]]
    accounts: dict[int, SavingsAccount]
    on: date | None = None
    later: dict[int, int] = field(default_factory=dict)

    def schedule(self, session: Session, loan_id: int) -> list[Installment]:
        """The loan's unpaid installments, the later ones too (loaded once)."""
        if self.later.pop(loan_id, 0):
            self.schedules[loan_id] = list(session.scalars(select(Installment).where(
                Installment.loan_id == loan_id, _UNPAID).order_by(Installment.number)))
        return self.schedules[loan_id]


def preload(session: Session, member_ids: list[int], on: date | None = None) -> Preloaded:
    """With `on`, installments due after it are counted, not loaded (see Preloaded)."""
    loans: dict[int, list] = {m: [] for m in member_ids}
    for loan, product in session.execute(
            select(Loan, LoanProduct).join(LoanProduct)
            .where(Loan.member_id.in_(member_ids), Loan.status == "disbursed")
            .order_by(Loan.disbursed_on, Loan.id)).all():
        loans[loan.member_id].append((loan, product))
    loan_ids = [loan.id for rows in loans.values() for loan, _ in rows]
    schedules: dict[int, list[Installment]] = {i: [] for i in loan_ids}
    # only what is still owed: a payment never touches a settled installment
    query = select(Installment).where(Installment.loan_id.in_(loan_ids), _UNPAID)
    later: dict[int, int] = {}
    if on is not None:
        query = query.where(Installment.due_on <= on)
        later = {loan_id: int(n) for loan_id, n in session.execute(
            select(Installment.loan_id, func.count())
            .where(Installment.loan_id.in_(loan_ids), _UNPAID, Installment.due_on > on)
            .group_by(Installment.loan_id))}
    for inst in session.scalars(query.order_by(Installment.loan_id, Installment.number)):
        schedules[inst.loan_id].append(inst)
    accounts = {a.member_id: a for a in session.scalars(select(SavingsAccount).where(
        SavingsAccount.member_id.in_(member_ids), SavingsAccount.kind == "compulsory",
        SavingsAccount.status == "open").order_by(SavingsAccount.id.desc()))}
    return Preloaded(loans, schedules, accounts, on, later)


def pay_loans(uow: UnitOfWork, member_id: int, amount_minor: int, on: date, staff_id: int,
              *, meeting_id: int | None, channel: str, reason: str = "",
              loan_id: int | None = None, preloaded: Preloaded | None = None) -> PaidLoans:
    """Allocate a member's payment over her open loans (oldest loan first)."""
    session = uow.session
    if preloaded is not None and loan_id is None and preloaded.on not in (None, on):
        preloaded = None  # loaded up to another day: not this payment's dues
    if preloaded is not None and loan_id is None:
        loans = preloaded.loans.get(member_id, [])
        schedules = {loan.id: preloaded.schedules[loan.id] for loan, _ in loans}
    else:
        query = (select(Loan, LoanProduct).join(LoanProduct)
                 .where(Loan.member_id == member_id, Loan.status == "disbursed")
                 .order_by(Loan.disbursed_on, Loan.id))
        if loan_id is not None:
            query = query.where(Loan.id == loan_id)
        loans = list(session.execute(query).all())
        schedules = {loan.id: list(session.scalars(select(Installment).where(
            Installment.loan_id == loan.id).order_by(Installment.number)))
            for loan, _ in loans}
    if not loans:
        raise RuleViolation(QT_TR_NOOP("{member} has no open loan to repay."),
                            member=member_name(session, member_id))
    remaining = from_minor(amount_minor)
    taken: dict[int, list] = {loan.id: [] for loan, _ in loans}
    for advance in (False, True):
        for loan, product in loans:
            if remaining <= 0:
                break
            if advance and not product.definition.get("allow_advance", True):
                continue
            if advance and preloaded is not None and loan_id is None:
                schedules[loan.id] = preloaded.schedule(session, loan.id)
            order = tuple(product.definition.get("allocation_order", DEFAULT_ORDER))
            dues = _dues(schedules[loan.id], None if advance else on)
            result = allocate(remaining, dues, on, order, apply_advance=advance)
            _apply(schedules[loan.id], result.lines, on)
            taken[loan.id] += result.lines
            remaining = result.advance
    if remaining > 0:
        raise RuleViolation(
            QT_TR_NOOP("{member} paid {paid}, which is {extra} more than she owes and may "
                       "pay in advance."), member=member_name(session, member_id),
            paid=Amount(amount_minor), extra=Amount(to_minor(remaining)))
    # installments after `on` not loaded (none of this payment went to them): still owed
    owing_later = {loan.id for loan, _ in loans
                   if preloaded is not None and loan_id is None and preloaded.later.get(loan.id)}
    return _post_repayments(uow, loans, taken, schedules, on, staff_id, member_id,
                            meeting_id, channel, reason, owing_later)


def _apply(installments: list[Installment], lines, on: date) -> None:  # type: ignore[no-untyped-def]
    by_number = {i.number: i for i in installments}
    for line in lines:
        inst = by_number[line.number]
        inst.paid_principal_minor += to_minor(line.principal)
        inst.paid_interest_minor += to_minor(line.interest)
        if (inst.paid_principal_minor + inst.paid_interest_minor
                == inst.principal_minor + inst.interest_minor):
            inst.paid_on = on


def _post_repayments(uow, loans, taken, schedules, on, staff_id, member_id, meeting_id,  # type: ignore[no-untyped-def]
                     channel, reason, owing_later=frozenset()) -> PaidLoans:
    allocations, closed = [], []
    for loan, _product in loans:
        lines = taken[loan.id]
        if not lines:
            continue
        principal = sum(to_minor(line.principal) for line in lines)
        interest = sum(to_minor(line.interest) for line in lines)
        fees = sum(to_minor(line.fees) for line in lines)
        penalty = sum(to_minor(line.penalty) for line in lines)
        uow.journal.post(business_date=on, staff_id=staff_id, kind="repayment",
                         amount_minor=principal + interest + fees + penalty,
                         principal_minor=principal, interest_minor=interest, fee_minor=fees,
                         penalty_minor=penalty, member_id=member_id, loan_id=loan.id,
                         meeting_id=meeting_id, channel=channel, reason=reason)
        allocations.append({"loan_id": loan.id, "principal_minor": principal,
                            "interest_minor": interest, "fee_minor": fees,
                            "penalty_minor": penalty,
                            "installments": [line.number for line in lines]})
        if all(i.paid_on is not None for i in schedules[loan.id]) \
                and loan.id not in owing_later:
            loan.status, loan.closed_on = "closed", on
            closed.append(loan.id)
    return PaidLoans(allocations, closed)


def rebuild_installment_caches(session: Session, loan_id: int) -> None:
    """Re-derive a loan's installment paid amounts from its journal rows."""
    sign = case((JournalEntry.reverses_id.is_(None), 1), else_=-1)
    principal, interest = session.execute(
        select(func.coalesce(func.sum(JournalEntry.principal_minor * sign), 0),
               func.coalesce(func.sum(JournalEntry.interest_minor * sign), 0))
        .where(JournalEntry.loan_id == loan_id, JournalEntry.kind == "repayment")).one()
    principal, interest = int(principal), int(interest)
    for inst in session.scalars(select(Installment).where(Installment.loan_id == loan_id)
                                .order_by(Installment.number)):
        inst.paid_principal_minor = min(principal, inst.principal_minor)
        inst.paid_interest_minor = min(interest, inst.interest_minor)
        principal -= inst.paid_principal_minor
        interest -= inst.paid_interest_minor
        full = (inst.paid_principal_minor + inst.paid_interest_minor
                == inst.principal_minor + inst.interest_minor)
        inst.paid_on = inst.paid_on if full else None
    loan = session.get(Loan, loan_id)
    if loan is not None and loan.status == "closed":
        open_left = session.scalar(select(func.count()).where(
            Installment.loan_id == loan_id, Installment.paid_on.is_(None)))
        if open_left:
            loan.status, loan.closed_on = "disbursed", None


# a loan she still owes on: paid out and not repaid, or written off and not yet recovered
# (the savings lien holds until then: a write-off gives up nothing of what is owed)
OWING_STATUSES = ("disbursed", "written_off")


def owing_members(session: Session, member_ids: list[int]) -> set[int]:
    """Those of `member_ids` who still owe on a loan (the savings lien applies to them)."""
    return set(session.scalars(select(Loan.member_id).where(
        Loan.member_id.in_(member_ids), Loan.status.in_(OWING_STATUSES))))


SAVINGS_HELD = QT_TR_NOOP("{member}'s compulsory savings are held as security while her "
                          "loan is open.")


def lien_applies(session: Session, branch: Branch, account: SavingsAccount) -> bool:
    """The profile's savings lien holds this account (compulsory, she owes on a loan)."""
    profile = PROFILES.get(branch.policy_profile)
    if account.kind != "compulsory" or profile is None or not profile.savings_lien:
        return False
    return bool(owing_members(session, [account.member_id]))


def check_withdrawal(session: Session, branch: Branch, account: SavingsAccount,
                     amount_minor: int) -> None:
    """A withdrawal, at a meeting or the counter: not under the lien, not beyond the
    balance."""
    if lien_applies(session, branch, account):
        raise RuleViolation(SAVINGS_HELD, member=member_name(session, account.member_id))
    if amount_minor > account.balance_minor:
        raise RuleViolation(QT_TR_NOOP("{member} has only {balance} in savings."),
                            member=member_name(session, account.member_id),
                            balance=Amount(account.balance_minor))


def compulsory_account(session: Session, member_id: int, on: date) -> SavingsAccount:
    account = session.scalars(select(SavingsAccount).where(
        SavingsAccount.member_id == member_id, SavingsAccount.kind == "compulsory",
        SavingsAccount.status == "open")).first()
    if account is None:
        member = session.get(Member, member_id)
        assert member is not None
        account = SavingsAccount(account_no=f"S-{member.code}", member_id=member_id,
                                 kind="compulsory", annual_rate_bp=400, opened_on=on,
                                 status="open", balance_minor=0)
        session.add(account)
        session.flush()
    return account


def savings_movement(uow: UnitOfWork, branch: Branch, member_id: int, deposit_minor: int,
                     withdrawal_minor: int, on: date, staff_id: int,
                     meeting_id: int | None, channel: str = "meeting",
                     preloaded: Preloaded | None = None) -> None:
    """Deposit to / withdraw from the member's compulsory savings, with the lien rule."""
    if not deposit_minor and not withdrawal_minor:
        return
    session = uow.session
    account = preloaded.accounts.get(member_id) if preloaded is not None else None
    if account is None:
        account = compulsory_account(session, member_id, on)
    if deposit_minor:
        uow.journal.post(business_date=on, staff_id=staff_id, kind="savings_deposit",
                         amount_minor=deposit_minor, member_id=member_id,
                         savings_account_id=account.id, meeting_id=meeting_id,
                         channel=channel)
        account.balance_minor += deposit_minor
    if withdrawal_minor:
        check_withdrawal(session, branch, account, withdrawal_minor)
        uow.journal.post(business_date=on, staff_id=staff_id, kind="savings_withdrawal",
                         amount_minor=withdrawal_minor, member_id=member_id,
                         savings_account_id=account.id, meeting_id=meeting_id,
                         channel=channel)
        account.balance_minor -= withdrawal_minor


def reverse_into_savings(session: Session, account: SavingsAccount, change: int) -> None:
    """Apply what a reversal changes in a savings balance, never below nothing: a deposit
    she has withdrawn since cannot simply be taken back."""
    if account.balance_minor + change < 0:
        raise RuleViolation(
            QT_TR_NOOP("The reversal takes {amount} from {member}'s savings, which hold only "
                       "{balance}: what she has withdrawn since must come back first."),
            amount=Amount(-change), member=member_name(session, account.member_id),
            balance=Amount(account.balance_minor))
    account.balance_minor += change


def require_not_settled(session: Session, loan: Loan) -> None:
    """A repayment of a loan settled otherwise (a death claim, a write-off) is reversed
    only after that settlement is: else the loan reopens while still settled, and a
    second settlement would claim its principal twice."""
    from app.db.models_loans import LoanSettlement, LoanWriteOff

    written_off = session.scalar(select(LoanWriteOff.id).where(
        LoanWriteOff.loan_id == loan.id, LoanWriteOff.reversed.is_(False)))
    if session.get(LoanSettlement, loan.id) is not None or written_off is not None:
        raise RuleViolation(QT_TR_NOOP("Loan {loan_no} was settled after the member's death "
                                       "or written off; reverse that first."),
                            loan_no=loan.loan_no)


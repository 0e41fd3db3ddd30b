"""Key Fact Statement, the borrower's acceptance, disbursement and the loan card.

The KFS figures come from the same schedule engine the loan will have (key_facts over
build_schedule), for a disbursement on the branch's business date. Acceptance stores
the figures the borrower saw; disbursement rebuilds them and refuses when they differ
(the KFS must be accepted again), so a borrower is never paid out on terms she did not
see. Disbursement writes the ledger rows (principal out; processing fee, insurance and
compulsory savings deducted as the product says) and fixes the schedule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Branch, Installment, JournalEntry, Loan, Member
from app.db.models_loans import LoanApplication
from app.db.uow import Actor, UnitOfWork
from app.domain.money import to_minor
from app.domain.products import PROFILES
from app.domain.products import LoanProduct as ProductRule
from app.errors import QT_TR_NOOP, RuleViolation, ValidationError
from app.errors import member_name as named
from app.services import roles
from app.services.cash import require_cash
from app.services.common import branch_row, read_session, require_open_day
from app.services.kfs_paper import KfsPaper, kfs_paper
from app.services.ledger_ops import compulsory_account
from app.services.loans import (
    ScheduleRow,
    get_loan,
    loan_facts,
    loan_rule,
    require_status,
    schedule_rows,
)
from app.services.roles import require

DISBURSE_ROLES = ("branch_manager", "accountant")


@dataclass(frozen=True)
class KfsFee:
    kind: str  # processing | insurance
    amount_minor: int
    deducted: bool
    third_party: bool = False  # passed on (an insurer's premium), not the lender's


@dataclass(frozen=True)
class Kfs:
    loan_id: int
    loan_no: str
    member_code: str
    member_en: str
    member_bn: str
    language: str
    institution: str
    branch_en: str
    branch_bn: str
    currency: str
    grievance_contact: str
    product_en: str
    product_bn: str
    disbursed_on: date
    principal_minor: int
    net_disbursed_minor: int
    savings_deducted_minor: int
    cash_paid_minor: int
    installment_minor: int
    installments: int
    frequency: str
    interest_method: str
    annual_rate_percent: Decimal
    total_interest_minor: int
    fees: tuple[KfsFee, ...]
    total_fees_minor: int
    total_payable_minor: int
    apr_percent: Decimal
    first_due: date
    last_due: date
    prepayment_penalty: bool
    penalty_percent_on_overdue: Decimal
    schedule: tuple[ScheduleRow, ...]
    paper: KfsPaper | None = None  # lender, validity, purpose, group, profile's rules


def _savings_deduction(rule: ProductRule, principal_minor: int) -> int:
    return int((Decimal(principal_minor) * rule.compulsory_savings_percent / 100)
               .quantize(Decimal("1")))


def _kfs(session: Session, loan: Loan, on: date) -> Kfs:
    branch = branch_row(session)
    member = session.get(Member, loan.member_id)
    app = session.get(LoanApplication, loan.id)
    rule = loan_rule(session, loan)
    facts = loan_facts(session, loan, rule, on)
    fees = tuple(KfsFee(f.kind, to_minor(f.amount), f.deducted, f.third_party)
                 for f in rule.fees_for(facts.principal))
    savings = _savings_deduction(rule, loan.principal_minor)
    profile = PROFILES.get(branch.policy_profile)
    assert member is not None
    return Kfs(
        loan.id, loan.loan_no, member.code, member.name_en, member.name_bn,
        app.kfs_language if app else "bn", branch.institution, branch.name_en,
        branch.name_bn, branch.currency, branch.grievance_contact, rule.name_en, rule.name_bn,
        on, loan.principal_minor, to_minor(facts.net_disbursed), savings,
        to_minor(facts.net_disbursed) - savings, to_minor(facts.installment_amount),
        facts.installments, rule.frequency.value, rule.interest_method.value,
        rule.annual_rate_percent, to_minor(facts.total_interest), fees,
        to_minor(facts.total_fees), to_minor(facts.total_payable), facts.apr_percent,
        facts.first_due, facts.last_due,
        bool(profile and profile.prepayment_penalty_allowed),
        rule.penalty_percent_on_overdue,
        schedule_rows(facts.schedule), kfs_paper(session, loan, rule, on))


def kfs(engine: Engine, loan_id: int) -> Kfs:
    """The Key Fact Statement of a loan for disbursement on the business date."""
    with read_session(engine) as s:
        loan = get_loan(s, loan_id)
        on = loan.disbursed_on or branch_row(s).business_date
        return _kfs(s, loan, on)


def _fingerprint(k: Kfs) -> dict:
    return {"disbursed_on": k.disbursed_on.isoformat(), "principal_minor": k.principal_minor,
            "installment_minor": k.installment_minor, "installments": k.installments,
            "total_interest_minor": k.total_interest_minor,
            "total_fees_minor": k.total_fees_minor, "apr_percent": str(k.apr_percent),
            "first_due": k.first_due.isoformat(), "last_due": k.last_due.isoformat()}


def accept_kfs(engine: Engine, actor: Actor, loan_id: int, language: str) -> None:
    """Record that the borrower was given the KFS in `language` and accepted it."""
    require(actor, roles.LOAN_KFS)
    if language not in ("bn", "en"):
        raise ValidationError(QT_TR_NOOP("The KFS language must be Bengali or English."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        loan = get_loan(s, loan_id)
        require_status(loan, "sanctioned")
        on = branch_row(s).business_date
        require_open_day(s, on)
        app = s.get(LoanApplication, loan.id)
        if app is not None:
            app.kfs_language = language
        facts = _fingerprint(_kfs(s, loan, on))
        loan.kfs_accepted_on = on
        loan.terms = {**(loan.terms or {}), "kfs": {**facts, "language": language}}
        uow.emit("loan.kfs_accepted", loan.id, {"loan_id": loan.id, "language": language,
                                                 **facts}, on)


@dataclass(frozen=True)
class Disbursed:
    loan_id: int
    disbursed_on: date
    cash_paid_minor: int
    installments: int
    first_due: date
    journal_ids: tuple[int, ...]


def disburse_loan(engine: Engine, actor: Actor, loan_id: int, channel: str = "cash"
                  ) -> Disbursed:
    """Pay out a sanctioned loan whose KFS the borrower accepted (see module docstring)."""
    require(actor, roles.LOAN_DISBURSE)
    if channel not in ("cash", "transfer"):
        raise ValidationError(QT_TR_NOOP("Pay out in cash or by transfer."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch = branch_row(s)
        on = branch.business_date
        require_open_day(s, on)
        loan = get_loan(s, loan_id)
        require_status(loan, "sanctioned")
        member = s.get(Member, loan.member_id)
        if member is None or member.status != "active":  # died or left since the sanction
            raise RuleViolation(QT_TR_NOOP("{member} is no longer an active member; the "
                                           "loan cannot be paid out. Reject it."),
                                member=named(member.code, member.name_en, member.name_bn)
                                if member else "?")
        if loan.kfs_accepted_on is None:
            raise RuleViolation(QT_TR_NOOP("The borrower has not accepted the Key Fact "
                                           "Statement (KFS); it must be accepted before "
                                           "disbursement."))
        statement = _kfs(s, loan, on)
        accepted = dict((loan.terms or {}).get("kfs", {}))
        accepted.pop("language", None)
        if accepted != _fingerprint(statement):
            raise RuleViolation(QT_TR_NOOP("The loan's figures changed since the borrower "
                                           "accepted the KFS (date or terms); give her the "
                                           "new KFS and record her acceptance again."))
        if channel == "cash":
            require_cash(s, on, statement.cash_paid_minor)
        ids = _post_disbursement(uow, branch, loan, statement, channel)
        for row in statement.schedule:
            s.add(Installment(loan_id=loan.id, number=row.number, due_on=row.due_on,
                              principal_minor=row.principal_minor,
                              interest_minor=row.interest_minor))
        loan.status, loan.disbursed_on = "disbursed", on
        app = s.get(LoanApplication, loan.id)
        if app is not None:
            app.disbursement_channel = channel
        uow.emit("loan.disbursed", loan.id, {
            "loan_id": loan.id, "loan_no": loan.loan_no, "member_id": loan.member_id,
            "principal_minor": loan.principal_minor, "channel": channel,
            "fees": [{"kind": f.kind, "amount_minor": f.amount_minor} for f in statement.fees],
            "savings_deducted_minor": statement.savings_deducted_minor,
            "cash_paid_minor": statement.cash_paid_minor,
            "installments": statement.installments, "first_due": statement.first_due.isoformat(),
            "total_interest_minor": statement.total_interest_minor,
            "approval": (loan.terms or {}).get("approval", {})}, on)
        return Disbursed(loan.id, on, statement.cash_paid_minor, statement.installments,
                         statement.first_due, tuple(ids))


def _post_disbursement(uow: UnitOfWork, branch: Branch, loan: Loan, statement: Kfs,
                       channel: str) -> list[int]:
    staff = uow.actor.staff_id or 0
    on = statement.disbursed_on
    base = {"member_id": loan.member_id, "loan_id": loan.id,
            "channel": "bank" if channel == "transfer" else "counter"}
    rows = [uow.journal.post(business_date=on, staff_id=staff, kind="disbursement",
                             amount_minor=loan.principal_minor,
                             principal_minor=loan.principal_minor, **base)]
    for fee in statement.fees:
        if fee.deducted and fee.amount_minor:
            kind = "insurance" if fee.kind == "insurance" else "fee"
            rows.append(uow.journal.post(business_date=on, staff_id=staff, kind=kind,
                                         amount_minor=fee.amount_minor,
                                         fee_minor=fee.amount_minor, **base))
    if statement.savings_deducted_minor:
        account = compulsory_account(uow.session, loan.member_id, on)
        rows.append(uow.journal.post(business_date=on, staff_id=staff, kind="savings_deposit",
                                     amount_minor=statement.savings_deducted_minor,
                                     savings_account_id=account.id, **base))
        account.balance_minor += statement.savings_deducted_minor
    _ = branch
    return [r.id for r in rows]


# ---- loan card -------------------------------------------------------------------------

@dataclass(frozen=True)
class CardRepayment:
    on: date
    amount_minor: int
    principal_minor: int
    interest_minor: int
    reversed: bool


@dataclass(frozen=True)
class LoanCard:
    loan_no: str
    member_code: str
    member_en: str
    member_bn: str
    product_en: str
    product_bn: str
    principal_minor: int
    annual_rate_percent: Decimal
    disbursed_on: date | None
    institution: str
    branch_en: str
    branch_bn: str
    currency: str
    grievance_contact: str
    schedule: tuple[ScheduleRow, ...]
    repayments: tuple[CardRepayment, ...]


def loan_card_data(engine: Engine, loan_id: int) -> LoanCard:
    """Everything the printed loan card shows: the fixed schedule and every repayment."""
    with read_session(engine) as s:
        loan = get_loan(s, loan_id)
        branch = branch_row(s)
        member = s.get(Member, loan.member_id)
        rule = loan_rule(s, loan)
        assert member is not None
        insts = list(s.scalars(select(Installment).where(Installment.loan_id == loan.id)
                               .order_by(Installment.number)))
        balance, rows = loan.principal_minor, []
        for i in insts:
            balance -= i.principal_minor
            rows.append(ScheduleRow(i.number, i.due_on, i.principal_minor, i.interest_minor,
                               i.principal_minor + i.interest_minor, max(balance, 0)))
        reversed_ids = set(s.scalars(select(JournalEntry.reverses_id).where(
            JournalEntry.loan_id == loan.id, JournalEntry.reverses_id.is_not(None))))
        pays = tuple(CardRepayment(e.business_date, e.amount_minor, e.principal_minor,
                                   e.interest_minor, e.id in reversed_ids)
                     for e in s.scalars(select(JournalEntry).where(
                         JournalEntry.loan_id == loan.id, JournalEntry.kind == "repayment",
                         JournalEntry.reverses_id.is_(None)).order_by(JournalEntry.id)))
        return LoanCard(loan.loan_no, member.code, member.name_en, member.name_bn,
                        rule.name_en, rule.name_bn, loan.principal_minor,
                        Decimal(loan.annual_rate_bp) / 100, loan.disbursed_on,
                        branch.institution, branch.name_en, branch.name_bn, branch.currency,
                        branch.grievance_contact, tuple(rows), pays)

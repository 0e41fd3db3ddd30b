"""Key Fact Statement, the borrower's acceptance, disbursement and the loan card.

The KFS figures come from the same schedule engine the loan will have (key_facts over
build_schedule), for a disbursement on the branch's business date. Acceptance stores
the figures the borrower saw; disbursement rebuilds them and refuses when they differ
(the KFS must be accepted again), so a borrower is never paid out on terms she did not
see. Disbursement writes the ledger rows (principal out; processing fee, insurance and
compulsory savings deducted as the product says) and fixes the schedule.

Tranches (a product with `max_tranches` > 1: "disbursement is made in cash by
installments", vermicompost "০১ থেকে ০৩ কিস্তিতে"): `pay_tranche` pays part of the loan on
the business date, each tranche its own journal rows, outbox event (`loan.tranche_paid`)
and payment voucher, on a later day than the one before. The seed names no charge per
tranche, so the product's fees, insurance and compulsory savings are computed on the
sanctioned loan, as the KFS the borrower accepted (before the first tranche) shows them
once, and are all kept back from the first tranche, which must cover them. The loan stays
"sanctioned" (nothing is due) until its last tranche completes it; then its schedule is
the product's counted from the last tranche, with each earlier tranche's interest for its
days (actual/365) added to the first installment (app.domain.programmes), and it is
"disbursed" (`loan.disbursed`, as for a loan paid at once). A branch manager may stop the
tranches early (`close_tranches`): the loan becomes what was paid, scheduled from that day.
A tranche is corrected by reversing it (app.services.loan_reversal), the latest first.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Branch, Installment, JournalEntry, Loan, Member
from app.db.models_loans import LoanApplication
from app.db.uow import Actor, UnitOfWork
from app.domain.money import from_minor, to_minor
from app.domain.products import PROFILES
from app.domain.products import LoanProduct as ProductRule
from app.domain.programmes import (
    closed_tranches_schedule,
    tranched_key_facts,
    tranched_schedule,
)
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
    paid_tranches,
    require_status,
    schedule_rows,
    terms_for,
    write_schedule,
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
    # a product paid in tranches: how many it may have, and the plan the figures are for
    # (those paid, then the rest on `disbursed_on`); none while no tranche is paid, when
    # the days are not known and the figures are for the whole loan paid at once
    max_tranches: int = 1
    tranches: tuple[KfsTranche, ...] = ()
    tranches_closed_on: date | None = None


@dataclass(frozen=True)
class KfsTranche:
    on: date
    amount_minor: int
    paid: bool


def _savings_deduction(rule: ProductRule, principal_minor: int) -> int:
    return int((Decimal(principal_minor) * rule.compulsory_savings_percent / 100)
               .quantize(Decimal("1")))


def _tranche_plan(s: Session, loan: Loan, rule: ProductRule, on: date
                  ) -> tuple[tuple[KfsTranche, ...], date | None, int]:
    """(the tranches the KFS's figures are for, the day they were closed, the sanctioned
    amount): those paid, then the rest on `on` (or the day after the last paid) while the
    loan waits for it; none before the first tranche (the days are not known)."""
    closed = (loan.terms or {}).get("tranches_closed")
    sanctioned = int(closed["sanctioned_minor"]) if closed else loan.principal_minor
    paid = paid_tranches(s, loan.id) if rule.max_tranches > 1 else []
    if not paid:
        return (), None, sanctioned
    plan = [KfsTranche(d, a, True) for d, a in paid]
    left = loan.principal_minor - sum(a for _d, a in paid)
    if loan.status == "sanctioned" and left > 0:
        plan.append(KfsTranche(max(on, paid[-1][0] + timedelta(days=1)), left, False))
    closed_on = date.fromisoformat(closed["on"]) if closed else None
    return tuple(plan), closed_on, sanctioned


def _kfs(session: Session, loan: Loan, on: date) -> Kfs:
    branch = branch_row(session)
    member = session.get(Member, loan.member_id)
    app = session.get(LoanApplication, loan.id)
    rule = loan_rule(session, loan)
    plan, closed_on, sanctioned = _tranche_plan(session, loan, rule, on)
    start = on
    if len(plan) > 1 or closed_on:
        assert member is not None
        start = closed_on or plan[-1].on  # the schedule counts from the last tranche
        terms = terms_for(session, member, rule, loan.principal_minor,
                          loan.installments_count, start)
        facts = tranched_key_facts(rule, terms, [(t.on, from_minor(t.amount_minor))
                                                 for t in plan],
                                   rule.fees_for(from_minor(sanctioned)), closed_on)
    else:
        facts = loan_facts(session, loan, rule, on)
    fees = tuple(KfsFee(f.kind, to_minor(f.amount), f.deducted, f.third_party)
                 for f in rule.fees_for(from_minor(sanctioned)))
    savings = _savings_deduction(rule, sanctioned)
    profile = PROFILES.get(branch.policy_profile)
    assert member is not None
    return Kfs(
        loan.id, loan.loan_no, member.code, member.name_en, member.name_bn,
        app.kfs_language if app else "bn", branch.institution, branch.name_en,
        branch.name_bn, branch.currency, branch.grievance_contact, rule.name_en, rule.name_bn,
        start, loan.principal_minor, to_minor(facts.net_disbursed), savings,
        to_minor(facts.net_disbursed) - savings, to_minor(facts.installment_amount),
        facts.installments, rule.frequency.value, rule.interest_method.value,
        rule.annual_rate_percent, to_minor(facts.total_interest), fees,
        to_minor(facts.total_fees), to_minor(facts.total_payable), facts.apr_percent,
        facts.first_due, facts.last_due,
        bool(profile and profile.prepayment_penalty_allowed),
        rule.penalty_percent_on_overdue,
        schedule_rows(facts.schedule), kfs_paper(session, loan, rule, on),
        rule.max_tranches, plan, closed_on)


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


_WHOLE_LOAN = object()  # _payout_start's "no tranche amount": the loan is paid at once


@contextmanager
def _payout_start(engine: Engine, actor: Actor, loan_id: int, channel: str,
                  tranche_minor: object = _WHOLE_LOAN
                  ) -> Iterator[tuple[UnitOfWork, Branch, date, Loan]]:
    """What every pay-out begins with: the actor may disburse, the channel is cash or a
    transfer (and a tranche's amount positive), checked before anything is opened; then,
    in the pay-out's one unit of work, the branch, its business date (which must be
    open) and the loan."""
    require(actor, roles.LOAN_DISBURSE)
    if channel not in ("cash", "transfer"):
        raise ValidationError(QT_TR_NOOP("Pay out in cash or by transfer."))
    if tranche_minor is not _WHOLE_LOAN and (type(tranche_minor) is not int
                                             or tranche_minor <= 0):
        raise ValidationError(QT_TR_NOOP("A tranche must be a positive amount."))
    with UnitOfWork(engine, actor) as uow:
        branch = branch_row(uow.session)
        on = branch.business_date
        require_open_day(uow.session, on)
        yield uow, branch, on, get_loan(uow.session, loan_id)


def disburse_loan(engine: Engine, actor: Actor, loan_id: int, channel: str = "cash"
                  ) -> Disbursed:
    """Pay out a sanctioned loan whose KFS the borrower accepted (see module docstring)."""
    with _payout_start(engine, actor, loan_id, channel) as (uow, branch, on, loan):
        s = uow.session
        if loan.status == "sanctioned" and paid_tranches(s, loan.id):
            raise RuleViolation(QT_TR_NOOP("Part of this loan was paid out in tranches; pay "
                                           "the next tranche or close the tranches."))
        statement = _ready_to_pay(s, loan, on)
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


def _ready_to_pay(s: Session, loan: Loan, on: date, check_kfs: bool = True) -> Kfs:
    """The KFS of a sanctioned loan about to be paid out; refused when the borrower left,
    did not accept the KFS, or (`check_kfs`: before its first payment) accepted other
    figures."""
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
    if check_kfs and accepted != _fingerprint(statement):
        raise RuleViolation(QT_TR_NOOP("The loan's figures changed since the borrower "
                                       "accepted the KFS (date or terms); give her the "
                                       "new KFS and record her acceptance again."))
    return statement


def _post_disbursement(uow: UnitOfWork, branch: Branch, loan: Loan, statement: Kfs,
                       channel: str, amount_minor: int | None = None,
                       deduct: bool = True, paid_on: date | None = None) -> list[int]:
    staff = uow.actor.staff_id or 0
    on = paid_on or statement.disbursed_on
    base = {"member_id": loan.member_id, "loan_id": loan.id,
            "channel": "bank" if channel == "transfer" else "counter"}
    paid = loan.principal_minor if amount_minor is None else amount_minor
    rows = [uow.journal.post(business_date=on, staff_id=staff, kind="disbursement",
                             amount_minor=paid, principal_minor=paid, **base)]
    if not deduct:
        return [rows[0].id]
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


# ---- tranches ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TranchePaid:
    loan_id: int
    number: int
    paid_on: date
    amount_minor: int
    deducted_minor: int  # fees, insurance and compulsory savings (the first tranche only)
    cash_paid_minor: int
    paid_so_far_minor: int
    left_minor: int
    journal_ids: tuple[int, ...]
    disbursed: Disbursed | None  # when this tranche completed the loan


def tranches_of(engine: Engine, loan_id: int) -> tuple[tuple[date, int], ...]:
    """The tranches of a loan paid so far (day, amount in minor units)."""
    with read_session(engine) as s:
        get_loan(s, loan_id)
        return tuple(paid_tranches(s, loan_id))


def pay_tranche(engine: Engine, actor: Actor, loan_id: int, amount_minor: int,
                channel: str = "cash") -> TranchePaid:
    """Pay one tranche of a loan whose product pays out in tranches (module docstring)."""
    with _payout_start(engine, actor, loan_id, channel, amount_minor) as (uow, branch, on,
                                                                          loan):
        s = uow.session
        rule = loan_rule(s, loan)
        paid = paid_tranches(s, loan.id)
        # the KFS she accepted is checked against the first tranche; later ones follow it
        statement = _ready_to_pay(s, loan, on, check_kfs=not paid)
        if rule.max_tranches < 2:
            raise ValidationError(QT_TR_NOOP("{product} is paid out in one payment, not in "
                                             "tranches."), product=rule.code)
        if paid and paid[-1][0] >= on:
            raise RuleViolation(QT_TR_NOOP("Each tranche comes on a later day than the one "
                                           "before."))
        left = loan.principal_minor - sum(a for _d, a in paid)
        number = len(paid) + 1
        if amount_minor > left or (number == rule.max_tranches and amount_minor != left):
            raise ValidationError(QT_TR_NOOP("Tranche {number} of at most {most} can be at "
                                             "most {left}, and the last must be all of it."),
                                  number=number, most=rule.max_tranches,
                                  left=str(from_minor(left)))
        deducted = 0
        if not paid:
            deducted = statement.principal_minor - statement.cash_paid_minor
            if deducted >= amount_minor:
                raise ValidationError(QT_TR_NOOP("The first tranche must be more than what "
                                                 "is kept back from it, {amount}."),
                                      amount=str(from_minor(deducted)))
        if channel == "cash":
            require_cash(s, on, amount_minor - deducted)
        ids = _post_disbursement(uow, branch, loan, statement, channel, amount_minor,
                                 deduct=not paid, paid_on=on)
        if not paid:
            app = s.get(LoanApplication, loan.id)
            if app is not None:
                app.disbursement_channel = channel
        so_far = loan.principal_minor - left + amount_minor
        uow.emit("loan.tranche_paid", loan.id, {
            "loan_id": loan.id, "loan_no": loan.loan_no, "member_id": loan.member_id,
            "number": number, "most": rule.max_tranches, "amount_minor": amount_minor,
            "channel": channel, "deducted_minor": deducted,
            "cash_paid_minor": amount_minor - deducted, "paid_so_far_minor": so_far,
            "principal_minor": loan.principal_minor}, on)
        done = None
        if so_far == loan.principal_minor:
            done = _complete(uow, loan, rule, [*paid, (on, amount_minor)], on, None)
        return TranchePaid(loan.id, number, on, amount_minor, deducted,
                           amount_minor - deducted, so_far, loan.principal_minor - so_far,
                           tuple(ids), done)


def close_tranches(engine: Engine, actor: Actor, loan_id: int, reason: str) -> Disbursed:
    """The branch manager stops a loan's tranches early: the loan becomes what was paid,
    repaid on the product's schedule from today (earlier tranches' interest to today with
    the first installment)."""
    require(actor, roles.LOAN_SANCTION)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TR_NOOP("Give the reason for closing the tranches."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = branch_row(s).business_date
        require_open_day(s, on)
        loan = get_loan(s, loan_id)
        require_status(loan, "sanctioned")
        paid = paid_tranches(s, loan.id)
        if not paid:
            raise RuleViolation(QT_TR_NOOP("No tranche of this loan has been paid; there are "
                                           "no tranches to close."))
        total = sum(a for _d, a in paid)
        loan.terms = {**(loan.terms or {}), "tranches_closed": {
            "sanctioned_minor": loan.principal_minor, "on": on.isoformat(), "reason": reason}}
        uow.emit("loan.tranches_closed", loan.id, {
            "loan_id": loan.id, "loan_no": loan.loan_no, "tranches": len(paid),
            "sanctioned_minor": loan.principal_minor, "paid_minor": total,
            "reason": reason}, on)
        loan.principal_minor = total
        return _complete(uow, loan, loan_rule(s, loan), paid, on, on)


def _complete(uow: UnitOfWork, loan: Loan, rule: ProductRule, paid: list[tuple[date, int]],
              on: date, closed_on: date | None) -> Disbursed:
    """The loan fully paid out in `paid`: its schedule from the last tranche (or from the
    day the tranches were closed), and it is disbursed."""
    s = uow.session
    member = s.get(Member, loan.member_id)
    assert member is not None
    terms = terms_for(s, member, rule, loan.principal_minor, loan.installments_count, on)
    tranches = [(d, from_minor(a)) for d, a in paid]
    schedule = (closed_tranches_schedule(terms, tranches, closed_on) if closed_on else
                tranched_schedule(rule, terms, tranches))
    write_schedule(s, loan, schedule)
    loan.status, loan.disbursed_on = "disbursed", on
    rows = schedule_rows(schedule)
    app = s.get(LoanApplication, loan.id)
    uow.emit("loan.disbursed", loan.id, {
        "loan_id": loan.id, "loan_no": loan.loan_no, "member_id": loan.member_id,
        "principal_minor": loan.principal_minor,
        "channel": (app.disbursement_channel if app else None) or "cash",
        "tranches": [{"on": d.isoformat(), "amount_minor": a} for d, a in paid],
        "installments": len(rows), "first_due": rows[0].due_on.isoformat(),
        "total_interest_minor": to_minor(schedule.total_interest),
        "approval": (loan.terms or {}).get("approval", {})}, on)
    return Disbursed(loan.id, on, sum(a for _d, a in paid), len(rows), rows[0].due_on, ())


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

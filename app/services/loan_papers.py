"""The facts a loan's papers print beyond its schedule, gathered from the ledger.

- the loan card: purpose, cycle, group and field officer, co-borrower (her guardian),
  what was deducted at disbursement and paid out, and where the loan stands on the day
  it is printed (outstanding principal, overdue, next installment);
- the disbursement's payment voucher: paid to, the gross loan, each deduction, net paid;
- a repayment's receipt: which installments it paid and the loan's balance after it
  (or a savings account's balance after a deposit or withdrawal);
- the closure certificate: its number, the guardian and the group.
Read-only: the journal is the truth, the installments' paid caches what db check proves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, case, func, select
from sqlalchemy.orm import Session

from app.db.models import Group, Installment, JournalEntry, Loan, Member, SavingsAccount, Staff
from app.domain.institution import Institution
from app.errors import QT_TR_NOOP, NotFound
from app.services.common import branch_row, read_session
from app.services.institution import institution_of
from app.services.loans import get_loan, loan_rule, signed


@dataclass(frozen=True)
class Person:
    """Names in both languages (a member, her guardian, a staff member, a group)."""

    en: str
    bn: str

    def pick(self, lang: str) -> str:
        return self.bn if lang == "bn" and self.bn else self.en


@dataclass(frozen=True)
class CardFacts:
    lender: Institution
    as_of: date
    purpose: str
    cycle: int
    group: Person
    group_code: str
    officer: Person
    co_borrower: Person
    relation: str  # husband | father | …
    installments: int
    frequency: str
    interest_method: str
    deductions: tuple[tuple[str, int], ...]  # (journal kind, amount) at disbursement
    net_paid_minor: int
    outstanding_minor: int  # principal, as of `as_of`
    overdue_minor: int  # installments due before `as_of`, unpaid
    next_due: date | None
    next_due_minor: int


@dataclass(frozen=True)
class Voucher:
    voucher_no: str
    on: date
    lender: Institution
    branch: Person
    branch_code: str
    currency: str
    member_code: str
    member: Person
    guardian: Person
    relation: str
    group: Person
    loan_no: str
    product: Person
    gross_minor: int
    deductions: tuple[tuple[str, int], ...]  # (journal kind, amount)
    net_minor: int
    channel: str  # counter (cash) | bank (transfer)
    paid_by: Person
    kind: str = "disbursement"  # or savings_withdrawal


def _deductions(s: Session, loan: Loan, on: date | None = None
                ) -> tuple[tuple[tuple[str, int], ...], int]:
    """What was kept back at disbursement (fees, insurance, compulsory savings), net of
    reversals, and the gross amount paid out — on the day `on` (one tranche's voucher),
    else on every day the loan was paid out (all its tranches)."""
    days = [on] if on is not None else list(s.scalars(select(JournalEntry.business_date)
                                                      .where(JournalEntry.loan_id == loan.id,
                                                             JournalEntry.kind ==
                                                             "disbursement").distinct()))
    rows = s.execute(
        select(JournalEntry.kind, func.sum(signed(JournalEntry.amount_minor)))
        .where(JournalEntry.loan_id == loan.id, JournalEntry.business_date.in_(days),
               JournalEntry.kind.in_(("disbursement", "fee", "insurance", "savings_deposit")),
               JournalEntry.meeting_id.is_(None))
        .group_by(JournalEntry.kind)).all()
    amounts = {kind: int(total or 0) for kind, total in rows}
    order = ("fee", "insurance", "savings_deposit")
    return (tuple((k, amounts[k]) for k in order if amounts.get(k)),
            amounts.get("disbursement", loan.principal_minor))


def _member_people(s: Session, member: Member) -> tuple[Person, Person, str]:
    group = s.get(Group, member.group_id)
    return (Person(f"{group.code} {group.name_en}" if group else "",
                   f"{group.code} {group.name_bn}" if group else ""),
            Person(member.guardian_name_en or "", member.guardian_name_bn or ""),
            member.guardian_relation or "")


def card_facts(engine: Engine, loan_id: int) -> CardFacts:
    """The loan card's facts beyond its schedule, as of the branch's business date."""
    with read_session(engine) as s:
        loan = get_loan(s, loan_id)
        as_of = branch_row(s).business_date
        member = s.get(Member, loan.member_id)
        assert member is not None
        group, guardian, relation = _member_people(s, member)
        grp = s.get(Group, member.group_id)
        officer = s.get(Staff, grp.field_officer_id) if grp else None
        deductions, gross = _deductions(s, loan) if loan.disbursed_on else ((), 0)
        i = Installment
        unpaid = i.principal_minor + i.interest_minor - i.paid_principal_minor \
            - i.paid_interest_minor
        left, overdue = s.execute(select(
            func.coalesce(func.sum(i.principal_minor - i.paid_principal_minor), 0),
            func.coalesce(func.sum(case((i.due_on < as_of, unpaid), else_=0)), 0))
            .where(i.loan_id == loan.id)).one()
        nxt = s.execute(select(i.due_on, unpaid).where(i.loan_id == loan.id, unpaid > 0,
                                                       i.due_on >= as_of)
                        .order_by(i.number).limit(1)).first()
        return CardFacts(
            institution_of(s), as_of, loan.purpose or "", loan.cycle or 1, group,
            grp.code if grp else "",
            Person(officer.full_name_en, officer.full_name_bn) if officer else Person("", ""),
            guardian, relation, loan.installments_count, loan.frequency,
            loan.interest_method, deductions,
            gross - sum(amount for _k, amount in deductions) if loan.disbursed_on else 0,
            int(left) if loan.status in ("disbursed", "written_off") else 0,
            int(overdue) if loan.status == "disbursed" else 0,
            nxt[0] if nxt and loan.status == "disbursed" else None,
            int(nxt[1]) if nxt and loan.status == "disbursed" else 0)


def disbursement_voucher(engine: Engine, loan_id: int) -> Voucher:
    """The payment voucher of a loan's disbursement (refused before it is paid out)."""
    with read_session(engine) as s:
        loan = get_loan(s, loan_id)
        entry = s.scalars(select(JournalEntry).where(
            JournalEntry.loan_id == loan.id, JournalEntry.kind == "disbursement",
            JournalEntry.reverses_id.is_(None)).order_by(JournalEntry.id)).first()
        if entry is None or loan.disbursed_on is None:
            raise NotFound(QT_TR_NOOP("Loan {loan} has not been paid out; it has no "
                                      "payment voucher."), loan=loan.loan_no)
        return _voucher(s, loan, entry)


def _voucher(s: Session, loan: Loan, entry: JournalEntry) -> Voucher:
    branch = branch_row(s)
    member = s.get(Member, loan.member_id)
    assert member is not None
    group, guardian, relation = _member_people(s, member)
    staff = s.get(Staff, entry.staff_id)
    rule = loan_rule(s, loan)
    deductions, gross = _deductions(s, loan, entry.business_date)
    return Voucher(
        f"{branch.code}-PV-{entry.id:07d}", entry.business_date, institution_of(s),
        Person(branch.name_en, branch.name_bn), branch.code, branch.currency, member.code,
        Person(member.name_en, member.name_bn), guardian, relation, group, loan.loan_no,
        Person(rule.name_en, rule.name_bn), gross, deductions,
        gross - sum(amount for _k, amount in deductions), entry.channel,
        Person(staff.full_name_en, staff.full_name_bn) if staff else Person("", ""))


def _withdrawal_voucher(s: Session, entry: JournalEntry) -> Voucher:
    from app.printing.labels import label

    branch = branch_row(s)
    member = s.get(Member, entry.member_id)
    account = s.get(SavingsAccount, entry.savings_account_id)
    assert member is not None and account is not None
    group, guardian, relation = _member_people(s, member)
    staff = s.get(Staff, entry.staff_id)
    what = Person(label("kind_savings_withdrawal", "en"),
                  label("kind_savings_withdrawal", "bn"))
    return Voucher(
        f"{branch.code}-PV-{entry.id:07d}", entry.business_date, institution_of(s),
        Person(branch.name_en, branch.name_bn), branch.code, branch.currency, member.code,
        Person(member.name_en, member.name_bn), guardian, relation, group,
        account.account_no, what, entry.amount_minor, (), entry.amount_minor, entry.channel,
        Person(staff.full_name_en, staff.full_name_bn) if staff else Person("", ""),
        "savings_withdrawal")


def voucher_of_entry(engine: Engine, entry_id: int) -> Voucher | None:
    """The payment voucher when the journal row paid money to her (a disbursement or a
    savings withdrawal); None for money she paid in."""
    with read_session(engine) as s:
        entry = s.get(JournalEntry, entry_id)
        if entry is None or entry.reverses_id or entry.member_id is None:
            return None
        if entry.kind == "savings_withdrawal" and entry.savings_account_id:
            return _withdrawal_voucher(s, entry)
        if entry.kind != "disbursement" or not entry.loan_id:
            return None
        loan = s.get(Loan, entry.loan_id)
        return _voucher(s, loan, entry) if loan is not None else None


@dataclass(frozen=True)
class ReceiptFacts:
    installments: tuple[int, ...]  # the installment numbers this repayment paid into
    installments_count: int
    balance_after_minor: int | None  # loan principal (or savings balance) after it
    address: str
    lender: Institution


def receipt_facts(s: Session, entry: JournalEntry) -> ReceiptFacts:
    """Which installments a repayment paid (oldest first, in ledger order) and the
    balance after it; a savings row's account balance after it."""
    lender = institution_of(s)
    if entry.loan_id and entry.kind in ("repayment", "recovery"):
        loan = s.get(Loan, entry.loan_id)
        assert loan is not None
        before, principal = s.execute(select(
            func.coalesce(func.sum(case((JournalEntry.id < entry.id,
                                         signed(JournalEntry.amount_minor)), else_=0)), 0),
            func.coalesce(func.sum(signed(JournalEntry.principal_minor)), 0))
            .where(JournalEntry.loan_id == loan.id, JournalEntry.kind == "repayment",
                   JournalEntry.id <= entry.id)).one()
        after = int(before) + entry.amount_minor
        covered, running = [], 0
        for number, total in s.execute(select(
                Installment.number, Installment.principal_minor + Installment.interest_minor)
                .where(Installment.loan_id == loan.id).order_by(Installment.number)):
            if running < after and running + total > int(before):
                covered.append(number)
            running += total
        return ReceiptFacts(tuple(covered), loan.installments_count,
                            max(loan.principal_minor - int(principal), 0), "", lender)
    if entry.savings_account_id:
        sign = case((JournalEntry.kind == "savings_withdrawal", -1), else_=1)
        balance = s.scalar(select(func.coalesce(func.sum(
            signed(JournalEntry.amount_minor) * sign), 0)).where(
            JournalEntry.savings_account_id == entry.savings_account_id,
            JournalEntry.id <= entry.id,
            JournalEntry.kind.in_(("savings_deposit", "savings_withdrawal",
                                   "savings_interest"))))
        account = s.get(SavingsAccount, entry.savings_account_id)
        return ReceiptFacts((), 0, int(balance or 0) if account else None, "", lender)
    return ReceiptFacts((), 0, None, "", lender)


@dataclass(frozen=True)
class CertificateFacts:
    number: str
    issued_on: date
    lender: Institution
    guardian: Person
    relation: str
    group: Person


def certificate_facts(engine: Engine, loan_id: int) -> CertificateFacts:
    with read_session(engine) as s:
        loan = get_loan(s, loan_id)
        branch = branch_row(s)
        member = s.get(Member, loan.member_id)
        assert member is not None
        group, guardian, relation = _member_people(s, member)
        closed = loan.closed_on or branch.business_date
        return CertificateFacts(f"{branch.code}/NDC/{closed.year}/{loan.id:06d}",
                                branch.business_date, institution_of(s), guardian, relation,
                                group)

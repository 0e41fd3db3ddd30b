"""A branch's loans as head office holds them, as on a reference date: what the CIC
submission files report.

Read once per branch from what sync brought: the projected members, groups, loans,
installments and journal (hq_member, hq_group, hq_loan, hq_installment, hq_ledger) and
the branch's own words in its events — each loan's application (purpose, cycle,
frequency, category), sanction and closure, and the people the officer checked for
the bureau (`bureau.person_saved`: the Roman-letter name, identity, address, key
person). Nothing here writes.

As on a date D (journal rows after D do not count):
- balance = principal not yet repaid + interest fallen due and not paid;
- overdue = what fell due by D and was not paid (installments oldest first);
- days past due = D − the due date of the oldest installment not covered;
- status: closed (fully repaid; after a write-off "post write-off closed"), written
  off, or active (delinquent when past due).

A loan paid out in tranches (issue #18) is reported from its first tranche: sanctioned
is the loan as sanctioned (after an early close, `loan.tranches_closed`'s sanctioned
amount — the loan itself became what was paid out), disbursed and the principal owed
are what was paid out by D (its disbursements net of reversals); nothing falls due
before the last tranche, so until then it is not past due.

A loan whose every payout was reversed (each tranche, the latest first, or a
disbursement reversed while nothing was repaid) was never lent: from the day its last
payout standing was reversed it is "cancelled" — nothing owed, nothing disbursed,
closed that day (the loan itself is sanctioned again, or rejected since). Whether a
bureau must hear of it depends on whether that bureau was sent the loan before
(selection.chosen).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.headoffice.models import HqEvent, HqGroup, HqInstallment, HqLedger, HqLoan, HqMember
from app.sync.canonical import json_object

LOAN_EVENTS = ("loan.applied", "loan.sanctioned", "loan.closed", "loan.written_off",
               "loan.tranches_closed")
PERSON_EVENT = "bureau.person_saved"
PAID_KINDS = ("repayment", "recovery", "insurance_claim")


@dataclass(frozen=True)
class Position:
    """One loan as on a date."""

    # active | delinquent | written_off | closed | written_off_closed | cancelled
    status: str
    balance_minor: int
    overdue_minor: int
    dpd: int
    last_payment_on: date | None
    closed_on: date | None
    written_off_minor: int
    written_off_on: date | None
    disbursed_minor: int = 0  # paid out by the date (a tranched loan's tranches then)


@dataclass
class LoanFile:
    loan: HqLoan
    applied: dict[str, Any] = field(default_factory=dict)
    applied_on: date | None = None
    sanctioned_on: date | None = None
    closed_how: str = ""
    schedule: list[tuple[date, int, int]] = field(default_factory=list)  # due, p, i
    # (date, kind, principal, interest, amount), reversals negative
    ledger: list[tuple[date, str, int, int, int]] = field(default_factory=list)
    # its payouts (disbursement rows, not an opening book's), reversals negative
    paid_out: list[tuple[date, int]] = field(default_factory=list)
    sanctioned_before_close: int | None = None  # loan.tranches_closed's sanctioned amount

    @property
    def tranched(self) -> bool:
        """Paid out in tranches: waiting for the next, closed early, or in several."""
        return self.loan.status == "sanctioned" or self.sanctioned_before_close is not None \
            or sum(1 for _d, a in self.paid_out if a > 0) > 1

    @property
    def disbursed_on(self) -> date | None:
        """The day it was first paid out (a tranched loan's first tranche; a cancelled
        loan's first payout, as a bureau sent it was told)."""
        if self.tranched or self.cancelled_on is not None:
            return min((d for d, a in self.paid_out if a > 0), default=None)
        return self.loan.disbursed_on

    @property
    def cancelled_on(self) -> date | None:
        """The day the last of its payouts still standing was reversed, when none
        stands now (see the module docstring); None for a loan lent."""
        if not self.paid_out or sum(a for _d, a in self.paid_out) != 0:
            return None
        return max(d for d, _a in self.paid_out)

    @property
    def sanctioned_minor(self) -> int:
        return self.sanctioned_before_close or self.loan.principal_minor

    def disbursed_minor(self, on: date) -> int:
        """Paid out by `on`: a tranched (or cancelled) loan's payouts standing then,
        else the loan."""
        if not self.tranched and self.cancelled_on is None:
            return self.loan.principal_minor
        return sum(a for d, a in self.paid_out if d <= on)

    @property
    def installment_minor(self) -> int | None:
        return max((p + i for _d, p, i in self.schedule), default=None)

    def position(self, on: date) -> Position:
        cancelled = self.cancelled_on
        if cancelled is not None and cancelled <= on:
            return Position("cancelled", 0, 0, 0, None, cancelled, 0, None, 0)
        rows = [r for r in self.ledger if r[0] <= on]
        paid_p = sum(p for _d, k, p, _i, _a in rows if k in PAID_KINDS)
        paid_i = sum(i for _d, k, _p, i, _a in rows if k in PAID_KINDS)
        wo = [(d, a) for d, k, _p, _i, a in rows if k == "write_off"]
        written_off = sum(a for _d, a in wo)
        wo_on = max((d for d, a in wo if a > 0), default=None) if written_off > 0 else None
        payments = [d for d, k, p, i, _a in rows if k in PAID_KINDS and p + i > 0]
        last_payment = max(payments, default=None)
        closed_on = self.closed_on if self.closed_on and self.closed_on <= on else None
        if closed_on is not None:
            status = "written_off_closed" if written_off > 0 else "closed"
            return Position(status, 0, 0, 0, last_payment, closed_on, written_off, wo_on,
                            self.disbursed_minor(on))
        due = [(d, p, i) for d, p, i in self.schedule if d <= on]
        due_p, due_i = sum(p for _d, p, _i in due), sum(i for _d, _p, i in due)
        overdue = max(0, due_p + due_i - paid_p - paid_i)
        balance = max(0, self.disbursed_minor(on) - paid_p) + max(0, due_i - paid_i)
        dpd, covered = 0, paid_p + paid_i
        for d, p, i in sorted(due):
            if covered < p + i:
                dpd = (on - d).days
                break
            covered -= p + i
        if written_off > 0:
            return Position("written_off", balance, overdue, dpd, last_payment, None,
                            written_off, wo_on, self.disbursed_minor(on))
        status = "delinquent" if dpd > 0 else "active"
        return Position(status, balance, overdue, dpd, last_payment, None, 0, None,
                        self.disbursed_minor(on))

    @property
    def closed_on(self) -> date | None:
        """The day the loan was finished (its last repayment), if it is closed now."""
        if self.loan.status != "closed":
            return None
        return max((d for d, k, p, i, _a in self.ledger if k in PAID_KINDS and p + i > 0),
                   default=self.loan.disbursed_on)


@dataclass
class BranchBook:
    branch: str
    members: dict[int, HqMember]
    groups: dict[int, HqGroup]
    loans: list[LoanFile]
    people: dict[int, dict[str, dict[str, Any]]]  # member id -> relation -> latest payload


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return None


def read_book(session: Session, branch: str) -> BranchBook:
    """Everything head office holds of one branch that the files need (one read)."""
    members = {m.id: m for m in session.scalars(select(HqMember).where(
        HqMember.branch == branch))}
    groups = {g.id: g for g in session.scalars(select(HqGroup).where(HqGroup.branch == branch))}
    files = {loan.id: LoanFile(loan) for loan in session.scalars(
        select(HqLoan).where(HqLoan.branch == branch, or_(
            HqLoan.disbursed_on.is_not(None), HqLoan.status == "sanctioned",
            HqLoan.id.in_(select(HqLedger.loan_id).where(  # cancelled, then rejected
                HqLedger.branch == branch, HqLedger.kind == "disbursement",
                HqLedger.reverses_id.is_not(None)))))
        .order_by(HqLoan.id))}
    core = session.connection()  # plain rows: the bulk of the read, without ORM costs
    for loan_id, due, p, i in core.execute(
            select(HqInstallment.loan_id, HqInstallment.due_on, HqInstallment.principal_minor,
                   HqInstallment.interest_minor).where(HqInstallment.branch == branch)):
        if loan_id in files:
            files[loan_id].schedule.append((due, int(p), int(i)))
    for row in core.execute(
            select(HqLedger.loan_id, HqLedger.business_date, HqLedger.kind,
                   HqLedger.principal_minor, HqLedger.interest_minor, HqLedger.amount_minor,
                   HqLedger.reverses_id, HqLedger.channel).where(
                HqLedger.branch == branch, HqLedger.loan_id.is_not(None))):
        ledger_loan, on, kind, p, i, amount, reverses, channel = row
        if ledger_loan in files:
            sign = -1 if reverses is not None else 1
            files[ledger_loan].ledger.append((on, kind, sign * int(p), sign * int(i),
                                              sign * int(amount)))
            if kind == "disbursement" and channel != "opening":
                files[ledger_loan].paid_out.append((on, sign * int(p)))
    people: dict[int, dict[str, dict[str, Any]]] = defaultdict(dict)
    for kind, aggregate, day, payload in core.execute(
            select(HqEvent.type, HqEvent.aggregate_id, HqEvent.business_date, HqEvent.payload)
            .where(HqEvent.branch == branch, HqEvent.type.in_((*LOAN_EVENTS, PERSON_EVENT)))
            .order_by(HqEvent.epoch, HqEvent.seq)):
        body = json_object(payload)
        if kind == PERSON_EVENT:
            member = body.get("member_id")
            if isinstance(member, int) and isinstance(body.get("relation"), str):
                people[member][body["relation"]] = body
            continue
        loan_file = files.get(int(aggregate)) if aggregate.isdigit() else None
        if loan_file is None:
            continue
        if kind == "loan.applied":
            loan_file.applied, loan_file.applied_on = body, _day(day)
        elif kind == "loan.sanctioned":
            loan_file.sanctioned_on = _day(day)
        elif kind == "loan.closed":
            loan_file.closed_how = str(body.get("how", ""))
        elif kind == "loan.tranches_closed" and isinstance(body.get("sanctioned_minor"), int):
            loan_file.sanctioned_before_close = body["sanctioned_minor"]
    loans = [f for f in files.values()  # a sanctioned loan once it was paid out (a
             if f.loan.status != "sanctioned" or f.paid_out]  # tranche stands, or cancelled)
    return BranchBook(branch, members, groups, loans, dict(people))

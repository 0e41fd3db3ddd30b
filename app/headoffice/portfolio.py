"""Head office's consolidated portfolio: every branch's loans as the branch itself sees them.

Computed from the projected tables (hq_loan, hq_installment, hq_member) with the same
rules as the branch's own report (app.services.reports): outstanding principal of
disbursed loans and the principal paid out so far on loans part paid in tranches, days past due from the oldest unpaid installment due before the date,
PAR>0 / >30 / >90 from app.domain.ageing.par_outstanding. So the figure head office
reads for a branch equals the one the branch manager prints, once the branch has synced;
`synced_up_to` says how recent that is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Engine, and_, case, func, select
from sqlalchemy.orm import Session

from app.domain.ageing import par_outstanding
from app.headoffice.models import HqBranch, HqInstallment, HqLedger, HqLoan, HqMember, HqTask


@dataclass(frozen=True)
class BranchPortfolio:
    branch: str
    members: int
    active_loans: int
    borrowers: int
    outstanding_minor: int
    par_minor: dict[int, int]  # 1, 30, 90 -> outstanding behind PAR>0, PAR>30, PAR>90
    open_tasks: int
    synced_up_to: datetime | None

    def par_percent(self, days: int) -> Decimal:
        if not self.outstanding_minor:
            return Decimal("0.00")
        return (Decimal(self.par_minor[days]) * 100
                / Decimal(self.outstanding_minor)).quantize(Decimal("0.01"))


def _loans(session: Session, as_of: date) -> list:  # type: ignore[type-arg]
    i, loan = HqInstallment, HqLoan
    unpaid = i.paid_principal_minor + i.paid_interest_minor < i.principal_minor + i.interest_minor
    overdue = and_(unpaid, i.due_on < as_of)
    return list(session.execute(
        select(loan.branch, loan.member_id, func.min(case((overdue, i.due_on))),
               func.sum(i.principal_minor - i.paid_principal_minor))
        .join(i, and_(i.branch == loan.branch, i.loan_id == loan.id))
        .where(loan.status == "disbursed")
        .group_by(loan.branch, loan.id, loan.member_id))) + _tranche_loans(session)


def _tranche_loans(session: Session) -> list:  # type: ignore[type-arg]
    """Loans part paid out in tranches (still "sanctioned", no installments yet): the
    principal paid out so far (the ledger's disbursements net of reversals) is
    outstanding and none of it overdue — as the branch counts it (app.services.reports)."""
    led, loan = HqLedger, HqLoan
    paid = func.sum(led.principal_minor * case((led.reverses_id.is_(None), 1), else_=-1))
    return [(branch, member_id, None, left) for branch, member_id, left in session.execute(
        select(loan.branch, loan.member_id, paid)
        .join(led, and_(led.branch == loan.branch, led.loan_id == loan.id))
        .where(loan.status == "sanctioned", led.kind == "disbursement")
        .group_by(loan.branch, loan.id, loan.member_id)) if left and int(left) > 0]


def consolidated_portfolio(engine: Engine, as_of: date) -> list[BranchPortfolio]:
    """One line per registered branch, in branch-code order."""
    with Session(engine) as session:
        branches = list(session.scalars(select(HqBranch).order_by(HqBranch.code)))
        members = dict(session.execute(
            select(HqMember.branch, func.count()).where(HqMember.status == "active")
            .group_by(HqMember.branch)).all())
        tasks = dict(session.execute(
            select(HqTask.branch, func.count()).where(HqTask.done.is_(False))
            .group_by(HqTask.branch)).all())
        loans = _loans(session, as_of)
    positions: dict[str, list[tuple[int, int]]] = {b.code: [] for b in branches}
    borrowers: dict[str, set[int]] = {b.code: set() for b in branches}
    for code, member_id, oldest, principal_left in loans:
        if code in positions:
            positions[code].append((int(principal_left or 0),
                                    (as_of - oldest).days if oldest else 0))
            borrowers[code].add(member_id)
    out = []
    for b in branches:
        par = par_outstanding(positions[b.code])
        out.append(BranchPortfolio(
            b.code, int(members.get(b.code, 0)), len(positions[b.code]), len(borrowers[b.code]),
            sum(left for left, _ in positions[b.code]),
            {1: par[0], 30: par[30], 90: par[90]}, int(tasks.get(b.code, 0)), b.last_seen_at))
    return out

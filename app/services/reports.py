"""Portfolio reports derived from the ledger-backed schedule: PAR, ageing, DCB.

Outstanding amounts come from installments and their paid caches (which `shakha db
check` proves equal to the journal); collections come from the journal itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, and_, case, func, select

from app.db.models import Group, Installment, JournalEntry, Loan, Member
from app.domain.ageing import bucket, par_outstanding
from app.services.common import read_session

BUCKETS = ("current", "1-30", "31-60", "61-90", "91-180", "180+")


@dataclass(frozen=True)
class AgeingRow:
    bucket: str
    loans: int
    outstanding_minor: int


@dataclass(frozen=True)
class PortfolioReport:
    as_of: date
    active_loans: int
    borrowers: int
    outstanding_minor: int
    overdue_minor: int
    ageing: tuple[AgeingRow, ...]
    par_1_minor: int
    par_30_minor: int
    par_90_minor: int

    def par_percent(self, minor: int) -> Decimal:
        if not self.outstanding_minor:
            return Decimal("0.00")
        return (Decimal(minor) * 100 / Decimal(self.outstanding_minor)).quantize(Decimal("0.01"))


def _loan_positions(session, as_of: date, officer_id: int | None):  # type: ignore[no-untyped-def]
    unpaid = (Installment.paid_principal_minor + Installment.paid_interest_minor
              < Installment.principal_minor + Installment.interest_minor)
    overdue = and_(unpaid, Installment.due_on < as_of)
    query = (
        select(
            Loan.id, Loan.member_id,
            func.min(case((overdue, Installment.due_on))),
            func.sum(Installment.principal_minor - Installment.paid_principal_minor),
            func.sum(case((overdue, Installment.principal_minor + Installment.interest_minor
                           - Installment.paid_principal_minor
                           - Installment.paid_interest_minor), else_=0)),
        )
        .join(Installment, Installment.loan_id == Loan.id)
        .where(Loan.status == "disbursed")
        .group_by(Loan.id)
    )
    if officer_id is not None:
        query = (query.join(Member, Member.id == Loan.member_id)
                 .join(Group, Group.id == Member.group_id)
                 .where(Group.field_officer_id == officer_id))
    return session.execute(query).all()


def portfolio_report(engine: Engine, as_of: date, officer_id: int | None = None
                     ) -> PortfolioReport:
    """Outstanding, ageing buckets and PAR (>0, >30, >90 days) as of a date."""
    with read_session(engine) as session:
        rows = _loan_positions(session, as_of, officer_id)
    by_bucket: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    outstanding = overdue_total = 0
    borrowers = set()
    positions = []
    for _loan_id, member_id, oldest, principal_left, overdue_amount in rows:
        principal_left = int(principal_left or 0)
        dpd = (as_of - oldest).days if oldest else 0
        positions.append((principal_left, dpd))
        slot = by_bucket[bucket(dpd)]
        slot[0] += 1
        slot[1] += principal_left
        outstanding += principal_left
        overdue_total += int(overdue_amount or 0)
        borrowers.add(member_id)
    par = par_outstanding(positions)
    ageing = tuple(AgeingRow(b, by_bucket[b][0], by_bucket[b][1]) for b in BUCKETS)
    return PortfolioReport(as_of=as_of, active_loans=len(rows), borrowers=len(borrowers),
                           outstanding_minor=outstanding, overdue_minor=overdue_total,
                           ageing=ageing, par_1_minor=par[0], par_30_minor=par[30],
                           par_90_minor=par[90])


@dataclass(frozen=True)
class DcbReport:
    """Demand–collection–balance for a period (installment demand vs. repayments)."""

    start: date
    end: date
    demand_minor: int
    collection_minor: int
    balance_minor: int

    def collection_rate(self) -> Decimal:
        if not self.demand_minor:
            return Decimal("0.00")
        rate = Decimal(self.collection_minor) * 100 / Decimal(self.demand_minor)
        return rate.quantize(Decimal("0.01"))


def dcb_report(engine: Engine, start: date, end: date) -> DcbReport:
    """Demand = installments falling due in [start, end]; collection = repayments posted
    in the period net of reversals; balance = demand − collection (never below zero)."""
    with read_session(engine) as session:
        demand = session.scalar(
            select(func.coalesce(func.sum(Installment.principal_minor
                                          + Installment.interest_minor), 0))
            .join(Loan, Loan.id == Installment.loan_id)
            .where(Installment.due_on.between(start, end),
                   Loan.status.in_(("disbursed", "closed", "written_off")))
        )
        signed = case((JournalEntry.reverses_id.is_(None), JournalEntry.amount_minor),
                      else_=-JournalEntry.amount_minor)
        collected = session.scalar(
            select(func.coalesce(func.sum(signed), 0))
            .where(JournalEntry.kind == "repayment",
                   JournalEntry.channel != "opening",  # repaid before going live
                   JournalEntry.business_date.between(start, end))
        )
    demand, collected = int(demand or 0), int(collected or 0)
    return DcbReport(start=start, end=end, demand_minor=demand, collection_minor=collected,
                     balance_minor=max(0, demand - collected))

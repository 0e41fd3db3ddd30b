"""Portfolio at risk month by month (the printed portfolio report's trend chart).

For each month end (and the report's own date) the loans then open — paid out by then,
not yet closed, not written off — with their outstanding principal then (principal less
repayments posted by then, from the journal) and their days past due then (the oldest
installment due before that day and not fully paid by it: `paid_on` is when it became
fully paid). One pass over the installments and one over the repayments, a column per
month end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Engine, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.base import day_month, day_text
from app.db.models import Group, Installment, JournalEntry, Loan, Member
from app.db.models_loans import LoanWriteOff
from app.domain.ageing import par_outstanding
from app.services.common import read_session
from app.services.loans import signed


@dataclass(frozen=True)
class TrendPoint:
    on: date
    loans: int
    outstanding_minor: int
    par_1_minor: int
    par_30_minor: int
    par_90_minor: int

    def percent(self, minor: int) -> Decimal:
        if not self.outstanding_minor:
            return Decimal("0.00")
        return (Decimal(minor) * 100 / Decimal(self.outstanding_minor)).quantize(
            Decimal("0.01"))


def month_ends(as_of: date, months: int) -> list[date]:
    """The last `months` - 1 month ends before `as_of`, then `as_of` itself."""
    out, day = [as_of], as_of.replace(day=1) - timedelta(days=1)
    while len(out) < months:
        out.append(day)
        day = day.replace(day=1) - timedelta(days=1)
    return sorted(out)


_NONE = [0] * 60


def _repaid_by(days: list[date], rows) -> dict[int, list[int]]:  # type: ignore[no-untyped-def]
    """Principal repaid by each day, per loan, from (loan, month or "" for up to the
    first day, amount) sums: month ends fall on month boundaries, the last day is the
    report's own date (the query stops there)."""
    index = {d.strftime("%Y-%m"): k for k, d in enumerate(days)}
    out: dict[int, list[int]] = {}
    for loan, month, amount in rows:
        per = out.setdefault(loan, [0] * len(days))
        per[0 if month == "" else index.get(month, len(days) - 1)] += int(amount or 0)
    for per in out.values():
        for k in range(1, len(per)):
            per[k] += per[k - 1]
    return out


def _tranches_by(s: Session, days: list[date], as_of: date, scope: Select,  # type: ignore[type-arg]
                 officer_id: int | None) -> dict[int, list[int]]:
    """Principal paid out by each day on loans paid in tranches (reports.py's
    _tranche_positions, month by month): those still waiting for a tranche and those
    whose first tranche came before the day the last completed them."""
    j = JournalEntry
    waiting = select(Loan.id).where(Loan.status == "sanctioned")
    if officer_id is not None:
        waiting = (waiting.join(Member, Member.id == Loan.member_id)
                   .join(Group, Group.id == Member.group_id)
                   .where(Group.field_officer_id == officer_id))
    month = case((j.business_date <= days[0], ""), else_=day_month(j.business_date))
    early = select(j.loan_id).join(Loan, Loan.id == j.loan_id).where(
        j.kind == "disbursement", j.loan_id.in_(scope),
        day_text(j.business_date) < Loan.disbursed_on)
    return _repaid_by(days, s.execute(
        select(j.loan_id, month, func.sum(signed(j.principal_minor)))
        .where(j.kind == "disbursement", j.business_date <= as_of,
               or_(j.loan_id.in_(waiting), j.loan_id.in_(early)))
        .group_by(j.loan_id, month)))


def par_trend(engine: Engine, as_of: date, months: int = 12,
              officer_id: int | None = None) -> tuple[TrendPoint, ...]:
    days = month_ends(as_of, months)
    i, j = Installment, JournalEntry
    with read_session(engine) as s:
        written = {loan: on for loan, on in s.execute(
            select(LoanWriteOff.loan_id, func.min(LoanWriteOff.on_date))
            .where(LoanWriteOff.reversed.is_(False)).group_by(LoanWriteOff.loan_id))}
        scope = select(Loan.id).where(
            Loan.disbursed_on <= as_of, Loan.status.in_(("disbursed", "closed",
                                                         "written_off")),
            or_(Loan.closed_on.is_(None), Loan.closed_on > days[0]))
        if officer_id is not None:
            scope = (scope.join(Member, Member.id == Loan.member_id)
                     .join(Group, Group.id == Member.group_id)
                     .where(Group.field_officer_id == officer_id))
        loans = {loan: (principal, disbursed, closed) for loan, principal, disbursed, closed
                 in s.execute(select(Loan.id, Loan.principal_minor, Loan.disbursed_on,
                                     Loan.closed_on).where(Loan.id.in_(scope)))}
        late = {row[0]: row[1:] for row in s.execute(select(i.loan_id, *[
            func.min(case((and_(i.due_on < d, or_(i.paid_on.is_(None), i.paid_on > d)),
                           i.due_on))) for d in days])
            # late at a month end only if unpaid, or paid after it fell due and after the
            # window began: installments paid on time (most) are left out at once
            .where(i.loan_id.in_(scope), i.due_on < as_of,
                   or_(i.paid_on.is_(None), and_(i.paid_on > days[0], i.paid_on > i.due_on)))
            .group_by(i.loan_id))}
        sign = case((j.reverses_id.is_(None), 1), else_=-1)
        month = case((j.business_date <= days[0], ""), else_=day_month(j.business_date))
        repaid = _repaid_by(days, s.execute(
            select(j.loan_id, month, func.sum(sign * j.principal_minor))
            .where(j.kind == "repayment", j.loan_id.in_(scope), j.business_date <= as_of)
            .group_by(j.loan_id, month)))
        tranches = _tranches_by(s, days, as_of, scope, officer_id)
    for loan in tranches.keys() - loans.keys():  # still waiting for a tranche
        loans[loan] = (0, None, None)
    out = []
    for k, day in enumerate(days):
        positions = []
        for loan, (principal, disbursed, closed) in loans.items():
            if loan in tranches and (disbursed is None or disbursed > day):
                if tranches[loan][k] > 0:  # mid-tranches: paid out so far, nothing due
                    positions.append((tranches[loan][k], 0))
                continue
            if disbursed is None or disbursed > day or (closed is not None and closed <= day) or \
                    (loan in written and written[loan] <= day):
                continue
            left = principal - repaid.get(loan, _NONE)[k]
            oldest = (late.get(loan) or [None] * len(days))[k]
            positions.append((max(left, 0), (day - oldest).days if oldest else 0))
        par = par_outstanding(positions)
        out.append(TrendPoint(day, len(positions), sum(o for o, _d in positions), par[0],
                              par[30], par[90]))
    return tuple(out)

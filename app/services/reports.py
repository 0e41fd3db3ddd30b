"""Portfolio and DCB reports: what a branch manager, head office and the regulator read.

Outstanding amounts and ageing come from installments and their paid caches (which
`shakha db check` proves equal to the journal), through the per-loan caches
(app.db.positions); collections come from the journal itself
(`ix_journal_repayment_date`). Each loan is classified as its profile's regulator says
(RBI: standard, SMA-0/1/2, NPA; MRA: standard, watchful, substandard, doubtful,
bad/loss, with provisioning) and counted by field officer, group and product.
Written-off loans are apart from the portfolio, with what has been recovered. The PAR
trend (month ends) is app.services.report_trend's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    Engine,
    Integer,
    and_,
    case,
    cast,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from app.db.base import day_number
from app.db.models import (
    Branch,
    Group,
    Installment,
    JournalEntry,
    Loan,
    LoanProduct,
    Member,
    Staff,
)
from app.db.models_loans import LoanWriteOff
from app.db.models_positions import LoanDemandMonth, LoanPosition
from app.domain.ageing import bucket, par_outstanding
from app.domain.classification import classes_for, classify, provision_minor
from app.services.common import read_session
from app.services.loans import signed

REPAYMENT = text("journal_entry.kind = 'repayment'")  # a literal: the partial index's
BUCKETS = ("current", "1-30", "31-60", "61-90", "91-180", "180+")
RISK_DAYS = 90  # a slice's "at risk" column: past 90 days (NPA; MRA substandard and worse)


@dataclass(frozen=True)
class AgeingRow:
    bucket: str
    loans: int
    outstanding_minor: int


@dataclass(frozen=True)
class ClassRow:
    """One regulatory class: its loans, outstanding principal, overdue and provision."""

    code: str
    max_days: int | None
    loans: int
    outstanding_minor: int
    overdue_minor: int
    provision_percent: Decimal | None
    provision_minor: int | None


@dataclass(frozen=True)
class SliceRow:
    """The portfolio of one field officer, group or product."""

    key: int
    code: str
    name_en: str
    name_bn: str
    loans: int
    borrowers: int
    outstanding_minor: int
    overdue_minor: int
    par_30_minor: int
    risk_minor: int  # outstanding past RISK_DAYS
    provision_minor: int | None

    def par_percent(self) -> Decimal:
        return _percent(self.par_30_minor, self.outstanding_minor)


@dataclass(frozen=True)
class WrittenOffLoan:
    loan_no: str
    member_code: str
    name_en: str
    name_bn: str
    on: date
    written_off_minor: int
    recovered_minor: int


def _percent(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal("0.00")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"))


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
    profile: str = "india_rbi"
    classes: tuple[ClassRow, ...] = ()
    by_officer: tuple[SliceRow, ...] = ()
    by_group: tuple[SliceRow, ...] = ()
    by_product: tuple[SliceRow, ...] = ()
    written_off: tuple[WrittenOffLoan, ...] = ()

    def par_percent(self, minor: int) -> Decimal:
        return _percent(minor, self.outstanding_minor)

    @property
    def provision_minor(self) -> int | None:
        values = [c.provision_minor for c in self.classes if c.provision_minor is not None]
        return sum(values) if values else None


@dataclass(frozen=True)
class Position:
    """One open loan as of the report's date."""

    loan_id: int
    member_id: int
    product_id: int
    group_id: int
    dpd: int
    outstanding_minor: int
    overdue_minor: int


PositionsOf = Callable[[Session, date, "int | None"], "list[Position]"]


def _positions(session: Session, as_of: date, officer_id: int | None) -> list[Position]:
    """Each disbursed loan's position from its cached row (app.db.models_positions: kept
    by triggers equal to its installments, ~5–10 k rows instead of ~1 M installments);
    the arrears of a loan whose oldest unpaid installment fell due before `as_of` are
    added up from its installments from that date on (read by loan through the
    `(loan_id, number)` key)."""
    pos, i = LoanPosition, Installment
    query = (
        select(Loan.id, Loan.member_id, Loan.product_id, Member.group_id,
               case((pos.oldest_unpaid_on < as_of, cast(  # day numbers (DayNumber)
                   literal_column(str(day_number(as_of))) - pos.oldest_unpaid_on, Integer)),
                    else_=0),
               pos.principal_minor - pos.paid_principal_minor)
        .join(Member, Member.id == Loan.member_id)
        .join(pos, pos.loan_id == Loan.id)
        .where(Loan.status == "disbursed"))
    unpaid = i.principal_minor + i.interest_minor - i.paid_principal_minor \
        - i.paid_interest_minor
    late_query = (
        select(i.loan_id, func.sum(case((unpaid > 0, unpaid), else_=0)))
        .join(pos, pos.loan_id == i.loan_id)
        .join(Loan, Loan.id == pos.loan_id)
        .where(Loan.status == "disbursed", pos.oldest_unpaid_on < as_of,
               i.due_on >= pos.oldest_unpaid_on, i.due_on < as_of)
        .group_by(i.loan_id))
    if officer_id is not None:
        mine = select(Member.id).join(Group, Group.id == Member.group_id).where(
            Group.field_officer_id == officer_id)
        query = query.where(Loan.member_id.in_(mine))
        late_query = late_query.where(Loan.member_id.in_(mine))
    late = {loan: int(amount or 0) for loan, amount in session.execute(late_query)}
    out = []
    for loan_id, member_id, product_id, group_id, dpd, left in session.execute(query):
        out.append(Position(loan_id, member_id, product_id, group_id, dpd, int(left or 0),
                            late.get(loan_id, 0)))
    return out + _tranche_positions(session, officer_id)


def positions_from_installments(session: Session, as_of: date, officer_id: int | None = None
                                ) -> list[Position]:
    """The same positions added up from every installment (what `_positions` did before
    the cache): the reference the tests hold the cache to."""
    i = Installment
    unpaid = i.principal_minor + i.interest_minor - i.paid_principal_minor \
        - i.paid_interest_minor
    overdue = and_(unpaid > 0, i.due_on < as_of)
    query = (
        select(Loan.id, Loan.member_id, Loan.product_id, Member.group_id,
               func.min(case((overdue, i.due_on))),
               func.sum(i.principal_minor - i.paid_principal_minor),
               func.sum(case((overdue, unpaid), else_=0)))
        .join(Member, Member.id == Loan.member_id)
        .join(i, i.loan_id == Loan.id)
        .where(Loan.status == "disbursed")
        .group_by(Loan.id))
    if officer_id is not None:
        query = (query.join(Group, Group.id == Member.group_id)
                 .where(Group.field_officer_id == officer_id))
    return [Position(loan_id, member_id, product_id, group_id,
                     (as_of - oldest).days if oldest else 0, int(left or 0), int(late or 0))
            for loan_id, member_id, product_id, group_id, oldest, left, late
            in session.execute(query)] + _tranche_positions(session, officer_id)


def _tranche_positions(session: Session, officer_id: int | None) -> list[Position]:
    """Loans part paid out in tranches (still "sanctioned", no schedule yet): the
    principal paid out so far (disbursements net of reversals) is outstanding, none of
    it due yet, so none in arrears — as head office counts it (headoffice.portfolio)."""
    j = JournalEntry
    query = (
        select(Loan.id, Loan.member_id, Loan.product_id, Member.group_id,
               func.sum(signed(j.principal_minor)))
        .join(Member, Member.id == Loan.member_id)
        .join(j, j.loan_id == Loan.id)
        .where(Loan.status == "sanctioned", j.kind == "disbursement")
        .group_by(Loan.id))
    if officer_id is not None:
        query = (query.join(Group, Group.id == Member.group_id)
                 .where(Group.field_officer_id == officer_id))
    return [Position(loan_id, member_id, product_id, group_id, 0, int(paid), 0)
            for loan_id, member_id, product_id, group_id, paid in session.execute(query)
            if paid and int(paid) > 0]


@dataclass
class _Tally:
    loans: int = 0
    borrowers: set[int] = field(default_factory=set)
    outstanding: int = 0
    overdue: int = 0
    par_30: int = 0
    risk: int = 0
    provision: int | None = None


def _add(tally: _Tally, p: Position, provision: int | None) -> None:
    tally.loans += 1
    tally.borrowers.add(p.member_id)
    tally.outstanding += p.outstanding_minor
    tally.overdue += p.overdue_minor
    tally.par_30 += p.outstanding_minor if p.dpd > 30 else 0
    tally.risk += p.outstanding_minor if p.dpd > RISK_DAYS else 0
    if provision is not None:
        tally.provision = (tally.provision or 0) + provision


def _slices(tallies: dict[int, _Tally], names: dict[int, tuple[str, str, str]]
            ) -> tuple[SliceRow, ...]:
    rows = [SliceRow(key, *names.get(key, ("", "", "")), t.loans, len(t.borrowers),
                     t.outstanding, t.overdue, t.par_30, t.risk, t.provision)
            for key, t in tallies.items()]
    return tuple(sorted(rows, key=lambda r: (r.code, r.name_en, r.key)))


def _names(session: Session, group_ids: set[int], product_ids: set[int]
           ) -> tuple[dict[int, tuple[str, str, str]], dict[int, tuple[str, str, str]],
                      dict[int, tuple[str, str, str]], dict[int, int]]:
    groups, officers, products, officer_of = {}, {}, {}, {}
    for gid, code, en, bn, officer in session.execute(
            select(Group.id, Group.code, Group.name_en, Group.name_bn, Group.field_officer_id)
            .where(Group.id.in_(group_ids))):
        groups[gid], officer_of[gid] = (code, en, bn), officer
    for sid, en, bn in session.execute(select(Staff.id, Staff.full_name_en, Staff.full_name_bn)
                                       .where(Staff.id.in_(set(officer_of.values())))):
        officers[sid] = ("", en, bn)  # a field officer is known by her name
    for pid, code, en, bn in session.execute(select(
            LoanProduct.id, LoanProduct.code, LoanProduct.name_en, LoanProduct.name_bn)
            .where(LoanProduct.id.in_(product_ids))):
        products[pid] = (code, en, bn)
    return groups, officers, products, officer_of


WRITE_OFFS = text("journal_entry.kind IN ('write_off', 'recovery')")  # as the index says


def _written_off(session: Session, as_of: date, officer_id: int | None
                 ) -> tuple[WrittenOffLoan, ...]:
    """Loans written off by `as_of` (net of reversals, from the journal), with what was
    recovered on them since."""
    j = JournalEntry
    off = select(Loan.id).where(or_(Loan.status == "written_off", Loan.id.in_(
        select(LoanWriteOff.loan_id))))
    query = (select(Loan.loan_no, Member.code, Member.name_en, Member.name_bn,
                    func.max(case((j.kind == "write_off", j.business_date))),
                    func.sum(case((j.kind == "write_off", signed(j.amount_minor)), else_=0)),
                    func.sum(case((j.kind == "recovery", signed(j.amount_minor)), else_=0)))
             .join(Loan, Loan.id == j.loan_id)
             .join(Member, Member.id == Loan.member_id)
             .where(j.loan_id.in_(off), WRITE_OFFS,  # ix_journal_write_off
                    j.business_date <= as_of)
             .group_by(Loan.id))
    if officer_id is not None:
        query = (query.join(Group, Group.id == Member.group_id)
                 .where(Group.field_officer_id == officer_id))
    rows = [WrittenOffLoan(no, code, en, bn, on, int(amount), int(back or 0))
            for no, code, en, bn, on, amount, back in session.execute(query)
            if on is not None and int(amount or 0) > 0]
    return tuple(sorted(rows, key=lambda r: (r.on, r.loan_no)))


def portfolio_report(engine: Engine, as_of: date, officer_id: int | None = None, *,
                     positions_of: PositionsOf | None = None) -> PortfolioReport:
    """Outstanding, ageing, PAR (>0, >30, >90 days), the regulator's classes (with MRA's
    provisioning), by officer, group and product, and the written-off loans."""
    with read_session(engine) as session:
        branch = session.scalars(select(Branch)).first()  # an empty file reports nothing
        profile = branch.policy_profile if branch else "india_rbi"
        positions = (positions_of or _positions)(session, as_of, officer_id)
        groups, officers, products, officer_of = _names(
            session, {p.group_id for p in positions}, {p.product_id for p in positions})
        written_off = _written_off(session, as_of, officer_id)
    classes = classes_for(profile)
    by_bucket: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    slices: dict[str, dict[int, _Tally]] = {k: defaultdict(_Tally)
                                             for k in ("officer", "group", "product")}
    for p in positions:
        slot = by_bucket[bucket(p.dpd)]
        slot[0] += 1
        slot[1] += p.outstanding_minor
        cls = classify(p.dpd, classes)
        row = by_class[cls.code]
        row[0] += 1
        row[1] += p.outstanding_minor
        row[2] += p.overdue_minor
        provision = provision_minor(p.outstanding_minor, cls)
        _add(slices["officer"][officer_of.get(p.group_id, 0)], p, provision)
        _add(slices["group"][p.group_id], p, provision)
        _add(slices["product"][p.product_id], p, provision)
    class_rows = tuple(ClassRow(
        c.code, c.max_days, by_class[c.code][0], by_class[c.code][1], by_class[c.code][2],
        c.provision_percent, provision_minor(by_class[c.code][1], c)) for c in classes)
    par = par_outstanding([(p.outstanding_minor, p.dpd) for p in positions])
    return PortfolioReport(
        as_of=as_of, active_loans=len(positions),
        borrowers=len({p.member_id for p in positions}),
        outstanding_minor=sum(p.outstanding_minor for p in positions),
        overdue_minor=sum(p.overdue_minor for p in positions),
        ageing=tuple(AgeingRow(b, by_bucket[b][0], by_bucket[b][1]) for b in BUCKETS),
        par_1_minor=par[0], par_30_minor=par[30], par_90_minor=par[90], profile=profile,
        classes=class_rows, by_officer=_slices(slices["officer"], officers),
        by_group=_slices(slices["group"], groups),
        by_product=_slices(slices["product"], products), written_off=written_off)


# ---- DCB ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DcbFigures:
    """Demand, collection and balance of a period, each overdue (from before the period),
    current (falling due in it) and, for collection, advance (paid before it fell due),
    for principal (p) and interest (i), in minor units."""

    demand_overdue_p: int = 0
    demand_overdue_i: int = 0
    demand_current_p: int = 0
    demand_current_i: int = 0
    collection_overdue_p: int = 0
    collection_overdue_i: int = 0
    collection_current_p: int = 0
    collection_current_i: int = 0
    collection_advance_p: int = 0
    collection_advance_i: int = 0
    balance_overdue_p: int = 0
    balance_overdue_i: int = 0
    balance_current_p: int = 0
    balance_current_i: int = 0

    def __add__(self, other: DcbFigures) -> DcbFigures:
        return DcbFigures(*(getattr(self, f) + getattr(other, f) for f in _FIGURES))

    @property
    def demand(self) -> int:
        return self.demand_overdue_p + self.demand_overdue_i + self.demand_current_p \
            + self.demand_current_i

    @property
    def collection(self) -> int:
        return sum(getattr(self, f) for f in _FIGURES if f.startswith("collection"))

    @property
    def balance(self) -> int:
        return self.balance_overdue_p + self.balance_overdue_i + self.balance_current_p \
            + self.balance_current_i

    def as_dict(self) -> dict[str, int]:
        return {f: getattr(self, f) for f in _FIGURES}


_FIGURES = tuple(DcbFigures.__dataclass_fields__)


def dcb_split(due_before: int, due_in: int, paid_before: int, paid_in: int
              ) -> tuple[int, int, int, int, int, int, int]:
    """One loan's one component (principal or interest): (demand overdue, demand current,
    collected overdue, collected current, collected advance, balance overdue, balance
    current). Overdue demand is what was due before the period and not paid by then;
    what was paid ahead before the period meets the period's dues first; a collection
    goes to overdue, then current, and the rest is advance."""
    if paid_in < 0:  # a payment from before the period reversed in it
        paid_before, paid_in = paid_before + paid_in, 0
    overdue = max(0, due_before - paid_before)
    ahead = max(0, paid_before - due_before)
    current = max(0, due_in - ahead)
    got_overdue = min(paid_in, overdue)
    got_current = min(paid_in - got_overdue, current)
    advance = paid_in - got_overdue - got_current
    return (overdue, current, got_overdue, got_current, advance, overdue - got_overdue,
            current - got_current)


def _figures(due: tuple[int, int, int, int], paid: tuple[int, int, int, int]
             ) -> tuple[int, ...]:
    """A loan's DcbFigures, in their order, from its (principal, interest) due and paid
    before and within the period."""
    p = dcb_split(due[0], due[2], paid[0], paid[2])
    i = dcb_split(due[1], due[3], paid[1], paid[3])
    return (p[0], i[0], p[1], i[1], p[2], i[2], p[3], i[3], p[4], i[4], p[5], i[5], p[6],
            i[6])


@dataclass(frozen=True)
class DcbRow:
    key: int
    code: str
    name_en: str
    name_bn: str
    loans: int
    figures: DcbFigures


@dataclass(frozen=True)
class DcbReport:
    """Demand–collection–balance for a period, split overdue / current / advance and
    principal / interest, for the branch and by officer, group and product."""

    start: date
    end: date
    demand_minor: int
    collection_minor: int
    balance_minor: int
    totals: DcbFigures = DcbFigures()
    by_officer: tuple[DcbRow, ...] = ()
    by_group: tuple[DcbRow, ...] = ()
    by_product: tuple[DcbRow, ...] = ()

    def collection_rate(self) -> Decimal:
        """Collected of what was demanded (advance payments not counted)."""
        got = self.collection_minor - self.totals.collection_advance_p \
            - self.totals.collection_advance_i
        return _percent(got, self.demand_minor)


def _in_period(start: date, end: date):  # type: ignore[no-untyped-def]
    """Loans the period concerns: open, or closed within it (written-off ones are off
    the book), paid out by its end."""
    closed = func.coalesce(Loan.status, "") == "closed"  # found by ix_loan_closed_on instead
    return and_(Loan.disbursed_on <= end, or_(
        Loan.status == "disbursed", and_(Loan.closed_on >= start, closed)))


Four = tuple[int, int, int, int]
# the period's loans with their (product, group); per loan what fell due before / in the
# period, and what was repaid before (or in the opening book) / in it, principal and
# interest: (before p, before i, in p, in i)
PeriodFigures = tuple[dict[int, tuple[int, int]], dict[int, Four], dict[int, Four]]


def _period_figures(session: Session, start: date, end: date) -> PeriodFigures:
    """The period's loans that have a schedule (a loan_position row) with their (product,
    group), and what each had falling due before the period and in it (principal,
    interest): before the period's month from the monthly demand cache
    (app.db.positions), the rest — from the month's first day to the end — from the
    installments of that stretch only, in date order (ix_installment_due_loan).
    Repaid: the loan's paid total (its position: the installment caches, which db check
    proves equal to its repayments) less what the journal shows repaid from the period's
    start on — only those rows, in date order (ix_journal_repayment_date)."""
    i, m, j, pos = Installment, LoanDemandMonth, JournalEntry, LoanPosition
    month = start.replace(day=1)
    before, within = i.due_on < start, and_(i.due_on >= start, i.due_on <= end)
    scope = select(Loan.id).where(_in_period(start, end))
    owners, total = {}, {}
    for loan, product, group, paid_p, paid_i in session.execute(
            select(Loan.id, Loan.product_id, Member.group_id, pos.paid_principal_minor,
                   pos.paid_interest_minor)
            .join(Member, Member.id == Loan.member_id)
            .join(pos, pos.loan_id == Loan.id)
            .where(_in_period(start, end))):
        owners[loan], total[loan] = (product, group), (int(paid_p), int(paid_i))
    due: dict[int, tuple[int, int, int, int]] = {
        loan: (int(a), int(b), 0, 0) for loan, a, b in session.execute(
            select(m.loan_id, func.sum(m.principal_minor), func.sum(m.interest_minor))
            .where(m.loan_id.in_(scope), m.month < month).group_by(m.loan_id))}
    for loan, a, b, c, d in session.execute(
            select(i.loan_id,
                   func.sum(case((before, i.principal_minor), else_=0)),
                   func.sum(case((before, i.interest_minor), else_=0)),
                   func.sum(case((within, i.principal_minor), else_=0)),
                   func.sum(case((within, i.interest_minor), else_=0)))
            .where(i.due_on >= month, i.due_on <= end)  # ix_installment_due_loan
            .group_by(i.loan_id + 0)):
        if loan not in owners:
            continue
        old = due.get(loan, (0, 0, 0, 0))
        due[loan] = (old[0] + int(a), old[1] + int(b), int(c), int(d))
    sign = case((j.reverses_id.is_(None), 1), else_=-1)
    after = j.business_date > end
    within_paid = and_(j.business_date <= end, j.channel != "opening")
    since: dict[int, Four] = {}
    seen: set[int] = set()  # loans with a repayment row dated by the end
    for loan, a, b, c, d, n in session.execute(
            select(j.loan_id,
                   func.sum(case((after, sign * j.principal_minor), else_=0)),
                   func.sum(case((after, sign * j.interest_minor), else_=0)),
                   func.sum(case((within_paid, sign * j.principal_minor), else_=0)),
                   func.sum(case((within_paid, sign * j.interest_minor), else_=0)),
                   func.count(case((j.business_date <= end, 1))))
            .where(REPAYMENT, j.business_date >= start)  # ix_journal_repayment_date
            .group_by(j.loan_id + 0)):  # "+ 0": not grouped along the loan-ordered index
        if loan not in owners:
            continue
        since[loan] = (int(a), int(b), int(c), int(d))
        if n:
            seen.add(loan)
    # a loan with nothing due by the end counts only if repaid by then (even if reversed)
    unseen = [loan for loan in owners if loan not in due and loan not in seen]
    if unseen:
        seen |= set(session.scalars(select(j.loan_id).where(
            REPAYMENT, j.business_date < start, j.loan_id.in_(unseen)).distinct()))
    paid: dict[int, Four] = {}
    for loan in owners:
        if loan not in due and loan not in seen:
            continue
        later = since.get(loan, (0, 0, 0, 0))
        paid_p, paid_i = total[loan]
        paid[loan] = (paid_p - later[0] - later[2], paid_i - later[1] - later[3],
                      later[2], later[3])
    return owners, due, paid


def figures_from_ledger(session: Session, start: date, end: date) -> PeriodFigures:
    """The same figures added up from every installment and every repayment of the
    period's loans (what dcb_report did before the caches): the reference the tests hold
    `_period_figures` to."""
    j = JournalEntry
    i = Installment
    before, within = i.due_on < start, and_(i.due_on >= start, i.due_on <= end)
    owners, due = {}, {}
    for loan, product, group, n, a, b, c, d in session.execute(
            select(Loan.id, Loan.product_id, Member.group_id,
                   func.count(case((i.due_on <= end, 1))),
                   func.sum(case((before, i.principal_minor), else_=0)),
                   func.sum(case((before, i.interest_minor), else_=0)),
                   func.sum(case((within, i.principal_minor), else_=0)),
                   func.sum(case((within, i.interest_minor), else_=0)))
            .join(Member, Member.id == Loan.member_id)
            .join(i, i.loan_id == Loan.id)
            .where(_in_period(start, end)).group_by(Loan.id)):
        owners[loan] = (product, group)
        if n:
            due[loan] = (int(a), int(b), int(c), int(d))
    sign = case((j.reverses_id.is_(None), 1), else_=-1)
    # repaid before the period, or before going live (the opening book)
    early = or_(j.business_date < start, j.channel == "opening")
    paid = {loan: (int(a), int(b), int(c), int(d)) for loan, a, b, c, d in session.execute(
        select(j.loan_id,
               func.sum(case((early, sign * j.principal_minor), else_=0)),
               func.sum(case((early, sign * j.interest_minor), else_=0)),
               func.sum(case((early, 0), else_=sign * j.principal_minor)),
               func.sum(case((early, 0), else_=sign * j.interest_minor)))
        .where(j.kind == "repayment", j.business_date <= end,
               j.loan_id.in_(select(Loan.id).where(_in_period(start, end))))
        .group_by(j.loan_id))}
    return owners, due, paid


def dcb_report(engine: Engine, start: date, end: date, *,
               figures_of: Callable[[Session, date, date], PeriodFigures] | None = None
               ) -> DcbReport:
    """Demand = installments falling due (current) and left unpaid from before (overdue);
    collection = repayments posted in the period net of reversals, overdue first, then
    current, then advance; balance = demand not collected."""
    with read_session(engine) as session:
        owners, due, paid = (figures_of or _period_figures)(session, start, end)
        groups, officers, products, officer_of = _names(
            session, {g for _p, g in owners.values()}, {p for p, _g in owners.values()})
    zero = (0, 0, 0, 0)
    width = len(_FIGURES) + 1  # the loans, then the figures
    of_group: dict[int, list[tuple[int, ...]]] = defaultdict(list)
    of_product: dict[int, list[tuple[int, ...]]] = defaultdict(list)
    for loan, (product, group) in owners.items():
        if loan not in due and loan not in paid:  # nothing due by the end, nothing paid
            continue
        figures = (1, *_figures(due.get(loan, zero), paid.get(loan, zero)))
        of_group[group].append(figures)
        of_product[product].append(figures)

    def added(rows: list[tuple[int, ...]] | list[list[int]]) -> list[int]:
        return [sum(column) for column in zip(*rows, strict=True)] if rows else [0] * width

    sums: dict[str, dict[int, list[int]]] = {
        "group": {g: added(rows) for g, rows in of_group.items()},
        "product": {p: added(rows) for p, rows in of_product.items()}}
    by_officer: dict[int, list[list[int]]] = defaultdict(list)
    for g, n in sums["group"].items():
        by_officer[officer_of.get(g, 0)].append(n)
    sums["officer"] = {o: added(rows) for o, rows in by_officer.items()}
    total = added(list(sums["group"].values()))

    def rows(kind: str, names: dict[int, tuple[str, str, str]]) -> tuple[DcbRow, ...]:
        out = [DcbRow(key, *names.get(key, ("", "", "")), n[0], DcbFigures(*n[1:]))
               for key, n in sums[kind].items()]
        return tuple(sorted(out, key=lambda r: (r.code, r.name_en, r.key)))

    totals = DcbFigures(*total[1:])
    return DcbReport(start, end, totals.demand, totals.collection, totals.balance, totals,
                     rows("officer", officers), rows("group", groups),
                     rows("product", products))

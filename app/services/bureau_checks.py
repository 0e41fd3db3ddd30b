"""Where each bureau check of an application stands, and the household's credit from
the reports head office sent back (for the eligibility verdict and the loan page).

States of a person's check, as the application shows them:
- not_asked: no check asked for her yet;
- waiting_to_send: asked, the request is still in this branch's outbox;
- at_head_office: head office has the request (acknowledged), has not sent it on yet;
- sent: head office sent it to the bureau;
- received: a report came back (a hit), current;
- no_record: the bureau has no record of her (a current answer too);
- error: the bureau could not answer, or found several people;
- out_of_date: the last report is older than the product's age limit.

The verdict uses each person's newest answered report from any application: a report
asked for last week for her husband serves this application too while it is current.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.models import Branch, Installment, Loan, LoanProduct, Member
from app.db.models_bureau import BureauConsent, BureauRequest
from app.domain.bureau import (
    BureauReport,
    CreditSummary,
    HouseholdCredit,
    PersonCredit,
    ReportedAccount,
    household_credit,
)
from app.domain.bureau_verdict import RepaymentBurden
from app.domain.eligibility import monthly_equivalent
from app.domain.money import from_minor, to_minor
from app.domain.products import LoanProduct as ProductRule
from app.errors import QT_TR_NOOP, NotFound
from app.services.bureau import (
    PENDING_LOANS,
    Person,
    hq_answer,
    people_of,
    request_travelling,
)
from app.services.common import branch_row, read_session
from app.services.loans import loan_rule

STATES = ("not_asked", "waiting_to_send", "at_head_office", "sent", "received",
          "no_record", "error", "out_of_date")


@dataclass(frozen=True)
class CheckLine:
    person: Person
    state: str
    request_id: str | None
    requested_on: date | None
    consent_method: str | None
    report: BureauReport | None  # the newest report used for the verdict
    summary: CreditSummary


@dataclass(frozen=True)
class BureauPanel:
    loan_id: int
    loan_no: str
    member_id: int
    lender: str  # our institution, as our own loans are shown
    max_age_days: int
    lines: tuple[CheckLine, ...]
    credit: HouseholdCredit
    can_ask: bool  # the application is still before disbursement
    # the application's verdict today: (code, English text, params) of each reason
    failures: tuple[tuple[str, str, dict], ...] = ()
    referrals: tuple[tuple[str, str, dict], ...] = ()
    # the household's monthly repayments with this loan against its cap (applications)
    burden: RepaymentBurden | None = None

    @property
    def verdict(self) -> str:
        """eligible | refer | not_eligible (only while it is an application)."""
        if self.failures:
            return "not_eligible"
        return "refer" if self.referrals else "eligible"


def _newest_request(s: Session, person_id: int) -> tuple[BureauRequest, str] | None:
    row = s.execute(select(BureauRequest, BureauConsent.method).join(
        BureauConsent, BureauConsent.id == BureauRequest.consent_id).where(
        BureauRequest.person_id == person_id).order_by(
        BureauRequest.requested_on.desc(), BureauRequest.consent_id.desc())).first()
    return None if row is None else (row[0], str(row[1]))


def newest_report(s: Session, person_id: int) -> BureauReport | None:
    """The newest report head office sent back for the person, from any application."""
    found: BureauReport | None = None
    for request_id in s.scalars(select(BureauRequest.id).where(
            BureauRequest.person_id == person_id)):
        answer = hq_answer(s, request_id)
        if answer is not None and answer.report is not None and (
                found is None or answer.report.report_date >= found.report_date):
            found = answer.report
    return found


def _state(s: Session, request: BureauRequest | None, report: BureauReport | None,
           on: date, max_age: int) -> str:
    if request is not None:
        answer = hq_answer(s, request.id)
        if answer is None or answer.report is None:
            if request_travelling(s, request.id):
                return "waiting_to_send"
            return "sent" if answer is not None else "at_head_office"
    if report is None:
        return "not_asked"
    if report.outcome in ("error", "multiple"):
        return "error"
    if not report.is_current(on, max_age):
        return "out_of_date"
    return "received" if report.outcome == "hit" else "no_record"


def own_accounts(s: Session, member_id: int, lender: str, on: date
                 ) -> tuple[ReportedAccount, ...]:
    """Her loans with us being repaid, from our records, as a bureau would show them
    (the installment as its monthly equivalent)."""
    out = []
    for loan in s.scalars(select(Loan).where(Loan.member_id == member_id,
                                             Loan.status == "disbursed").order_by(Loan.id)):
        left, overdue, oldest, regular = s.execute(select(
            func.coalesce(func.sum(Installment.principal_minor
                                   - Installment.paid_principal_minor), 0),
            func.coalesce(func.sum(Installment.principal_minor + Installment.interest_minor
                                   - Installment.paid_principal_minor
                                   - Installment.paid_interest_minor)
                          .filter(Installment.due_on < on), 0),
            func.min(Installment.due_on).filter(Installment.due_on < on,
                                                Installment.paid_on.is_(None)),
            func.max(Installment.principal_minor + Installment.interest_minor))
            .where(Installment.loan_id == loan.id)).one()
        rule: ProductRule = loan_rule(s, loan)
        monthly = monthly_equivalent(from_minor(int(regular or 0)), rule.frequency, rule.every)
        out.append(ReportedAccount(
            lender, loan.loan_no, "active", ours=True, outstanding_minor=int(left),
            overdue_minor=max(0, int(overdue)), dpd=(on - oldest).days if oldest else 0,
            installment_minor=to_minor(monthly), frequency="monthly",
            opened_on=loan.disbursed_on))
    return tuple(out)


def credit_people(s: Session, member: Member, branch: Branch, on: date
                  ) -> list[tuple[Person, PersonCredit]]:
    out = []
    for person in people_of(s, member):
        report = newest_report(s, person.id) if person.id is not None else None
        own = own_accounts(s, member.id, branch.institution, on) \
            if person.relation == "self" else ()
        out.append((person, PersonCredit(
            "self" if person.relation == "self" else f"p{person.id}",
            person.name_latin or person.name_bn, person.relation,
            person.earning or person.relation == "self", report, own)))
    return out


def household_credit_of(s: Session, member: Member, on: date) -> HouseholdCredit:
    """The household's credit for the eligibility verdict (see app.domain.bureau)."""
    branch = branch_row(s)
    return household_credit([c for _p, c in credit_people(s, member, branch, on)])


def bureau_panel(engine: Engine, loan_id: int) -> BureauPanel:
    """Everything the application's credit-bureau panel shows."""
    with read_session(engine) as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise NotFound(QT_TR_NOOP("No such loan."))
        branch = branch_row(s)
        on = branch.business_date
        member = s.get(Member, loan.member_id)
        assert member is not None
        rule = loan_rule(s, loan) if s.get(LoanProduct, loan.product_id) else None
        max_age = rule.bureau_max_age_days if rule else 30
        pairs = credit_people(s, member, branch, on)
        credit = household_credit([c for _p, c in pairs])
        lines = []
        for (person, credited), line in zip(pairs, credit.people, strict=True):
            newest = _newest_request(s, person.id) if person.id is not None else None
            request = newest[0] if newest else None
            lines.append(CheckLine(
                person, _state(s, request, credited.report, on, max_age),
                request.id if request else None, request.requested_on if request else None,
                newest[1] if newest else None, credited.report, line.summary))
        failures: tuple = ()
        referrals: tuple = ()
        burden = None
        can_ask = loan.status in PENDING_LOANS
        if can_ask and rule is not None:
            from app.services.loan_application import repayment_burden_now, verdict_now

            found, referred = verdict_now(s, loan)
            failures = tuple((f.code, f.text, f.params) for f in found)
            referrals = tuple((f.code, f.text, f.params) for f in referred)
            burden = repayment_burden_now(s, loan)
        return BureauPanel(loan.id, loan.loan_no, member.id, branch.institution, max_age,
                           tuple(lines), credit, can_ask, failures, referrals, burden)


def other_lenders_monthly(credit: HouseholdCredit) -> Decimal:
    """What the household repays other lenders a month, as the reports say."""
    return credit.total.other_lenders_monthly

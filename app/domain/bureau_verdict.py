"""What the credit-bureau reports do to the eligibility verdict.

Three answers, never two: *eligible*, *refer to the manager*, or *not eligible*.

* Refer to the manager (`referrals`) — the verdict cannot be made from what is known:
  no report for the applicant or an earning household member, a report older than the
  product's (or the profile's) age limit, a bureau that found several people or
  answered with an error, or an active loan whose installment is unknown. Where the
  policy profile does not expect a report (Bangladesh, unless the product requires
  one), a missing report is not a reason, but a report that came back unclear is.
* Not eligible (`guardrail_failures`) — the industry guardrails, as policy data per
  profile and on for India (MFIN's, adopted by the SROs): after this loan the borrower
  has at most 3 microfinance lenders (us included) and at most ₹2,00,000 of
  microfinance debt (this loan included); none of her loans is more than 60 days past
  due; she does not owe ₹3,000 or more overdue. The household's repayments against
  50 % of its income are the eligibility module's (app.domain.eligibility), fed with
  the reported obligations to other lenders.
* A product may require a fresh report before sanction (`reports_missing`): sanction
  refuses without one, as Bangladesh Bank now requires for state banks' rural loans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.domain.bureau import OURS, HouseholdCredit, PersonCredit
from app.errors import QT_TR_NOOP


@dataclass(frozen=True)
class BureauPolicy:
    """A profile's use of credit-bureau reports (see the module docstring)."""

    report_expected: bool = False  # no report ⇒ refer to the manager
    max_age_days: int = 30  # older ⇒ out of date (a product may set its own)
    guardrails: bool = False
    max_lenders: int = 3
    max_mf_debt: Decimal = Decimal("200000")
    max_dpd: int = 60
    max_overdue: Decimal = Decimal("3000")


INDIA_GUARDRAILS = BureauPolicy(report_expected=True, guardrails=True)
NO_BUREAU = BureauPolicy()


@dataclass(frozen=True)
class Finding:
    """A reason, with a stable code, translatable text and its parameters (as
    app.domain.eligibility.Failure)."""

    code: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self) -> str:
        return self.text.format(**self.params)


def needs_report(person: PersonCredit) -> bool:
    """The applicant and every earning member of her household are checked."""
    return person.relation == "self" or person.earning


def _money(amount: Decimal) -> str:
    return str(amount.quantize(Decimal("0.01")))


def referrals(credit: HouseholdCredit, policy: BureauPolicy, today: date,
              max_age_days: int | None = None, required: bool = False) -> list[Finding]:
    """Why the verdict is "refer to the manager" (empty: it need not be)."""
    expected = policy.report_expected or required
    age = max_age_days if max_age_days is not None else policy.max_age_days
    out: list[Finding] = []
    for line in credit.people:
        person, report = line.person, line.person.report
        if not needs_report(person):
            continue
        if report is None:
            if expected:
                out.append(Finding("bureau_no_report", QT_TR_NOOP(
                    "No credit bureau report for {name} yet."), {"name": person.name}))
        elif report.outcome == "multiple":
            out.append(Finding("bureau_several_matches", QT_TR_NOOP(
                "The credit bureau found several people matching {name}: check her "
                "identity documents and ask again."), {"name": person.name}))
        elif report.outcome == "error":
            out.append(Finding("bureau_error", QT_TR_NOOP(
                "The credit bureau could not answer about {name}: {note}"),
                {"name": person.name, "note": report.note}))
        elif expected and not report.is_current(today, age):
            out.append(Finding("bureau_out_of_date", QT_TR_NOOP(
                "The credit bureau report for {name} is from {date}, older than {days} "
                "days: ask for a new one."),
                {"name": person.name, "date": report.report_date.isoformat(),
                 "days": age}))
    if credit.total.unknown_installments:
        out.append(Finding("bureau_unknown_installment", QT_TR_NOOP(
            "{count} active loan(s) of the household have no known installment, so the "
            "household's monthly repayments cannot be added up."),
            {"count": credit.total.unknown_installments}))
    return out


def guardrail_failures(credit: HouseholdCredit, policy: BureauPolicy, applicant_key: str,
                       amount: Decimal) -> list[Finding]:
    """The industry guardrails the borrower breaks with a loan of `amount`."""
    line = credit.line(applicant_key)
    if not policy.guardrails or line is None:
        return []
    s = line.summary
    out: list[Finding] = []
    lenders = set(s.lenders) | {OURS}
    if len(lenders) > policy.max_lenders:
        out.append(Finding("bureau_lenders", QT_TR_NOOP(
            "With this loan she would borrow from {count} microfinance lenders; at most "
            "{limit} are allowed."), {"count": len(lenders), "limit": policy.max_lenders}))
    debt = s.outstanding + amount
    if debt > policy.max_mf_debt:
        out.append(Finding("bureau_debt", QT_TR_NOOP(
            "With this loan her microfinance debt would be {debt}, above the limit of "
            "{limit}."), {"debt": _money(debt), "limit": _money(policy.max_mf_debt)}))
    if s.worst_dpd > policy.max_dpd:
        out.append(Finding("bureau_dpd", QT_TR_NOOP(
            "A loan of hers is {days} days past due; no new loan above {limit} days."),
            {"days": s.worst_dpd, "limit": policy.max_dpd}))
    if s.overdue >= policy.max_overdue:
        out.append(Finding("bureau_overdue", QT_TR_NOOP(
            "She owes {overdue} overdue to her lenders; no new loan at {limit} or more."),
            {"overdue": _money(s.overdue), "limit": _money(policy.max_overdue)}))
    return out


def reports_missing(credit: HouseholdCredit, today: date, max_age_days: int
                    ) -> list[Finding]:
    """For a product that requires a fresh report before sanction: who has none."""
    out = []
    for line in credit.people:
        report = line.person.report
        if not needs_report(line.person):
            continue
        if report is None or report.outcome in ("multiple", "error") \
                or not report.is_current(today, max_age_days):
            out.append(Finding("bureau_required", QT_TR_NOOP(
                "This product is sanctioned only with a credit bureau report of at most "
                "{days} days for {name}."), {"days": max_age_days, "name": line.person.name}))
    return out


@dataclass(frozen=True)
class RepaymentBurden:
    """The household's monthly repayments against its cap, as the verdict weighs them:
    the existing obligations (ours from our records, other lenders' from the reports or
    as declared, whichever is more) plus this loan's installment as a monthly amount,
    against `cap` (50 % in India) of the monthly household income, rounded half up to
    the paisa (app.domain.eligibility's repayment-to-income rule). Where the profile
    weighs the new installment alone (Bangladesh's 1/3), `counts_existing` is False."""

    existing: Decimal
    proposed: Decimal
    monthly_income: Decimal
    cap: Decimal | None  # share of monthly income; None: no cap for this product
    counts_existing: bool = True

    @property
    def total(self) -> Decimal:
        return (self.proposed + (self.existing if self.counts_existing else 0)) \
            .quantize(Decimal("0.01"))

    @property
    def allowed(self) -> Decimal | None:
        if self.cap is None:
            return None
        return (self.monthly_income * self.cap).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def within(self) -> bool:
        allowed = self.allowed
        return allowed is None or self.proposed + (
            self.existing if self.counts_existing else 0) <= allowed

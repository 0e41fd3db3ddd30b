"""Who may borrow how much: every eligibility rule of a product and its policy profile.

`check_eligibility` never stops at the first problem: it returns one `Failure` per
broken rule, each with a stable `code`, an English `text` with `{placeholders}` (marked
for translation) and the `params` that fill them, so the officer can read the whole
list to the applicant in her language. An empty list means eligible.

Rules (the product's own value wins; the profile's is the fallback):

* Age: product.min_age ≤ age ≤ product.max_age.
* Interest cap (MRA: 24 % on the declining balance): the loan's interest as a
  declining-balance rate (`app.domain.apr.declining_rate_percent`: a flat loan's
  rate is its IRR) at most the profile's cap.
* Amount: within the product's range; above the collateral-free limit only with
  collateral (e.g. Tk 50,000 for Village Women Employment credit).
* Household income ceiling (India, RBI 2022): annual household income ≤ ₹3,00,000.
* Repayment-to-income cap. India (`cap_includes_existing_loans`): the household's
  repayments on all loans *including the new one* ≤ 50 % of monthly household income.
  Bangladesh products with a cap: the new installment alone ≤ 1/3 of monthly income.
  The cap amount is monthly income × cap rounded half-up to the paisa.
* No overdue on any existing loan; no more than `max_concurrent_loans` loans at once
  (her loans open or applied for, this one included).
* Security: at most `max_loan_to_value_percent` of the pledged goods' value (grain
  storage credit: 80–90 % of the price of the cereal in the godown); at least
  `guarantors_required` personal guarantors named.
* Salary (Credit for employees, app.domain.programmes.salary_limit): at most N months'
  basic salary and at most the cap, by where the salary is paid (checked when the
  salary is given; a salary of 0 is refused for such a product).
* Group loans: the group's size within the product's limits (BJS: at most 20).
* Margin (equity): the borrower's own share of the whole cost (loan + her share) is at
  least the product's margin, as the seeds' debt–equity ratios say (margin 25 % =
  75:25): `required_equity` = loan × margin ÷ (100 − margin), rounded up to the paisa.
* Individual loans (BJS): only after `min_membership_years` (3) years of group
  membership with a clean record. A group product with a minimum also requires it.
* Credit-bureau reports (`Applicant.credit`, app.domain.bureau and bureau_verdict): the
  industry guardrails of the profile are failures; what cannot be decided from the
  reports (none, out of date, unclear, an unknown installment) makes the `verdict`
  "refer to the manager" — never "eligible". The service adds the reported monthly
  obligations to other lenders to `existing_monthly_repayments` for the 50 % cap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from app.domain.bureau import HouseholdCredit
from app.domain.bureau_verdict import NO_BUREAU, guardrail_failures, referrals
from app.domain.money import PAISA, round_paisa
from app.domain.products import LoanProduct, PolicyProfile
from app.domain.schedule import Frequency
from app.errors import QT_TR_NOOP


@dataclass(frozen=True)
class Applicant:
    """What the officer knows about the applicant and her household (amounts per period)."""

    age: int
    annual_household_income: Decimal
    monthly_household_income: Decimal
    existing_monthly_repayments: Decimal = Decimal("0")
    group_membership_years: Decimal = Decimal("0")
    has_overdue: bool = False
    concurrent_loans: int = 0  # loans open or applied for, not counting this one
    group_size: int = 0
    has_collateral: bool = False
    collateral_value: Decimal = Decimal("0")  # as valued at appraisal
    clean_record: bool = True  # no default or write-off in her credit history
    credit: HouseholdCredit | None = None  # the household's bureau reports, if asked
    credit_key: str = "self"  # her line in `credit`
    guarantors: int = 0  # personal guarantors named in the application
    # salaried borrowers (Credit for employees): monthly basic salary, and whether it is
    # paid through this bank's branch (app.domain.programmes.salary_limit)
    monthly_basic_salary: Decimal | None = None
    salary_paid_here: bool = False


@dataclass(frozen=True)
class Failure:
    """One broken rule: a stable code, translatable text and its parameters."""

    code: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self) -> str:
        """The English sentence (the UI translates `text` first, then formats)."""
        return self.text.format(**self.params)


def monthly_equivalent(installment: Decimal, frequency: Frequency, every: int = 1) -> Decimal:
    """An installment as a monthly amount: × periods per year ÷ 12, to the paisa."""
    per_year = Decimal(frequency.base_periods_per_year) / Decimal(every)
    return round_paisa(installment * per_year / 12)


def required_equity(amount: Decimal, margin_percent: Decimal) -> Decimal:
    """The least own share that makes `margin_percent` of the whole cost (loan + share):
    loan × margin ÷ (100 − margin), rounded up to the paisa so that paying it meets
    the margin."""
    if not 0 <= margin_percent < 100:
        raise ValueError("a margin is at least 0 % and below 100 %")
    return (amount * margin_percent / (100 - margin_percent)).quantize(PAISA, ROUND_CEILING)


def _money(amount: Decimal) -> str:
    return str(amount.quantize(PAISA))


def check_eligibility(product: LoanProduct, profile: PolicyProfile | None,
                      applicant: Applicant, amount: Decimal,
                      installment_monthly_equivalent: Decimal,
                      declining_rate_percent: Decimal | None = None) -> list[Failure]:
    """Every rule `applicant` fails for a loan of `amount` (see the module docstring)."""
    out: list[Failure] = []
    a = applicant
    cap = profile.interest_cap_percent if profile else None
    if cap is not None and declining_rate_percent is not None \
            and declining_rate_percent > cap:
        out.append(Failure("interest_cap", QT_TR_NOOP(
            "The interest comes to {rate} % a year on the declining balance, above the "
            "{cap} % cap; choose fewer installments or a lower rate."),
            {"rate": str(declining_rate_percent), "cap": str(cap)}))
    if not product.min_age <= a.age <= product.max_age:
        out.append(Failure("age", QT_TR_NOOP(
            "Age {age} is outside this product's range of {min_age} to {max_age} years."),
            {"age": a.age, "min_age": product.min_age, "max_age": product.max_age}))
    if not product.min_amount <= amount <= product.max_amount:
        out.append(Failure("amount_range", QT_TR_NOOP(
            "The amount {amount} is outside this product's range of {low} to {high}."),
            {"amount": _money(amount), "low": _money(product.min_amount),
             "high": _money(product.max_amount)}))
    limit = product.collateral_free_limit
    if limit is not None and amount > limit and not a.has_collateral:
        out.append(Failure("collateral", QT_TR_NOOP(
            "Loans above {limit} need collateral; the amount is {amount}."),
            {"limit": _money(limit), "amount": _money(amount)}))
    elif limit is not None and amount > limit and product.collateral_cover is not None \
            and a.collateral_value < amount * product.collateral_cover:
        out.append(Failure("collateral_cover", QT_TR_NOOP(
            "Above {limit} the collateral must be worth {times} times the loan ({needed}); "
            "it is valued at {value}."),
            {"limit": _money(limit), "times": str(product.collateral_cover),
             "needed": _money(amount * product.collateral_cover),
             "value": _money(a.collateral_value)}))
    out.extend(_security(product, a, amount))
    out.extend(_salary(product, a, amount))
    ceiling = product.max_household_income or (profile.max_household_income if profile else None)
    if ceiling is not None and a.annual_household_income > ceiling:
        out.append(Failure("household_income", QT_TR_NOOP(
            "Annual household income {income} is above the ceiling of {ceiling}."),
            {"income": _money(a.annual_household_income), "ceiling": _money(ceiling)}))
    out.extend(_repayment_cap(product, profile, a, installment_monthly_equivalent))
    if a.has_overdue:
        out.append(Failure("overdue", QT_TR_NOOP(
            "An existing loan is overdue; it must be repaid first."), {}))
    if a.concurrent_loans + 1 > product.max_concurrent_loans:
        out.append(Failure("concurrent_loans", QT_TR_NOOP(
            "She already has {count} loan(s) open or applied for; this product allows "
            "{limit} at a time."),
            {"count": a.concurrent_loans, "limit": product.max_concurrent_loans}))
    if not product.individual and not (
            product.min_group_size <= a.group_size <= product.max_group_size):
        out.append(Failure("group_size", QT_TR_NOOP(
            "The group has {size} members; this product needs {low} to {high}."),
            {"size": a.group_size, "low": product.min_group_size,
             "high": product.max_group_size}))
    if a.group_membership_years < product.min_membership_years:
        out.append(Failure("membership", QT_TR_NOOP(
            "{years} year(s) of group membership; this product needs at least {needed}."),
            {"years": str(a.group_membership_years), "needed": product.min_membership_years}))
    if product.individual and not a.clean_record:
        out.append(Failure("clean_record", QT_TR_NOOP(
            "Individual loans need a clean repayment record."), {}))
    if a.credit is not None:
        policy = profile.bureau if profile else NO_BUREAU
        out.extend(Failure(f.code, f.text, dict(f.params))
                   for f in guardrail_failures(a.credit, policy, a.credit_key, amount))
    return out


@dataclass(frozen=True)
class Verdict:
    """Eligible, refer to the manager, or not eligible — with every reason."""

    failures: tuple[Failure, ...]
    referrals: tuple[Failure, ...] = ()

    @property
    def status(self) -> str:
        if self.failures:
            return "not_eligible"
        return "refer" if self.referrals else "eligible"


def bureau_referrals(product: LoanProduct, profile: PolicyProfile | None,
                     credit: HouseholdCredit | None, today: date) -> list[Failure]:
    """Why the credit-bureau side of the verdict needs the manager (see bureau_verdict)."""
    policy = profile.bureau if profile else NO_BUREAU
    if credit is None:
        return []
    return [Failure(f.code, f.text, dict(f.params)) for f in referrals(
        credit, policy, today, product.bureau_max_age_days, product.bureau_report_required)]


def verdict(product: LoanProduct, profile: PolicyProfile | None, applicant: Applicant,
            amount: Decimal, installment_monthly_equivalent: Decimal, today: date,
            declining_rate_percent: Decimal | None = None) -> Verdict:
    """The whole verdict: every failed rule, and every reason to refer it."""
    return Verdict(
        tuple(check_eligibility(product, profile, applicant, amount,
                                installment_monthly_equivalent, declining_rate_percent)),
        tuple(bureau_referrals(product, profile, applicant.credit, today)))


def _salary(product: LoanProduct, a: Applicant, amount: Decimal) -> list[Failure]:
    from app.domain.programmes import salary_limit

    if not (product.salary_months_paid_here or product.salary_months_elsewhere):
        return []
    if a.monthly_basic_salary is None:  # not asked (the application form does not yet)
        return []
    if a.monthly_basic_salary <= 0:
        return [Failure("salary_unknown", QT_TR_NOOP(
            "This loan is limited by the borrower's basic salary: write her monthly basic "
            "salary and whether it is paid through this branch."), {})]
    limit = salary_limit(product, a.monthly_basic_salary, a.salary_paid_here)
    if limit is not None and amount > limit:
        return [Failure("salary_limit", QT_TR_NOOP(
            "The amount {amount} is above the salary limit of {limit} ({months} months' "
            "basic salary of {salary}, at most {cap})."),
            {"amount": _money(amount), "limit": _money(limit),
             "months": product.salary_months_paid_here if a.salary_paid_here
             else product.salary_months_elsewhere, "salary": _money(a.monthly_basic_salary),
             "cap": _money((product.salary_cap_paid_here if a.salary_paid_here
                            else product.salary_cap_elsewhere) or limit)})]
    return []


def _security(product: LoanProduct, a: Applicant, amount: Decimal) -> list[Failure]:
    """Loan-to-value of pledged goods (grain storage) and personal guarantors."""
    out = []
    ltv = product.max_loan_to_value_percent
    if ltv is not None and amount > a.collateral_value * ltv / 100:
        out.append(Failure("loan_to_value", QT_TR_NOOP(
            "The loan may be at most {percent} % of the value of the goods pledged "
            "({value}): at most {allowed}."),
            {"percent": str(ltv), "value": _money(a.collateral_value),
             "allowed": _money((a.collateral_value * ltv / 100).quantize(
                 PAISA, rounding=ROUND_FLOOR))}))
    if a.guarantors < product.guarantors_required:
        out.append(Failure("guarantors", QT_TR_NOOP(
            "This product needs {needed} personal guarantor(s); {count} named."),
            {"needed": product.guarantors_required, "count": a.guarantors}))
    return out


def _repayment_cap(product: LoanProduct, profile: PolicyProfile | None, a: Applicant,
                   installment: Decimal) -> list[Failure]:
    cap = product.repayment_to_income_cap
    if cap is None and profile is not None:
        cap = profile.repayment_to_income_cap
    if cap is None:
        return []
    include_existing = profile.cap_includes_existing_loans if profile else True
    total = installment + (a.existing_monthly_repayments if include_existing else 0)
    allowed = (a.monthly_household_income * cap).quantize(PAISA, rounding=ROUND_HALF_UP)
    if total <= allowed:
        return []
    return [Failure("repayment_to_income", QT_TR_NOOP(
        "Monthly repayments of {total} would exceed {percent} % of monthly income "
        "({allowed})."),
        {"total": _money(total), "allowed": _money(allowed),
         "percent": format((cap * 100).quantize(Decimal("0.01")).normalize(), "f")})]

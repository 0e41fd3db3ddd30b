"""Loan products and policy profiles as data (head office edits them; branches sync them).

A product is stored as the JSON dict of `LoanProduct.to_dict()` (amounts as decimal
strings, enums as their words) and read back with `LoanProduct.from_dict()`, which
validates every field and raises `ValidationError` with a clear message: rules are
data, so a bad product must be refused where it enters, not where it is used.

Policy profiles hold what differs by country (RBI 2022 directions for India, MRA /
Janata Bank RCD for Bangladesh) so that no code branches on the country: income
ceilings, repayment caps, interest caps, savings lien, first-installment gap, the
holiday rule, ageing buckets and whether a prepayment penalty is allowed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.apr import Fee  # re-exported: a product's fees are `Fee` values
from app.domain.bureau_verdict import INDIA_GUARDRAILS, NO_BUREAU, BureauPolicy
from app.domain.repayment_modes import RepaymentMode, check_term, mode_key, mode_of
from app.domain.schedule import Amortization, Frequency, HolidayRule, InterestMethod
from app.errors import QT_TR_NOOP, ValidationError

ONE_THIRD = Decimal(1) / Decimal(3)
DEFAULT_BUCKETS = (0, 30, 60, 90, 180)


@dataclass(frozen=True)
class PolicyProfile:
    """A country's rules as data (see the module docstring)."""

    code: str
    currency: str
    max_household_income: Decimal | None  # per year
    repayment_to_income_cap: Decimal | None  # share of monthly household income
    interest_cap_percent: Decimal | None
    savings_lien: bool  # compulsory savings cannot be withdrawn while a loan is open
    prepayment_penalty_allowed: bool
    min_first_gap_days: int
    holiday_rule: HolidayRule
    working_weekdays: tuple[int, ...]  # 0 = Monday
    # India: all the household's repayments incl. the new one count against the cap;
    # Bangladesh: the new installment alone against the product's cap (1/3 of income).
    cap_includes_existing_loans: bool = True
    product_income_cap: Decimal | None = None  # the cap "some products" carry
    ageing_buckets: tuple[int, ...] = DEFAULT_BUCKETS  # upper day limits; above = last
    interest_cap_method: str = "declining"
    # credit-bureau reports in the verdict: expected, how old, industry guardrails
    bureau: BureauPolicy = NO_BUREAU


INDIA_RBI = PolicyProfile(
    code="india_rbi", currency="INR", max_household_income=Decimal("300000"),
    repayment_to_income_cap=Decimal("0.50"), interest_cap_percent=None, savings_lien=False,
    prepayment_penalty_allowed=False, min_first_gap_days=7,
    holiday_rule=HolidayRule.NEXT_MEETING_DAY, working_weekdays=(0, 1, 2, 3, 4, 5),
    bureau=INDIA_GUARDRAILS,
)
BANGLADESH_MRA = PolicyProfile(
    code="bangladesh_mra", currency="BDT", max_household_income=None,
    repayment_to_income_cap=None, interest_cap_percent=Decimal("24"), savings_lien=True,
    prepayment_penalty_allowed=False, min_first_gap_days=15,
    holiday_rule=HolidayRule.COLLECT_WITH_NEXT, working_weekdays=(5, 6, 0, 1, 2, 3),
    cap_includes_existing_loans=False, product_income_cap=ONE_THIRD,
)
PROFILES = {p.code: p for p in (INDIA_RBI, BANGLADESH_MRA)}


@dataclass(frozen=True)
class LoanProduct:
    """A loan product: every rule a loan of it follows (fields are documented inline).

    Fees: `processing_fee_percent` is the lender's, `insurance_percent` a third party's
    premium; both are deducted from the disbursement when `fees_deducted`, else paid
    separately. Compulsory savings are a % of the loan at disbursement and/or a fixed
    amount per installment. `repayment_to_income_cap` and `max_household_income`
    override the profile's when set.
    """

    code: str
    name_en: str
    name_bn: str
    profile: str
    interest_method: InterestMethod
    annual_rate_percent: Decimal
    frequency: Frequency
    min_amount: Decimal
    max_amount: Decimal
    min_installments: int
    max_installments: int
    default_installments: int
    every: int = 1
    amortization: Amortization = Amortization.EQUAL_INSTALLMENTS
    rounding_multiple: Decimal = Decimal("1")
    grace_principal: int = 0
    grace_interest: int = 0
    min_first_gap_days: int = 7
    holiday_rule: HolidayRule = HolidayRule.NEXT_MEETING_DAY
    processing_fee_percent: Decimal = Decimal("0")
    insurance_percent: Decimal = Decimal("0")  # third-party premium, deducted
    fees_deducted: bool = True
    penalty_percent_on_overdue: Decimal = Decimal("0")
    allocation_order: tuple[str, ...] = ("penalty", "fees", "interest", "principal")
    allow_advance: bool = True
    compulsory_savings_percent: Decimal = Decimal("0")  # of loan, at disbursement
    savings_per_installment: Decimal = Decimal("0")  # fixed, each meeting
    group_guarantee: bool = True
    guarantee_fund_percent: Decimal = Decimal("0")
    collateral_free_limit: Decimal | None = None
    # above the free limit the collateral must be worth this many times the loan
    # (the seeds' "mortgage of land/property, 1.5 times of loan")
    collateral_cover: Decimal | None = None
    # the branch sanctions only an application someone has recommended (Swanirvar:
    # "subject to the recommendation of credit supervisor/unit manager")
    recommendation_before_sanction: bool = False
    min_age: int = 18
    max_age: int = 60
    max_household_income: Decimal | None = None
    min_membership_years: int = 0
    repayment_to_income_cap: Decimal | None = None
    max_concurrent_loans: int = 1
    min_group_size: int = 5
    max_group_size: int = 20
    individual: bool = False
    min_equity_percent: Decimal = Decimal("0")
    # sanction refuses without a credit-bureau report of at most this age for the
    # applicant and her household's earners (Bangladesh Bank's CIB rule, March 2025)
    bureau_report_required: bool = False
    bureau_report_max_age_days: int | None = None  # None: the profile's

    @property
    def bureau_max_age_days(self) -> int:
        """How old a credit-bureau report may be for this product's verdict."""
        if self.bureau_report_max_age_days is not None:
            return self.bureau_report_max_age_days
        profile = PROFILES.get(self.profile)
        return profile.bureau.max_age_days if profile else NO_BUREAU.max_age_days
    # the modes a loan may choose (app.domain.repayment_modes) within this term; none:
    # the product's own frequency and installments only
    repayment_modes: tuple[str, ...] = ()
    min_term_months: int = 0
    max_term_months: int = 0
    # the programme's own delegation (grade, max without collateral, max with), lowest
    # authority first; none: the branch's table from head office
    sanction_powers: tuple[tuple[str, Decimal, Decimal], ...] = ()
    # the loan at most this % of the pledged goods' value (grain storage: 80–90 %)
    max_loan_to_value_percent: Decimal | None = None
    guarantors_required: int = 0  # personal guarantors the application must name
    # SFDP "Max. 0.80 lac per group": each authority's power is measured against the
    # group's total of this programme's open loans with this one (app.domain.programmes)
    sanction_per_group: bool = False
    # Credit for employees: at most N months' basic salary, and at most the cap — one pair
    # when the salary is paid through this branch, another when it is paid elsewhere
    salary_months_paid_here: int = 0
    salary_cap_paid_here: Decimal | None = None
    salary_months_elsewhere: int = 0
    salary_cap_elsewhere: Decimal | None = None
    # "disbursement ... by installments" / "০১ থেকে ০৩ কিস্তিতে": the loan may be paid out
    # in at most this many tranches; repayment starts after the last (app.domain.programmes)
    max_tranches: int = 1
    # Seed development: "the branch may allow a grace period of maximum 3 months" after
    # the due date — an extension the branch grants, with interest for the extra months
    max_extension_months: int = 0

    @property
    def first_gap_days(self) -> int:
        """The least days from disbursement to the first installment: the product's own
        minimum, never less than its policy profile's (MRA: 15 days)."""
        profile = PROFILES.get(self.profile)
        return max(self.min_first_gap_days, profile.min_first_gap_days if profile else 0)

    @property
    def rest_weekdays(self) -> frozenset[int]:
        """The weekdays its policy profile's branches are closed (0 = Monday)."""
        profile = PROFILES.get(self.profile)
        return frozenset(range(7)) - frozenset(profile.working_weekdays) if profile \
            else frozenset()

    def fees_for(self, principal: Decimal) -> tuple[Fee, ...]:
        """The disbursement charges of a loan of `principal` (rounded to the paisa)."""
        out = []
        if self.processing_fee_percent:
            out.append(Fee("processing", (principal * self.processing_fee_percent / 100)
                           .quantize(Decimal("0.01")), self.fees_deducted, False, "processing"))
        if self.insurance_percent:
            out.append(Fee("insurance", (principal * self.insurance_percent / 100)
                           .quantize(Decimal("0.01")), self.fees_deducted, True, "insurance"))
        return tuple(out)

    def modes(self) -> tuple[RepaymentMode, ...]:
        """The repayment modes a loan of this product may choose (its own when none)."""
        if not self.repayment_modes:
            return (RepaymentMode(self.own_mode, self.frequency, self.every,
                                  self.min_installments, self.max_installments),)
        return tuple(mode_of(k, self.min_term_months, self.max_term_months)
                     for k in self.repayment_modes)

    @property
    def own_mode(self) -> str:
        """The word of the product's own frequency and period (`quarterly` …)."""
        if self.every > 1 and self.default_installments == 1 == self.max_installments:
            return f"one_time_{self.every}m" if self.frequency is Frequency.MONTHLY \
                else mode_key(self.frequency, self.every)
        return mode_key(self.frequency, self.every)

    def for_mode(self, key: str) -> LoanProduct:
        """This product as one loan repays it: the chosen mode's frequency, period and
        installments, with no other mode left (a loan's snapshot). "" keeps its own."""
        if not key or (not self.repayment_modes and key == self.own_mode):
            return self
        if key not in self.repayment_modes:
            raise ValidationError(QT_TR_NOOP("Product {code} is not repaid {mode}."),
                                  code=self.code, mode=key)
        mode = mode_of(key, self.min_term_months, self.max_term_months)
        default = min(max(self.default_installments, mode.min_installments),
                      mode.max_installments)
        grace = 0 if mode.one_time else min(self.grace_principal, mode.min_installments - 1)
        return replace(self, frequency=mode.frequency, every=mode.every,
                       min_installments=mode.min_installments,
                       max_installments=mode.max_installments,
                       default_installments=default, grace_principal=grace,
                       grace_interest=min(self.grace_interest, grace), repayment_modes=())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if key == "sanction_powers":
                out[key] = [[g, str(w), str(c)] for g, w, c in value]
            elif isinstance(value, Decimal):
                out[key] = str(value)
            elif isinstance(value, tuple):
                out[key] = list(value)
            elif hasattr(value, "value"):
                out[key] = value.value
            else:
                out[key] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LoanProduct:
        """Read and validate a product from its JSON dict (see the module docstring)."""
        if not isinstance(data, dict):
            raise ValidationError(QT_TR_NOOP("A product must be a JSON object."))
        known = {f.name: f for f in fields(cls)}
        unknown = set(data) - set(known)
        if unknown:
            raise ValidationError(QT_TR_NOOP("Unknown product field(s): {names}"),
                                  names=", ".join(sorted(unknown)))
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            kwargs[name] = _powers(value) if name == "sanction_powers" else \
                _convert(name, str(known[name].type), value)
        try:
            product = cls(**kwargs)
        except TypeError as exc:
            raise ValidationError(QT_TR_NOOP("Incomplete product: {error}"),
                                  error=str(exc)) from None
        product.validate()
        return product

    def validate(self) -> None:
        """Refuse a product whose rules contradict each other or the profile."""
        if self.profile not in PROFILES:
            raise ValidationError(QT_TR_NOOP("Product {code}: unknown policy profile {profile}."),
                                  code=self.code, profile=self.profile)
        if not self.code or not self.name_en or not self.name_bn:
            raise ValidationError(QT_TR_NOOP("A product needs a code and English and Bengali "
                                             "names."))
        if self.rounding_multiple <= 0 or self.every < 1:
            raise ValidationError(QT_TR_NOOP("Product {code}: rounding multiple and period "
                                             "must be positive."), code=self.code)
        if not 0 <= self.grace_interest <= self.grace_principal < self.min_installments:
            raise ValidationError(QT_TR_NOOP("Product {code}: grace periods must be shorter "
                                             "than the term."), code=self.code)
        if sorted(self.allocation_order) != sorted(("penalty", "fees", "interest",
                                                    "principal")):
            raise ValidationError(QT_TR_NOOP("Product {code}: allocation order must name "
                                             "penalty, fees, interest and principal once "
                                             "each."), code=self.code)
        if not (0 < self.min_amount <= self.max_amount):
            raise ValidationError(QT_TR_NOOP("Product {code}: amount range is invalid."),
                                  code=self.code)
        if not (1 <= self.min_installments <= self.default_installments
                <= self.max_installments <= 1000):
            raise ValidationError(QT_TR_NOOP("Product {code}: installment range is invalid."),
                                  code=self.code)
        if not (0 <= self.annual_rate_percent <= 100):
            raise ValidationError(QT_TR_NOOP("Product {code}: rate must be 0–100 %."),
                                  code=self.code)
        if not 0 <= self.min_equity_percent < 100:
            raise ValidationError(QT_TR_NOOP("Product {code}: the borrower's margin must be "
                                             "at least 0 % and below 100 %."), code=self.code)
        if self.collateral_cover is not None and not 0 < self.collateral_cover <= 10:
            raise ValidationError(QT_TR_NOOP("Product {code}: the collateral cover must be "
                                             "above 0 and at most 10 times the loan."),
                                  code=self.code)
        if not isinstance(self.bureau_report_required, bool) or not (
                self.bureau_report_max_age_days is None
                or (type(self.bureau_report_max_age_days) is int
                    and 1 <= self.bureau_report_max_age_days <= 365)):
            raise ValidationError(QT_TR_NOOP("Product {code}: a credit bureau report's age "
                                             "is 1 to 365 days."), code=self.code)
        self._validate_programme()
        cap = PROFILES[self.profile].interest_cap_percent if self.profile in PROFILES else None
        if cap is not None and self.annual_rate_percent > cap:
            raise ValidationError(QT_TR_NOOP("Product {code}: rate above the {cap} % cap."),
                                  code=self.code, cap=str(cap))


    def _validate_programme(self) -> None:
        """Modes, term, delegation, loan-to-value and guarantors (catalogue fields)."""
        if self.repayment_modes:
            check_term(self.code, self.min_term_months, self.max_term_months)
            if len(set(self.repayment_modes)) != len(self.repayment_modes):
                raise ValidationError(QT_TR_NOOP("Product {code}: a repayment mode is "
                                                 "listed twice."), code=self.code)
            self.modes()  # each mode known and possible within the term
        grades = [g for g, _w, _c in self.sanction_powers]
        if len(set(grades)) != len(grades) or not all(g.strip() for g in grades):
            raise ValidationError(QT_TR_NOOP("Product {code}: each sanction grade must be "
                                             "named once."), code=self.code)
        if self.max_loan_to_value_percent is not None \
                and not 0 < self.max_loan_to_value_percent <= 100:
            raise ValidationError(QT_TR_NOOP("Product {code}: the loan-to-value limit must "
                                             "be above 0 and at most 100 %."), code=self.code)
        if not 0 <= self.guarantors_required <= 5:
            raise ValidationError(QT_TR_NOOP("Product {code}: at most 5 guarantors can be "
                                             "required."), code=self.code)
        self._validate_limits()

    def _validate_limits(self) -> None:
        """Per-group delegation, salary limits, tranches and extension (catalogue)."""
        for months, cap in ((self.salary_months_paid_here, self.salary_cap_paid_here),
                            (self.salary_months_elsewhere, self.salary_cap_elsewhere)):
            if type(months) is not int or not 0 <= months <= 120 or (
                    cap is not None and (months == 0 or cap <= 0)):
                raise ValidationError(QT_TR_NOOP("Product {code}: a salary limit is 1–120 "
                                                 "months' salary with a positive cap."),
                                      code=self.code)
        if type(self.max_tranches) is not int or not 1 <= self.max_tranches <= 12:
            raise ValidationError(QT_TR_NOOP("Product {code}: a loan is paid out in 1 to 12 "
                                             "tranches."), code=self.code)
        if type(self.max_extension_months) is not int \
                or not 0 <= self.max_extension_months <= 12:
            raise ValidationError(QT_TR_NOOP("Product {code}: an extension is at most 12 "
                                             "months."), code=self.code)
        if not isinstance(self.sanction_per_group, bool) or (
                self.sanction_per_group and self.individual):
            raise ValidationError(QT_TR_NOOP("Product {code}: only a group product can have "
                                             "its sanction powers per group."), code=self.code)


def _powers(value: Any) -> tuple[tuple[str, Decimal, Decimal], ...]:
    """A delegation table from JSON: [[grade, without collateral, with], ...] (amounts as
    decimal strings, 0 = no power for that kind)."""
    try:
        rows = []
        for grade, without, with_ in value:
            amounts = [_convert("sanction_powers", "Decimal", a) for a in (without, with_)]
            if not isinstance(grade, str) or any(a < 0 or not a.is_finite() for a in amounts):
                raise ValueError(grade)
            rows.append((grade.strip(), amounts[0], amounts[1]))
        return tuple(rows)
    except (TypeError, ValueError):
        raise ValidationError(QT_TR_NOOP("Product field {name} has an invalid value: {value}"),
                              name="sanction_powers", value=repr(value)[:200]) from None


_ENUMS = {"InterestMethod": InterestMethod, "Frequency": Frequency,
          "Amortization": Amortization, "HolidayRule": HolidayRule}


def _convert(name: str, type_name: str, value: Any) -> Any:
    try:
        for enum_name, enum in _ENUMS.items():
            if type_name.startswith(enum_name):
                return enum(value)
        if "Decimal" in type_name:
            if value is None and "None" in type_name:
                return None
            if isinstance(value, float | bool):
                raise ValueError(name)
            return Decimal(str(value))
        if type_name.startswith("tuple"):
            return tuple(value)
        if type_name == "int" and (not isinstance(value, int) or isinstance(value, bool)):
            raise ValueError(name)
        return value
    except (ValueError, InvalidOperation, TypeError):
        raise ValidationError(QT_TR_NOOP("Product field {name} has an invalid value: {value}"),
                              name=name, value=repr(value)) from None


def _product(**kw: Any) -> LoanProduct:
    return LoanProduct(**kw)


DEMO_PRODUCTS: tuple[LoanProduct, ...] = (
    _product(code="BJS-GL", name_en="BJS group loan (weekly)", name_bn="বিজেএস দলীয় ঋণ (সাপ্তাহিক)",
             profile="india_rbi", interest_method=InterestMethod.DECLINING,
             annual_rate_percent=Decimal("24"), frequency=Frequency.WEEKLY,
             min_amount=Decimal("5000"), max_amount=Decimal("50000"), min_installments=24,
             max_installments=52, default_installments=46, processing_fee_percent=Decimal("1"),
             insurance_percent=Decimal("0.5"), savings_per_installment=Decimal("20"),
             max_household_income=Decimal("300000"), repayment_to_income_cap=Decimal("0.5"),
             max_concurrent_loans=2),
    _product(code="BJS-IL", name_en="BJS individual loan (monthly)",
             name_bn="বিজেএস ব্যক্তিগত ঋণ (মাসিক)", profile="india_rbi",
             interest_method=InterestMethod.DECLINING, annual_rate_percent=Decimal("22"),
             frequency=Frequency.MONTHLY, min_amount=Decimal("30000"),
             max_amount=Decimal("150000"), min_installments=12, max_installments=24,
             default_installments=18, processing_fee_percent=Decimal("1"),
             insurance_percent=Decimal("0.5"), min_membership_years=3, individual=True,
             max_household_income=Decimal("300000"), repayment_to_income_cap=Decimal("0.5"),
             rounding_multiple=Decimal("1")),
    _product(code="JB-SWN", name_en="Swanirvar credit (52 weeks)",
             name_bn="স্বনির্ভর ঋণ (৫২ সপ্তাহ)", profile="bangladesh_mra",
             interest_method=InterestMethod.FLAT, annual_rate_percent=Decimal("11"),
             frequency=Frequency.WEEKLY, min_amount=Decimal("5000"),
             max_amount=Decimal("40000"), min_installments=52, max_installments=52,
             default_installments=52, min_first_gap_days=15,
             holiday_rule=HolidayRule.COLLECT_WITH_NEXT, savings_per_installment=Decimal("10"),
             guarantee_fund_percent=Decimal("5"), min_group_size=5, max_group_size=5,
             collateral_free_limit=Decimal("40000"), recommendation_before_sanction=True),
    _product(code="JB-SFDP", name_en="SFDP group credit", name_bn="এসএফডিপি দলীয় ঋণ",
             profile="bangladesh_mra", interest_method=InterestMethod.DECLINING,
             annual_rate_percent=Decimal("11"), frequency=Frequency.WEEKLY,
             min_amount=Decimal("5000"), max_amount=Decimal("80000"), min_installments=26,
             max_installments=52, default_installments=46, min_first_gap_days=15,
             holiday_rule=HolidayRule.COLLECT_WITH_NEXT, min_group_size=7, max_group_size=10,
             collateral_free_limit=Decimal("50000")),
    _product(code="JB-VWE", name_en="Village women employment credit",
             name_bn="গ্রামীণ নারী কর্মসংস্থান ঋণ", profile="bangladesh_mra",
             interest_method=InterestMethod.DECLINING, annual_rate_percent=Decimal("10"),
             frequency=Frequency.MONTHLY, min_amount=Decimal("10000"),
             max_amount=Decimal("500000"), min_installments=12, max_installments=36,
             default_installments=24, min_first_gap_days=15, min_age=20,
             collateral_free_limit=Decimal("50000"), collateral_cover=Decimal("1.5"),
             min_group_size=3, max_group_size=5,
             repayment_to_income_cap=ONE_THIRD),
    _product(code="JB-WED", name_en="Women entrepreneur credit (3-month grace)",
             name_bn="নারী উদ্যোক্তা ঋণ (৩ মাস গ্রেস)", profile="bangladesh_mra",
             interest_method=InterestMethod.DECLINING, annual_rate_percent=Decimal("10"),
             frequency=Frequency.MONTHLY, min_amount=Decimal("50000"),
             max_amount=Decimal("500000"), min_installments=36, max_installments=36,
             default_installments=36, grace_principal=3, min_first_gap_days=15,
             individual=True, min_equity_percent=Decimal("25"),
             collateral_free_limit=Decimal("300000"), min_group_size=1),
)

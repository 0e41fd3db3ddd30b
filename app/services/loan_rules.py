"""The loan services' bridge to the pure rules: eligibility and sanction powers.

The rules themselves live in app.domain.eligibility and app.domain.sanction; this
module turns the branch's records (gathered by loan_application.applicant_facts and the
`sanction_power` table) into their inputs and their answers into plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain.money import from_minor, to_minor
from app.domain.products import LoanProduct as ProductRule
from app.domain.products import PolicyProfile
from app.domain.sanction import SanctionPower, SanctionTable, can_sanction, next_authority
from app.errors import QT_TR_NOOP

BOARD = "Board"


@dataclass(frozen=True)
class Failed:
    """One failed rule: English text (QT_TR_NOOP-marked) and its parameters."""

    code: str
    text: str
    params: dict[str, Any]

    def message(self) -> str:
        return self.text.format(**self.params)


@dataclass(frozen=True)
class PowerRow:
    grade: str
    with_collateral: bool
    max_minor: int
    rank: int


# Used only until head office has sent its delegation table (a new branch, the demo):
# grade, with collateral, max (minor units), rank — Janata-Bank-like steps.
DEFAULT_POWERS: tuple[PowerRow, ...] = tuple(PowerRow(g, c, m, r) for g, c, m, r in (
    ("BM-2", False, 30_000_00, 1), ("BM-2", True, 50_000_00, 1),
    ("BM-1", False, 50_000_00, 2), ("BM-1", True, 1_00_000_00, 2),
    ("AGM", False, 1_00_000_00, 3), ("AGM", True, 2_00_000_00, 3),
    ("DGM", False, 3_00_000_00, 4), ("DGM", True, 4_00_000_00, 4),
    ("GM", False, 5_00_000_00, 5), ("GM", True, 5_00_000_00, 5),
))


def product_powers(rule: ProductRule) -> list[PowerRow]:
    """A product's own delegation table as `sanction_power` rows (rank = its order)."""
    return [PowerRow(grade, collateral, to_minor(limit), rank)
            for rank, (grade, without, with_) in enumerate(rule.sanction_powers, 1)
            for collateral, limit in ((False, without), (True, with_))]


def sanction_table(powers: list[PowerRow]) -> SanctionTable:
    """The domain's table (lowest authority first) from the `sanction_power` rows."""
    rows = powers or list(DEFAULT_POWERS)
    limits: dict[str, dict[bool, Decimal]] = {}
    order: list[str] = []
    for row in sorted(rows, key=lambda p: (p.rank, p.max_minor)):
        if row.grade not in limits:
            limits[row.grade] = {}
            order.append(row.grade)
        limits[row.grade][row.with_collateral] = from_minor(row.max_minor)
    return tuple(SanctionPower(g, limits[g].get(False, Decimal(0)),
                               limits[g].get(True, limits[g].get(False, Decimal(0))))
                 for g in order)


def power_of(powers: list[PowerRow], grade: str | None, with_collateral: bool) -> int | None:
    """The most `grade` may sanction (None: no power at all)."""
    for power in sanction_table(powers):
        if power.grade == grade:
            limit = power.limit(with_collateral)
            return None if limit is None else to_minor(limit)
    return None


def may_sanction(powers: list[PowerRow], grade: str | None, amount_minor: int,
                 with_collateral: bool) -> bool:
    return grade is not None and can_sanction(grade, from_minor(amount_minor),
                                              with_collateral, sanction_table(powers))


def authority_for(powers: list[PowerRow], amount_minor: int, with_collateral: bool,
                  above: str | None = None) -> str:
    """The lowest authority (above `above`) whose power covers the amount, else the Board."""
    found = next_authority(from_minor(amount_minor), with_collateral, sanction_table(powers),
                           above)
    return found or BOARD


def eligibility_failures(rule: ProductRule, profile: PolicyProfile | None,
                         facts: dict[str, Any], amount: Decimal, installments: int
                         ) -> list[Failed]:
    """Every rule the application fails: the domain's rules plus the appraisal's own
    (group guarantee in place, the borrower's margin where the product asks one)."""
    from app.domain.eligibility import Applicant, check_eligibility, required_equity

    applicant = Applicant(
        age=facts["age"] if facts["age"] is not None else -1,
        annual_household_income=facts["household_income"],
        monthly_household_income=facts["monthly_income"],
        existing_monthly_repayments=facts["existing_monthly_repayments"],
        group_membership_years=facts["membership_years"],
        has_overdue=facts["overdue_installments"] > 0,
        concurrent_loans=facts["open_loans"], group_size=facts["group_size"],
        has_collateral=facts["collateral_value"] > 0,
        collateral_value=facts["collateral_value"], clean_record=facts["clean_record"],
        credit=facts.get("credit"),
        guarantors=facts.get("guarantors", 0),
        monthly_basic_salary=facts.get("monthly_basic_salary"),
        salary_paid_here=bool(facts.get("salary_paid_here")))
    out = [Failed(f.code, f.text, dict(f.params)) for f in check_eligibility(
        rule, profile, applicant, amount, facts["new_monthly_repayment"],
        facts["declining_rate_percent"])]
    if not rule.individual and rule.group_guarantee and not facts["group_guarantee"]:
        out.append(Failed("group_guarantee", QT_TR_NOOP(
            "The group's guarantee (resolution) or a guarantor is needed."), {}))
    needed = required_equity(amount, rule.min_equity_percent)
    if facts["equity"] < needed:
        out.append(Failed("equity", QT_TR_NOOP(
            "Her own contribution must be at least {percent} % of the whole cost (loan "
            "and her share): {needed}."),
            {"percent": str(rule.min_equity_percent), "needed": str(needed)}))
    _ = installments
    return out

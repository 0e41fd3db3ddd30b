"""The shipped catalogues against the seeds' own numbers (shared/seeds).

SEED below is typed from the seeds' text, not read from the catalogue: for each
programme its rate, the repayment modes it names, its term and grace, and what its
security and delegation say. Each product's schedule is built by the real engine and
checked against an independent calculation (the annuity formula at 40 digits)."""

from datetime import date
from decimal import Decimal as D
from decimal import localcontext

import pytest

from app.catalogue import load_catalogue, profiles
from app.domain.calendar import add_months
from app.domain.eligibility import Applicant, check_eligibility
from app.domain.products import PROFILES
from app.domain.sanction import SanctionPower, can_sanction, next_authority
from app.domain.schedule import LoanTerms, build_schedule

BD = load_catalogue("bangladesh_mra")
IN = load_catalogue("india_rbi")
DISBURSED = date(2026, 1, 12)  # a Monday, no holiday near

# code: (rate %, {mode: installments to test}, principal grace, max amount)
SEED = {
    "JB-MC": ("11", {"weekly": 52, "fortnightly": 26, "monthly": 12}, 0, "500000"),
    "JB-SFDP": ("11", {"weekly": 52, "monthly": 12}, 0, "80000"),
    "JB-SWN": ("11", {"weekly": 52}, 0, "40000"),
    "JB-COOP-C": ("11", {"one_time_6m": 1, "one_time_12m": 1}, 0, "10000000"),
    "JB-COOP-I": ("11", {"half_yearly": 4}, 0, "10000000"),
    "JB-NGO": ("11", {"fortnightly": 39, "monthly": 36}, 0, "50000000"),
    "JB-GRAIN": ("10", {"one_time_6m": 1, "one_time_9m": 1}, 0, "50000"),
    "JB-FAM": ("11", {"fortnightly": 26, "monthly": 12, "half_yearly": 2}, 0, "40000"),
    "JB-WED": ("10", {"monthly": 36}, 3, "500000"),
    "JB-CYB": ("12", {"monthly": 36}, 0, "1000000"),
    "JB-DOC": ("15", {"monthly": 60}, 3, "1000000"),
    "JB-SBD": ("12", {"monthly": 60}, 0, "2500000"),
    "JB-SEED": ("10", {"one_time_9m": 1}, 0, "2500000"),
    "JB-DIS": ("10", {"weekly": 52, "fortnightly": 26, "monthly": 12, "quarterly": 4}, 0,
               "50000"),
    "JB-EMP": ("13.50", {"monthly": 24}, 0, "100000"),
    "JB-CON": ("14", {"monthly": 36}, 0, "200000"),
    "JB-TY": ("10", {"fortnightly": 26, "monthly": 12, "quarterly": 4, "half_yearly": 2,
                     "one_time_6m": 1, "one_time_12m": 1}, 0, "500000"),
    "JB-VWE": ("10", {"fortnightly": 26, "monthly": 12, "quarterly": 4, "half_yearly": 2,
                      "one_time_6m": 1, "one_time_12m": 1}, 0, "500000"),
    "JB-TK10": ("12", {"fortnightly": 26, "monthly": 12, "quarterly": 4, "half_yearly": 2,
                       "one_time_6m": 1, "one_time_12m": 1}, 0, "50000"),
    "JB-VERMI": ("12", {"half_yearly": 2}, 0, "300000"),
    "JB-AGRO-P": ("12", {"quarterly": 8, "half_yearly": 10}, 0, "10000000"),
    "JB-AGRO-W": ("12", {"one_time_12m": 1, "quarterly": 4}, 0, "5000000"),
}
MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6}
DAYS = {"weekly": 7, "fortnightly": 14}


def test_every_seed_programme_is_in_the_bangladesh_catalogue_and_nothing_else():
    assert sorted(e.product.code for e in BD.products) == sorted(SEED)
    assert profiles() == ("bangladesh_mra", "india_rbi")


def _expected_interest(principal: D, rate: D, n: int, grace: int, per_year: D) -> D:
    """Declining balance: interest-only during the grace, then the level annuity."""
    with localcontext() as ctx:
        ctx.prec = 40
        r = rate / 100 / per_year
        level = principal * r / (1 - (1 + r) ** -(n - grace))
        return principal * r * grace + level * (n - grace) - principal


CASES = [(code, mode, n) for code, (_r, modes, _g, _m) in SEED.items()
         for mode, n in modes.items()]


@pytest.mark.parametrize(("code", "mode", "n"), CASES, ids=[f"{c}-{m}" for c, m, _ in CASES])
def test_each_programme_repays_as_its_seed_says(code, mode, n):
    rate, _modes, grace, most = SEED[code]
    product = BD.product(code)
    assert product.annual_rate_percent == D(rate)
    assert product.max_amount == D(most)
    rule = product.for_mode(mode)
    assert rule.min_installments <= n <= rule.max_installments
    principal = min(D(most), D("40000"))
    terms = LoanTerms.from_product(rule, principal, n, DISBURSED, None)
    schedule = build_schedule(terms).installments
    assert len(schedule) == n and sum(i.principal for i in schedule) == principal
    assert [i.principal for i in schedule[:grace]] == [D(0)] * grace
    assert all(i.principal > 0 for i in schedule[grace:])
    dues = [i.due_on for i in schedule]
    assert (dues[0] - DISBURSED).days >= 15  # MRA: at least 15 days to the first
    if mode.startswith("one_time_"):
        months = int(mode.removeprefix("one_time_").removesuffix("m"))
        assert len(dues) == 1 and 0 <= (dues[0] - add_months(DISBURSED, months)).days <= 2
        with localcontext() as ctx:
            ctx.prec = 40
            simple = principal * D(rate) / 100 * months / 12
        assert abs(schedule[0].interest - simple) <= D("0.01")
        return
    if mode in DAYS:
        assert {(b - a).days for a, b in zip(dues, dues[1:], strict=False)} == {DAYS[mode]}
    else:
        step = MONTHS[mode]
        # the term, to the day (or the next working day: Friday is the rest day)
        assert 0 <= (dues[-1] - add_months(DISBURSED, step * n)).days <= 2
    per_year = D(52 if mode == "weekly" else 26 if mode == "fortnightly"
                 else 12 // MONTHS[mode])
    expected = _expected_interest(principal, D(rate), n, grace, per_year)
    actual = sum(i.interest for i in schedule)
    assert abs(actual - expected) <= D("0.5") * n  # whole-taka installments, paisa interest


def test_doctors_loan_is_five_years_in_57_installments_after_three_months_grace():
    rule = BD.product("JB-DOC")
    schedule = build_schedule(LoanTerms.from_product(rule, D("500000"), 60, DISBURSED))
    repaying = [i for i in schedule.installments if i.principal > 0]
    assert len(repaying) == 57 and schedule.installments[-1].due_on == date(2031, 1, 12)


def test_cyber_cafe_repays_from_the_next_month():
    rule = BD.product("JB-CYB")
    first = build_schedule(LoanTerms.from_product(rule, D("300000"), 36, DISBURSED))
    assert first.installments[0].due_on == date(2026, 2, 12)


def test_a_mode_the_programme_does_not_name_is_refused():
    from app.errors import ValidationError

    with pytest.raises(ValidationError, match="not repaid"):
        BD.product("JB-VERMI").for_mode("monthly")  # the seed: ষান্মাসিক কিস্তি only
    with pytest.raises(ValidationError, match="not repaid"):
        BD.product("JB-SWN").for_mode("monthly")


def _table(code):
    return tuple(SanctionPower(g, w, c) for g, w, c in BD.product(code).sanction_powers)


@pytest.mark.parametrize(("code", "grade", "amount", "collateral", "allowed"), [
    ("JB-VWE", "BM Gr-4", "20000", True, True), ("JB-VWE", "BM Gr-4", "20001", True, False),
    ("JB-VWE", "GM", "400000", True, True), ("JB-VWE", "DMD", "500000", True, True),
    ("JB-VWE", "MD", "60000", False, False),
    ("JB-TY", "BM Gr-1", "80000", False, True), ("JB-TY", "AGM", "100000", True, True),
    ("JB-TY", "DGM", "300001", True, False),
    ("JB-VERMI", "BM Gr-2", "50000", False, True), ("JB-VERMI", "GM", "300000", True, True),
    ("JB-VERMI", "DGM", "200001", True, False),
    ("JB-MC", "BM Gr-3", "30000", False, True), ("JB-MC", "RM", "200000", True, True),
    ("JB-CYB", "BM Gr-1", "10000", False, False), ("JB-CYB", "GM", "300000", False, True),
    ("JB-CYB", "DMD", "700000", True, True), ("JB-CYB", "MD", "1000001", True, False),
    ("JB-DOC", "AGM", "100000", False, True), ("JB-DOC", "MD", "1000000", True, True),
    ("JB-SBD", "MD", "2500000", True, True), ("JB-SBD", "GM", "300001", False, False),
    ("JB-NGO", "MD", "2000000", False, True), ("JB-NGO", "MD", "5000000", True, True),
    ("JB-NGO", "MD", "2000001", False, False),
    ("JB-SEED", "DGM", "1000000", True, True), ("JB-SEED", "MD", "2500000", True, True),
    ("JB-COOP-C", "Regional Head", "5000000", False, True),
    ("JB-COOP-C", "Area Head", "10000000", False, True),
    ("JB-SWN", "BM Gr-4", "40000", False, True),
    ("JB-GRAIN", "BM Gr-4", "50000", True, True),
])
def test_each_programme_carries_its_seed_delegation(code, grade, amount, collateral, allowed):
    assert can_sanction(grade, D(amount), collateral, _table(code)) is allowed


def test_above_every_authority_a_programme_goes_to_the_board():
    assert next_authority(D("5000001"), True, _table("JB-NGO")) is None  # → Board
    assert next_authority(D("55000"), True, _table("JB-VWE")) == "AGM"


def _applicant(**kw):
    base = dict(age=30, annual_household_income=D("240000"),
                monthly_household_income=D("20000"), group_size=4)
    return Applicant(**(base | kw))


def _fails(code, amount, **kw):
    rule = BD.product(code)
    return [f.code for f in check_eligibility(rule, PROFILES["bangladesh_mra"],
                                              _applicant(**kw), D(amount), D("100"))]


def test_security_rules_of_the_seeds():
    # Village women: Tk 50,000 without collateral, above it a mortgage of 1.5 times
    assert _fails("JB-VWE", "50000") == []
    assert _fails("JB-VWE", "50001") == ["collateral"]
    assert _fails("JB-VWE", "100000", has_collateral=True,
                  collateral_value=D("149999")) == ["collateral_cover"]
    # Grain storage: at most 90 % of the cereal's procurement price
    assert _fails("JB-GRAIN", "9000", has_collateral=True, collateral_value=D("10000")) == []
    assert _fails("JB-GRAIN", "9001", has_collateral=True,
                  collateral_value=D("10000")) == ["loan_to_value"]
    # Cyber café: 25–65 years, and a personal guarantor
    assert _fails("JB-CYB", "100000", age=24, guarantors=1) == ["age"]
    assert "guarantors" in _fails("JB-CYB", "100000")


def test_india_catalogue_keeps_bjs_rules():
    group, individual = IN.product("BJS-GL"), IN.product("BJS-IL")
    assert group.max_group_size == 20 and not group.individual
    assert individual.individual and individual.min_membership_years == 3
    assert group.max_household_income == D("300000")


def test_the_catalogue_publishes_products_powers_and_holidays():
    changes = BD.changes((2026,))
    kinds = {k for k, _key, _p in changes}
    assert kinds == {"product", "sanction_power", "holiday"}
    holidays = {key for kind, key, _p in changes if kind == "holiday"}
    assert {"2026-02-21", "2026-03-26", "2026-12-16"} <= holidays


@pytest.mark.parametrize("entry", BD.products + IN.products, ids=lambda e: e.product.code)
def test_each_catalogue_product_survives_the_json_round_trip(entry):
    from app.domain.products import LoanProduct

    assert LoanProduct.from_dict(entry.product.to_dict()) == entry.product


@pytest.mark.parametrize(("field", "value"), [
    ("repayment_modes", ["monthly", "monthly"]), ("repayment_modes", ["daily"]),
    ("min_term_months", 0), ("sanction_powers", [["BM", "-1", "5"]]),
    ("sanction_powers", [["BM", "5", "5"], ["BM", "6", "6"]]), ("sanction_powers", "BM"),
    ("max_loan_to_value_percent", "101"), ("guarantors_required", 9),
])
def test_a_bad_programme_field_is_refused_where_it_enters(field, value):
    from app.domain.products import LoanProduct
    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        LoanProduct.from_dict(BD.product("JB-TY").to_dict() | {field: value})

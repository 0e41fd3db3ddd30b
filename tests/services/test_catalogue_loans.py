"""Loans of the catalogue's programmes through the real services: a repayment mode
chosen per loan, and the programme's own delegation of sanction powers."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue import load_catalogue
from app.db.models import Installment, Loan, LoanProduct
from app.db.uow import Actor
from app.errors import PermissionDenied, RuleViolation, ValidationError
from app.services.loan_application import apply_for_loan, preview_application
from app.services.loan_disbursement import accept_kfs, disburse_loan
from app.services.loan_sanction import forward_loan, sanction_loan
from app.services.loans import product_choices
from tests.builders import make_staff
from tests.services.loan_world import application, events, loan_world

CATALOGUE = load_catalogue("bangladesh_mra")


def _world(engine, members=4):
    world = loan_world(engine, profile="bangladesh_mra", currency="BDT", members=members,
                       products=())
    with Session(engine) as s, s.begin():
        for entry in CATALOGUE.products:
            p = entry.product
            s.add(LoanProduct(code=p.code, name_en=p.name_en, name_bn=p.name_bn,
                              definition=p.to_dict()))
        bm2 = make_staff(s, role="branch_manager", grade="BM Gr-2")
        world.bm2 = Actor(bm2.id, bm2.username, bm2.role, "BM Gr-2")  # type: ignore[attr-defined]
    return world


def _vwe(member, amount, mode, n, **changes):
    return application(member, amount_minor=amount, installments=n, product="JB-VWE",
                       repayment_mode=mode, household_income_minor=6_00_000_00, **changes)


def test_the_officer_chooses_a_quarterly_mode_and_the_schedule_follows_it(engine):
    world = _world(engine)
    loan = apply_for_loan(engine, world.officer, _vwe(world.members[0], 40_000_00,
                                                      "quarterly", 8))
    sanction_loan(engine, world.bm2, loan.loan_id)
    accept_kfs(engine, world.officer, loan.loan_id, "bn")
    disburse_loan(engine, world.manager, loan.loan_id)
    with Session(engine) as s:
        dues = list(s.scalars(select(Installment.due_on).where(
            Installment.loan_id == loan.loan_id).order_by(Installment.number)))
    assert len(dues) == 8
    assert all(85 <= (b - a).days <= 95 for a, b in zip(dues, dues[1:], strict=False))


def test_a_one_time_mode_is_one_payment_of_loan_and_interest(engine):
    world = _world(engine)
    preview = preview_application(engine, _vwe(world.members[0], 30_000_00, "one_time_6m", 1))
    assert len(preview.rows) == 1
    assert preview.rows[0].principal_minor == 30_000_00
    assert preview.rows[0].interest_minor == 1_500_00  # 10 % for six months


def test_a_mode_the_programme_does_not_name_or_too_many_installments_is_refused(engine):
    world = _world(engine)
    with pytest.raises(ValidationError):
        preview_application(engine, _vwe(world.members[0], 30_000_00, "weekly", 52))
    with pytest.raises(ValidationError):
        preview_application(engine, _vwe(world.members[0], 30_000_00, "quarterly", 13))


def test_the_programme_table_decides_who_sanctions(engine):
    world = _world(engine)
    within = apply_for_loan(engine, world.officer, _vwe(world.members[0], 40_000_00,
                                                        "monthly", 12))
    sanction_loan(engine, world.bm2, within.loan_id)  # BM Gr-2: up to 0.40 lac
    above = apply_for_loan(engine, world.officer, _vwe(world.members[1], 45_000_00,
                                                       "monthly", 12))
    with pytest.raises(PermissionDenied, match="BM Gr-1"):
        sanction_loan(engine, world.bm2, above.loan_id)
    assert forward_loan(engine, world.bm2, above.loan_id, "Good record") == "BM Gr-1"


def test_product_choices_offer_the_modes_with_their_installments(engine):
    _world(engine)
    vermi = next(p for p in product_choices(engine) if p.code == "JB-VERMI")
    assert vermi.modes == (("half_yearly", 2, 6),)


# ---------------------------------------------------------------------------------------
# Every programme's schedule against the seed's own numbers (shared/seeds, Janata Bank
# RCD-4): the rate, the repayment modes it names, its term and grace. None: the seed does
# not say (the catalogue's "assumed" lists it for head office).

_SEED = {  # code: (rate %, modes the seed names, installments it fixes, principal grace)
    "JB-MC": ("11", {"weekly", "fortnightly", "monthly"}, None, 0),
    "JB-SFDP": ("11", {"weekly", "monthly"}, None, 0),
    "JB-SWN": ("11", {"weekly"}, 52, 0),
    "JB-COOP-C": (None, {"one_time"}, 1, 0),
    "JB-COOP-I": (None, {"half_yearly", "yearly"}, None, 0),
    "JB-NGO": ("11", {"fortnightly", "monthly"}, None, 0),
    "JB-GRAIN": ("10", {"one_time"}, 1, 0),
    "JB-FAM": (None, {"fortnightly", "monthly", "half_yearly"}, None, 0),
    "JB-WED": ("10", {"monthly"}, 36, 3),
    "JB-CYB": ("12", {"monthly"}, 36, 0),
    "JB-DOC": ("15", {"monthly"}, 60, 3),  # 5 years: 57 installments after 3 months' grace
    "JB-SBD": ("12", {"monthly"}, 60, 0),
    "JB-SEED": ("10", {"one_time"}, 1, 0),
    "JB-DIS": ("10", {"weekly", "fortnightly", "monthly", "quarterly"}, None, 0),
    "JB-EMP": ("13.50", {"monthly"}, 24, 0),
    "JB-CON": ("14", {"monthly"}, 36, 0),
    "JB-TY": ("10", {"one_time", "fortnightly", "monthly", "quarterly", "half_yearly"},
              None, 0),
    "JB-VWE": ("10", {"one_time", "fortnightly", "monthly", "quarterly", "half_yearly"},
               None, 0),
    "JB-TK10": ("12", {"one_time", "fortnightly", "monthly", "quarterly", "half_yearly"},
                None, 0),
    "JB-VERMI": ("12", {"half_yearly"}, None, 0),
    "JB-AGRO-P": (None, {"quarterly", "half_yearly"}, None, 0),
    "JB-AGRO-W": (None, {"one_time", "quarterly"}, None, 0),
}
_PER_YEAR = {"weekly": 52, "fortnightly": 26, "monthly": 12, "quarterly": 4,
             "half_yearly": 2, "yearly": 1}
_SEED_TERM_MONTHS = {"JB-WED": 36, "JB-CYB": 36, "JB-DOC": 60, "JB-SBD": 60, "JB-EMP": 24,
                     "JB-CON": 36, "JB-GRAIN": 6, "JB-SEED": 9}


def test_the_catalogue_has_every_programme_of_the_seed():
    assert {e.product.code for e in CATALOGUE.products} == set(_SEED)


@pytest.mark.parametrize("code", sorted(_SEED))
def test_each_programme_schedules_by_the_seeds_numbers(code):
    from datetime import date
    from decimal import ROUND_HALF_EVEN, Decimal

    from app.domain.schedule import LoanTerms, build_schedule

    rate, modes, fixed, grace = _SEED[code]
    product = CATALOGUE.product(code)
    if rate is not None:
        assert product.annual_rate_percent == Decimal(rate)
    assert {"one_time" if m.one_time else m.key for m in product.modes()} == modes
    principal = max(min(Decimal(50_000), product.max_amount), product.min_amount)
    disbursed = date(2026, 1, 10)
    for mode in product.modes():
        rule = product.for_mode(mode.key)
        n = fixed or mode.max_installments  # the whole term the seed allows
        terms = LoanTerms.from_product(rule, principal, n, disbursed)
        schedule = build_schedule(terms)
        rows = schedule.installments
        assert len(rows) == n and rows[-1].balance == 0
        assert sum(r.principal for r in rows) == principal
        assert all(r.principal == 0 for r in rows[:grace]) and rows[grace].principal > 0
        assert schedule.total_payable == principal + schedule.total_interest
        r = product.annual_rate_percent / 100
        if mode.one_time:
            months = mode.every  # one payment N months on: N months' interest
            assert rows[0].interest == (principal * r * months / 12).quantize(
                Decimal("0.01"), ROUND_HALF_EVEN)
            assert 28 * months <= (rows[0].due_on - disbursed).days <= 31 * months + 7
        else:  # a period's interest is the rate for that period on what is outstanding
            assert rows[0].interest == (principal * r / _PER_YEAR[mode.key]).quantize(
                Decimal("0.01"), ROUND_HALF_EVEN)
        if code in _SEED_TERM_MONTHS and not mode.one_time:
            months = _SEED_TERM_MONTHS[code]
            assert 30 * months - 31 <= (rows[-1].due_on - disbursed).days <= 31 * months + 31


def test_doctors_loan_is_57_monthly_installments_after_3_months_grace():
    from datetime import date
    from decimal import Decimal

    from app.domain.schedule import LoanTerms, build_schedule

    product = CATALOGUE.product("JB-DOC")
    rows = build_schedule(LoanTerms.from_product(product, Decimal(600_000), 60,
                                                 date(2026, 1, 10))).installments
    assert [r.interest for r in rows[:3]] == [Decimal("7500.00")] * 3  # 15 % ÷ 12
    assert sum(1 for r in rows if r.principal > 0) == 57


def test_swanirvar_is_52_weekly_installments_of_a_year():
    from datetime import date
    from decimal import Decimal

    from app.domain.schedule import LoanTerms, build_schedule

    rows = build_schedule(LoanTerms.from_product(CATALOGUE.product("JB-SWN"),
                                                 Decimal(40_000), 52,
                                                 date(2026, 1, 10))).installments
    assert len(rows) == 52
    assert all((b.due_on - a.due_on).days in (7, 14) for a, b in zip(rows, rows[1:],
                                                                      strict=False))


# --- programme rules that needed the product model to grow (app.domain.programmes) -------

def test_employees_credit_is_limited_by_basic_salary_and_where_it_is_paid():
    from decimal import Decimal

    from app.domain.eligibility import Applicant, check_eligibility
    from app.domain.products import PROFILES
    from app.domain.programmes import salary_limit

    emp = CATALOGUE.product("JB-EMP")
    # 12 months' basic salary or Tk 1,00,000, whichever is lower (paid here) …
    assert salary_limit(emp, Decimal(6_000), paid_here=True) == Decimal(72_000)
    assert salary_limit(emp, Decimal(12_000), paid_here=True) == Decimal(100_000)
    # … 6 months' or Tk 50,000 when the salary is paid elsewhere
    assert salary_limit(emp, Decimal(6_000), paid_here=False) == Decimal(36_000)
    assert salary_limit(emp, Decimal(12_000), paid_here=False) == Decimal(50_000)

    def failures(salary, here, amount):
        a = Applicant(age=40, annual_household_income=Decimal(0),
                      monthly_household_income=Decimal(30_000), monthly_basic_salary=salary,
                      salary_paid_here=here)
        return {f.code for f in check_eligibility(emp, PROFILES["bangladesh_mra"], a,
                                                  Decimal(amount), Decimal(2_000))}

    assert "salary_limit" not in failures(Decimal(8_000), True, 90_000)
    assert "salary_limit" in failures(Decimal(8_000), True, 97_000)
    assert "salary_limit" in failures(Decimal(8_000), False, 50_000)  # 6 × 8,000 = 48,000
    assert "salary_unknown" in failures(Decimal(0), True, 10_000)
    assert not {"salary_limit", "salary_unknown"} & failures(None, True, 97_000)  # not asked
    assert not {"salary_limit", "salary_unknown"} & {
        f.code for f in check_eligibility(
            CATALOGUE.product("JB-CON"), PROFILES["bangladesh_mra"],
            Applicant(age=40, annual_household_income=Decimal(0),
                      monthly_household_income=Decimal(30_000)),
            Decimal(50_000), Decimal(2_000))}


def test_vermicompost_paid_out_in_three_tranches_repays_from_the_last():
    from datetime import date
    from decimal import Decimal

    from app.domain.programmes import tranched_schedule
    from app.domain.schedule import LoanTerms, build_schedule

    vermi = CATALOGUE.product("JB-VERMI")
    assert vermi.max_tranches == 3  # "০১ থেকে ০৩ কিস্তিতে বিতরণযোগ্য"
    terms = LoanTerms.from_product(vermi, Decimal(300_000), 6, date(2026, 1, 10))
    tranches = ((date(2026, 1, 10), Decimal(100_000)), (date(2026, 2, 9), Decimal(100_000)),
                (date(2026, 3, 11), Decimal(100_000)))
    schedule = tranched_schedule(vermi, terms, tranches)
    plain = build_schedule(terms.with_(disbursed_on=date(2026, 3, 11)))
    # 12 % for 60 and 30 days on the first two tranches, with the first installment
    extra = Decimal("1972.60") + Decimal("986.30")
    assert schedule.installments[0].interest == plain.installments[0].interest + extra
    assert schedule.installments[0].interest - extra == Decimal("18000.00")  # 6 % a half
    assert [r.due_on for r in schedule.installments] == [r.due_on for r in
                                                         plain.installments]
    assert schedule.installments[0].due_on > date(2026, 3, 11)
    assert schedule.total_interest == plain.total_interest + extra
    assert sum(r.principal for r in schedule.installments) == Decimal(300_000)
    with pytest.raises(ValidationError, match="at most 3 tranche"):
        tranched_schedule(vermi, terms, tranches + ((date(2026, 4, 1), Decimal(1)),))
    with pytest.raises(ValidationError, match="add up to the loan"):
        tranched_schedule(vermi, terms, tranches[:2])
    with pytest.raises(ValidationError, match="at most 1 tranche"):
        tranched_schedule(CATALOGUE.product("JB-EMP"), terms, tranches)


def test_seed_development_may_be_extended_three_months_with_their_interest():
    from datetime import date
    from decimal import Decimal

    from app.domain.programmes import extended_schedule
    from app.domain.schedule import LoanTerms, build_schedule

    seed = CATALOGUE.product("JB-SEED")
    terms = LoanTerms.from_product(seed, Decimal(1_000_000), 1, date(2026, 1, 10))
    schedule = build_schedule(terms)
    assert schedule.installments[0].interest == Decimal("75000.00")  # 10 % for 9 months
    longer = extended_schedule(seed, schedule, seed.annual_rate_percent, 3)
    row = longer.installments[0]
    assert row.interest == Decimal("100000.00") and row.principal == Decimal(1_000_000)
    assert (row.due_on.year, row.due_on.month) == (2027, 1)  # 9 + 3 months on
    with pytest.raises(ValidationError, match="at most 3 month"):
        extended_schedule(seed, schedule, seed.annual_rate_percent, 4)
    with pytest.raises(ValidationError, match="at most 0 month"):
        extended_schedule(CATALOGUE.product("JB-GRAIN"), schedule, Decimal(10), 1)


def _sfdp(member, amount):
    return application(member, amount_minor=amount, installments=26, product="JB-SFDP",
                       repayment_mode="weekly", household_income_minor=6_00_000_00)


def test_sfdp_sanction_powers_are_per_group(engine):
    world = _world(engine, members=8)  # one group of 8 (SFDP: 7–10)
    first = apply_for_loan(engine, world.officer, _sfdp(world.members[0], 50_000_00))
    sanction_loan(engine, world.bm2, first.loan_id)  # the branch: 0.80 lac per group
    second = apply_for_loan(engine, world.officer, _sfdp(world.members[1], 31_000_00))
    with pytest.raises(PermissionDenied, match="80,000"):
        sanction_loan(engine, world.bm2, second.loan_id)  # the group would have 81,000
    assert forward_loan(engine, world.bm2, second.loan_id, "Good group") == "RM"


@pytest.mark.parametrize("code", ["BJS-GL", "BJS-IL"])
def test_bjs_loans_schedule_by_their_catalogue_terms(code):
    """BJS's seed gives no rates (they are the catalogue's, marked assumed); its models
    are: the group loan weekly, the individual loan monthly, each over its term."""
    from datetime import date
    from decimal import ROUND_HALF_EVEN, Decimal

    from app.domain.schedule import LoanTerms, build_schedule

    product = load_catalogue("india_rbi").product(code)
    per_year = {"weekly": 52, "monthly": 12}[product.frequency.value]
    assert product.individual == (code == "BJS-IL")
    for n in (product.min_installments, product.max_installments):
        principal = product.max_amount
        schedule = build_schedule(LoanTerms.from_product(product, principal, n,
                                                         date(2026, 1, 7)))
        rows = schedule.installments
        assert len(rows) == n and rows[-1].balance == 0
        assert sum(r.principal for r in rows) == principal
        assert rows[0].interest == (principal * product.annual_rate_percent / 100 / per_year
                                    ).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
        assert (rows[0].due_on - date(2026, 1, 7)).days >= product.first_gap_days


def _emp(member, amount, **changes):
    return application(member, amount_minor=amount, installments=24, product="JB-EMP",
                       household_income_minor=6_00_000_00, **changes)


def test_an_employees_loan_needs_her_basic_salary_and_is_limited_by_it(engine):
    """Credit for employees: "12 months basic salary or maximum TK.1,00,000/- whichever is
    lower" when the salary is disbursed from the branch, "6 months … or TK. 50,000/-"
    when it is not — checked on the application and again at sanction."""
    world = _world(engine)
    m = world.members
    without = preview_application(engine, _emp(m[0], 50_000_00))
    assert "salary_unknown" in {f.code for f in without.failures}
    with pytest.raises(RuleViolation, match="basic salary"):
        apply_for_loan(engine, world.officer, _emp(m[0], 50_000_00))
    here = {"monthly_basic_salary_minor": 8_000_00, "salary_paid_here": True}
    assert not preview_application(engine, _emp(m[0], 96_000_00, **here)).failures
    over = preview_application(engine, _emp(m[0], 96_001_00, **here))
    assert [f.code for f in over.failures] == ["salary_limit"]
    assert over.failures[0].params["limit"] == "96000.00"
    elsewhere = {"monthly_basic_salary_minor": 8_000_00, "salary_paid_here": False}
    assert {f.code for f in preview_application(
        engine, _emp(m[0], 50_000_00, **elsewhere)).failures} == {"salary_limit"}
    assert not preview_application(engine, _emp(m[0], 48_000_00, **elsewhere)).failures
    high = {"monthly_basic_salary_minor": 20_000_00, "salary_paid_here": False}
    assert {f.code for f in preview_application(
        engine, _emp(m[0], 50_001_00, **high)).failures} == {"salary_limit"}  # the cap
    loan = apply_for_loan(engine, world.officer, _emp(m[0], 96_000_00, **here))
    [applied] = [e for e in events(engine, "loan.applied") if e["loan_id"] == loan.loan_id]
    assert applied["salary"] == {"monthly_basic_minor": 8_000_00, "paid_here": True}
    with Session(engine) as s:
        from app.services.loan_application import verdict_now

        failures, _referrals = verdict_now(s, s.get(Loan, loan.loan_id))
        assert not failures  # at sanction, on the salary she declared
    for bad in (-1, 8_000.5, "8000", True):
        with pytest.raises(ValidationError):
            preview_application(engine, _emp(m[0], 50_000_00, monthly_basic_salary_minor=bad))
    with pytest.raises(ValidationError):
        preview_application(engine, _emp(m[0], 50_000_00, monthly_basic_salary_minor=1,
                                         salary_paid_here="yes"))


def test_a_product_without_a_salary_limit_does_not_ask_it(engine):
    world = _world(engine)
    assert not {"salary_unknown", "salary_limit"} & {f.code for f in preview_application(
        engine, _vwe(world.members[0], 40_000_00, "monthly", 12)).failures}


def test_village_women_employment_is_paid_in_its_three_tranches(engine):
    """"Disbursement is made in cash by installments" (at most 3): each tranche on its day,
    the quarterly schedule from the last, the loan disbursed with the third."""
    from datetime import timedelta
    from decimal import Decimal

    from app.domain.programmes import tranched_schedule
    from app.domain.schedule import LoanTerms
    from app.services.loan_disbursement import pay_tranche
    from tests.services.loan_world import TODAY, set_business_date

    world = _world(engine)
    loan = apply_for_loan(engine, world.officer, _vwe(world.members[0], 40_000_00,
                                                      "quarterly", 8))
    sanction_loan(engine, world.bm2, loan.loan_id)
    accept_kfs(engine, world.officer, loan.loan_id, "bn")
    days = (TODAY, TODAY + timedelta(days=20), TODAY + timedelta(days=41))
    amounts = (15_000_00, 15_000_00, 10_000_00)
    for n, (day, amount) in enumerate(zip(days, amounts, strict=True)):
        set_business_date(engine, day)
        paid = pay_tranche(engine, world.accountant, loan.loan_id, amount)
        assert (paid.disbursed is not None) == (n == 2)
    with Session(engine) as s:
        rows = list(s.scalars(select(Installment).where(
            Installment.loan_id == loan.loan_id).order_by(Installment.number)))
        assert s.get(Loan, loan.loan_id).disbursed_on == days[-1]
    vwe = CATALOGUE.product("JB-VWE").for_mode("quarterly")
    expected = tranched_schedule(vwe, LoanTerms.from_product(vwe, Decimal(40_000), 8,
                                                             days[-1]),
                                 tuple((d, Decimal(a) / 100) for d, a in zip(
                                     days, amounts, strict=True)))
    assert [r.principal_minor for r in rows] == [int(i.principal * 100)
                                                 for i in expected.installments]
    assert rows[0].interest_minor == int(expected.installments[0].interest * 100)
    assert rows[0].interest_minor > rows[1].interest_minor  # the tranches' days on top
    assert all(85 <= (b.due_on - a.due_on).days <= 95 for a, b in zip(rows, rows[1:],
                                                                       strict=False))

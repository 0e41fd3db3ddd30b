"""Loans of the catalogue's programmes through the real services: a repayment mode
chosen per loan, and the programme's own delegation of sanction powers."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue import load_catalogue
from app.db.models import Installment, LoanProduct
from app.db.uow import Actor
from app.errors import PermissionDenied, ValidationError
from app.services.loan_application import apply_for_loan, preview_application
from app.services.loan_disbursement import accept_kfs, disburse_loan
from app.services.loan_sanction import forward_loan, sanction_loan
from app.services.loans import product_choices
from tests.builders import make_staff
from tests.services.loan_world import application, loan_world

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

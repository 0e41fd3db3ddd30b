"""A programme's extension through the real services (Seed development: "the branch may
allow a grace period of maximum 3 months"): unpaid installments move later, the extra
months' interest is added, at most the product's months in all, reversible."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Installment
from app.domain.calendar import add_months
from app.errors import PermissionDenied, ValidationError
from app.services.loan_extension import extend_loan
from app.services.loan_reschedule import reschedule_history, reverse_reschedule
from tests.services.loan_world import disbursed_loan, loan_world


def _schedule(engine, loan_id):
    with Session(engine) as s:
        return [(i.number, i.due_on, i.principal_minor, i.interest_minor) for i in s.scalars(
            select(Installment).where(Installment.loan_id == loan_id)
            .order_by(Installment.number))]


def test_a_manager_extends_a_loan_with_the_interest_of_the_extra_months(engine):
    world = loan_world(engine, products=("BJS-GL",), max_extension_months=3)
    loan_id = disbursed_loan(engine, world, amount_minor=20_000_00, installments=46)
    before = _schedule(engine, loan_id)
    done = extend_loan(engine, world.manager, loan_id, 2, "Flood in the village")
    after = _schedule(engine, loan_id)
    assert done.interest_minor == 800_00  # 20,000 × 24 % × 2/12
    assert after[0][3] == before[0][3] + 800_00 and after[1][3] == before[1][3]
    assert [p for _n, _d, p, _i in after] == [p for _n, _d, p, _i in before]
    for (_n, old, _p, _i), (_m, new, _q, _j) in zip(before, after, strict=True):
        assert 0 <= (new - add_months(old, 2)).days <= 7  # then off a holiday or rest day
    assert done.first_due == after[0][1] and done.months_left == 1
    with pytest.raises(ValidationError, match="at most 1 month"):
        extend_loan(engine, world.manager, loan_id, 2, "Again")
    assert extend_loan(engine, world.manager, loan_id, 1, "Again").months_left == 0
    assert [h.kind for h in reschedule_history(engine, loan_id)] == ["reschedule"] * 2


def test_an_extension_is_reversed_like_a_reschedule_and_then_counts_no_more(engine):
    world = loan_world(engine, products=("BJS-GL",), max_extension_months=3)
    loan_id = disbursed_loan(engine, world, amount_minor=20_000_00, installments=46)
    before = _schedule(engine, loan_id)
    extend_loan(engine, world.manager, loan_id, 3, "Flood")
    reverse_reschedule(engine, world.manager2, loan_id, "Entered for the wrong loan")
    assert _schedule(engine, loan_id) == before
    assert extend_loan(engine, world.manager, loan_id, 3, "Flood").months_left == 0


def test_no_extension_without_the_programme_or_the_manager(engine):
    world = loan_world(engine, products=("BJS-GL",))
    loan_id = disbursed_loan(engine, world, amount_minor=20_000_00, installments=46)
    before = _schedule(engine, loan_id)
    with pytest.raises(ValidationError, match="at most 0 month"):
        extend_loan(engine, world.manager, loan_id, 1, "Flood")
    with pytest.raises(PermissionDenied):
        extend_loan(engine, world.officer, loan_id, 1, "Flood")
    with pytest.raises(ValidationError, match="reason"):
        extend_loan(engine, world.manager, loan_id, 1, " ")
    assert _schedule(engine, loan_id) == before

"""Sanction: maker–checker, delegated powers, forwarding, rejection, head-office decisions."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.canonical import canonical_json
from app.db.models import AuditEvent, Loan
from app.db.models_loans import LoanDecision, SanctionPower
from app.db.models_sync import HqDecision
from app.db.uow import Actor
from app.errors import PermissionDenied, RuleViolation, ValidationError
from app.services.loan_application import apply_for_loan
from app.services.loan_sanction import (
    apply_hq_decisions,
    forward_loan,
    recommend_loan,
    reject_loan,
    sanction_loan,
    sanction_powers,
    set_sanction_power,
)
from tests.services.loan_world import application, events, loan_world


def _status(engine, loan_id: int) -> str:
    with Session(engine) as s:
        return s.get(Loan, loan_id).status


def _applied(engine, w, **changes) -> int:
    return apply_for_loan(engine, w.officer, application(w.members[0], **changes)).loan_id


def test_manager_sanctions_within_power_and_event_is_emitted(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w)
    sanction_loan(engine, w.manager, loan_id)
    assert _status(engine, loan_id) == "sanctioned"
    [event] = events(engine, "loan.sanctioned")
    assert event == {"loan_id": loan_id, "principal_minor": 20_000_00, "grade": "BM-1",
                     "with_collateral": False, "by": "branch", "note": "",
                     "overridden_referrals": event["overridden_referrals"]}
    assert event["overridden_referrals"] == ["bureau_no_report"]  # India: no report yet


def test_the_user_who_entered_an_application_cannot_sanction_it(engine):
    w = loan_world(engine)
    loan_id = apply_for_loan(engine, w.manager, application(w.members[0])).loan_id
    with pytest.raises(PermissionDenied):
        sanction_loan(engine, w.manager, loan_id)
    sanction_loan(engine, w.manager2, loan_id)
    assert _status(engine, loan_id) == "sanctioned"


def test_amount_above_the_users_power_is_refused_and_names_the_next_authority(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w, amount_minor=40_000_00)
    with pytest.raises(PermissionDenied) as err:
        sanction_loan(engine, w.junior, loan_id)
    assert "BM-1" in err.value.message()
    assert _status(engine, loan_id) == "applied"


def test_a_field_officer_cannot_sanction(engine):
    w = loan_world(engine)
    loan_id = apply_for_loan(engine, w.manager, application(w.members[0])).loan_id
    with pytest.raises(PermissionDenied):
        sanction_loan(engine, w.officer, loan_id)


def test_a_manager_without_a_grade_has_no_power(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w)
    nograde = Actor(w.manager2.staff_id, "x", "branch_manager", "NONE")
    with pytest.raises(PermissionDenied):
        sanction_loan(engine, nograde, loan_id)


def test_collateral_raises_the_power(engine):
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-VWE",),
                   members=4)
    loan_id = _applied(engine, w, product="JB-VWE", amount_minor=80_000_00, installments=24,
                       household_income_minor=6_00_000_00, collateral="Land",
                       collateral_value_minor=1_20_000_00)
    sanction_loan(engine, w.manager, loan_id)  # BM-1: 50,000 without, 1,00,000 with
    assert _status(engine, loan_id) == "sanctioned"


def test_forwarding_sends_the_recommendation_to_the_next_authority(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w, amount_minor=40_000_00)
    authority = forward_loan(engine, w.junior, loan_id, "Good record, recommended")
    assert authority == "BM-1"
    assert _status(engine, loan_id) == "forwarded"
    [event] = events(engine, "loan.forwarded")
    assert event["to"] == "BM-1" and event["recommendation"] == "Good record, recommended"
    assert event["principal_minor"] == 40_000_00


def test_forwarding_within_ones_own_power_is_refused(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w)
    with pytest.raises(RuleViolation):
        forward_loan(engine, w.manager, loan_id, "please")


def test_a_forwarded_loan_cannot_be_sanctioned_at_the_branch(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w, amount_minor=40_000_00)
    forward_loan(engine, w.junior, loan_id, "recommended")
    with pytest.raises(RuleViolation):
        sanction_loan(engine, w.manager, loan_id)


def test_rejection_needs_a_reason(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w)
    with pytest.raises(ValidationError):
        reject_loan(engine, w.manager, loan_id, "  ")
    reject_loan(engine, w.manager, loan_id, "Business plan not viable")
    assert _status(engine, loan_id) == "rejected"
    [event] = events(engine, "loan.rejected")
    assert event["reason"] == "Business plan not viable"


def test_a_rejected_loan_cannot_be_sanctioned(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w)
    reject_loan(engine, w.manager, loan_id, "No")
    with pytest.raises(RuleViolation):
        sanction_loan(engine, w.manager2, loan_id)


def test_recommendation_moves_the_application_on(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w)
    recommend_loan(engine, w.officer, loan_id, "Visited the house, plan is sound")
    assert _status(engine, loan_id) == "recommended"
    sanction_loan(engine, w.manager, loan_id)
    with Session(engine) as s:
        actions = list(s.scalars(select(LoanDecision.action).where(
            LoanDecision.loan_id == loan_id).order_by(LoanDecision.id)))
    assert actions == ["applied", "recommended", "sanctioned"]


def test_every_step_is_audited(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w)
    sanction_loan(engine, w.manager, loan_id)
    with Session(engine) as s:
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "loan")))
    assert {"loan.applied", "loan.sanctioned"} <= actions


def _decide(engine, key: str, payload: dict) -> None:
    with Session(engine) as s, s.begin():
        s.add(HqDecision(key=key, payload=canonical_json(payload)))


def test_head_office_sanction_arrives_by_sync_and_is_applied_once(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w, amount_minor=40_000_00)
    forward_loan(engine, w.junior, loan_id, "recommended")
    _decide(engine, f"decision:loan-{loan_id}",
            {"loan_id": loan_id, "decision": "approved", "authority": "AGM"})
    result = apply_hq_decisions(engine, Actor.system())
    assert result.sanctioned == (loan_id,)
    assert _status(engine, loan_id) == "sanctioned"
    again = apply_hq_decisions(engine, Actor.system())
    assert again.sanctioned == ()
    assert len(events(engine, "loan.sanctioned")) == 1


def test_head_office_rejection_arrives_by_sync(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w, amount_minor=40_000_00)
    forward_loan(engine, w.junior, loan_id, "recommended")
    _decide(engine, f"decision:loan-{loan_id}",
            {"loan_id": loan_id, "decision": "rejected", "reason": "Over-indebted"})
    apply_hq_decisions(engine, Actor.system())
    assert _status(engine, loan_id) == "rejected"
    assert events(engine, "loan.rejected")[0]["by"] == "head_office"


def test_decisions_for_loans_not_forwarded_are_ignored(engine):
    w = loan_world(engine)
    loan_id = _applied(engine, w)
    _decide(engine, f"decision:loan-{loan_id}", {"loan_id": loan_id, "decision": "approved"})
    assert apply_hq_decisions(engine, Actor.system()).sanctioned == ()
    assert _status(engine, loan_id) == "applied"


def test_sanction_powers_arrive_from_head_office(engine):
    w = loan_world(engine)
    _decide(engine, "sanction_power:BM-2:false",
            {"grade": "BM-2", "with_collateral": False, "max_minor": 45_000_00, "rank": 1})
    assert apply_hq_decisions(engine, Actor.system()).powers == 1
    loan_id = _applied(engine, w, amount_minor=40_000_00)
    sanction_loan(engine, w.junior, loan_id)
    assert _status(engine, loan_id) == "sanctioned"


def test_only_admin_sets_a_sanction_power(engine):
    w = loan_world(engine)
    with pytest.raises(PermissionDenied):
        set_sanction_power(engine, w.manager, "BM-1", False, 9_99_999_00, 2)
    set_sanction_power(engine, w.admin, "AM", False, 10_000_00, 0)
    with Session(engine) as s:
        assert s.get(SanctionPower, ("AM", False)).max_minor == 10_000_00
    assert any(p.grade == "AM" for p in sanction_powers(engine))


def test_without_a_table_from_head_office_the_default_powers_apply(engine):
    w = loan_world(engine)
    with Session(engine) as s, s.begin():
        s.query(SanctionPower).delete()
    loan_id = _applied(engine, w)
    sanction_loan(engine, w.manager, loan_id)  # BM-1 may sanction 50,000 by default
    assert _status(engine, loan_id) == "sanctioned"


def test_an_amount_above_every_grade_goes_to_the_board(engine):
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", products=("JB-VWE",),
                   members=4)
    with Session(engine) as s, s.begin():
        s.query(SanctionPower).filter(SanctionPower.grade.in_(("DGM", "GM"))).delete()
    loan_id = _applied(engine, w, product="JB-VWE", amount_minor=4_00_000_00,
                       installments=24, household_income_minor=30_00_000_00,
                       collateral="Land", collateral_value_minor=6_00_000_00)
    assert forward_loan(engine, w.manager, loan_id, "recommended") == "Board"


def test_an_accountant_cannot_recommend_and_the_applicant_cannot_reject(engine):
    w = loan_world(engine)
    loan_id = apply_for_loan(engine, w.manager, application(w.members[0])).loan_id
    with pytest.raises(PermissionDenied):
        recommend_loan(engine, w.accountant, loan_id, "fine")
    with pytest.raises(PermissionDenied):
        reject_loan(engine, w.manager, loan_id, "changed my mind")


def test_head_office_decision_may_name_the_loan_number(engine):
    w = loan_world(engine)
    applied = apply_for_loan(engine, w.officer, application(w.members[0],
                                                            amount_minor=40_000_00))
    forward_loan(engine, w.junior, applied.loan_id, "recommended")
    _decide(engine, f"decision:{applied.loan_no}",
            {"loan_no": applied.loan_no, "decision": "sanctioned", "authority": "AGM"})
    assert apply_hq_decisions(engine, Actor.system()).sanctioned == (applied.loan_id,)
    [event] = events(engine, "loan.sanctioned")
    assert event["by"] == "head_office" and event["authority"] == "AGM"


def test_sanction_checks_the_rules_again_on_today_s_records(engine):
    from app.services.members import drop_out

    w = loan_world(engine)
    loan_id = _applied(engine, w)
    drop_out(engine, w.manager, w.members[0], "Moved to her parents' village")
    with pytest.raises(RuleViolation) as refused:
        sanction_loan(engine, w.manager, loan_id)
    assert "no longer active" in str(refused.value)
    assert _status(engine, loan_id) == "applied"


def test_sanction_is_refused_when_she_fell_overdue_after_applying(engine):
    from datetime import timedelta

    from tests.services.loan_world import disbursed_loan, set_business_date

    w = loan_world(engine)
    first = disbursed_loan(engine, w, member_id=w.members[2])
    second = apply_for_loan(engine, w.officer, application(w.members[2], amount_minor=5_000_00)
                            ).loan_id
    with Session(engine) as s:
        from app.db.models import Installment
        due = s.scalars(select(Installment.due_on).where(Installment.loan_id == first)
                        .order_by(Installment.number)).first()
    set_business_date(engine, due + timedelta(days=3))
    with pytest.raises(RuleViolation) as refused:
        sanction_loan(engine, w.manager, second)
    assert "overdue" in str(refused.value).lower()
    assert _status(engine, second) == "applied"


def test_a_product_sanctioned_only_on_recommendation_refuses_a_bare_application(engine):
    """Swanirvar: the branch manager sanctions "subject to the recommendation of credit
    supervisor/unit manager"; a product without that rule is sanctioned as it stands."""
    w = loan_world(engine, products=("BJS-GL",), recommendation_before_sanction=True)
    loan_id = _applied(engine, w)
    with pytest.raises(RuleViolation) as refused:
        sanction_loan(engine, w.manager, loan_id)
    assert "recommendation" in refused.value.text
    assert _status(engine, loan_id) == "applied"
    recommend_loan(engine, w.officer, loan_id, "Credit supervisor visited the group")
    sanction_loan(engine, w.manager, loan_id)
    assert _status(engine, loan_id) == "sanctioned"


def test_the_demo_swanirvar_product_needs_a_recommendation_before_sanction():
    from app.domain.products import DEMO_PRODUCTS

    needs = {p.code for p in DEMO_PRODUCTS if p.recommendation_before_sanction}
    assert needs == {"JB-SWN"}

"""Credit-bureau checks on the branch: people, consent, asking, states, the verdict."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models_bureau import BureauConsent, BureauPerson, BureauRequest
from app.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from app.services.bureau import (
    ask_for_bureau_check,
    household,
    save_person,
)
from app.services.bureau_checks import bureau_panel
from app.services.loan_application import apply_for_loan, preview_application
from app.services.loan_sanction import sanction_loan
from tests import dbfiles
from tests.services.bureau_world import (
    HUSBAND,
    SELF,
    acknowledge_all,
    checked_household,
    hq_says,
    other_loan,
    outbox_count,
    report,
)
from tests.services.loan_world import (
    TODAY,
    application,
    disbursed_loan,
    events,
    loan_world,
    set_business_date,
)


@pytest.fixture
def world(engine):
    return loan_world(engine)


def _applied(engine, world, **changes) -> int:
    return apply_for_loan(engine, world.officer,
                          application(world.members[0], **changes)).loan_id


def _states(engine, loan_id) -> list[tuple[str, str]]:
    return [(line.person.relation, line.state) for line in bureau_panel(engine, loan_id).lines]


# --- the household's people -----------------------------------------------------------

def test_the_member_herself_is_proposed_with_a_spelling_still_to_check(engine, world):
    me = household(engine, world.members[0])[0]
    assert (me.id, me.relation, me.checked) == (None, "self", False)
    assert me.name_latin  # her English name, or a transliteration of the Bengali


def test_saving_a_person_is_the_officers_check_of_the_spelling(engine, world):
    ids = checked_household(engine, world.officer, world.members[0], HUSBAND)
    people = household(engine, world.members[0])
    assert [p.id for p in people] == ids
    assert [(p.relation, p.name_latin, p.checked) for p in people] == [
        ("self", "Rina Das", True), ("husband", "Gopal Das", True)]
    with Session(engine) as s:
        row = s.get(BureauPerson, ids[1])
        assert (row.latin_checked_by, row.latin_checked_on) == (world.officer.staff_id, TODAY)
    assert [e["relation"] for e in events(engine, "bureau.person_saved")] == [
        "self", "husband"]


@pytest.mark.parametrize("change", [
    {"name_latin": "রিনা দাস"}, {"name_latin": "Rina|Das"}, {"name_latin": "Rina~"},
    {"name_latin": "R"}, {"name_latin": "Rina\x00Das"}, {"name_latin": "x" * 101},
    {"relation": "cousin"}, {"gender": "X"}, {"monthly_income_minor": -1},
    {"monthly_income_minor": 2**62}, {"id_document_number": "12 34"},
    {"id_document_type": "", "id_document_number": "123456"},
    {"id_document_type": "licence"}, {"postal_code": "73A135"},
    {"address_latin": "গ্রাম দিনহাটা"}, {"address_latin": "a|b"},
    {"date_of_birth": TODAY + timedelta(days=1)}, {"date_of_birth": date(1800, 1, 1)},
    {"name_bn": "রিনা\x00"},
])
def test_what_a_bureau_file_cannot_carry_is_refused_and_nothing_saved(engine, world,
                                                                      change):
    with pytest.raises(ValidationError):
        save_person(engine, world.officer, world.members[0], replace(SELF, **change))
    assert outbox_count(engine, "bureau.person_saved") == 0


def test_the_member_is_in_her_household_once(engine, world):
    checked_household(engine, world.officer, world.members[0])
    with pytest.raises(ValidationError):
        save_person(engine, world.officer, world.members[0], SELF)


def test_a_person_of_another_household_cannot_be_changed_through_this_one(engine, world):
    other = save_person(engine, world.officer, world.members[1], HUSBAND)
    with pytest.raises(NotFound):
        save_person(engine, world.officer, world.members[0], HUSBAND, person_id=other)


def test_an_accountant_does_not_ask_for_checks(engine, world):
    with pytest.raises(PermissionDenied):
        save_person(engine, world.accountant, world.members[0], SELF)


# --- asking -----------------------------------------------------------------------------

def test_asking_records_consent_and_one_event_without_credentials(engine, world):
    loan_id = _applied(engine, world)
    me, _ = checked_household(engine, world.officer, world.members[0], HUSBAND)
    request_id = ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb")
    with Session(engine) as s:
        consent = s.scalars(select(BureauConsent)).one()
        assert (consent.person_id, consent.method, consent.given_on,
                consent.recorded_by) == (me, "thumb", TODAY, world.officer.staff_id)
        assert s.get(BureauRequest, request_id).consent_id == consent.id
    (event,) = events(engine, "bureau.check_requested")
    assert event["request_id"] == request_id
    assert event["person"]["name_latin"] == "Rina Das"
    assert event["consent"]["method"] == "thumb"
    assert "password" not in json.dumps(event).lower()


def test_asking_again_while_the_request_travels_sends_nothing_new(engine, world):
    loan_id = _applied(engine, world)
    me = checked_household(engine, world.officer, world.members[0])[0]
    first = ask_for_bureau_check(engine, world.officer, loan_id, me, "signature")
    acknowledge_all(engine)
    hq_says(engine, first)  # sent to the bureau, no answer yet
    again = ask_for_bureau_check(engine, world.officer, loan_id, me, "signature")
    assert again == first
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(BureauConsent)) == 1
    assert len(events(engine, "bureau.check_requested")) == 0  # pruned when acknowledged


def test_a_new_check_may_be_asked_once_the_last_one_is_answered(engine, world):
    loan_id = _applied(engine, world)
    me = checked_household(engine, world.officer, world.members[0])[0]
    first = ask_for_bureau_check(engine, world.officer, loan_id, me, "signature")
    hq_says(engine, first, report(TODAY, outcome="error"))
    assert ask_for_bureau_check(engine, world.officer, loan_id, me, "signature") != first


def test_a_check_needs_a_checked_name_a_birth_date_and_an_identity(engine, world):
    loan_id = _applied(engine, world)
    bare = save_person(engine, world.officer, world.members[0],
                       replace(HUSBAND, date_of_birth=None))
    with pytest.raises(RuleViolation):
        ask_for_bureau_check(engine, world.officer, loan_id, bare, "thumb")
    assert outbox_count(engine, "bureau.check_requested") == 0


@pytest.mark.parametrize("method", ["", "verbal", "THUMB"])
def test_consent_is_a_signature_or_a_thumb_impression(engine, world, method):
    loan_id = _applied(engine, world)
    me = checked_household(engine, world.officer, world.members[0])[0]
    with pytest.raises(ValidationError):
        ask_for_bureau_check(engine, world.officer, loan_id, me, method)


def test_no_check_for_someone_outside_the_applicants_household(engine, world):
    loan_id = _applied(engine, world)
    stranger = save_person(engine, world.officer, world.members[1], HUSBAND)
    with pytest.raises(NotFound):
        ask_for_bureau_check(engine, world.officer, loan_id, stranger, "thumb")


def test_consent_and_requests_cannot_be_changed_afterwards(engine, world, db_path):
    loan_id = _applied(engine, world)
    me = checked_household(engine, world.officer, world.members[0])[0]
    ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb")
    con = dbfiles.connect(db_path)
    for statement in ("UPDATE bureau_consent SET method = 'signature'",
                      "DELETE FROM bureau_request"):
        with pytest.raises(dbfiles.DatabaseError):
            con.execute(statement)
    con.close()


# --- states on the application ------------------------------------------------------------

def test_a_check_goes_from_the_outbox_to_head_office_to_the_bureau_and_back(engine, world):
    loan_id = _applied(engine, world)
    me = checked_household(engine, world.officer, world.members[0])[0]
    assert _states(engine, loan_id) == [("self", "not_asked")]
    request_id = ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb")
    assert _states(engine, loan_id) == [("self", "waiting_to_send")]
    acknowledge_all(engine)
    assert _states(engine, loan_id) == [("self", "at_head_office")]
    hq_says(engine, request_id)
    assert _states(engine, loan_id) == [("self", "sent")]
    hq_says(engine, request_id, report(TODAY, other_loan()))
    assert _states(engine, loan_id) == [("self", "received")]
    set_business_date(engine, TODAY + timedelta(days=31))
    assert _states(engine, loan_id) == [("self", "out_of_date")]


@pytest.mark.parametrize(("outcome", "state"), [("no_hit", "no_record"),
                                                ("multiple", "error"), ("error", "error")])
def test_what_the_bureau_answered_shows_on_the_application(engine, world, outcome, state):
    loan_id = _applied(engine, world)
    me = checked_household(engine, world.officer, world.members[0])[0]
    request_id = ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb")
    hq_says(engine, request_id, report(TODAY, outcome=outcome))
    assert _states(engine, loan_id) == [("self", state)]


def test_a_summary_that_does_not_read_is_an_error_not_a_crash(engine, world):
    from app.db.models_sync import HqDecision

    loan_id = _applied(engine, world)
    me = checked_household(engine, world.officer, world.members[0])[0]
    request_id = ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb")
    with Session(engine) as s, s.begin():
        s.add(HqDecision(key=f"bureau:{request_id}", payload=json.dumps(
            {"state": "answered", "report": {"outcome": "hit", "accounts": 7}})))
    assert _states(engine, loan_id) == [("self", "error")]


# --- the verdict ----------------------------------------------------------------------------

def test_without_a_report_an_indian_application_is_referred_to_the_manager(engine, world):
    preview = preview_application(engine, application(world.members[0]))
    assert preview.verdict == "refer"
    assert "bureau_no_report" in [f.code for f in preview.referrals]
    assert preview.eligible  # …yet it may be recorded, and a check asked for


def _reported(engine, world, *accounts, amount_minor=20_000_00) -> int:
    loan_id = _applied(engine, world, amount_minor=amount_minor)
    me = checked_household(engine, world.officer, world.members[0])[0]
    request_id = ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb")
    hq_says(engine, request_id, report(TODAY, *accounts))
    return loan_id


def test_a_current_clean_report_makes_the_verdict_eligible(engine, world):
    _reported(engine, world, other_loan())
    assert preview_application(engine, application(world.members[1])).verdict == "refer"
    assert preview_application(engine, application(world.members[0])).verdict == "eligible"


def test_a_lender_past_sixty_days_makes_her_not_eligible(engine, world):
    loan_id = _reported(engine, world, other_loan(dpd=75))
    preview = preview_application(engine, application(world.members[0]))
    assert preview.verdict == "not_eligible"
    assert "bureau_dpd" in [f.code for f in preview.failures]
    with pytest.raises(RuleViolation):  # …and the manager cannot sanction it either
        sanction_loan(engine, world.manager, loan_id)


def test_reported_repayments_to_other_lenders_count_against_half_the_income(engine, world):
    # income 1,80,000 a year: 7,500 a month allowed; she declared 1,000 to Bandhan
    big = other_loan(installment_minor=1_500_00)  # weekly: 6,500 a month
    _reported(engine, world, big)
    preview = preview_application(engine, application(world.members[0]))
    assert "repayment_to_income" in [f.code for f in preview.failures]


def test_an_unknown_installment_refers_the_application(engine, world):
    _reported(engine, world, other_loan(installment_minor=None))
    preview = preview_application(engine, application(world.members[0]))
    assert [f.code for f in preview.referrals] == ["bureau_unknown_installment"]


def test_her_husbands_report_is_awaited_when_he_earns(engine, world):
    loan_id = _applied(engine, world)
    me, husband = checked_household(engine, world.officer, world.members[0], HUSBAND)
    hq_says(engine, ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb"),
            report(TODAY))
    preview = preview_application(engine, application(world.members[0]))
    assert [(f.code, f.params["name"]) for f in preview.referrals] == [
        ("bureau_no_report", "Gopal Das")]
    hq_says(engine, ask_for_bureau_check(engine, world.officer, loan_id, husband,
                                         "signature"), report(TODAY, other_loan()))
    assert preview_application(engine, application(world.members[0])).verdict == "eligible"


def test_a_product_requiring_a_fresh_report_is_not_sanctioned_without_one(engine):
    world = loan_world(engine, bureau_report_required=True,
                       bureau_report_max_age_days=15)
    loan_id = _applied(engine, world)
    with pytest.raises(RuleViolation) as refused:
        sanction_loan(engine, world.manager, loan_id)
    assert "credit bureau report of at most 15 days" in str(refused.value)
    me = checked_household(engine, world.officer, world.members[0])[0]
    hq_says(engine, ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb"),
            report(TODAY - timedelta(days=16)))
    with pytest.raises(RuleViolation):  # older than the product's 15 days
        sanction_loan(engine, world.manager, loan_id)
    hq_says(engine, ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb"),
            report(TODAY))
    sanction_loan(engine, world.manager, loan_id)


def test_the_tab_weighs_existing_repayments_and_this_loan_against_half_the_income(engine,
                                                                                 world):
    # income 1,80,000 a year: 15,000 a month, 7,500 allowed; she declared 1,000 to Bandhan,
    # the bureau reports 400 a week to Asha (1,733.33 a month): the larger counts
    loan_id = _reported(engine, world, other_loan())
    burden = bureau_panel(engine, loan_id).burden
    assert burden is not None
    assert (burden.monthly_income, burden.cap, burden.allowed) == (
        Decimal("15000"), Decimal("0.50"), Decimal("7500.00"))
    assert burden.existing.quantize(Decimal("0.01")) == Decimal("1733.33")
    assert burden.total == (burden.existing + burden.proposed).quantize(Decimal("0.01"))
    assert burden.within and bureau_panel(engine, loan_id).verdict == "eligible"


def test_the_tab_says_when_repayments_with_this_loan_pass_the_limit(engine, world):
    loan_id = _applied(engine, world)
    me = checked_household(engine, world.officer, world.members[0])[0]
    hq_says(engine, ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb"),
            report(TODAY, other_loan(installment_minor=1_500_00)))
    panel = bureau_panel(engine, loan_id)
    assert panel.burden is not None and not panel.burden.within
    assert "repayment_to_income" in [code for code, _t, _p in panel.failures]


def test_a_paid_out_loans_tab_weighs_nothing(engine, world):
    loan_id = disbursed_loan(engine, world, world.members[0])
    assert not bureau_panel(engine, loan_id).can_ask
    assert bureau_panel(engine, loan_id).burden is None


def test_a_sanction_over_a_referral_keeps_what_the_manager_overrode(engine, world):
    from app.db.models import OutboxEvent
    from app.db.models_loans import LoanDecision

    loan_id = _applied(engine, world)  # no bureau report: referred to the manager
    sanction_loan(engine, world.manager, loan_id, "Known to the branch for six years.")
    with Session(engine) as s:
        decision = s.scalars(select(LoanDecision).where(
            LoanDecision.loan_id == loan_id, LoanDecision.action == "sanctioned")).one()
        event = s.scalars(select(OutboxEvent).where(
            OutboxEvent.type == "loan.sanctioned")).all()[-1]
    assert decision.reason == "Known to the branch for six years."
    assert "bureau_no_report" in json.loads(event.payload)["overridden_referrals"]


def test_a_sanction_with_nothing_to_override_records_none(engine, world):
    from app.db.models import OutboxEvent

    loan_id = _reported(engine, world, other_loan())
    sanction_loan(engine, world.manager, loan_id)
    with Session(engine) as s:
        event = s.scalars(select(OutboxEvent).where(
            OutboxEvent.type == "loan.sanctioned")).all()[-1]
    assert json.loads(event.payload)["overridden_referrals"] == []

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Member, OutboxEvent
from app.db.uow import Actor
from app.errors import PermissionDenied, RuleViolation, ValidationError
from app.services.directory import search_members
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from app.services.members import (
    NewMember,
    drop_out,
    member_page,
    pending_death_settlements,
    readmit,
    record_death,
    register_member,
)
from tests.services.meeting_world import meeting_world


def _new(world, **changes):
    values = dict(group_id=world.group_id, name_en="Rina Das", name_bn="রিনা দাস",
                  guardian_name_en="Gopal Das", guardian_name_bn="গোপাল দাস",
                  id_document_type="aadhaar", id_document_number="999988887777",
                  date_of_birth=date(1990, 1, 1), photo=b"\x89PNG...")
    values.update(changes)
    return NewMember(**values)


def _members(engine):
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(Member))


def test_registering_a_member_keeps_every_field_and_the_photo(engine):
    world = meeting_world(engine)
    done = register_member(engine, world.officer, _new(world))
    assert done.member_id and done.warnings == ()
    page = member_page(engine, done.member_id)
    assert (page.name_bn, page.guardian_name_en, page.has_photo, page.status) == (
        "রিনা দাস", "Gopal Das", True, "active")
    assert [e.kind for e in page.events] == ["joined"]


def test_the_same_id_document_warns_and_writes_nothing_until_confirmed(engine):
    world = meeting_world(engine)
    first = register_member(engine, world.officer, _new(world))
    before = _members(engine)
    again = register_member(engine, world.officer, _new(world, name_en="Other", name_bn="অন্য"))
    assert again.member_id is None
    assert [(w.reason, w.member_id) for w in again.warnings] == [("same_id_document",
                                                                  first.member_id)]
    assert _members(engine) == before
    with pytest.raises(PermissionDenied, match="branch manager"):  # not the officer
        register_member(engine, world.officer, _new(world, name_en="Other", name_bn="অন্য"),
                        confirm_duplicate=True)
    assert _members(engine) == before
    confirmed = register_member(engine, world.manager, _new(world, name_en="Other",
                                                            name_bn="অন্য"),
                                confirm_duplicate=True)
    assert confirmed.member_id and _members(engine) == before + 1


def test_every_wrong_field_of_a_new_member_is_named_at_once(engine):
    from datetime import date

    from app.errors import InvalidFields

    world = meeting_world(engine)
    before = _members(engine)
    with pytest.raises(InvalidFields) as refused:
        register_member(engine, world.officer, _new(
            world, name_en=" ", name_bn="", phone="98x", household_income_minor=-1,
            date_of_birth=date(2015, 1, 1)))
    assert [p.field for p in refused.value.problems] == ["name", "income", "birth", "phone"]
    assert _members(engine) == before


def test_the_same_name_guardian_and_village_warns(engine):
    world = meeting_world(engine)
    register_member(engine, world.officer, _new(world))
    again = register_member(engine, world.officer, _new(world, name_en="RINA DAS",
                                                        id_document_number=""))
    assert [w.reason for w in again.warnings] == ["same_name_guardian_village"]


@pytest.mark.parametrize("changes", [{"name_en": "", "name_bn": ""},
                                     {"date_of_birth": date(2015, 1, 1)},
                                     {"photo": b"x" * 2_000_000}, {"phone": "abc"}])
def test_invalid_members_are_refused(engine, changes):
    world = meeting_world(engine)
    before = _members(engine)
    with pytest.raises(ValidationError):
        register_member(engine, world.officer, _new(world, **changes))
    assert _members(engine) == before


@pytest.mark.parametrize("text", ["রিনা", "rina", "RINA D", "দাস", "gopal"])
def test_search_finds_a_member_by_either_script_and_any_case(engine, text):
    world = meeting_world(engine)
    register_member(engine, world.officer, _new(world))
    assert [m.name_en for m in search_members(engine, text)] == ["Rina Das"]


def test_drop_out_is_refused_with_an_open_loan_and_allowed_without(engine):
    world = meeting_world(engine)
    with pytest.raises(RuleViolation, match="open loan"):
        drop_out(engine, world.officer, world.members[0], "moved away")
    drop_out(engine, world.officer, world.members[4], "moved away")
    assert member_page(engine, world.members[4]).status == "dropped"
    readmit(engine, world.officer, world.members[4], world.group_id, "came back")
    page = member_page(engine, world.members[4])
    assert page.status == "active"
    assert [e.kind for e in page.events] == ["dropped", "readmitted"]


def test_a_death_marks_open_loans_for_death_settlement(engine):
    world = meeting_world(engine, profile="bangladesh_mra")
    loans = record_death(engine, world.officer, world.members[0], date(2026, 11, 20))
    assert loans == (world.loans[0],)
    assert pending_death_settlements(engine) == [world.loans[0]]
    with Session(engine) as s:
        event = s.scalars(select(OutboxEvent)).one()
    assert event.type == "member.died" and '"settlement":"risk_fund"' in event.payload
    with pytest.raises(RuleViolation):
        record_death(engine, world.officer, world.members[0], date(2026, 11, 20))
    with pytest.raises(RuleViolation):
        readmit(engine, world.officer, world.members[0], world.group_id, "mistake")


def test_the_member_page_shows_loans_savings_attendance_and_passbook(engine):
    world = meeting_world(engine)
    row = MeetingRow(world.members[0], "present", 100_00, 20_00)
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 120_00, (row,)))
    page = member_page(engine, world.members[0])
    assert [loan.loan_id for loan in page.loans] == [world.loans[0]]
    assert page.savings_balance_minor == 20_00
    assert page.attendance == ((world_today(), "present"),)
    assert [(p.kind, p.amount_minor) for p in page.passbook] == [("repayment", 100_00),
                                                                 ("savings_deposit", 20_00)]
    assert page.arrears_minor >= 0 and page.outstanding_minor < 10_000_00


def world_today():
    from tests.services.meeting_world import TODAY

    return TODAY


def test_an_auditor_may_not_register_members(engine):
    world = meeting_world(engine)
    with pytest.raises(Exception, match="role"):
        register_member(engine, Actor(world.officer.staff_id, "a", "auditor"), _new(world))

"""Input no form can produce, sent straight to the services as a script or an attacker
would: refused with a translated sentence naming the field, and nothing written."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db.check import check_database
from app.errors import ValidationError
from app.i18n import tr_error
from app.services.cash import close_day
from app.services.cash_transfers import record_cash_transfer
from app.services.groups import NewGroup, form_group
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting, save_draft
from app.services.members import NewMember, register_member
from app.services.savings import counter_deposit, open_account
from app.services.users import create_staff
from tests.services.loan_world import loan_world


def _fingerprint(path) -> str:  # type: ignore[no-untyped-def]
    """Every row of every table, so 'nothing written' means nothing at all."""
    from tests.dbfiles import connect

    con = connect(path, readonly=True)
    try:
        digest = hashlib.sha256()
        for (table,) in con.execute("select name from sqlite_master where type='table' "
                                    "order by name"):
            for row in con.execute(f'select * from "{table}" order by 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


@pytest.fixture
def world(engine):
    return loan_world(engine)


def _refused(db_path, call, *args, field_bn: str | None = None) -> str:
    before = _fingerprint(db_path)
    with pytest.raises(ValidationError) as refused:
        call(*args)
    assert _fingerprint(db_path) == before, "a refused call wrote something"
    bengali = tr_error(refused.value, "bn")
    if field_bn:
        assert field_bn in bengali
    assert "{" not in bengali and "Traceback" not in bengali
    return bengali


@pytest.mark.parametrize("odd", [True, False, 2**62, -1, 1.0, "100", None])
def test_an_odd_savings_deposit_is_refused_and_writes_nothing(engine, db_path, world, odd):
    account = open_account(engine, world.officer, world.members[0], "voluntary")
    _refused(db_path, counter_deposit, engine, world.accountant, account, odd,
             field_bn="সঞ্চয় জমা")


def test_after_a_refused_2_62_deposit_the_account_takes_the_next_one_and_checks_clean(
        engine, db_path, world):
    account = open_account(engine, world.officer, world.members[0], "voluntary")
    _refused(db_path, counter_deposit, engine, world.accountant, account, 2**62)
    moved = counter_deposit(engine, world.accountant, account, 100_00)
    assert moved.balance_minor == 100_00 and check_database(db_path).ok


def test_true_is_never_posted_as_one_so_the_chain_never_raises_a_false_alarm(
        engine, db_path, world):
    account = open_account(engine, world.officer, world.members[0], "voluntary")
    _refused(db_path, counter_deposit, engine, world.accountant, account, True)
    counter_deposit(engine, world.accountant, account, 1)
    assert check_database(db_path).ok


@pytest.mark.parametrize(("change", "field_bn"), [
    ({"name_en": "\x00"}, "নাম (ইংরেজিতে)"),
    ({"name_en": "\u200b\u200b\u200b", "name_bn": ""}, None),
    ({"name_bn": "র" * 200_000}, "নাম (বাংলায়)"),
    ({"name_en": "Rina\u202eDas"}, "নাম (ইংরেজিতে)"),
    ({"guardian_name_en": "Gopal\x07"}, "স্বামী / অভিভাবক (ইংরেজিতে)"),
    ({"phone": "1" * 5000}, "ফোন"),
    ({"phone": "९८७६५४३२१०"}, "ফোন"),
    ({"phone": "９８７６５４３２１０"}, "ফোন"),
    ({"date_of_birth": date(1800, 1, 1)}, "জন্ম তারিখ"),
    ({"date_of_birth": date(2016, 1, 1)}, None),
    ({"household_income_minor": True}, "বার্ষিক পারিবারিক আয়"),
    ({"household_income_minor": 2**62}, "বার্ষিক পারিবারিক আয়"),
    ({"id_document_number": "AB\x00CD"}, "পরিচয়পত্রের নম্বর"),
    ({"address": "x" * 10_000}, "ঠিকানা"),
])
def test_a_registration_with_an_odd_value_is_refused_with_the_field_named(
        engine, db_path, world, change, field_bn):
    new = replace(NewMember(world.group_id, "Rina Das", "রিনা দাস"), **change)
    _refused(db_path, register_member, engine, world.officer, new, field_bn=field_bn)


def test_a_registration_is_kept_stripped_with_latin_digits(engine, world):
    from sqlalchemy.orm import Session

    from app.db.models import Member

    new = NewMember(world.group_id, "  Rina Das\u200b ", " রিনা দাস ", phone="০১৭১১ ২৩৪৫৬৭",
                    date_of_birth=date(1990, 1, 31))
    registered = register_member(engine, world.officer, new)
    with Session(engine) as s:
        member = s.get(Member, registered.member_id)
        assert member is not None
        assert (member.name_en, member.name_bn, member.phone) == (
            "Rina Das", "রিনা দাস", "01711234567")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=130))
def test_any_typed_name_is_registered_clean_or_refused_and_nothing_else(engine, db_path, world,
                                                                         name):
    from sqlalchemy.orm import Session

    from app.db.models import Member

    before = _fingerprint(db_path)
    try:
        registered = register_member(engine, world.officer, NewMember(
            world.group_id, name, ""), confirm_duplicate=True)
    except ValidationError:
        assert _fingerprint(db_path) == before
        return
    except Exception as exc:  # a group full of earlier examples' members: a rule, not input
        from app.errors import ShakhaError

        assert isinstance(exc, ShakhaError)
        return
    with Session(engine) as s:
        kept = s.get(Member, registered.member_id)
        assert kept is not None and kept.name_en == kept.name_en.strip()
        assert 0 < len(kept.name_en) <= 100 and "\x00" not in kept.name_en


@pytest.mark.parametrize("odd", [True, 2**62, -5, 2.5])
def test_odd_amounts_in_a_meeting_entry_are_refused_in_a_draft_and_at_posting(
        engine, db_path, odd):
    from tests.services.meeting_world import meeting_world

    w = meeting_world(engine)
    entry = MeetingEntry(w.meeting_id, 0, (MeetingRow(w.members[0], "present", odd),))
    for call in (save_draft, post_meeting):
        _refused(db_path, call, engine, w.officer, entry, field_bn="পরিশোধ")
    if odd != -5:  # a meeting may pay out more than it collects: the count below zero
        _refused(db_path, post_meeting, engine, w.officer,
                 MeetingEntry(w.meeting_id, odd, ()), field_bn="গোনা নগদ")


def test_cash_staff_and_groups_refuse_odd_input_with_the_field_named(engine, db_path, world):
    _refused(db_path, record_cash_transfer, engine, world.manager, "in", True, "HO advice",
             field_bn="টাকার পরিমাণ")
    _refused(db_path, record_cash_transfer, engine, world.manager, "in", 500_00, "advice\x00",
             field_bn="সূত্র")
    _refused(db_path, close_day, engine, world.manager, 2**62, field_bn="গোনা নগদ")
    _refused(db_path, create_staff, engine, world.manager, "rina", "Rina\x00", "", "accountant",
             "long enough password", field_bn="পুরো নাম (ইংরেজিতে)")
    from sqlalchemy.orm import Session

    from app.db.models import Group

    with Session(engine) as s:
        group = s.get(Group, world.group_id)
        assert group is not None
        village = group.village_id
    _refused(db_path, form_group, engine, world.officer, NewGroup(
        "\u200b", "", village, 2, "10:30", world.officer.staff_id or 0))
    _refused(db_path, form_group, engine, world.officer, NewGroup(
        "Padma", "", village, 2, "१०:३०", world.officer.staff_id or 0), field_bn="সভার সময়")

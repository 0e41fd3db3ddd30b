"""A staff member's first login with head office's one-time code, and the first manager
of a branch whose staff list has not come yet."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from app.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from app.services.first_login import (
    FirstLoginNeeded,
    awaiting_first_login,
    create_first_manager,
    first_login,
)
from app.services.users import authenticate
from tests.builders import make_branch, make_staff


def _branch_with_code(engine, role="branch_manager", code="12345678"):  # type: ignore[no-untyped-def]
    with Session(engine) as s, s.begin():
        make_branch(s)
        staff = make_staff(s, role=role, username="rina")
        staff.password_hash = "otc:" + PasswordHasher(time_cost=1, memory_cost=8,
                                                      parallelism=1).hash(code)


def test_the_one_time_code_opens_the_choice_of_a_password_once(engine):
    _branch_with_code(engine)
    assert awaiting_first_login(engine)[0][0] == "rina"
    with pytest.raises(FirstLoginNeeded):
        authenticate(engine, "rina", "1234-5678")  # as head office printed it
    with pytest.raises(PermissionDenied, match="Wrong user name or password"):
        authenticate(engine, "rina", "87654321")
    with pytest.raises(ValidationError, match="not the same"):
        first_login(engine, "rina", "12345678", "her-own-pass", "her-own-pas")
    actor = first_login(engine, "rina", "১২৩৪৫৬৭৮", "her-own-pass", "her-own-pass")
    assert actor.username == "rina" and actor.role == "branch_manager"
    assert authenticate(engine, "rina", "her-own-pass").staff_id == actor.staff_id
    with pytest.raises(PermissionDenied):
        authenticate(engine, "rina", "12345678")  # the code is spent
    with pytest.raises(PermissionDenied):
        first_login(engine, "rina", "12345678", "another-pass", "another-pass")
    assert awaiting_first_login(engine) == []


def test_a_wrong_code_sets_no_password(engine):
    _branch_with_code(engine)
    with pytest.raises(PermissionDenied):
        first_login(engine, "rina", "00000000", "her-own-pass", "her-own-pass")
    with pytest.raises(FirstLoginNeeded):
        authenticate(engine, "rina", "12345678")


def test_the_first_manager_is_made_once(engine):
    with Session(engine) as s, s.begin():
        make_branch(s)
    actor = create_first_manager(engine, "manager", "Mita Roy", "মিতা রায়", "pass-word",
                                 "pass-word")
    assert authenticate(engine, "manager", "pass-word").staff_id == actor.staff_id
    with pytest.raises(RuleViolation, match="manager already"):
        create_first_manager(engine, "second", "Other", "অন্য", "pass-word", "pass-word")


def test_the_first_manager_needs_a_free_name_and_a_real_password(engine):
    with Session(engine) as s, s.begin():
        make_branch(s)
        make_staff(s, role="field_officer", username="taken")
    with pytest.raises(ConflictError):
        create_first_manager(engine, "taken", "Mita", "মিতা", "pass-word", "pass-word")
    with pytest.raises(ValidationError):
        create_first_manager(engine, "mita", "Mita", "মিতা", "pw", "pw")


def test_the_password_chosen_at_the_first_login_is_her_key_slot_at_once(engine, db_path):
    from sqlalchemy import text

    from app.db import keyslots
    _branch_with_code(engine)
    first_login(engine, "rina", "12345678", "mine1234", "mine1234")
    assert "rina" in keyslots.read_slots(db_path).names("password")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT password_hash FROM staff WHERE username='rina'")
                            ).scalar_one() == ""
    assert authenticate(engine, "rina", "mine1234").username == "rina"

"""Staff sessions: lock-out after five wrong passwords (shown, audited, lifted by time or by
the manager), log out, the idle lock lifted by the same user or another, the idle time."""

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEvent, Staff
from app.errors import PermissionDenied, ValidationError
from app.services import session, users
from app.services.actor import Actor
from tests.builders import TEST_PASSWORD, small_branch


@pytest.fixture(autouse=True)
def _cheap_hasher(monkeypatch):
    from argon2 import PasswordHasher

    from app.db import keyslots
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                        parallelism=1))
    monkeypatch.setattr(keyslots, "ARGON2", {"t": 1, "m": 64, "p": 1})


def _manager(ids):
    return Actor(ids["manager"], "manager", "branch_manager", "BM-1")


def _actions(engine, staff_id=None):
    with Session(engine) as s:
        query = select(AuditEvent.action).order_by(AuditEvent.id)
        if staff_id is not None:
            query = query.where(AuditEvent.entity == "staff",
                                AuditEvent.entity_id == str(staff_id))
        return list(s.scalars(query))


def _wrong(engine, times, user="officer"):
    for _ in range(times):
        with pytest.raises(PermissionDenied):
            session.log_in(engine, user, "wrong")


def test_five_wrong_passwords_lock_the_user_out_even_with_the_right_one(engine):
    ids = small_branch(engine)
    _wrong(engine, 4)
    with pytest.raises(users.LockedOut) as locked:
        session.log_in(engine, "officer", "wrong")
    assert "15 minutes" in str(locked.value) and "officer" in str(locked.value)
    with pytest.raises(users.LockedOut):
        session.log_in(engine, "officer", TEST_PASSWORD)
    assert _actions(engine, ids["officer"]) == ["staff.login_failed"] * 5 + ["staff.locked_out"]
    assert session.locked_staff(engine) == [(ids["officer"], "officer")]


def test_a_right_password_before_the_fifth_clears_the_count(engine):
    small_branch(engine)
    _wrong(engine, 4)
    session.log_in(engine, "officer", TEST_PASSWORD)
    _wrong(engine, 4)
    assert session.log_in(engine, "officer", TEST_PASSWORD).username == "officer"


def test_the_lock_ends_after_fifteen_minutes(engine):
    ids = small_branch(engine)
    _wrong(engine, 5)
    with Session(engine) as s, s.begin():  # fifteen minutes pass
        staff = s.get(Staff, ids["officer"])
        staff.locked_until -= timedelta(minutes=15, seconds=1)
    assert session.log_in(engine, "officer", TEST_PASSWORD).role == "field_officer"
    assert session.locked_staff(engine) == []


def test_the_manager_unlocks_a_locked_out_user_at_once(engine):
    ids = small_branch(engine)
    _wrong(engine, 5)
    session.unlock_staff(engine, _manager(ids), ids["officer"])
    assert session.log_in(engine, "officer", TEST_PASSWORD).username == "officer"
    assert "staff.unlocked" in _actions(engine, ids["officer"])


def test_an_officer_cannot_unlock_anyone(engine):
    ids = small_branch(engine)
    _wrong(engine, 5)
    officer = Actor(ids["manager"] + 100, "x", "field_officer")
    with pytest.raises(PermissionDenied):
        session.unlock_staff(engine, officer, ids["officer"])
    assert session.locked_staff(engine) == [(ids["officer"], "officer")]


def test_wrong_passwords_of_one_user_do_not_lock_another(engine):
    small_branch(engine)
    _wrong(engine, 5)
    assert session.log_in(engine, "manager", TEST_PASSWORD).username == "manager"


def test_logging_in_and_out_is_in_the_audit_trail(engine):
    ids = small_branch(engine)
    actor = session.log_in(engine, "manager", TEST_PASSWORD)
    session.log_out(engine, actor)
    assert _actions(engine, ids["manager"]) == ["staff.logged_in", "staff.logged_out"]


def test_the_same_user_unlocking_the_screen_keeps_her_session(engine):
    small_branch(engine)
    actor = session.log_in(engine, "officer", TEST_PASSWORD)
    change = session.unlock_screen(engine, actor, "officer", TEST_PASSWORD)
    assert change.actor == actor and not change.switched


def test_another_user_unlocking_the_screen_switches_user(engine):
    ids = small_branch(engine)
    officer = session.log_in(engine, "officer", TEST_PASSWORD)
    change = session.unlock_screen(engine, officer, "manager", TEST_PASSWORD)
    assert change.switched and change.actor.role == "branch_manager"
    assert _actions(engine, ids["officer"])[-1] == "staff.logged_out"


def test_a_wrong_password_leaves_the_screen_locked_and_counts(engine):
    ids = small_branch(engine)
    officer = session.log_in(engine, "officer", TEST_PASSWORD)
    with pytest.raises(PermissionDenied):
        session.unlock_screen(engine, officer, "officer", "wrong")
    assert _actions(engine, ids["officer"])[-1] == "staff.login_failed"


def test_the_idle_lock_is_ten_minutes_until_the_manager_changes_it(engine):
    ids = small_branch(engine)
    assert session.idle_lock_minutes(engine) == 10
    session.set_idle_lock_minutes(engine, _manager(ids), 3)
    assert session.idle_lock_minutes(engine) == 3


@pytest.mark.parametrize("minutes", [0, 121, "5", 2.5])
def test_an_idle_time_out_of_range_is_refused(engine, minutes):
    ids = small_branch(engine)
    with pytest.raises(ValidationError):
        session.set_idle_lock_minutes(engine, _manager(ids), minutes)
    assert session.idle_lock_minutes(engine) == 10


def test_an_officer_cannot_change_the_idle_time(engine):
    ids = small_branch(engine)
    with pytest.raises(PermissionDenied):
        session.set_idle_lock_minutes(engine, Actor(ids["officer"], "officer",
                                                    "field_officer"), 30)


def test_changing_the_password_reseals_her_key_slot(engine, db_path):
    from app.db import keyslots

    small_branch(engine)
    actor = session.log_in(engine, "manager", TEST_PASSWORD)  # her slot is made here
    before = keyslots.read_slots(db_path)
    users.change_password(engine, actor, TEST_PASSWORD, "newpass99")
    assert keyslots.read_slots(db_path) != before
    assert keyslots.open_password_slot(keyslots.read_slots(db_path), "manager",
                                       "newpass99") is not None
    assert keyslots.open_password_slot(keyslots.read_slots(db_path), "manager",
                                       TEST_PASSWORD) is None
    with pytest.raises(PermissionDenied):
        session.log_in(engine, "manager", TEST_PASSWORD)

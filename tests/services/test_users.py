import pytest

from app.db.uow import Actor
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.services import users
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


def test_the_right_password_logs_in_with_the_users_role(engine):
    small_branch(engine)
    actor = users.authenticate(engine, "manager", TEST_PASSWORD)
    assert (actor.username, actor.role) == ("manager", "branch_manager")


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(engine):
    small_branch(engine)
    messages = []
    for name, pw in (("manager", "wrong"), ("nobody", TEST_PASSWORD)):
        with pytest.raises(PermissionDenied) as err:
            users.authenticate(engine, name, pw)
        messages.append(str(err.value))
    assert messages[0] == messages[1]


def test_no_password_is_stored_only_a_key_slot_it_opens(engine, db_path):
    from app.db import keyslots

    ids = small_branch(engine)
    users.create_staff(engine, _manager(ids), "rina", "Rina Das", "রিনা দাস", "accountant",
                       "pass1234")
    from sqlalchemy import text
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM staff WHERE username='rina'"))
        assert stored.scalar_one() == ""
    slots = keyslots.read_slots(db_path)
    assert "rina" in slots.names("password")
    assert b"pass1234" not in keyslots.slot_path(db_path).read_bytes()
    assert users.authenticate(engine, "rina", "pass1234").role == "accountant"


def test_staff_from_before_encryption_get_their_slot_at_their_first_login(engine, db_path):
    from app.db import keyslots

    small_branch(engine)  # builders store an argon2 hash, as before encryption
    assert "manager" not in keyslots.read_slots(db_path).names("password")
    users.authenticate(engine, "manager", TEST_PASSWORD)
    assert "manager" in keyslots.read_slots(db_path).names("password")
    from sqlalchemy import text
    with engine.connect() as conn:
        assert conn.execute(text("SELECT password_hash FROM staff WHERE username='manager'")
                            ).scalar_one() == ""
    users.authenticate(engine, "manager", TEST_PASSWORD)  # through the slot now
    with pytest.raises(PermissionDenied):
        users.authenticate(engine, "manager", "wrong")


def test_a_field_officer_cannot_create_staff(engine):
    ids = small_branch(engine)
    officer = Actor(ids["officer"], "officer", "field_officer")
    with pytest.raises(PermissionDenied):
        users.create_staff(engine, officer, "x", "X", "X", "accountant", "pass1234")


def test_a_taken_user_name_is_refused(engine):
    ids = small_branch(engine)
    with pytest.raises(ConflictError):
        users.create_staff(engine, _manager(ids), "officer", "X", "X", "accountant", "pass1234")


def test_creating_staff_writes_an_outbox_event_naming_the_actor(engine):
    ids = small_branch(engine)
    users.create_staff(engine, _manager(ids), "rina", "Rina Das", "রিনা দাস", "accountant",
                       "pass1234")
    from sqlalchemy import text
    with engine.connect() as conn:
        row = conn.execute(text("SELECT type, staff_id FROM outbox_event")).one()
    assert tuple(row) == ("staff.created", ids["manager"])


def test_an_unknown_role_is_refused(engine):
    ids = small_branch(engine)
    with pytest.raises(ValidationError):
        users.create_staff(engine, _manager(ids), "y", "Y", "Y", "king", "pass1234")


def test_a_dismissed_staff_members_slot_is_removed(engine, db_path):
    from app.db import keyslots

    ids = small_branch(engine)
    made = users.create_staff(engine, _manager(ids), "rina", "Rina Das", "রিনা দাস",
                              "accountant", "pass1234")
    users.deactivate_staff(engine, _manager(ids), made.id)
    assert "rina" not in keyslots.read_slots(db_path).names("password")
    with pytest.raises(PermissionDenied):
        users.authenticate(engine, "rina", "pass1234")


def test_a_deactivated_user_cannot_log_in(engine):
    ids = small_branch(engine)
    users.deactivate_staff(engine, _manager(ids), ids["officer"])
    with pytest.raises(PermissionDenied):
        users.authenticate(engine, "officer", TEST_PASSWORD)


def test_a_user_changes_her_password_and_the_old_one_stops_working(engine):
    small_branch(engine)
    actor = users.authenticate(engine, "manager", TEST_PASSWORD)
    users.change_password(engine, actor, TEST_PASSWORD, "new-secret")
    with pytest.raises(PermissionDenied):
        users.authenticate(engine, "manager", TEST_PASSWORD)
    assert users.authenticate(engine, "manager", "new-secret").username == "manager"


def test_changing_a_password_needs_the_old_one(engine):
    small_branch(engine)
    actor = users.authenticate(engine, "manager", TEST_PASSWORD)
    with pytest.raises(PermissionDenied):
        users.change_password(engine, actor, "guess", "new-secret")


def test_list_staff_shows_every_user_with_role_and_state(engine):
    ids = small_branch(engine)
    users.create_staff(engine, _manager(ids), "rina", "Rina Das", "রিনা দাস", "auditor",
                       "pass1234")
    listed = {s.username: (s.role, s.active) for s in users.list_staff(engine)}
    assert listed["rina"] == ("auditor", True) and listed["manager"][0] == "branch_manager"

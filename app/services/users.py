"""Staff users: roles, sanction grades, argon2 passwords, and who is acting.

A password is a key slot (app.db.staff_keys): argon2id (the current recommendation,
slow on GPUs) turns it into the key that unseals the database key, so logging in proves
the password and unlocks the encrypted database in one step, and no password verifier is
stored. Staff from before encryption (an argon2 hash in the staff table) get their slot
at their first login. The same message answers an unknown user and a wrong password,
so the login screen never tells which names exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db import staff_keys
from app.db.base import utcnow
from app.db.models import Staff
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import (
    QT_TR_NOOP,
    ConflictError,
    NotFound,
    PermissionDenied,
    Phrase,
    ValidationError,
)
from app.services import roles
from app.services.common import ROLES, read_session
from app.services.roles import require

# Tests and the demo generator may set a cheaper hasher; production keeps the default.
HASHER = PasswordHasher()
MIN_PASSWORD = 4


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    full_name_en: str
    full_name_bn: str
    role: str
    sanction_grade: str | None
    active: bool


def _info(s: Staff) -> StaffInfo:
    return StaffInfo(s.id, s.username, s.full_name_en, s.full_name_bn, s.role,
                     s.sanction_grade, s.active)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(HASHER.hash("not a password of anyone"))
    return _DUMMY[0]


def _db_file(engine: Engine) -> str | None:
    name = engine.url.database
    return None if not name or name == ":memory:" else name


def authenticate(engine: Engine, username: str, password: str, *, record: bool = True
                 ) -> Actor:
    """The acting user for a correct user name and password, else PermissionDenied.

    The one check every login, unlock and password change goes through. Five wrong
    passwords in a row lock the user for LOCK_MINUTES (LockedOut, audited), or until the
    manager unlocks her (app.services.session.unlock_staff); a right one clears the count.
    `record`: a login (audited "staff.logged_in"); False when only proving the password."""
    username = username.strip()
    path = _db_file(engine)
    with read_session(engine) as session:
        staff = session.scalars(select(Staff).where(Staff.username == username)).first()
        known = staff is not None and staff.active
        if staff is not None and known:
            _refuse_locked(staff)
        if path is not None and staff_keys.encrypted(path) and \
                (staff_keys.has_slot(path, username) or not (staff and staff.password_hash)):
            ok = staff_keys.unlock(path, username, password) and known
            migrate_hash = False
        else:
            # an unknown name costs the same hash work as a known one, so the answer's
            # timing does not tell which user names exist either
            stored = staff.password_hash if staff is not None and known else _dummy_hash()
            try:
                ok = HASHER.verify(stored, password) and known
            except (VerificationError, InvalidHashError):
                ok = False
            if not ok and staff is not None and known:
                _first_login_check(staff.password_hash, password)
            migrate_hash = ok and path is not None and staff_keys.encrypted(path)
        if staff is None or not known:
            raise PermissionDenied(WRONG_LOGIN)
        actor = Actor(staff.id, staff.username, staff.role, staff.sanction_grade)
        had_failures = bool(staff.failed_logins or staff.locked_until)
    if not ok:
        _failed_login(engine, actor)  # raises
    if migrate_hash and path is not None:  # her first login since encryption: a slot
        staff_keys.set_password(path, username, password)
        with Session(engine) as session, session.begin():
            row = session.get(Staff, actor.staff_id)
            if row is not None:
                row.password_hash = ""
    if record or had_failures:
        with UnitOfWork(engine, actor) as uow:
            row = uow.session.get(Staff, actor.staff_id)
            assert row is not None
            row.failed_logins, row.locked_until = 0, None
            if record:
                uow.audit("staff.logged_in", "staff", actor.staff_id, uow.business_date())
    return actor


WRONG_LOGIN = QT_TR_NOOP("Wrong user name or password.")
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15


class LockedOut(PermissionDenied):
    """Too many wrong passwords: she waits, or the manager unlocks her."""


def _refuse_locked(staff: Staff) -> None:
    if staff.locked_until is not None and staff.locked_until > utcnow():
        minutes = max(1, -(-int((staff.locked_until - utcnow()).total_seconds()) // 60))
        raise LockedOut(QT_TR_NOOP("{user} is locked after {n} wrong passwords: try again in "
                                   "{minutes} minutes, or the branch manager unlocks it now."),
                        user=staff.username, n=MAX_FAILED_LOGINS, minutes=minutes)


def _failed_login(engine: Engine, actor: Actor) -> None:
    """Count a wrong password (audited); the fifth in a row locks her out."""
    with UnitOfWork(engine, actor) as uow:
        staff = uow.session.get(Staff, actor.staff_id)
        assert staff is not None
        now = utcnow()
        if staff.locked_until is not None and staff.locked_until <= now:
            staff.failed_logins, staff.locked_until = 0, None  # the lock ran out: 5 more
        staff.failed_logins += 1
        on = uow.business_date()
        uow.audit("staff.login_failed", "staff", staff.id, on,
                  {"failed_logins": staff.failed_logins})
        locked = staff.failed_logins >= MAX_FAILED_LOGINS
        if locked:
            staff.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            uow.audit("staff.locked_out", "staff", staff.id, on,
                      {"until": staff.locked_until.isoformat(timespec="seconds")})
    if locked:
        with read_session(engine) as s:
            row = s.get(Staff, actor.staff_id)
            assert row is not None
            _refuse_locked(row)
    raise PermissionDenied(WRONG_LOGIN)


def _first_login_check(stored: str, password: str) -> None:
    """A one-time code from head office, typed right: she chooses her password now
    (app.services.first_login)."""
    from app.services.first_login import FirstLoginNeeded, check_one_time, is_one_time

    if is_one_time(stored) and check_one_time(stored, password):
        raise FirstLoginNeeded(QT_TR_NOOP("First login: choose your own password now."))


def create_staff(engine: Engine, actor: Actor, username: str, full_name_en: str,
                 full_name_bn: str, role: str, password: str,
                 sanction_grade: str | None = None) -> StaffInfo:
    require(actor, roles.STAFF_MANAGE)
    username = inputs.text(username, inputs.USER_NAME, limit=40)
    full_name_en = inputs.name(full_name_en, inputs.FULL_NAME_EN, required=False)
    full_name_bn = inputs.name(full_name_bn, inputs.FULL_NAME_BN, required=False)
    if not username or not full_name_en:
        raise ValidationError(QT_TR_NOOP("User name and name are required."))
    if any(ch.isspace() for ch in username):
        raise ValidationError(inputs.HIDDEN_CHARACTER, field=Phrase(inputs.USER_NAME))
    if role not in ROLES:
        raise ValidationError(QT_TR_NOOP("Unknown role: {role}"), role=role)
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError(QT_TR_NOOP("The password must have at least {n} characters."),
                              n=MIN_PASSWORD)
    path = _db_file(engine)
    slotted = path is not None and staff_keys.encrypted(path)
    with UnitOfWork(engine, actor) as uow:
        if uow.session.scalars(select(Staff).where(Staff.username == username)).first():
            raise ConflictError(QT_TR_NOOP("The user name {name} is taken."), name=username)
        staff = Staff(username=username, full_name_en=full_name_en.strip(),
                      full_name_bn=full_name_bn.strip(), role=role,
                      sanction_grade=sanction_grade,
                      password_hash="" if slotted else hash_password(password))
        uow.session.add(staff)
        uow.session.flush()
        uow.emit("staff.created", staff.id, {"username": username, "role": role,
                                             "sanction_grade": sanction_grade},
                 uow.business_date())
        info = _info(staff)
    if slotted and path is not None:
        staff_keys.set_password(path, username, password)
    return info


def change_password(engine: Engine, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes her own password (the old one proves it is her)."""
    if actor.staff_id is None:
        raise PermissionDenied(QT_TR_NOOP("Only a logged-in user can change a password."))
    authenticate(engine, actor.username, old_password, record=False)
    if len(new_password) < MIN_PASSWORD:
        raise ValidationError(QT_TR_NOOP("The password must have at least {n} characters."),
                              n=MIN_PASSWORD)
    path = _db_file(engine)
    slotted = path is not None and staff_keys.encrypted(path)
    if slotted and path is not None:
        staff_keys.set_password(path, actor.username, new_password)
    with UnitOfWork(engine, actor) as uow:
        staff = uow.session.get(Staff, actor.staff_id)
        assert staff is not None
        staff.password_hash = "" if slotted else hash_password(new_password)
        uow.audit("staff.password_changed", "staff", staff.id, uow.business_date())


def deactivate_staff(engine: Engine, actor: Actor, staff_id: int) -> None:
    require(actor, roles.STAFF_MANAGE)
    with UnitOfWork(engine, actor) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(QT_TR_NOOP("No such user."))
        staff.active = False
        uow.emit("staff.deactivated", staff_id, {"username": staff.username},
                 uow.business_date())
        username = staff.username
    path = _db_file(engine)
    if path is not None and staff_keys.encrypted(path):
        staff_keys.remove(path, username)  # her password no longer opens the database


def list_staff(engine: Engine) -> list[StaffInfo]:
    with read_session(engine) as session:
        return [_info(s) for s in session.scalars(select(Staff).order_by(Staff.username))]

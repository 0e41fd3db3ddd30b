"""A staff member's first login with the one-time code head office gave her.

Head office publishes a new staff member (`shakha hq add-staff`) with no password: her
`password_hash` is `otc:` + the argon2 hash of a one-time code it prints once and gives
her. `users.authenticate` refuses such an account with `FirstLoginNeeded` when the code
is right (the same "wrong user name or password" when it is not); the login screen then
asks her to choose a password, and `first_login` sets it — the code cannot be used again.

`create_first_manager` is for a branch whose staff list has not come yet (enrolled by
USB stick): the person setting the PC up becomes its manager, once; head office's list,
when it arrives, keeps her password.
"""

from __future__ import annotations

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, func, select

from app.db.models import Staff
from app.db.uow import Actor, UnitOfWork
from app.errors import QT_TR_NOOP, ConflictError, PermissionDenied, RuleViolation, ValidationError

ONE_TIME = "otc:"


class FirstLoginNeeded(RuleViolation):
    """The one-time code is right: she chooses her password now (the login screen asks)."""


def is_one_time(password_hash: str) -> bool:
    return password_hash.startswith(ONE_TIME)


def check_one_time(password_hash: str, code: str) -> bool:
    from app.format import to_latin_digits
    from app.services.users import HASHER

    typed = to_latin_digits(code).replace("-", "").replace(" ", "")  # "1234-5678" as printed
    try:
        return HASHER.verify(password_hash.removeprefix(ONE_TIME), typed)
    except (VerificationError, InvalidHashError):
        return False


def _new_password(password: str, again: str) -> None:
    from app.services.users import MIN_PASSWORD

    if password != again:
        raise ValidationError(QT_TR_NOOP("The two passwords are not the same."))
    if len(password) < MIN_PASSWORD:
        raise ValidationError(QT_TR_NOOP("The password must have at least {n} characters."),
                              n=MIN_PASSWORD)


def first_login(engine: Engine, username: str, code: str, password: str, again: str
                ) -> Actor:
    """Her one-time code, then her own password from now on; returns her as the actor."""
    from app.services.users import hash_password

    _new_password(password, again)
    with UnitOfWork(engine, Actor.system()) as uow:
        staff = uow.session.scalars(select(Staff).where(
            Staff.username == username.strip(), Staff.active.is_(True))).first()
        if staff is None or not is_one_time(staff.password_hash) \
                or not check_one_time(staff.password_hash, code):
            raise PermissionDenied(QT_TR_NOOP("Wrong user name or password."))
        staff.password_hash = hash_password(password)
        uow.audit("staff.first_login", "staff", staff.id, uow.business_date())
        actor = Actor(staff.id, staff.username, staff.role, staff.sanction_grade)
    _seal_slot(engine, actor, password)
    return actor


def _seal_slot(engine: Engine, actor: Actor, password: str) -> None:
    """On an encrypted database her password becomes her key slot at once and the hash
    goes (the hash stays only if the slot could not be written: she still logs in)."""
    from sqlalchemy.orm import Session

    from app.db import staff_keys

    path = engine.url.database
    if not path or path == ":memory:" or not staff_keys.encrypted(path):
        return
    staff_keys.set_password(path, actor.username, password)
    if staff_keys.has_slot(path, actor.username):
        with Session(engine) as session, session.begin():
            row = session.get(Staff, actor.staff_id)
            if row is not None:
                row.password_hash = ""


def create_first_manager(engine: Engine, username: str, full_name_en: str,
                         full_name_bn: str, password: str, again: str) -> Actor:
    """The first branch manager of a branch that has none yet (see the module docstring)."""
    from app.services.users import hash_password

    _new_password(password, again)
    username = username.strip()
    if not username or not (full_name_en.strip() or full_name_bn.strip()):
        raise ValidationError(QT_TR_NOOP("User name and name are required."))
    with UnitOfWork(engine, Actor.system()) as uow:
        s = uow.session
        managers = s.scalar(select(func.count()).select_from(Staff).where(
            Staff.role == "branch_manager", Staff.active.is_(True))) or 0
        if managers:
            raise RuleViolation(QT_TR_NOOP("This branch has a manager already; she logs in "
                                           "with her own password or one-time code."))
        if s.scalars(select(Staff).where(Staff.username == username)).first():
            raise ConflictError(QT_TR_NOOP("The user name {name} is taken."), name=username)
        staff = Staff(username=username, full_name_en=full_name_en.strip() or full_name_bn,
                      full_name_bn=full_name_bn.strip() or full_name_en, role="branch_manager",
                      password_hash=hash_password(password))
        s.add(staff)
        s.flush()
        uow.emit("staff.created", staff.id, {"username": username, "role": "branch_manager",
                                             "first_manager": True}, uow.business_date())
        actor = Actor(staff.id, staff.username, staff.role, None)
    _seal_slot(engine, actor, password)
    return actor


def awaiting_first_login(engine: Engine) -> list[tuple[str, str, str, str]]:
    """(user name, name in English, in Bengali, role) of staff with a one-time code."""
    from app.services.common import read_session

    with read_session(engine) as s:
        return [(st.username, st.full_name_en, st.full_name_bn, st.role)
                for st in s.scalars(select(Staff).where(Staff.active.is_(True))
                                    .order_by(Staff.role.desc(), Staff.username))
                if is_one_time(st.password_hash)]

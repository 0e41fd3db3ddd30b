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
    _new_password(password, again)
    slotted = _slotted(engine)
    with UnitOfWork(engine, Actor.system()) as uow:
        staff = uow.session.scalars(select(Staff).where(
            Staff.username == username.strip(), Staff.active.is_(True))).first()
        if staff is None or not is_one_time(staff.password_hash) \
                or not check_one_time(staff.password_hash, code):
            raise PermissionDenied(QT_TR_NOOP("Wrong user name or password."))
        staff.password_hash = _stored(slotted, password)
        uow.audit("staff.first_login", "staff", staff.id, uow.business_date())
        _slot(engine, slotted, staff.username, password)
        return Actor(staff.id, staff.username, staff.role, staff.sanction_grade)


def create_first_manager(engine: Engine, username: str, full_name_en: str,
                         full_name_bn: str, password: str, again: str) -> Actor:
    """The first branch manager of a branch that has none yet (see the module docstring)."""
    _new_password(password, again)
    slotted = _slotted(engine)
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
                      password_hash=_stored(slotted, password))
        s.add(staff)
        s.flush()
        uow.emit("staff.created", staff.id, {"username": username, "role": "branch_manager",
                                             "first_manager": True}, uow.business_date())
        _slot(engine, slotted, username, password)
        return Actor(staff.id, staff.username, staff.role, None)


def _slotted(engine: Engine) -> bool:
    """An encrypted branch database: her password becomes a key slot (app.db.staff_keys)
    that opens the database key, and no password hash is kept in the staff table."""
    from app.db import staff_keys

    name = engine.url.database
    return bool(name) and name != ":memory:" and staff_keys.encrypted(name)


def _stored(slotted: bool, password: str) -> str:
    from app.services.users import hash_password

    return "" if slotted else hash_password(password)


def _slot(engine: Engine, slotted: bool, username: str, password: str) -> None:
    """Written just before her row commits: if the commit fails, the slot opens with her
    new password all the same (a login tries the slot first), so nobody is locked out."""
    from app.db import staff_keys

    if slotted and engine.url.database:
        staff_keys.set_password(engine.url.database, username, password)


def awaiting_first_login(engine: Engine) -> list[tuple[str, str, str, str]]:
    """(user name, name in English, in Bengali, role) of staff with a one-time code."""
    from app.services.common import read_session

    with read_session(engine) as s:
        return [(st.username, st.full_name_en, st.full_name_bn, st.role)
                for st in s.scalars(select(Staff).where(Staff.active.is_(True))
                                    .order_by(Staff.role.desc(), Staff.username))
                if is_one_time(st.password_hash)]

"""Staff sessions: logging in and out, the idle lock, switching user, lock-outs.

The screens hold one `Actor` (app.services.actor) for whoever is logged in; every change
they ask for goes to a service with it. Logging in is app.services.users.authenticate
(the one password check, with the lock-out after MAX_FAILED_LOGINS wrong passwords);
this module adds what a session needs around it:

- `log_in` / `log_out`: audited, so the audit trail shows who worked when;
- `unlock_screen`: the idle lock (or a log-out) is lifted by the same user's password —
  her session continues with whatever she was typing — or by another user's, who then
  starts her own (the screens are rebuilt for her: `SessionChange.switched`);
- `unlock_staff`: the manager lifts a lock-out before its 15 minutes are up;
- `idle_lock_minutes`: the branch's idle time before the screen locks (Settings).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from app.db.base import utcnow
from app.db.models import Setting, Staff
from app.db.uow import UnitOfWork
from app.errors import QT_TR_NOOP, NotFound, ValidationError
from app.services import roles
from app.services.actor import Actor
from app.services.common import read_session
from app.services.roles import require
from app.services.users import LOCK_MINUTES, MAX_FAILED_LOGINS, LockedOut, authenticate

__all__ = ["LOCK_MINUTES", "MAX_FAILED_LOGINS", "Actor", "LockedOut", "SessionChange",
           "idle_lock_minutes", "locked_staff", "log_in", "log_out", "set_idle_lock_minutes",
           "unlock_screen", "unlock_staff"]

IDLE_KEY = "idle_lock_minutes"
IDLE_DEFAULT, IDLE_MIN, IDLE_MAX = 10, 1, 120


@dataclass(frozen=True)
class SessionChange:
    actor: Actor
    switched: bool  # another user than before: the screens start afresh for her


def log_in(engine: Engine, username: str, password: str) -> Actor:
    return authenticate(engine, username, password)


def log_out(engine: Engine, actor: Actor) -> None:
    """She leaves: audited; the screens lock until someone logs in."""
    if actor.staff_id is None:
        return
    with UnitOfWork(engine, actor) as uow:
        uow.audit("staff.logged_out", "staff", actor.staff_id, uow.business_date())


def unlock_screen(engine: Engine, current: Actor | None, username: str, password: str
                  ) -> SessionChange:
    """The locked screen opened again: by the same user (her session goes on), or by
    another (a new session; the last one is logged out)."""
    actor = authenticate(engine, username, password, record=False)
    switched = current is None or actor.staff_id != current.staff_id
    if switched and current is not None:
        log_out(engine, current)
    with UnitOfWork(engine, actor) as uow:  # her session (again): after his log-out
        uow.audit("staff.logged_in", "staff", actor.staff_id, uow.business_date(),
                  {} if switched else {"unlocked": True})
    return SessionChange(actor, switched)


def unlock_staff(engine: Engine, actor: Actor, staff_id: int) -> None:
    """The manager lets a locked-out user try again now (audited)."""
    require(actor, roles.STAFF_MANAGE)
    with UnitOfWork(engine, actor) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(QT_TR_NOOP("No such user."))
        staff.failed_logins, staff.locked_until = 0, None
        uow.audit("staff.unlocked", "staff", staff_id, uow.business_date(),
                  {"username": staff.username})


def locked_staff(engine: Engine) -> list[tuple[int, str]]:
    """(id, user name) of everyone locked out now."""
    with read_session(engine) as s:
        return [(st.id, st.username) for st in s.scalars(
            select(Staff).where(Staff.locked_until > utcnow()).order_by(Staff.username))]


def idle_lock_minutes(engine: Engine) -> int:
    with read_session(engine) as s:
        row = s.get(Setting, IDLE_KEY)
        value = row.value if row is not None else str(IDLE_DEFAULT)
    try:
        minutes = int(value)
    except ValueError:
        return IDLE_DEFAULT
    return minutes if IDLE_MIN <= minutes <= IDLE_MAX else IDLE_DEFAULT


def set_idle_lock_minutes(engine: Engine, actor: Actor, minutes: int) -> int:
    require(actor, roles.STAFF_MANAGE)
    if type(minutes) is not int or not IDLE_MIN <= minutes <= IDLE_MAX:
        raise ValidationError(QT_TR_NOOP("The idle lock is between {low} and {high} minutes."),
                              low=IDLE_MIN, high=IDLE_MAX)
    with UnitOfWork(engine, actor) as uow:
        row = uow.session.get(Setting, IDLE_KEY)
        if row is None:
            uow.session.add(Setting(key=IDLE_KEY, value=str(minutes)))
        else:
            row.value = str(minutes)
        uow.audit("settings.idle_lock", "setting", IDLE_KEY, uow.business_date(),
                  {"minutes": minutes})
    return minutes

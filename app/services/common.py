"""Small helpers every service uses: read sessions, role checks, the open business day."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Branch, BusinessDay
from app.db.uow import Actor
from app.errors import QT_TR_NOOP, PermissionDenied, Phrase, RuleViolation

# The handle screens hold and pass to services; ui/ never touches the database itself.
Database = Engine

ROLES = ("field_officer", "accountant", "branch_manager", "auditor", "admin")
ROLE_NAMES = {  # what a user reads for a role code (never the code itself)
    "field_officer": QT_TR_NOOP("field officer"),
    "accountant": QT_TR_NOOP("accountant"),
    "branch_manager": QT_TR_NOOP("branch manager"),
    "auditor": QT_TR_NOOP("auditor"),
    "admin": QT_TR_NOOP("administrator"),
}


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A short read-only session (rolled back, never commits)."""
    session = Session(engine, expire_on_commit=False)
    try:
        with session.begin():
            yield session
            session.rollback()
    finally:
        session.close()


def require_role(actor: Actor, *roles: str) -> None:
    if actor.role not in roles and actor.role != "admin":
        raise PermissionDenied(QT_TR_NOOP("Your role ({role}) may not do this."),
                               role=Phrase(ROLE_NAMES.get(actor.role, actor.role)))


def branch_row(session: Session) -> Branch:
    branch = session.scalars(select(Branch)).first()
    if branch is None:
        raise RuleViolation(QT_TR_NOOP("This database has no branch set up."))
    return branch


def open_business_day(session: Session) -> date:
    """The branch's business date, refused if the manager has closed it: what every
    posting starts from."""
    on = branch_row(session).business_date
    require_open_day(session, on)
    return on


def require_open_day(session: Session, on: date) -> None:
    """Refuse any posting on a day the manager has closed."""
    day = session.get(BusinessDay, on)
    if day is not None and day.status == "closed":
        raise RuleViolation(QT_TR_NOOP("The day {date} is closed; nothing can be posted on it."),
                            date=on)

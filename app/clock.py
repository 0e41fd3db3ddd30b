"""The computer's calendar, and what the branch may record against it (SYNC.md, Clocks).

The business date never runs ahead of the computer's calendar date: a day is closed on
that day or later, and nothing is recorded on a business day the calendar has not
reached (a manager could otherwise close 90 days in 20 seconds, and every event, audit
row and passbook line after it would carry a date that has not happened). It never goes
back either (a trigger refuses it, migration 0004_dates). Head office's time, as told at
each sync, is kept when it can be read; a value that cannot be read is treated as
unknown — the last good one still guards — and warned about, never taken as "no guard".

`CLOCK` is the one place the calendar is read. Simulations that live through weeks in
seconds (the branch state machine, the 30-day catch-up benchmark) set it as a person
would set the computer's date; the app itself never does.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from app.errors import QT_TR_NOOP, RuleViolation

log = logging.getLogger(__name__)

UNREADABLE_KEY = "server_time_unreadable"  # sync_state: head office's last unreadable time


class _Calendar:
    def __init__(self) -> None:
        self._fixed: date | None = None

    def today(self) -> date:
        return self._fixed or date.today()

    def set_today(self, day: date | None) -> None:
        """Set the computer's date for a simulation (None: the real one again)."""
        self._fixed = day


CLOCK = _Calendar()


def calendar_today() -> date:
    """The computer's calendar date (local time: the branch's day, not UTC's)."""
    return CLOCK.today()


def require_reached(business_date: date) -> None:
    """Refuse to record anything on a business day the calendar has not reached."""
    today = calendar_today()
    if business_date > today:
        raise RuleViolation(QT_TR_NOOP(
            "The business day {date} has not begun: this computer's date is {today}. "
            "Nothing can be recorded on a day before it comes. If the computer's date is "
            "wrong, set it right."), date=business_date, today=today)


def require_closable(day: date) -> None:
    """A day is closed on that day or later, never before it has come."""
    today = calendar_today()
    if day > today:
        raise RuleViolation(QT_TR_NOOP(
            "The day {date} cannot be closed before it has come: this computer's date is "
            "{today}."), date=day, today=today)


def parse_server_time(text: object) -> datetime | None:
    """Head office's time as naive UTC, or None when it is missing or cannot be read
    (not a string, not ISO 8601, out of range)."""
    if not isinstance(text, str) or not text or len(text) > 40:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def remember_server_time(session: Session, text: object) -> bool:
    """Keep head office's time if it can be read (True). An unreadable one is noted and
    logged, and the last readable one stays as the guard."""
    from app.db.models import SyncState

    if text is None or text == "":
        return False
    value = parse_server_time(text)
    if value is None:
        log.warning("head office sent a time that cannot be read: %r", str(text)[:40])
        _set(session, SyncState, UNREADABLE_KEY, str(text)[:40])
        return False
    _set(session, SyncState, "server_time", value.isoformat())
    _set(session, SyncState, UNREADABLE_KEY, "")
    return True


def _set(session: Session, model: type, key: str, value: str) -> None:
    row = session.get(model, key)
    if row is None:
        session.add(model(key=key, value=value))
    else:
        row.value = value


def check_device_date(session: Session, device_day: date) -> None:
    """Refuse to record anything while this computer's date is before the date head
    office last told it (SYNC.md, Clocks): a clock set back would stamp events, audit
    rows and passbook lines with a wrong time. A stored time that cannot be read is
    unknown: warned about, and the guard falls back to when head office last answered."""
    from app.db.models import SyncState

    stored = session.get(SyncState, "server_time")
    seen = parse_server_time(stored.value) if stored is not None and stored.value else None
    if stored is not None and stored.value and seen is None:
        log.warning("the last head-office time kept cannot be read: %r", stored.value[:40])
        acked = session.get(SyncState, "last_ack_time")
        seen = parse_server_time(acked.value) if acked is not None else None
    if seen is not None and device_day < seen.date():
        raise RuleViolation(QT_TR_NOOP(
            "This computer's date ({device}) is before head office's date at the last "
            "sync ({server}). Set the correct date and time on this computer, then try "
            "again."), device=device_day, server=seen.date())


def server_time_unreadable(session: Session) -> bool:
    """The last sync's answer carried a time that could not be read (status bar)."""
    from app.db.models import SyncState

    row = session.get(SyncState, UNREADABLE_KEY)
    return row is not None and bool(row.value)

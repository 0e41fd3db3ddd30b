"""Declarative base and column conventions of the branch database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, LargeBinary, MetaData, func, literal_column
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Hash32(TypeDecorator):
    """A SHA-256 stored as its 32 bytes, read and written as the 64-character hex text
    the chains are computed over (and the wire carries): half the space of the text."""

    impl = LargeBinary(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        if value is None or isinstance(value, bytes):
            return value
        return bytes.fromhex(value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return bytes(value).hex()


_EPOCH = datetime(1970, 1, 1)


class UtcMicros(TypeDecorator):
    """A naive UTC datetime stored as microseconds since 1970: 8 bytes instead of 26
    characters, and exactly the same instant read back (a journal row's hash covers its
    ISO text)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None or isinstance(value, int):
            return value
        delta = value - _EPOCH
        return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None or isinstance(value, datetime):
            return value
        return _EPOCH + timedelta(microseconds=int(value))


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class DayNumber(TypeDecorator):
    """A date stored as its day number since 1970-01-01 (UTC days, as SQLite's
    'unixepoch' counts them): 2 bytes instead of 10 characters in the biggest tables
    and their indexes (journal, installments), read and written as `date` objects, and
    in the same order. SQL that needs the calendar converts it with
    `date(col * 86400, 'unixepoch')` (app.db.positions)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None or isinstance(value, int):
            return value
        return day_number(value)

    def process_result_value(self, value: Any, dialect: Any) -> date | None:
        if value is None or isinstance(value, date):
            return value
        return day_date(value)


def day_date(value: int) -> date:
    """The date of a stored day number."""
    return date.fromordinal(int(value) + _EPOCH_ORDINAL)


def day_number(value: date) -> int:
    """What DayNumber stores for `value` (bulk writers, raw SQL parameters)."""
    return value.toordinal() - _EPOCH_ORDINAL


def day_text(day: Any) -> Any:
    """SQL: the ISO text ('YYYY-MM-DD') of a DayNumber column or expression (to compare
    it with a date stored as text, or group by part of it)."""
    return func.date(day * literal_column("86400"), "unixepoch")


def day_month(day: Any) -> Any:
    """SQL: 'YYYY-MM' of a DayNumber column or expression."""
    return func.strftime("%Y-%m", day * literal_column("86400"), "unixepoch")


def micros(value: datetime) -> int:
    """What UtcMicros stores for `value` (bulk writers)."""
    return int(UtcMicros().process_bind_param(value, None) or 0)


def utcnow() -> datetime:
    """Device UTC time, naive, second precision is not enough for audit so keep micros."""
    return datetime.now(UTC).replace(tzinfo=None)

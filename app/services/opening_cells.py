"""One cell of the old system's book, read strictly: each parser returns the value or
raises `CellError` with a translatable sentence saying what is wrong and how to write it.

Digits may be Latin or Bengali (only those: a Devanagari or full-width digit is
refused). Dates are day first as written in India and Bangladesh — 25/11/2026,
25-11-2026, 25.11.2026, 25 Nov 2026 — or ISO 2026-11-25, or a spreadsheet date cell;
a two-digit year is refused (which century?). Amounts may carry commas in any grouping
(12,34,567.50) and a currency sign; a spreadsheet number is taken as it shows, and
refused with more than two decimals. Text is stripped; control characters are refused.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain import inputs
from app.errors import QT_TR_NOOP, ValidationError
from app.format import WEEKDAYS, to_latin_digits

MAX_MINOR = 10**13  # ten thousand crore: beyond any branch's single balance
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SIGNS = ("₹", "৳", "tk.", "tk", "rs.", "rs", "টাকা")


class CellError(ValueError):
    def __init__(self, message: str, /, **params: Any) -> None:
        super().__init__(message)
        self.text, self.params = message, params


def _plain(value: Any) -> str:
    text = to_latin_digits(str(value)).strip()
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise CellError(QT_TR_NOOP("The cell holds a control character; type it again."))
    return text


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any, limit: int = 120) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an id typed into a number cell
    out = " ".join(_plain(value).split())
    if len(out) > limit:
        raise CellError(QT_TR_NOOP("At most {limit} characters."), limit=limit)
    return out


def identifier(value: Any) -> str:
    """The old system's id of a record: kept as its code, so it must fit one."""
    out = text(value, 20)
    if not out:
        raise CellError(QT_TR_NOOP("The ID is missing."))
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9/_.-]*", out):
        raise CellError(QT_TR_NOOP("An ID may hold letters A–Z, digits and - / _ . only: "
                                   "{text}"), text=out)
    return out


def name(value: Any) -> str:
    out = text(value, 100)
    if out and not any(ch.isalpha() for ch in out):
        raise CellError(QT_TR_NOOP("A name needs at least one letter: {text}"), text=out)
    return _as_services_check(inputs.name, out, inputs.NAME, required=False)


def _as_services_check(check: Any, value: str, *args: Any, **kwargs: Any) -> str:
    """The services' own rule for the value (app.domain.inputs: no hidden characters in a
    name, 10–15 Latin or Bengali digits in a phone), its refusal as this cell's."""
    try:
        return str(check(value, *args, **kwargs))
    except ValidationError as exc:
        raise CellError(exc.text, **exc.params) from None


def is_bengali(value: str) -> bool:
    return any("\u0980" <= ch <= "\u09ff" for ch in value)


def amount(value: Any) -> int:
    """Minor units (paisa/poisha), at least 0."""
    if isinstance(value, bool):
        raise CellError(QT_TR_NOOP("Not an amount: {text}"), text=str(value))
    if isinstance(value, int | float):
        cleaned = repr(value) if isinstance(value, float) else str(value)
    else:
        cleaned = _plain(value).casefold().replace(",", "").replace(" ", "")
        for sign in _SIGNS:
            cleaned = cleaned.replace(sign, "")
        cleaned = cleaned.removesuffix("/-")  # "Tk 5,000/-" as the seeds write it
    if cleaned.startswith("-"):
        raise CellError(QT_TR_NOOP("An amount cannot be negative: {text}"), text=str(value))
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?", cleaned.casefold()):
        raise CellError(QT_TR_NOOP("Not an amount: {text}"), text=str(value)[:40])
    try:
        minor = Decimal(cleaned) * 100
    except InvalidOperation:
        raise CellError(QT_TR_NOOP("Not an amount: {text}"), text=str(value)[:40]) from None
    if minor != minor.to_integral_value():
        raise CellError(QT_TR_NOOP("At most two decimals: {text}"), text=str(value))
    if minor > MAX_MINOR:
        raise CellError(QT_TR_NOOP("The amount is too large: {text}"), text=str(value))
    return int(minor)


def whole(value: Any, low: int = 0, high: int = 1000) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = value if isinstance(value, int) and not isinstance(value, bool) else _plain(value)
    if isinstance(raw, str) and not re.fullmatch(r"[0-9]{1,7}", raw):
        raise CellError(QT_TR_NOOP("Not a whole number: {text}"), text=str(value)[:40])
    number = int(raw)
    if not low <= number <= high:
        raise CellError(QT_TR_NOOP("{number} is outside {low}–{high}."), number=number,
                        low=low, high=high)
    return number


def day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    cleaned = _plain(value).casefold()
    found = (re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", cleaned)
             or re.fullmatch(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})", cleaned)
             or re.fullmatch(r"([0-9]{1,2})[ -]([a-z]{3})[a-z]*[ ,-]+([0-9]{4})", cleaned))
    try:
        if found is None:
            raise ValueError(cleaned)
        a, b, c = found.groups()
        if len(a) == 4:
            return date(int(a), int(b), int(c))
        month = _MONTHS.index(b[:3]) + 1 if b.isalpha() else int(b)
        return date(int(c), month, int(a))
    except ValueError:
        raise CellError(QT_TR_NOOP("Not a date: {text}. Write it like 25/11/2026."),
                        text=str(value)[:40]) from None


def weekday(value: Any) -> int:
    """0 = Monday: an English or Bengali name (or its first three letters)."""
    cleaned = _plain(value).casefold()
    for names in WEEKDAYS.values():
        for number, full in enumerate(names):
            full = full.casefold()
            if cleaned in (full, full[:3], full.removesuffix("বার")):
                return number
    raise CellError(QT_TR_NOOP("Not a day of the week: {text}"), text=str(value)[:40])


def meeting_time(value: Any) -> str:
    if is_blank(value):
        return "10:00"
    if hasattr(value, "hour"):
        return f"{value.hour:02d}:{value.minute:02d}"
    found = re.fullmatch(r"([0-9]{1,2})[:.]([0-9]{2})", _plain(value))
    if found and int(found.group(1)) < 24 and int(found.group(2)) < 60:
        return f"{int(found.group(1)):02d}:{found.group(2)}"
    raise CellError(QT_TR_NOOP("Not a time: {text}. Write it like 10:30."),
                    text=str(value)[:40])


def choice(value: Any, words: dict[str, str]) -> str:
    cleaned = _plain(value).casefold()
    if cleaned in words:
        return words[cleaned]
    raise CellError(QT_TR_NOOP("{text} is not one of: {words}"), text=str(value)[:40],
                    words=", ".join(sorted(set(words))))


def phone(value: Any) -> str:
    raw = text(value, 30)
    _as_services_check(inputs.phone, raw)
    cleaned = re.sub(r"[ ()+-]", "", raw)
    if cleaned and not re.fullmatch(r"[0-9]{10,15}", cleaned):
        raise CellError(QT_TR_NOOP("A phone number has 10 to 15 digits: {text}"),
                        text=str(value)[:40])
    return cleaned

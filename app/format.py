"""The one place numbers, money and dates are turned into text and back.

South-Asian grouping (12,34,567.00), Bengali digits when the language is Bengali, in
screens and in print. Input accepts Bengali or Latin digits, commas and a currency
sign; anything else is refused with a clear message (never guessed).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from babel.dates import format_date as _babel_date

from app.errors import QT_TR_NOOP, ValidationError

BN_DIGITS = "০১২৩৪৫৬৭৮৯"
MAX_AMOUNT_MINOR = 10**13  # = app.domain.inputs.MAX_AMOUNT_MINOR (a test holds them equal)
_LATIN_DIGITS = frozenset("0123456789")  # typed digits: these and Bengali, no other script's
_TO_BN = str.maketrans("0123456789", BN_DIGITS)
_FROM_BN = str.maketrans(BN_DIGITS, "0123456789")
SYMBOLS = {"INR": "₹", "BDT": "৳"}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
}
_LOCALES = {"en": "en_IN", "bn": "bn_IN"}


def to_bengali_digits(text: str) -> str:
    return text.translate(_TO_BN)


def to_latin_digits(text: str) -> str:
    return text.translate(_FROM_BN)


def _digits(text: str, lang: str) -> str:
    return to_bengali_digits(text) if lang == "bn" else text


def group_south_asian(integer_digits: str) -> str:
    """'1234567' → '12,34,567' (last three, then twos)."""
    if len(integer_digits) <= 3:
        return integer_digits
    head, tail = integer_digits[:-3], integer_digits[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail]) if head else ",".join([*pairs, tail])


def format_amount(minor: int, lang: str = "en", currency: str | None = None,
                  symbol: bool = False) -> str:
    """Integer minor units → '12,34,567.00' (or '১২,৩৪,৫৬৭.০০'), optional ₹/৳."""
    sign = "-" if minor < 0 else ""
    whole, paisa = divmod(abs(int(minor)), 100)
    prefix = SYMBOLS.get(currency, currency) if symbol and currency else ""
    return _digits(f"{sign}{prefix}{group_south_asian(str(whole))}.{paisa:02d}", lang)


def format_number(n: int | Decimal, lang: str = "en") -> str:
    """Whole numbers grouped 12,34,567; a Decimal keeps its decimals (12,345.5)."""
    sign = "-" if n < 0 else ""
    # never "5E+1": a normalized Decimal is written out in full
    digits = format(abs(n), "f") if isinstance(n, Decimal) else str(abs(n))
    whole, _, fraction = digits.partition(".")
    text = sign + group_south_asian(whole) + (f".{fraction}" if fraction else "")
    return _digits(text, lang)


def format_percent(value: Decimal, lang: str = "en") -> str:
    """Decimal(12.5) → '12.50 %' (two decimals, Bengali digits in "bn")."""
    return _digits(f"{value.quantize(Decimal('0.01'))} %", lang)


def format_date(d: date, lang: str = "en", style: str = "medium") -> str:
    """'25 Nov 2026' / '২৫ নভেঃ, ২০২৬' (medium); short 25/11/26; long with the full month."""
    text = _babel_date(d, format=style, locale=_LOCALES.get(lang, "en_IN"))
    return _digits(text, lang)


def weekday_name(weekday: int, lang: str = "en") -> str:
    return WEEKDAYS["bn" if lang == "bn" else "en"][weekday]


def parse_amount(text: str) -> int:
    """'১,২০০.৫০', '₹1,200.5', '1200' → minor units; refuses letters and negatives."""
    cleaned = to_latin_digits(text).strip().replace(",", "").replace(" ", "")
    for sign in SYMBOLS.values():
        cleaned = cleaned.replace(sign, "")
    if cleaned == "":
        return 0
    if cleaned.startswith("-"):
        raise ValidationError(QT_TR_NOOP("An amount cannot be negative: {text}"), text=text)
    if not all(ch in _LATIN_DIGITS or ch == "." for ch in cleaned) or cleaned.count(".") > 1:
        raise ValidationError(QT_TR_NOOP("Not an amount: {text}"), text=text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(QT_TR_NOOP("Not an amount: {text}"), text=text) from None
    minor = value * 100
    if minor != minor.to_integral_value():
        raise ValidationError(QT_TR_NOOP("At most two decimals: {text}"), text=text)
    if minor > MAX_AMOUNT_MINOR:
        raise ValidationError(QT_TR_NOOP("The amount is too large: {text}"), text=text)
    return int(minor)


def parse_signed_amount(text: str) -> int:
    """Like parse_amount, with a leading minus ('-' or '−') for money paid out (a
    meeting's net cash when its withdrawals exceed its collections)."""
    cleaned = text.strip()
    for minus in ("-", "\u2212"):
        if cleaned.startswith(minus):
            return -parse_amount(cleaned[len(minus):])
    return parse_amount(cleaned)


def parse_int(text: str) -> int:
    cleaned = to_latin_digits(text).strip().replace(",", "")
    if not cleaned or not all(ch in _LATIN_DIGITS for ch in cleaned):
        raise ValidationError(QT_TR_NOOP("Not a whole number: {text}"), text=text)
    return int(cleaned)


def format_time(hhmm: str, lang: str = "en") -> str:
    """A meeting time stored as "HH:MM", in the language's digits."""
    return _digits(hhmm, lang)


def date_for_typing(d: date, lang: str = "en") -> str:
    """A date as the user types it (day first, 25/11/2026 or ২৫/১১/২০২৬): what a form
    offers to edit, and what parse_date reads back."""
    return _digits(d.strftime("%d/%m/%Y"), lang)


def parse_date(text: str) -> date:
    """'25/11/2026', '25-11-2026', '২৫.১১.২০২৬' (day first, as written in India and
    Bangladesh) or '2026-11-25' → a date; anything else is refused with the example."""
    cleaned = to_latin_digits(text).strip()
    for sep in ("/", "-", "."):
        parts = cleaned.split(sep)
        if len(parts) == 3 and all(p and all(ch in _LATIN_DIGITS for ch in p) for p in parts):
            first, second, third = (int(p) for p in parts)
            day, month, year = (third, second, first) if len(parts[0]) == 4 else (
                first, second, third)
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise ValidationError(QT_TR_NOOP("Not a date: {text}. Write it like 25/11/2026."),
                          text=text)

"""What a service accepts from outside: the one place amounts, counts, names, free text,
phone numbers, dates and digits are checked before anything is written.

A form, a file, a script or an attacker may hand a service anything: `True` (hashed as
`true` but stored as 1: a false tamper alarm), 2**62 (accepted, then the account's next
deposit overflows its 64-bit column), a name of NUL or zero-width characters, 200,000
characters, a 5,000-digit phone, a birth date in 1800, Devanagari or full-width digits.
Each check here refuses such a value with a translated sentence naming the field, before
the service opens its transaction, so nothing is written.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any

from app.errors import QT_TR_NOOP, Amount, Phrase, ValidationError

# One amount (minor units): 10,000 crore rupees / taka is above any branch's transaction,
# and 900,000 such amounts still add up inside a signed 64-bit column.
MAX_AMOUNT_MINOR = 10**13
MAX_COUNT = 10**6
MAX_NAME = 100
MAX_TEXT = 500
PHONE_DIGITS = (10, 15)
FIRST_BIRTH_YEAR = 1900
AGE = (18, 99)
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
_LATIN = str.maketrans(BENGALI_DIGITS, "0123456789")
# Bengali needs the zero-width joiner and non-joiner inside words (র‍্যাব); other format
# characters (bidi overrides, zero-width spaces) only hide what a text says.
_JOINERS = {"\u200c", "\u200d"}

# The fields, as a message names them (translated where the message is shown)
AMOUNT = QT_TR_NOOP("Amount")
CASH_COUNTED = QT_TR_NOOP("Cash counted")
REPAYMENT = QT_TR_NOOP("Repayment")
SAVINGS_DEPOSIT = QT_TR_NOOP("Savings deposit")
SAVINGS_WITHDRAWAL = QT_TR_NOOP("Savings withdrawal")
LOAN_AMOUNT = QT_TR_NOOP("Loan amount")
HOUSEHOLD_INCOME = QT_TR_NOOP("Household income per year")
HOUSEHOLD_REPAYMENTS = QT_TR_NOOP("Household repayments per month")
COLLATERAL_VALUE = QT_TR_NOOP("Collateral value")
OWN_CONTRIBUTION = QT_TR_NOOP("Own contribution")
INSTALLMENTS = QT_TR_NOOP("Number of installments")
MOST_MEMBERS = QT_TR_NOOP("Most members")
INTEREST_RATE = QT_TR_NOOP("Savings interest rate")
NAME = QT_TR_NOOP("Name")
NAME_EN = QT_TR_NOOP("Name (English)")
NAME_BN = QT_TR_NOOP("Name (Bengali)")
GUARDIAN_EN = QT_TR_NOOP("Husband / guardian (English)")
GUARDIAN_BN = QT_TR_NOOP("Husband / guardian (Bengali)")
FULL_NAME_EN = QT_TR_NOOP("Full name (English)")
FULL_NAME_BN = QT_TR_NOOP("Full name (Bengali)")
USER_NAME = QT_TR_NOOP("User name")
PHONE = QT_TR_NOOP("Phone")
ID_NUMBER = QT_TR_NOOP("ID number")
ID_DOCUMENT = QT_TR_NOOP("ID document")
RELATION = QT_TR_NOOP("Relation")
ADDRESS = QT_TR_NOOP("Address")
PASSBOOK_NO = QT_TR_NOOP("Passbook number")
DATE_OF_BIRTH = QT_TR_NOOP("Date of birth")
DATE = QT_TR_NOOP("Date")
MEETING_PLACE = QT_TR_NOOP("Meeting place")
MEETING_TIME = QT_TR_NOOP("Meeting time")
REASON = QT_TR_NOOP("Reason")
NOTE = QT_TR_NOOP("Note")
PURPOSE = QT_TR_NOOP("Purpose")
REFERENCE = QT_TR_NOOP("Reference")
RECOMMENDATION = QT_TR_NOOP("Recommendation")
GUARANTORS = QT_TR_NOOP("Guarantors")
GROUP_GUARANTEE = QT_TR_NOOP("Group guarantee")
COLLATERAL = QT_TR_NOOP("Collateral")
APPRAISAL = QT_TR_NOOP("Appraisal note / production plan")
PAID_BY_GROUP = QT_TR_NOOP("Paid by the group")
USE_CHECKED = QT_TR_NOOP("Loan use checked")
CLOSES_LOAN = QT_TR_NOOP("Closes loan")

NOT_AMOUNT = QT_TR_NOOP("{field}: not an amount.")
NOT_COUNT = QT_TR_NOOP("{field}: not a whole number.")
OUT_OF_RANGE = QT_TR_NOOP("{field}: must be from {low} to {high}.")
NOT_POSITIVE = QT_TR_NOOP("{field}: must be more than zero.")
NOT_TEXT = QT_TR_NOOP("{field}: not text.")
NOT_YES_NO = QT_TR_NOOP("{field}: must be yes or no.")
REQUIRED = QT_TR_NOOP("{field}: write it.")
NO_LETTER = QT_TR_NOOP("{field}: must have at least one letter.")
HIDDEN_CHARACTER = QT_TR_NOOP("{field}: has an invisible or control character that cannot "
                              "be saved; type it again.")
TOO_LONG = QT_TR_NOOP("{field}: too long, at most {n} characters.")
OTHER_DIGITS = QT_TR_NOOP("{field}: only Bengali or English digits (০–৯, 0–9).")
PHONE_LENGTH = QT_TR_NOOP("{field}: 10 to 15 digits (a + and spaces may come with them).")
NOT_DATE = QT_TR_NOOP("{field}: not a date.")
DATE_RANGE = QT_TR_NOOP("{field}: must be from {first} to {last}.")
AGE_RANGE = QT_TR_NOOP("A member is 18 to 99 years old; this date of birth makes her {age}.")


def _refuse(text: str, field: str, **params: Any) -> ValidationError:
    return ValidationError(text, field=Phrase(field), **params)


def whole(value: Any, field: str, low: int = 0, high: int = MAX_COUNT) -> int:
    """A whole number (not True/False, not 2.0) within [low, high]."""
    if type(value) is not int:
        raise _refuse(NOT_COUNT, field)
    if not low <= value <= high:
        raise _refuse(OUT_OF_RANGE, field, low=low, high=high)
    return value


def yes_no(value: Any, field: str) -> bool:
    """A tick: True or False only (not 1, not "yes")."""
    if type(value) is not bool:
        raise _refuse(NOT_YES_NO, field)
    return value


def amount(value: Any, field: str = AMOUNT, *, low: int = 0, high: int = MAX_AMOUNT_MINOR,
           positive: bool = False) -> int:
    """Minor units as an int (not bool, float or Decimal) within [low, high]; `positive`
    refuses zero too."""
    if type(value) is not int:
        raise _refuse(NOT_AMOUNT, field)
    if positive and value <= 0:
        raise _refuse(NOT_POSITIVE, field)
    if not low <= value <= high:
        raise _refuse(OUT_OF_RANGE, field, low=Amount(low), high=Amount(high))
    return value


def _hidden(ch: str) -> bool:
    category = unicodedata.category(ch)
    return (category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp")
            or (category == "Cf" and ch not in _JOINERS))


def _trimmed(value: Any, field: str, limit: int, multiline: bool) -> str:
    if not isinstance(value, str):
        raise _refuse(NOT_TEXT, field)
    text = unicodedata.normalize("NFC", value)
    # the ends lose spaces and stray zero-width marks a paste brings; a control character
    # (NUL …) anywhere, or an invisible one inside, is refused
    ends = "".join(ch for ch in set(text) if ch.isspace() or (
        unicodedata.category(ch) == "Cf" and ch not in _JOINERS))
    text = text.strip(ends)
    if any(_hidden(ch) and not (multiline and ch in "\n\t") for ch in text):
        raise _refuse(HIDDEN_CHARACTER, field)
    if len(text) > limit:
        raise _refuse(TOO_LONG, field, n=limit)
    return text


def name(value: Any, field: str, *, required: bool = True, limit: int = MAX_NAME) -> str:
    """A person's or group's name: stripped, at most `limit` characters, no control or
    hidden characters, and at least one letter ("" allowed when not required)."""
    text = _trimmed(value, field, limit, multiline=False)
    if not text:
        if required:
            raise _refuse(REQUIRED, field)
        return text
    if not any(unicodedata.category(ch).startswith("L") for ch in text):
        raise _refuse(NO_LETTER, field)
    return text


def text(value: Any, field: str, *, required: bool = False, limit: int = MAX_TEXT,
         multiline: bool = False) -> str:
    """Free text (a reason, a note, an address): stripped, at most `limit` characters,
    no control characters (line breaks only where `multiline`); something visible when
    required."""
    cleaned = _trimmed(value, field, limit, multiline)
    if required and not any(ch.isalnum() for ch in cleaned):
        raise _refuse(REQUIRED, field)
    return cleaned


def digits(value: str, field: str) -> str:
    """`value` with Bengali digits made Latin; any other script's digits (Devanagari,
    full-width, superscripts …) refused."""
    latin = value.translate(_LATIN)
    if any(ch.isdigit() and ch not in "0123456789" for ch in latin):
        raise _refuse(OTHER_DIGITS, field)
    return latin


def phone(value: Any, field: str = PHONE) -> str:
    """A phone number: 10–15 digits (Bengali or Latin), spaces, hyphens, brackets and a
    leading + allowed; kept in Latin digits. "" when none is given."""
    cleaned = digits(text(value, field, limit=40), field)
    if not cleaned:
        return ""
    bare = cleaned.removeprefix("+")
    for mark in " -()":
        bare = bare.replace(mark, "")
    if not bare.isascii() or not bare.isdigit():
        raise _refuse(PHONE_LENGTH, field)
    if not PHONE_DIGITS[0] <= len(bare) <= PHONE_DIGITS[1]:
        raise _refuse(PHONE_LENGTH, field)
    return ("+" if cleaned.startswith("+") else "") + bare


def code(value: Any, field: str, *, limit: int = 30) -> str:
    """An identifier typed by a person (ID document or passbook number): letters, digits,
    hyphens and slashes; Bengali digits made Latin."""
    cleaned = digits(text(value, field, limit=limit), field)
    if any(not (ch.isalnum() or ch in "-/ ") for ch in cleaned):
        raise _refuse(HIDDEN_CHARACTER, field)
    return cleaned


def day(value: Any, field: str = DATE, *, first: date = date(1900, 1, 1),
        last: date = date(2100, 12, 31)) -> date:
    """A date (not a datetime, not a string) from `first` to `last`."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise _refuse(NOT_DATE, field)
    if not first <= value <= last:
        raise _refuse(DATE_RANGE, field, first=first, last=last)
    return value


def birth_date(value: Any, on: date, field: str = DATE_OF_BIRTH) -> date:
    """A member's date of birth: from 1900 on, and she is 18 to 99 years old on `on`."""
    born = day(value, field, first=date(FIRST_BIRTH_YEAR, 1, 1), last=on)
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    if not AGE[0] <= age <= AGE[1]:
        raise ValidationError(AGE_RANGE, age=age)
    return born

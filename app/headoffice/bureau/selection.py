"""Which accounts a submission file as on a reference date carries, and how they read.

A month-end file is full: every account open or written off on the date, and those
closed during the month. Any other reference date carries what changed since the
previous reference date (the calendar's, or the last file written for that bureau if head
office skipped a date): accounts disbursed or closed in between, and those whose
reported figures differ from that date's (a repayment, a day more past due, a
write-off).

A loan whose every payout was reversed (book.py: "cancelled") is reported once more,
closed with nothing owed or disbursed on the day it was cancelled, to a bureau that was
sent it before (`reported`: it holds the account and must be told it is not a loan);
a bureau never sent it hears nothing — a loan that never stood is not credit history.

Amounts owed (balance, overdue) are reported in whole rupees or taka rounded *up*, so a
paisa still owed never reads as nothing; amounts lent are rounded half up (mfi.rupees).
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.bureau_dates import ReferenceCalendar, full_file, month_end
from app.domain.transliterate import bengali_to_latin, latin1_problems
from app.headoffice.bureau.book import BranchBook, LoanFile, Position
from app.headoffice.models import HqMember

PERIODS = {("weekly", 1): "weekly", ("weekly", 2): "fortnightly",
           ("fortnightly", 1): "fortnightly", ("monthly", 1): "monthly",
           ("monthly", 2): "bimonthly", ("monthly", 3): "quarterly",
           ("monthly", 6): "half_yearly", ("monthly", 12): "yearly"}
STATUS_CODES = {"active": "S04", "delinquent": "S05", "written_off": "S06",
                "closed": "S07", "written_off_closed": "S12", "cancelled": "S15"}
KEY_PERSONS = ("husband", "father", "mother", "son", "brother")


def owed(minor: int) -> int:
    """Rounded up to the whole rupee (see the module docstring)."""
    return -(-minor // 100) * 100


@dataclass(frozen=True)
class Reported:
    """One account chosen for the file, with its member and its position."""

    member: HqMember
    loan: LoanFile
    position: Position


def _figures(p: Position) -> tuple[Any, ...]:
    return (p.status, owed(p.balance_minor), owed(p.overdue_minor), p.dpd,
            p.last_payment_on, p.closed_on, p.written_off_minor)


def period_start(as_of: date, calendar: ReferenceCalendar, whole: bool,
                 last_sent: date | None = None) -> date:
    """The day after which a file as on `as_of` reports changes: the previous month's
    end for a full file; else the calendar's previous reference date — or the last
    file written for that bureau, if that is older (a date head office skipped
    must not lose the changes made in it)."""
    if whole:
        return month_end(as_of.replace(day=1) - timedelta(days=1))
    previous = calendar.previous(as_of)
    return last_sent if last_sent is not None and last_sent < previous else previous


def chosen(book: BranchBook, as_of: date, calendar: ReferenceCalendar,
           full: bool | None = None, last_sent: date | None = None,
           reported: Container[str] = frozenset()) -> Iterator[Reported]:
    """The accounts of the file as on `as_of` (full at month-end unless `full` says;
    otherwise what changed since `period_start`); a cancelled loan only if its number
    is among those the bureau was `reported` before (the module docstring)."""
    whole = full_file(as_of) if full is None else full
    since = period_start(as_of, calendar, whole, last_sent)
    for loan in book.loans:
        disbursed = loan.disbursed_on  # a tranched loan's first tranche
        member = book.members.get(loan.loan.member_id)
        if disbursed is None or disbursed > as_of or member is None:
            continue
        now = loan.position(as_of)
        if now.closed_on is not None and now.closed_on <= since:
            continue  # finished before this file's period
        if now.status == "cancelled" and loan.loan.loan_no not in reported:
            continue  # never reported: it never stood, the bureau need not hear of it
        if not whole and disbursed <= since and now.closed_on is None \
                and _figures(loan.position(since)) == _figures(now):
            continue  # nothing changed since the previous reference date
        yield Reported(member, loan, now)


def frequency_of(applied: dict[str, Any]) -> str | None:
    kind, every = applied.get("frequency"), applied.get("every", 1)
    if kind is None:
        return None
    return PERIODS.get((str(kind), every if isinstance(every, int) else 1), "other")


def latin(text: str) -> str:
    """Free text (a purpose) in Roman letters: as written if it already is."""
    text = " ".join(str(text).split())
    return text if not latin1_problems(text) else bengali_to_latin(text)


def key_person(people: dict[str, dict[str, Any]]) -> tuple[str, str]:
    """(name, relation) of her key person: a husband or father entered for the bureau,
    else the guardian on her member record."""
    for relation in KEY_PERSONS:
        person = people.get(relation)
        if person is not None:
            return str(person.get("name_latin", "")), relation
    me = people.get("self", {})
    return str(me.get("guardian_name", "")), str(me.get("guardian_relation", "") or "other")


def identities(person: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    kind, number = person.get("id_document_type"), person.get("id_document_number")
    return ((str(kind), str(number)),) if kind and number else ()

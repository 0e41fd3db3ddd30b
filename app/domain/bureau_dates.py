"""Reference dates of the credit-bureau submission files.

Lenders report to the CICs "as on" reference dates: fortnightly today (the 15th and the
month's last day) and weekly from the date RBI's directions set (the 9th, 16th, 23rd and
the month's last day). A file as on a reference date carries the accounts opened,
changed or closed since the previous reference date; the month-end file carries every
account (a full file, due by the 5th of the next month).

A calendar is data: the days of the month, where "end" is the month's last day and a
day the month does not have (the 30th in February) falls on its last day. The same
date is never a reference date twice.
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

END = "end"
FULL_FILE_DUE_DAY = 5  # the month-end full file reaches the CICs by the 5th


class CalendarError(ValueError):
    """A reference calendar that cannot be used."""


def month_end(day: date) -> date:
    return day.replace(day=_cal.monthrange(day.year, day.month)[1])


def is_month_end(day: date) -> bool:
    return day == month_end(day)


@dataclass(frozen=True)
class ReferenceCalendar:
    """The reference days of each month (see the module docstring)."""

    days: tuple[int | str, ...]

    def __post_init__(self) -> None:
        if not self.days:
            raise CalendarError("a reference calendar needs at least one day")
        for d in self.days:
            if d != END and not (isinstance(d, int) and not isinstance(d, bool)
                                 and 1 <= d <= 31):
                raise CalendarError(f"{d!r} is not a day of the month (1-31 or 'end')")

    @classmethod
    def parse(cls, text: str) -> ReferenceCalendar:
        """From "9,16,23,end" (as configured at head office)."""
        days: list[int | str] = []
        for part in text.split(","):
            word = part.strip().lower()
            if word == END:
                days.append(END)
            elif word.isdigit() and len(word) <= 2:
                days.append(int(word))
            else:
                raise CalendarError(f"{part.strip()!r} is not a day of the month "
                                    "(1-31 or 'end')")
        return cls(tuple(days))

    def in_month(self, year: int, month: int) -> list[date]:
        last = _cal.monthrange(year, month)[1]
        found = {date(year, month, last if d == END else min(int(d), last))
                 for d in self.days}
        return sorted(found)

    def dates_between(self, first: date, last: date) -> list[date]:
        """Every reference date from `first` to `last`, both included."""
        out: list[date] = []
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            out.extend(d for d in self.in_month(year, month) if first <= d <= last)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def on_or_before(self, day: date) -> date:
        """The latest reference date not after `day`."""
        candidates = [d for d in self.in_month(day.year, day.month) if d <= day]
        if candidates:
            return candidates[-1]
        previous = day.replace(day=1) - timedelta(days=1)
        return self.in_month(previous.year, previous.month)[-1]

    def previous(self, day: date) -> date:
        """The reference date before `day` (the start of what a file as on `day` holds)."""
        return self.on_or_before(day - timedelta(days=1))

    def is_reference_date(self, day: date) -> bool:
        return day in self.in_month(day.year, day.month)


WEEKLY = ReferenceCalendar((9, 16, 23, END))
FORTNIGHTLY = ReferenceCalendar((15, END))
CALENDARS: dict[str, ReferenceCalendar] = {"weekly": WEEKLY, "fortnightly": FORTNIGHTLY}


def full_file(day: date) -> bool:
    """The month-end file carries every account; the others what changed."""
    return is_month_end(day)


def full_file_due(day: date) -> date:
    """When the month-end full file as on `day` must have reached the CICs."""
    after = month_end(day) + timedelta(days=1)
    return after.replace(day=FULL_FILE_DUE_DAY)


def calendar_named(name: str) -> ReferenceCalendar:
    """"weekly", "fortnightly" or a list of days such as "7,14,21,end"."""
    found = CALENDARS.get(name.strip().lower())
    return found if found is not None else ReferenceCalendar.parse(name)


__all__: Sequence[str] = ("END", "ReferenceCalendar", "WEEKLY", "FORTNIGHTLY",
                          "CalendarError", "full_file", "full_file_due", "calendar_named",
                          "is_month_end", "month_end")

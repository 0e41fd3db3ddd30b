"""Meeting and due-date calendars.

Due dates (weekly / fortnightly): counted from the disbursement date in steps of the
period; when the group has a meeting weekday, each date falls on that weekday; the
first installment is never earlier than the product's minimum gap after disbursement
(e.g. 15 days under MRA). An installment that falls on a holiday moves to the group's
next meeting day (one period later for a weekly group — the profile may instead call
this "collected with the next installment", which lands on the same date).
Monthly: the same day of the month as disbursement (clamped to the month's end),
moved forward day by day off holidays and off the branch's weekly rest days (the
policy profile's non-working weekdays: Sunday in India, Friday in Bangladesh).
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterable, Iterator
from datetime import date, timedelta


def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """`day` plus `months`, on `anchor_day` (default day.day) clamped to the month end."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    wanted = anchor_day or day.day
    return date(year, month, min(wanted, _cal.monthrange(year, month)[1]))


def full_years(since: date, on: date) -> int:
    """Whole years from `since` to `on`, counted by anniversaries (as an age is): on the
    Nth anniversary it is N, the day before N − 1. A 29 February start has its
    anniversary on 1 March in other years."""
    return on.year - since.year - ((on.month, on.day) < (since.month, since.day))


def on_or_after_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def shift_off_holiday(day: date, holidays: frozenset[date] | set[date], step_days: int) -> date:
    """Move `day` forward by `step_days` until it is not a holiday."""
    while day in holidays:
        day += timedelta(days=step_days)
    return day


def shift_off_closed_days(day: date, holidays: frozenset[date] | set[date],
                          rest_weekdays: frozenset[int]) -> date:
    """Move `day` forward a day at a time until it is neither a holiday nor a rest day."""
    while day in holidays or day.weekday() in rest_weekdays:
        day += timedelta(days=1)
    return day


def next_meeting_day(after: date, weekday: int, holidays: Iterable[date] = ()) -> date:
    """The group's first meeting day strictly after `after` that is not a holiday."""
    hol = frozenset(holidays)
    return shift_off_holiday(on_or_after_weekday(after + timedelta(days=1), weekday), hol, 7)


def meeting_dates(weekday: int, start: date, end: date,
                  holidays: Iterable[date] = ()) -> Iterator[date]:
    """Meeting days of a weekly group between start and end (inclusive).

    A meeting that falls on a holiday is not held: its dues are collected at the next
    meeting, exactly as the schedule moves an installment off a holiday.
    """
    hol = frozenset(holidays)
    day = on_or_after_weekday(start, weekday)
    while day <= end:
        if day not in hol:
            yield day
        day += timedelta(days=7)


def due_dates(disbursed_on: date, count: int, frequency: str, every: int = 1,
              meeting_weekday: int | None = None, min_first_gap_days: int = 0,
              holidays: Iterable[date] = (), holiday_rule: str = "next_meeting_day",
              rest_weekdays: Iterable[int] = ()) -> list[date]:
    """Due date of each installment (see the module docstring for the rules)."""
    hol = frozenset(holidays)
    rest = frozenset(rest_weekdays)
    if len(rest & frozenset(range(7))) == 7:
        raise ValueError("a week needs at least one working day")
    earliest = disbursed_on + timedelta(days=max(min_first_gap_days, 1))
    if frequency == "monthly":
        first = add_months(disbursed_on, every)
        k = 1
        while first < earliest:
            k += 1
            first = add_months(disbursed_on, every * k)
        nominal = [add_months(disbursed_on, every * (k + i), disbursed_on.day)
                   for i in range(count)]
        return [shift_off_closed_days(d, hol, rest) for d in nominal] if hol or rest \
            else nominal
    days = 7 * every * (2 if frequency == "fortnightly" else 1)
    first = disbursed_on + timedelta(days=days)
    if meeting_weekday is not None:
        first = on_or_after_weekday(first, meeting_weekday)
    while first < earliest:
        first += timedelta(days=7 if meeting_weekday is not None else days)
    period = timedelta(days=days)
    nominal = [first]
    for _ in range(count - 1):
        first += period
        nominal.append(first)
    if not hol:
        return nominal
    step = 7 if meeting_weekday is not None else days
    if holiday_rule == "collect_with_next":
        step = days
    return [shift_off_holiday(d, hol, step) for d in nominal]

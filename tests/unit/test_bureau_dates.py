"""Reference dates of the bureau files across month ends and leap years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.bureau_dates import (
    FORTNIGHTLY,
    WEEKLY,
    CalendarError,
    ReferenceCalendar,
    calendar_named,
    full_file,
    full_file_due,
)


def test_the_weekly_regime_is_the_9th_16th_23rd_and_the_months_last_day():
    assert WEEKLY.in_month(2025, 3) == [date(2025, 3, d) for d in (9, 16, 23, 31)]


def test_february_ends_on_the_29th_in_a_leap_year_and_the_28th_otherwise():
    assert WEEKLY.in_month(2024, 2)[-1] == date(2024, 2, 29)
    assert WEEKLY.in_month(2023, 2)[-1] == date(2023, 2, 28)
    assert WEEKLY.in_month(2000, 2)[-1] == date(2000, 2, 29)  # divisible by 400
    assert WEEKLY.in_month(1900, 2)[-1] == date(1900, 2, 28)  # by 100, not 400


def test_the_fortnightly_regime_is_the_15th_and_the_months_last_day():
    assert FORTNIGHTLY.in_month(2024, 4) == [date(2024, 4, 15), date(2024, 4, 30)]


def test_a_day_the_month_lacks_falls_on_its_last_day_and_is_not_counted_twice():
    calendar = ReferenceCalendar((15, 30, "end"))
    assert calendar.in_month(2024, 2) == [date(2024, 2, 15), date(2024, 2, 29)]
    assert calendar.in_month(2024, 3) == [date(2024, 3, 15), date(2024, 3, 30),
                                          date(2024, 3, 31)]


def test_the_file_before_the_9th_of_march_starts_on_the_29th_of_february():
    assert WEEKLY.previous(date(2024, 3, 9)) == date(2024, 2, 29)
    assert WEEKLY.previous(date(2023, 3, 9)) == date(2023, 2, 28)


def test_the_year_turns_between_reference_dates():
    assert WEEKLY.previous(date(2025, 1, 9)) == date(2024, 12, 31)
    assert WEEKLY.dates_between(date(2024, 12, 24), date(2025, 1, 10)) == [
        date(2024, 12, 31), date(2025, 1, 9)]


def test_on_or_before_a_reference_date_is_that_date():
    assert WEEKLY.on_or_before(date(2024, 2, 29)) == date(2024, 2, 29)
    assert WEEKLY.on_or_before(date(2024, 3, 1)) == date(2024, 2, 29)


def test_the_month_end_file_is_full_and_due_by_the_5th():
    assert full_file(date(2024, 2, 29)) and not full_file(date(2024, 2, 23))
    assert full_file_due(date(2024, 12, 31)) == date(2025, 1, 5)


def test_a_calendar_is_configured_by_name_or_by_its_days():
    assert calendar_named("Weekly") == WEEKLY
    assert calendar_named("7, 14, 21, END").in_month(2025, 6)[-1] == date(2025, 6, 30)


@pytest.mark.parametrize("text", ["", "0", "32", "9,x", "9,,end", "-1", "123"])
def test_a_calendar_that_names_no_day_is_refused(text):
    with pytest.raises(CalendarError):
        ReferenceCalendar.parse(text)


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(9998, 12, 1)),
       st.sampled_from([WEEKLY, FORTNIGHTLY]))
def test_no_reference_date_lies_between_a_date_and_the_one_before_it(day, calendar):
    before = calendar.previous(day)
    assert before < day
    assert calendar.is_reference_date(before)
    between = calendar.dates_between(before + timedelta(days=1), day - timedelta(days=1))
    assert between == []


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(9998, 12, 1)))
def test_every_month_end_is_a_reference_date_of_both_regimes(day):
    last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    assert WEEKLY.is_reference_date(last) and FORTNIGHTLY.is_reference_date(last)

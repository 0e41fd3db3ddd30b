"""Meeting days and holidays."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import (
    add_months,
    due_dates,
    full_years,
    meeting_dates,
    next_meeting_day,
    shift_off_holiday,
)

WED = 2


def test_meeting_dates_fall_on_the_weekday_and_skip_holidays():
    days = list(meeting_dates(WED, date(2026, 1, 1), date(2026, 1, 31), {date(2026, 1, 14)}))
    assert days == [date(2026, 1, 7), date(2026, 1, 21), date(2026, 1, 28)]


def test_next_meeting_day_is_strictly_after_and_not_a_holiday():
    assert next_meeting_day(date(2026, 1, 7), WED) == date(2026, 1, 14)
    assert next_meeting_day(date(2026, 1, 7), WED, {date(2026, 1, 14)}) == date(2026, 1, 21)


def test_shift_off_holiday_steps_until_a_working_day():
    hols = frozenset({date(2026, 3, 26), date(2026, 3, 27)})
    assert shift_off_holiday(date(2026, 3, 26), hols, 1) == date(2026, 3, 28)
    assert shift_off_holiday(date(2026, 3, 25), hols, 1) == date(2026, 3, 25)


def test_add_months_clamps_to_the_month_end_and_keeps_the_anchor_day():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 2, 28), 1, anchor_day=31) == date(2026, 3, 31)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_weekly_due_dates_on_the_meeting_day_move_a_holiday_to_the_next_meeting():
    plain = due_dates(date(2026, 1, 5), 4, "weekly", 1, WED)
    moved = due_dates(date(2026, 1, 5), 4, "weekly", 1, WED, holidays={plain[1]})
    assert all(d.weekday() == WED for d in plain)
    assert moved[1] == plain[2]


def test_fortnightly_due_dates_are_two_weeks_apart():
    dates = due_dates(date(2026, 1, 5), 3, "fortnightly", 1, WED)
    assert (dates[1] - dates[0]).days == (dates[2] - dates[1]).days == 14


@given(st.dates(date(1940, 1, 1), date(2090, 12, 31)).filter(lambda d: (d.month, d.day)
                                                             != (2, 29)),
       st.integers(0, 60))
def test_full_years_reach_n_on_the_nth_anniversary_and_not_the_day_before(since, n):
    anniversary = since.replace(year=since.year + n)
    assert full_years(since, anniversary) == n
    assert full_years(since, anniversary - timedelta(days=1)) == n - 1


@given(st.dates(date(1940, 1, 1), date(2090, 12, 31)), st.integers(0, 20_000))
def test_full_years_never_count_a_year_whose_anniversary_has_not_come(since, days):
    on = since + timedelta(days=days)
    years = full_years(since, on)
    assert 365 * years <= days < 366 * (years + 1)


def test_full_years_from_29_february_count_from_1_march_in_common_years():
    assert full_years(date(2020, 2, 29), date(2023, 2, 28)) == 2
    assert full_years(date(2020, 2, 29), date(2023, 3, 1)) == 3
    assert full_years(date(2020, 2, 29), date(2024, 2, 29)) == 4


def test_a_monthly_due_date_on_a_rest_day_moves_to_the_next_open_day():
    # 2026-03-15 is a Sunday; Monday the 16th is a holiday
    dates = due_dates(date(2026, 2, 15), 2, "monthly", rest_weekdays={6},
                      holidays={date(2026, 3, 16)})
    assert dates == [date(2026, 3, 17), date(2026, 4, 15)]

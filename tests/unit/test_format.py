from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.format import format_amount, format_date, parse_amount, weekday_name


def test_amounts_use_south_asian_grouping():
    assert format_amount(1_234_567_00) == "12,34,567.00"


def test_bengali_amounts_use_bengali_digits():
    assert format_amount(1_234_567_00, "bn") == "১২,৩৪,৫৬৭.০০"


def test_currency_symbols():
    assert (format_amount(5_00, "en", "INR", symbol=True),
            format_amount(5_00, "bn", "BDT", symbol=True)) == ("₹5.00", "৳৫.০০")


def test_bengali_and_latin_digits_are_both_accepted():
    assert parse_amount("১,২০০.৫০") == parse_amount("1200.5") == 1200_50


@pytest.mark.parametrize("bad", ["12a", "-5", "1.234", "1..2", "abc", "১২x"])
def test_bad_amounts_are_refused(bad):
    with pytest.raises(ValidationError):
        parse_amount(bad)


@given(st.integers(0, 10**13), st.sampled_from(["en", "bn"]))
def test_formatting_then_parsing_gives_the_amount_back(minor, lang):
    assert parse_amount(format_amount(minor, lang)) == minor


def test_dates_in_bengali_have_bengali_digits_and_month():
    text = format_date(date(2026, 11, 25), "bn", "long")
    assert "২৫" in text and "নভেম্বর" in text


def test_weekday_names():
    assert (weekday_name(2, "en"), weekday_name(6, "bn")) == ("Wednesday", "রবিবার")

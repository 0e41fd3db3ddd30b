from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.format import (
    format_amount,
    format_date,
    format_number,
    format_percent,
    parse_amount,
    parse_int,
    to_bengali_digits,
    weekday_name,
)


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


def test_negative_amounts_have_a_leading_minus_before_the_currency_sign():
    assert (format_amount(-1_234_567_89, "en", "INR", symbol=True),
            format_amount(-5_00, "bn")) == ("-₹12,34,567.89", "-৫.০০")


def test_numbers_and_percentages_in_both_languages():
    assert (format_number(1234567), format_number(1234567, "bn"),
            format_percent(Decimal("12.5"), "bn")) == ("12,34,567", "১২,৩৪,৫৬৭", "১২.৫০ %")


def test_dates_in_every_style():
    d = date(2026, 11, 25)
    assert [format_date(d, "en", s) for s in ("short", "medium", "long")] == [
        "25/11/26", "25 Nov 2026", "25 November 2026"]


def test_bengali_weekdays_start_the_week_on_monday():
    assert [weekday_name(n, "bn") for n in range(7)] == [
        "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]


def test_to_bengali_digits_leaves_other_text_alone():
    assert to_bengali_digits("Group 12, 10:30") == "Group ১২, ১০:৩০"


@pytest.mark.parametrize("text", ["₹1,200.50", "৳ ১,২০০.৫০", " 1200.5 ", "1,200.50"])
def test_currency_signs_spaces_and_commas_are_accepted(text):
    assert parse_amount(text) == 1200_50


def test_whole_numbers_parse_in_both_scripts():
    assert (parse_int("১২৩"), parse_int("1,234")) == (123, 1234)
    with pytest.raises(ValidationError):
        parse_int("12.5")


@given(st.integers(-(10**13), 10**13), st.sampled_from(["en", "bn"]),
       st.sampled_from([None, "INR", "BDT"]))
def test_formatting_with_a_sign_then_parsing_gives_the_size_back(minor, lang, currency):
    text = format_amount(minor, lang, currency, symbol=currency is not None)
    if minor < 0:
        with pytest.raises(ValidationError):
            parse_amount(text)
    else:
        assert parse_amount(text) == minor


@given(st.text(alphabet="abcxyz!@#-+/", min_size=1, max_size=6))
def test_garbage_is_refused_not_guessed(text):
    with pytest.raises(ValidationError):
        parse_amount("1" + text)


@given(st.integers(0, 10**12), st.sampled_from(["en", "bn"]))
def test_formatting_then_parsing_a_whole_number_gives_it_back(n, lang):
    assert parse_int(format_number(n, lang)) == n


def test_dates_are_read_day_first_in_either_script_or_as_iso():
    from datetime import date

    import pytest

    from app.errors import ValidationError
    from app.format import parse_date

    for text in ("25/11/2026", "25-11-2026", "২৫.১১.২০২৬", "2026-11-25", " 25/11/2026 "):
        assert parse_date(text) == date(2026, 11, 25)
    for bad in ("31/02/2026", "25/11", "yesterday", "", "11/25/2026"):
        with pytest.raises(ValidationError):
            parse_date(bad)


def test_a_date_offered_for_typing_reads_back_in_either_script():
    from datetime import date

    from app.format import date_for_typing, parse_date

    day = date(2026, 11, 5)
    assert date_for_typing(day) == "05/11/2026"
    assert date_for_typing(day, "bn") == "০৫/১১/২০২৬"
    assert parse_date(date_for_typing(day, "bn")) == parse_date(date_for_typing(day)) == day


def test_a_normalized_decimal_is_written_out_not_in_exponent_form():
    from decimal import Decimal

    assert (format_number(Decimal("5E+1")), format_number(Decimal("5E+1"), "bn"),
            format_number(Decimal("12.5"))) == ("50", "৫০", "12.5")



def test_the_repayment_cap_says_50_percent_not_5e1():
    """The eligibility message read '5E+1 %' (a normalized Decimal printed as is)."""
    from decimal import Decimal

    from app.domain.eligibility import Applicant, check_eligibility
    from app.domain.products import DEMO_PRODUCTS, INDIA_RBI

    group = next(p for p in DEMO_PRODUCTS if p.code == "BJS-GL")
    applicant = Applicant(age=30, annual_household_income=Decimal("180000"),
                          monthly_household_income=Decimal("15000"),
                          existing_monthly_repayments=Decimal("2000"),
                          group_membership_years=Decimal("4"), group_size=15)
    [failure] = check_eligibility(group, INDIA_RBI, applicant, Decimal("20000"),
                                  Decimal("9000"))
    assert failure.params["percent"] == "50" and "50 %" in failure.message()

"""The input checks, tried as an attacker would: every odd value is refused with the
field named, or accepted cleaned — never let through raw, never a crash of another kind."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import inputs
from app.errors import ValidationError
from app.i18n import tr_error

ODD_VALUES = [True, False, None, 1.0, Decimal("5"), "5", b"5", [5], 2**62, -1,
              inputs.MAX_AMOUNT_MINOR + 1]


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_an_amount_is_an_int_within_bounds_and_never_a_bool(value):
    with pytest.raises(ValidationError) as refused:
        inputs.amount(value, inputs.SAVINGS_DEPOSIT)
    assert "সঞ্চয় জমা" in tr_error(refused.value, "bn")  # the field is named
    assert "Savings deposit" in tr_error(refused.value, "en")


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=True), st.decimals(),
                 st.text(max_size=5), st.none()))
def test_an_amount_is_accepted_exactly_when_it_is_an_int_in_range(value):
    good = type(value) is int and 0 <= value <= inputs.MAX_AMOUNT_MINOR
    try:
        assert inputs.amount(value) == value and good
    except ValidationError:
        assert not good


def test_zero_is_refused_where_an_amount_must_be_positive():
    assert inputs.amount(0) == 0
    with pytest.raises(ValidationError):
        inputs.amount(0, positive=True)


@pytest.mark.parametrize(("value", "why"), [
    ("\x00", "NUL"), ("Rina\x00Das", "NUL inside"), ("\u200b\u200b", "zero-width only"),
    ("   ", "blank"), ("12345", "no letter"), ("R" * 101, "101 characters"),
    ("R" * 200_000, "200,000 characters"), ("Rina\u202eDas", "bidi override"),
    ("Rina\nDas", "line break"), ("Rina\u2028Das", "line separator"), (b"Rina", "bytes"),
    (None, "None"), (5, "a number"),
])
def test_a_name_that_hides_or_lacks_a_letter_is_refused(value, why):
    with pytest.raises(ValidationError) as refused:
        inputs.name(value, inputs.NAME_EN)
    assert "নাম (ইংরেজিতে)" in tr_error(refused.value, "bn"), why


@pytest.mark.parametrize(("typed", "kept"), [
    ("  Rina Das  ", "Rina Das"), ("\u200bরিনা দাস\u200b", "রিনা দাস"),
    ("র\u200d্যাব", "র\u200d্যাব"),  # the joiner Bengali needs stays
    ("R" * 100, "R" * 100),
])
def test_a_name_is_stripped_and_kept_as_written(typed, kept):
    assert inputs.name(typed, inputs.NAME_EN) == unicodedata.normalize("NFC", kept)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=120))
def test_whatever_is_typed_a_name_comes_back_clean_or_is_refused(typed):
    try:
        kept = inputs.name(typed, inputs.NAME_BN)
    except ValidationError:
        return
    assert 0 < len(kept) <= inputs.MAX_NAME and kept == kept.strip()
    assert any(unicodedata.category(ch).startswith("L") for ch in kept)
    assert not any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp")
                   for ch in kept)


@pytest.mark.parametrize(("typed", "kept"), [
    ("9876543210", "9876543210"), ("+91 98765 43210", "+919876543210"),
    ("০১৭১১-২৩৪৫৬৭", "01711234567"), ("", ""),
])
def test_a_phone_number_has_10_to_15_digits_bengali_or_latin(typed, kept):
    assert inputs.phone(typed) == kept


@pytest.mark.parametrize("typed", [
    "12345", "1" * 16, "1" * 5000, "९८७६५४३२१०", "９８７６５４３２１０", "98765-4321x",
    "98765\x0043210", "+", "98765 43210 ext 5",
])
def test_a_phone_number_of_the_wrong_length_or_script_is_refused(typed):
    with pytest.raises(ValidationError) as refused:
        inputs.phone(typed)
    assert "ফোন" in tr_error(refused.value, "bn")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=10, max_size=15))
def test_only_latin_and_bengali_digits_make_a_phone_number(digits):
    allowed = set("0123456789০১২৩৪৫৬৭৮৯")
    try:
        inputs.phone(digits)
        assert set(digits) <= allowed
    except ValidationError:
        assert not set(digits) <= allowed


TODAY = date(2026, 11, 25)


@pytest.mark.parametrize("born", [date(1800, 1, 1), date(1899, 12, 31), date(2010, 1, 1),
                                  date(1926, 11, 24), date(2027, 1, 1)])
def test_a_birth_date_before_1900_or_an_age_outside_18_to_99_is_refused(born):
    with pytest.raises(ValidationError):
        inputs.birth_date(born, TODAY)


@pytest.mark.parametrize("born", [date(2008, 11, 25), date(1926, 11, 26), date(1970, 6, 1)])
def test_a_birth_date_of_an_adult_is_kept(born):
    assert inputs.birth_date(born, TODAY) == born


@pytest.mark.parametrize("value", ["2000-01-01", datetime(2000, 1, 1), 20000101, None])
def test_a_date_is_a_date(value):
    with pytest.raises(ValidationError):
        inputs.day(value)


@pytest.mark.parametrize("value", [True, 1.5, "3", 10**7, -1])
def test_a_count_is_a_whole_number_in_range(value):
    with pytest.raises(ValidationError):
        inputs.whole(value, inputs.INSTALLMENTS, 1, 1000)


def test_free_text_keeps_line_breaks_only_where_asked_and_refuses_nul():
    assert inputs.text("flood\nand cyclone", inputs.NOTE, multiline=True) == "flood\nand cyclone"
    for bad in ("flood\nand cyclone", "flood\x00"):
        with pytest.raises(ValidationError):
            inputs.text(bad, inputs.REASON)
    with pytest.raises(ValidationError):
        inputs.text("x" * 501, inputs.REASON)


def test_typed_amounts_and_counts_read_only_latin_and_bengali_digits():
    from app.format import MAX_AMOUNT_MINOR, parse_amount, parse_date, parse_int

    assert MAX_AMOUNT_MINOR == inputs.MAX_AMOUNT_MINOR
    assert parse_amount("১,২০০.৫০") == 1200_50 and parse_int("১২") == 12
    for bad in ("५००", "５００", "²"):
        with pytest.raises(ValidationError):
            parse_amount(bad)
        with pytest.raises(ValidationError):
            parse_int(bad)
    with pytest.raises(ValidationError):
        parse_date("२५/११/२०२६")

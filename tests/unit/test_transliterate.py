"""Bengali names in Roman letters for the credit-bureau files (app.domain.transliterate)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.demo.names import GROUP_NAMES, MEN, SURNAMES, WOMEN
from app.domain.transliterate import bengali_to_latin, latin1_problems


@pytest.mark.parametrize(("bengali", "latin"), [
    ("মালতী দাস", "Malati Das"),  # final inherent vowel dropped, long vowels plain
    ("কল্পনা", "Kalpana"),  # inherent vowel written "a"
    ("তপন", "Tapan"),
    ("মিনতি", "Minati"),  # kept before a consonant with ই
    ("তাপসী", "Tapasi"),
    ("সরকার", "Sarkar"),  # dropped before a consonant with আ
    ("সুলতানা", "Sultana"),
    ("পারভীন", "Parbhin"),  # র drops it before any vowel sign
    ("প্রশান্ত", "Prashanta"),  # a final conjunct keeps it
    ("সুব্রত", "Subrata"),  # ত right after a conjunct keeps it
    ("নির্মল", "Nirmal"),
    ("তুফানগঞ্জ", "Tufanaganj"),  # …but not a final ঞ্জ
    ("স্বপন", "Swapan"),  # ব-phala
    ("শ্যামলী", "Shyamali"),  # য-phala
    ("লক্ষ্মী", "Lakshmi"),  # ক্ষ
    ("কৃষ্ণা", "Krishna"),  # ঋ-kar
    ("মৌসুমী", "Mousumi"),  # ঔ-kar
    ("জ্ঞান", "Gyan"),
    ("ঘোকসাডাঙ্গা", "Ghoksadanga"),  # ঙ before গ is n
    ("বুড়িচং", "Burichang"),  # ড় and anusvara
    ("রায়", "Ray"),  # য়
    ("শরৎ", "Sharat"),  # khanda ta
    ("অশোক", "Ashok"),  # independent vowel
    ("গ্রাম ১২৩", "Gram 123"),  # Bengali digits
])
def test_each_rule_of_the_scheme(bengali, latin):
    assert bengali_to_latin(bengali) == latin


def test_decomposed_nukta_letters_read_like_the_precomposed_ones():
    decomposed = "\u09ae\u09bf\u09af\u09bc\u09be"  # মিয়া with য + ়
    assert bengali_to_latin(decomposed) == bengali_to_latin("মি\u09dfা") == "Miya"


def test_zero_width_joiners_and_chandrabindu_are_not_written():
    assert bengali_to_latin("চাঁদ\u200c") == "Chad"


def test_latin_text_passes_through_unchanged():
    assert bengali_to_latin("Rina Das-Barman") == "Rina Das-Barman"


def test_most_demo_names_come_out_as_they_are_usually_spelt():
    """Names have more than one spelling (Roy/Ray): the officer checks every one; most
    need no change."""
    pairs = WOMEN + MEN + SURNAMES + GROUP_NAMES
    same = sum(bengali_to_latin(bn).lower() == en.lower() for en, bn in pairs)
    assert same >= 0.75 * len(pairs)


@given(st.text(alphabet=st.characters(min_codepoint=0x0980, max_codepoint=0x09FF)
               | st.sampled_from(" \u200c\u200d.-"), max_size=40))
def test_whatever_bengali_comes_in_the_result_can_go_into_a_cic_file(text):
    assert latin1_problems(bengali_to_latin(text)) == []


@pytest.mark.parametrize(("text", "problem"), [
    ("রিনা", "not_latin1"), ("Rina|Das", "separator"), ("Rina~", "separator"),
    ("Rina\u00ac", "separator"), ("Rina\x00", "control"), ("Rina\n", "control"),
])
def test_what_keeps_a_spelling_out_of_a_cic_file_is_named(text, problem):
    assert problem in latin1_problems(text)


def test_a_plain_latin_name_has_no_problem():
    assert latin1_problems("Malati Das") == []

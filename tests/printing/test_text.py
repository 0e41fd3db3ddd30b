"""Bengali shaping: conjuncts become one glyph, vowel signs reorder, nothing is a box."""

import pytest

from app.printing import text


@pytest.mark.parametrize("word", ["ক্ষ", "স্ত্র", "ন্ত"])
def test_a_conjunct_is_drawn_as_one_glyph(word):
    text.register_fonts()
    assert len(text.shaped(word, "ShakhaBengali", 10).__shapeData__) == 1


def test_a_vowel_sign_before_its_consonant_is_drawn_first():
    text.register_fonts()
    glyphs = str(text.shaped("কে", "ShakhaBengali", 10))
    assert len(glyphs) == 2 and glyphs[1] == "ক"  # ে's glyph on the left, then ক


def test_mixed_text_is_split_into_script_runs():
    assert text.runs("M00042 লক্ষ্মী, 20") == (("latin", "M00042 "), ("bengali", "লক্ষ্মী"),
                                              ("latin", ", 20"))


def test_words_with_reph_and_conjuncts_have_no_missing_glyphs():
    assert text.missing_glyphs("কর্মকার লক্ষ্মী স্ত্রী কিস্তি কেন্দ্র ₹১২,৩৪৫.০০ ৳") == []


def test_a_character_no_font_has_is_reported():
    assert text.missing_glyphs("জমা \u4e2d") == ["\u4e2d"]

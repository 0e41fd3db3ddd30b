"""Bengali shaping: conjuncts become one glyph, vowel signs reorder, nothing is a box."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


BENGALI = [chr(c) for c in range(0x0985, 0x09B9)] + ["\u09cd", "\u09be", "\u09bf", "\u09c7",
                                                     "\u09cb", "\u09bc", "\u0981", " ", "\u09ce"]


@given(st.text(alphabet=BENGALI, max_size=40))
def test_clusters_join_back_to_the_text_and_never_start_after_a_hasanta(word):
    parts = text.clusters(word)
    assert "".join(parts) == word
    for before, after in zip(parts, parts[1:], strict=False):
        assert not before.endswith("\u09cd") or not text._is_bengali_letter(after[0])
        assert not text._extends(after[0])


@pytest.mark.parametrize("name", ["লক্ষ্মীরানী বন্দ্যোপাধ্যায়চট্টোপাধ্যায়",
                                  "শ্রাবন্তী মুখোপাধ্যায়", "Krishnapriya Bandyopadhyay"])
def test_a_long_name_wraps_and_breaks_only_between_clusters(name):
    lines = text.wrap(name, 8, 50)
    assert len(lines) > 1 and all(text.text_width(line, 8) <= 50 for line in lines)
    assert "".join(lines).replace(" ", "") == name.replace(" ", "")
    for line in lines:
        assert not line.endswith("\u09cd") and not text._extends(line[0])


def test_a_cut_with_an_ellipsis_keeps_the_conjunct_whole():
    cut = text.fit("বন্দ্যোপাধ্যায়", 9, 40)
    assert cut.endswith("…") and not cut[:-1].endswith("\u09cd")
    assert text.clusters(cut[:-1]) == text.clusters("বন্দ্যোপাধ্যায়")[:len(text.clusters(cut[:-1]))]

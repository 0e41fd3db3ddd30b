"""The user guide is built from the real app: every picture it shows is a screenshot
taken offscreen as the guide is built, in both languages, and its PDF and HTML come out
whole. A guide that names a screen the script does not take fails here."""

from __future__ import annotations

from datetime import date

import pypdfium2
import pytest

from app.demo import generate_demo
from docs.build_guide import HERE, LANGS, build, parse, shots_used
from docs.screenshots import SHOTS


def test_both_languages_show_the_same_screens_and_each_is_taken():
    taken = {name for name, _user, _what in SHOTS}
    assert shots_used("en") == shots_used("bn") <= taken
    assert shots_used("en") == taken  # no screenshot is taken for nothing


def test_every_role_has_its_week():
    for lang in LANGS:
        text = (HERE / "guide" / f"{lang}.md").read_text(encoding="utf-8")
        headings = [b.text for b in parse(text) if b.kind == "h2"]
        assert len(headings) == 5, headings


@pytest.mark.slow
@pytest.mark.xdist_group("guide")
def test_the_guide_builds_with_fresh_screenshots_for_screen_and_print(tmp_path, qapp):
    db = tmp_path / "demo.db"
    generate_demo(db, members=30, years=1, seed=7, today=date(2026, 11, 25))
    made = build(tmp_path / "guide", db)
    assert sorted(p.name for p in made) == ["guide_bn.html", "guide_bn.pdf",
                                            "guide_en.html", "guide_en.pdf"]
    for lang in LANGS:
        html = (tmp_path / "guide" / f"guide_{lang}.html").read_text(encoding="utf-8")
        for shot in shots_used(lang):
            assert f"img/{shot}_{lang}.png" in html
            assert (tmp_path / "guide" / "img" / f"{shot}_{lang}.png").stat().st_size > 5000
        pdf = pypdfium2.PdfDocument(str(tmp_path / "guide" / f"guide_{lang}.pdf"))
        try:
            assert len(pdf) >= 5
            text = pdf[0].get_textpage().get_text_range()
            assert ("ব্যবহারকারীর নির্দেশিকা" if lang == "bn" else "user guide") in text
        finally:
            pdf.close()

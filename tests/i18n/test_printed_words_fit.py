"""The printed words fit their place in English and in both Bengali wordings: a column
header cut to 'নির্ধারিত…' tells the officer nothing. Headers wrap inside their column
(at spaces, smaller type if a word is too wide), so each line must fit and no word be
lost."""

from __future__ import annotations

import pytest

from app.i18n import set_wording
from app.printing.collection_sheet import COLUMNS, PAD, _heading_lines
from app.printing.labels import label
from app.printing.text import text_width


@pytest.mark.parametrize("wording", ["en", "bn_IN", "bn_BD"])
def test_every_collection_sheet_header_is_printed_whole_and_readable(wording):
    lang = "en" if wording == "en" else "bn"
    if wording != "en":
        set_wording(wording)
    bad = []
    for key, width, _kind in COLUMNS:
        text = label(key, lang)
        size, lines = _heading_lines(text, width - 2 * PAD)
        if " ".join(lines).split() != text.split() or size < 6 or any(
                text_width(line, size, bold=True) > width - 2 * PAD for line in lines):
            bad.append((key, text, size, lines))
    assert bad == []

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
def test_every_collection_sheet_header_fits_its_column(wording):
    lang = "en" if wording == "en" else "bn"
    if wording != "en":
        set_wording(wording)
    cut = []
    for key, width, _kind in COLUMNS:
        heading = label(key, lang)
        size, lines = _heading_lines(heading, width - 2 * PAD)
        if " ".join(lines).split() != heading.split() or any(
                text_width(line, size, bold=True) > width - 2 * PAD for line in lines):
            cut.append((key, heading))
    assert cut == []

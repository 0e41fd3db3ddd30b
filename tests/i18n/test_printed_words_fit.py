"""The printed words fit their place in English and in both Bengali wordings: a column
header cut to 'নির্ধারিত…' tells the officer nothing."""

from __future__ import annotations

import pytest

from app.i18n import set_wording
from app.printing.collection_sheet import COLUMNS, _widths
from app.printing.labels import label
from app.printing.text import text_width


@pytest.mark.parametrize("wording", ["en", "bn_IN", "bn_BD"])
def test_every_collection_sheet_header_fits_its_column(wording):
    lang = "en" if wording == "en" else "bn"
    if wording != "en":
        set_wording(wording)
    cut = [(key, label(key, lang)) for (key, _w, _r), width in zip(COLUMNS, _widths(),
                                                                  strict=True)
           if text_width(label(key, lang), 8, bold=True) > width - 4]
    assert cut == []

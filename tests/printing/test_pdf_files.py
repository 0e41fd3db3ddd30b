"""PDFs that work as files: Bengali copies as Bengali, every font is embedded."""

from dataclasses import replace

import pytest

from app.printing.collection_sheet import collection_sheets
from app.printing.forms import Form
from tests.printing.pdf_files import fonts, pdf_text
from tests.printing.test_collection_sheet import HEAD, _group


def _sheet_with(name_bn: str) -> bytes:
    group = _group(3)
    members = (replace(group.members[0], name_bn=name_bn), *group.members[1:])
    return collection_sheets(HEAD, [replace(group, members=members)], "bn")


@pytest.mark.parametrize("name", ["নির্মল বর্মন", "লক্ষ্মী কর্মকার", "শ্রাবন্তী মুখোপাধ্যায়"])
def test_a_bengali_name_copies_and_searches_as_bengali(name):
    assert name in pdf_text(_sheet_with(name))


def test_every_font_of_a_sheet_and_a_form_is_embedded():
    form = Form("Title", "শাখা", "bn")
    form.paragraph("আদায় শিট 12,345.00")
    for pdf in (_sheet_with("নির্মল বর্মন"), form.pdf()):
        used = fonts(pdf)
        assert used and all(embedded for _name, embedded in used), used
        assert not any("Helvetica" in name for name, _e in used)

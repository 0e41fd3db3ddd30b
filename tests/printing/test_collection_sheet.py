"""Collection sheets rendered to images: right pages, right glyphs, as reviewed."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageStat

from app.printing import collection_sheet, text
from app.printing.collection_sheet import ROWS_PER_PAGE, SheetHeader, collection_sheets
from app.services.dues import GroupDues, MemberDue
from app.services.printing import collection_sheets_pdf
from tests.services.meeting_world import TODAY, meeting_world

REFERENCE = Path(__file__).parent / "reference"
NAMES = [("Amena Pramanik", "আমেনা প্রামাণিক"), ("Sumitra Barman", "সুমিত্রা বর্মন"),
         ("Lakshmi Roy", "লক্ষ্মী রায়"), ("Shraboni Sarkar", "শ্রাবণী সরকার"),
         ("Krishna Ghosh", "কৃষ্ণা ঘোষ")]


def _group(members: int) -> GroupDues:
    rows = tuple(MemberDue(k, f"M{k:05d}", *NAMES[k % len(NAMES)], k, f"BJS-L{k:06d}", 7, 46,
                           311_00, 311_00 if k % 4 == 0 else 0, 0, 20_00, 9_876_50, 1_240_00)
                 for k in range(1, members + 1))
    return GroupDues(1, "G0009", "Rajanigandha 9", "রজনীগন্ধা ৯", "Bakshirhat", "বক্সিরহাট",
                     "Tapasi Das", "তাপসী দাস", 2, "10:30", date(2026, 11, 25), rows)


HEAD = SheetHeader("Beghoria Janakalyan Samity", "সাহেবেরহাট", "BJS-SHB", "INR")


def _pages(pdf: bytes, scale: float = 1.0) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].render(scale=scale).to_pil().convert("L") for i in range(len(doc))]


def _difference(a: Image.Image, b: Image.Image) -> float:
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_a_sheet_looks_like_the_reviewed_reference(lang):
    page = _pages(collection_sheets(HEAD, [_group(12)], lang))[0]
    reference = REFERENCE / f"collection_sheet_{lang}.png"
    if not reference.exists():  # a new document: write the image for a person to review
        page.save(reference)
        pytest.fail(f"reference {reference.name} written; review it and commit it")
    assert _difference(page, Image.open(reference).convert("L")) < 1.0


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_no_text_on_a_sheet_prints_as_a_missing_glyph(lang, monkeypatch):
    drawn = []
    original = text.draw
    monkeypatch.setattr(collection_sheet, "draw",
                        lambda c, x, y, s, *a, **k: drawn.append(s) or original(c, x, y, s, *a, **k))
    collection_sheets(HEAD, [_group(12)], lang)
    assert drawn and [s for s in drawn if text.missing_glyphs(s)] == []


def test_a_long_group_continues_on_more_pages_with_totals_on_the_last():
    pdf = collection_sheets(HEAD, [_group(ROWS_PER_PAGE * 2 + 3)], "en")
    assert len(_pages(pdf, 0.3)) == 3


def test_five_hundred_members_still_lay_out():
    pdf = collection_sheets(HEAD, [_group(500)], "bn")
    assert len(_pages(pdf, 0.2)) == -(-501 // ROWS_PER_PAGE)


def test_the_days_sheets_come_from_the_branch_database_one_page_per_group(engine):
    meeting_world(engine)
    pdf = collection_sheets_pdf(engine, TODAY, None, "bn")
    assert len(_pages(pdf, 0.3)) == 1


def test_print_command_writes_the_pdf_and_refuses_bad_dates(engine, db_path, tmp_path):
    meeting_world(engine)
    engine.dispose()
    out = tmp_path / "sheets.pdf"
    base = [sys.executable, "-m", "app.cli", "print", "collection-sheets", "--db", str(db_path),
            "--lang", "bn", "--out", str(out)]
    assert subprocess.run(base + ["--date", TODAY.isoformat()], timeout=60).returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
    bad = subprocess.run(base + ["--date", "25/11/2026"], capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 2 and "Not a date" in bad.stderr

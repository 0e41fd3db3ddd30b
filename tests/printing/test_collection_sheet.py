"""Collection sheets rendered to images and read back as text: whole figures, whole names,
pages that carry their totals, the day's data from the branch database."""

import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageStat
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.format import format_amount
from app.printing import collection_sheet, text
from app.printing.collection_sheet import (
    COLUMNS,
    LARGEST,
    PAD,
    SIZE,
    THUMB_BOX,
    SheetHeader,
    _heading_lines,
    collection_sheets,
    lay_out_rows,
    paginate,
)
from app.printing.labels import label
from app.services.collection_day import collection_day
from app.services.dues import GroupDues, LoanDue, MemberDue, group_dues
from app.services.printing import collection_sheets_pdf
from tests.builders import make_group, make_loan, make_member, make_staff
from tests.printing.pdf_files import pdf_text
from tests.services.meeting_world import TODAY, meeting_world

REFERENCE = Path(__file__).parent / "reference"
NAMES = [("Amena Pramanik", "আমেনা প্রামাণিক"), ("Sumitra Barman", "সুমিত্রা বর্মন"),
         ("Lakshmi Roy", "লক্ষ্মী রায়"), ("Shraboni Sarkar", "শ্রাবণী সরকার"),
         ("Krishna Ghosh", "কৃষ্ণা ঘোষ")]
LONG = ("Lakshmirani Bandyopadhyay-Chattopadhyay", "লক্ষ্মীরানী বন্দ্যোপাধ্যায়চট্টোপাধ্যায়")


def _group(members: int, names=NAMES) -> GroupDues:  # type: ignore[no-untyped-def]
    rows = tuple(MemberDue(k, f"M{k:05d}", *names[k % len(names)], k, f"BJS-SHB-L{k:06d}", 7,
                           46, 311_00, 311_00 if k % 4 == 0 else 0, 0, 20_00, 9_876_50,
                           1_240_00) for k in range(1, members + 1))
    return GroupDues(1, "G0009", "Rajanigandha 9", "রজনীগন্ধা ৯", "Bakshirhat", "বক্সিরহাট",
                     "Tapasi Das", "তাপসী দাস", 2, "10:30", date(2026, 11, 25), rows,
                     "Anganwadi centre", date(2026, 12, 2), 7)


HEAD = SheetHeader("Beghoria Janakalyan Samity", "সাহেবেরহাট", "BJS-SHB", "INR")


def _pages(pdf: bytes, scale: float = 1.0) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].render(scale=scale).to_pil().convert("L") for i in range(len(doc))]


def _page_texts(pdf: bytes) -> list[str]:
    return pdf_text(pdf).split("\f")[:-1]


def _difference(a: Image.Image, b: Image.Image) -> float:
    if a.size != b.size:
        return 255.0
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_a_sheet_and_its_thumb_sheet_look_like_the_reviewed_references(lang):
    pdf = collection_sheets(HEAD, [_group(12)], lang)
    for page, name in zip(_pages(pdf), ("collection_sheet", "thumb_sheet"), strict=True):
        reference = REFERENCE / f"{name}_{lang}.png"
        if not reference.exists():  # a new document: write the image for a person to review
            page.save(reference)
            pytest.fail(f"reference {reference.name} written; review it and commit it")
        assert _difference(page, Image.open(reference).convert("L")) < 1.0, name


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_no_text_on_a_sheet_prints_as_a_missing_glyph(lang, monkeypatch):
    drawn = []
    original = text.draw
    monkeypatch.setattr(collection_sheet, "draw",
                        lambda c, x, y, s, *a, **k: drawn.append(s) or original(c, x, y, s, *a, **k))
    collection_sheets(HEAD, [_group(12)], lang)
    assert drawn and [s for s in drawn if text.missing_glyphs(s)] == []


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_every_amount_column_holds_99_99_99_999_99_in_either_script(lang):
    largest = format_amount(LARGEST, lang)
    for key, width, kind in COLUMNS:
        if kind in ("amount", "loan_amount"):
            assert text.text_width(largest, SIZE) <= width - 2 * PAD, key
    group = _group(3)
    big = replace(group.members[0], due_minor=LARGEST, loan_id=None, savings_balance_minor=LARGEST,
                  loans=(LoanDue(1, "BJS-SHB-L1", 1, 46, LARGEST, LARGEST, LARGEST, LARGEST),))
    sheet = pdf_text(collection_sheets(HEAD, [replace(group, members=(big,))], lang))
    assert sheet.count(largest) >= 5


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_headings_wrap_within_their_column_and_are_never_cut(lang):
    for key, width, _kind in COLUMNS:
        heading = label(key, lang)
        size, lines = _heading_lines(heading, width - 2 * PAD)
        assert " ".join(lines).split() == heading.split() and len(lines) <= 3, key
        assert all(text.text_width(line, size, True) <= width - 2 * PAD for line in lines)


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_a_long_surname_wraps_whole_and_copies_whole(lang):
    group = _group(4, names=[LONG])
    rows = lay_out_rows(group, lang)
    name = LONG[1] if lang == "bn" else LONG[0]
    assert len(rows[0].name_lines) > 1 and "…" not in "".join(rows[0].name_lines)
    assert "".join(rows[0].name_lines).replace(" ", "") == f"M00001{name}".replace(" ", "")
    for line in rows[0].name_lines:
        assert not line.endswith("\u09cd") and not text._extends(line[0])
    sheet = pdf_text(collection_sheets(HEAD, [group], lang))
    assert all(part in sheet for part in rows[0].name_lines)


def test_loan_numbers_are_whole_or_their_prefix_is_named_in_the_header():
    sheet = pdf_text(collection_sheets(HEAD, [_group(5)], "en"))
    assert "Loan no. = BJS-SHB- followed by the number shown" in sheet
    assert all(f"L{k:06d}" in sheet for k in range(1, 6))
    group = _group(3)
    odd = replace(group.members[0], loan_no="OLD/2019/004217")
    sheet = pdf_text(collection_sheets(HEAD, [replace(group, members=(odd, *group.members[1:]))],
                                       "en"))
    assert "followed by the number shown" not in sheet
    assert "OLD/2019/004217" in sheet and "BJS-SHB-L000002" in sheet


def test_fifteen_members_fit_one_page_with_totals_and_signatures():
    pages = _page_texts(collection_sheets(HEAD, [_group(15)], "en", thumb_sheets=False))
    assert len(pages) == 1
    assert "Total" in pages[0] and "Cash received by the cashier" in pages[0]


def test_a_long_group_carries_its_totals_from_page_to_page():
    pages = _page_texts(collection_sheets(HEAD, [_group(45)], "en", thumb_sheets=False))
    assert len(pages) >= 3
    for before, after in zip(pages, pages[1:], strict=False):
        assert "Carried forward" in before and "Brought forward" in after
    due = format_amount(311_00 * 45, "en")
    assert "Total" in pages[-1] and due in pages[-1] and "Group leader" in pages[-1]
    assert "Page total" in pages[0] and "Group leader" not in pages[0]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([NAMES[0], LONG]), st.integers(0, 3)),
                min_size=1, max_size=70))
def test_no_page_holds_only_totals_and_the_last_holds_members(members):
    rows = tuple(MemberDue(k, f"M{k:05d}", en, bn, None, "", 0, 0, 0, 0, 0, 0, 0, 0,
                           loans=tuple(LoanDue(j, f"L{j}", 1, 46, 1, 0, 0, 1, ) for j in
                                       range(loans)))
                 for k, ((en, bn), loans) in enumerate(members, 1))
    pages = paginate(lay_out_rows(replace(_group(1), members=rows), "bn"))
    assert all(page.rows for page in pages)
    assert sum(len(p.rows) for p in pages) == len(rows)
    assert len(pages[-1].rows) >= min(2, len(rows)) and pages[-1].last


def test_the_thumb_box_takes_a_thumb_impression():
    assert THUMB_BOX >= 20 * 72 / 25.4  # 20 mm: a thumb impression is 15–20 mm


def _two_officers_world(engine):  # type: ignore[no-untyped-def]
    """meeting_world plus a second officer whose group meets earlier, and a member of the
    first group with a second loan."""
    w = meeting_world(engine)
    from app.db.models import Meeting, Member

    with Session(engine) as s, s.begin():
        first = make_staff(s, role="field_officer")
        first.full_name_en, first.full_name_bn = "Aditi Basu", "অদিতি বসু"
        early = make_group(s, officer=first, weekday=2)
        early.meeting_time = "08:00"
        make_member(s, group=early)
        s.add(Meeting(group_id=early.id, scheduled_on=TODAY, status="scheduled"))
        member = s.get(Member, w.members[0])
        assert member is not None
        second = make_loan(s, member=member, officer_id=first.id, principal="5000",
                           disbursed_on=date(2026, 9, 30))
        return w, early.id, second.loan_no


def test_the_days_sheets_show_each_loan_and_sort_by_officer_then_time(engine):
    w, early_group, second_loan = _two_officers_world(engine)
    groups = collection_day(engine, TODAY)
    assert [g.group_id for g in groups] == [early_group, w.group_id]  # Aditi before Officer
    pdf = collection_sheets_pdf(engine, TODAY, None, "en")
    sheet = pdf_text(pdf)
    member = next(m for m in groups[1].members if m.member_id == w.members[0])
    assert len(member.loans) == 2 and second_loan in sheet
    assert all(loan.loan_no in sheet for loan in member.loans)
    assert "Meeting place: Anganwadi" in sheet and "Next meeting: 2 December 2026" in sheet
    for words in ("Savings balance", "Withdrawal", "Attendance: P present",
                  "Cash received by the cashier", "Attendance and thumb-impression sheet"):
        assert words in sheet


def test_the_sheets_amounts_are_the_meeting_entrys(engine):
    w, early_group, _loan = _two_officers_world(engine)
    for group in collection_day(engine, TODAY):
        entry = {m.member_id: m for m in group_dues(engine, group.group_id, TODAY).members}
        for m in group.members:
            e = entry[m.member_id]
            assert (m.due_minor, m.arrears_minor, m.advance_minor, m.loan_balance_minor,
                    m.savings_due_minor, m.savings_balance_minor) == (
                e.due_minor, e.arrears_minor, e.advance_minor, e.loan_balance_minor,
                e.savings_due_minor, e.savings_balance_minor)
            assert sum(x.due_minor for x in m.loans) == m.due_minor


def test_an_officer_prints_tomorrows_sheets_the_evening_before(engine):
    w = meeting_world(engine)
    tomorrow = TODAY + timedelta(days=1)  # the other group meets on Thursdays, unscheduled
    groups = collection_day(engine, tomorrow)
    assert [g.members[0].member_id for g in groups] == [w.other_member]
    next_week = collection_day(engine, TODAY + timedelta(days=7))
    assert [g.group_id for g in next_week] == [w.group_id]
    loan = next(m for m in next_week[0].members if m.loan_id)
    today = next(m for m in collection_day(engine, TODAY)[0].members
                 if m.member_id == loan.member_id)
    assert loan.arrears_minor == today.due_minor + today.arrears_minor  # dues as of that day
    with pytest.raises(ValidationError, match="up to 7 days ahead"):
        collection_day(engine, TODAY + timedelta(days=8))


@pytest.mark.parametrize("lang, words", [
    ("en", ("No meetings on 27 November 2026: there is no collection sheet to print.",
            "Date: 27 November 2026, Friday", "Field officer: Aditi Basu", "Page 1 of 1")),
    ("bn", ("২৭ নভেম্বর ২০২৬-এ কোনো সভা নেই: প্রিন্ট করার মতো আদায় শিট নেই।",
            "শুক্রবার", "অদিতি বসু", "পৃষ্ঠা ১ / ১"))])
def test_a_day_with_no_meetings_says_so_for_whom_and_when(engine, lang, words):
    w, early_group, _loan = _two_officers_world(engine)
    officer = collection_day(engine, TODAY)[0].officer_id
    friday = TODAY + timedelta(days=2)  # no group meets on Fridays
    assert collection_day(engine, friday, officer) == []
    pdf = collection_sheets_pdf(engine, friday, officer, lang)
    page = " ".join(pdf_text(pdf).split())
    assert len(_page_texts(pdf)) == 1
    for said in words:
        assert said in page, said


def test_the_days_sheets_come_from_the_branch_database(engine):
    meeting_world(engine)
    pdf = collection_sheets_pdf(engine, TODAY, None, "bn")
    assert len(_pages(pdf, 0.3)) == 2  # the sheet and its thumb-impression sheet


def test_print_command_writes_the_pdf_for_a_day_ahead_and_refuses_bad_dates(engine, db_path,
                                                                             tmp_path):
    meeting_world(engine)
    engine.dispose()
    out = tmp_path / "sheets.pdf"
    base = [sys.executable, "-m", "app.cli", "print", "collection-sheets", "--db", str(db_path),
            "--lang", "en", "--out", str(out)]
    ahead = (TODAY + timedelta(days=1)).isoformat()
    assert subprocess.run(base + ["--date", ahead], timeout=60).returncode == 0
    assert "Collection sheet" in pdf_text(out.read_bytes())
    bad = subprocess.run(base + ["--date", "25/11/2026"], capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 2 and "Not a date" in bad.stderr
    far = subprocess.run(base + ["--date", "2027-01-01"], capture_output=True, text=True,
                         timeout=60)
    assert far.returncode != 0 and "up to 7 days ahead" in far.stderr

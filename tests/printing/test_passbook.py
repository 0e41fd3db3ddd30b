"""Passbook printing: next free line, page turns, reprint, offsets, and how it looks."""

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.format import format_amount
from app.printing import passbook, text
from app.printing.passbook import (
    LINES_PER_PAGE,
    PassbookEntry,
    PassbookHeading,
    calibration_page,
    passbook_pages,
    place,
)
from app.services.printing import passbook_pdf, passbook_state, save_printer_offset
from app.services.savings import counter_deposit
from tests.printing.pdf_files import pdf_text
from tests.printing.world import difference, pages, print_world

REFERENCE = Path(__file__).parent / "reference"
HEAD = PassbookHeading("Beghoria Janakalyan Samity", "সাহেবেরহাট", "M00042",
                       "লক্ষ্মী কর্মকার", "G0009 রজনীগন্ধা", "PB-0042")


def _entries(n: int) -> list[PassbookEntry]:
    kinds = ["disbursement", "repayment", "savings_deposit", "savings_withdrawal", "reversal"]
    return [PassbookEntry(k, date(2026, 11, 25), kinds[k % 5], f"BJS-L{k:04d}",
                          0 if k % 5 in (0, 3) else 311_00, 20_000_00 if k % 5 == 0 else 0,
                          20_000_00 - k * 250_00, k * 20_00) for k in range(1, n + 1)]


def test_lines_continue_after_the_last_printed_line_and_turn_the_page():
    assert place(3, 2, 18) == [(2, 19), (2, 20), (3, 2)]  # line 1: brought forward
    assert place(2, 1, 0) == [(1, 1), (1, 2)]  # a new passbook starts on line 1


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_a_passbook_page_looks_like_the_reviewed_reference(lang):
    pdf, _ = passbook_pages(HEAD, _entries(8), 1, 4, lang, headings=True)
    page = pages(pdf, 0.8)[0]
    reference = REFERENCE / f"passbook_{lang}.png"
    if not reference.exists():
        page.save(reference)
        pytest.fail(f"reference {reference.name} written; review it and commit it")
    from PIL import Image
    assert difference(page, Image.open(reference).convert("L")) < 1.0


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_no_passbook_text_prints_as_a_missing_glyph(lang, monkeypatch):
    drawn = []
    original = text.draw
    monkeypatch.setattr(passbook, "draw",
                        lambda c, x, y, s, *a, **k: drawn.append(s) or original(c, x, y, s, *a, **k))
    passbook_pages(HEAD, _entries(6), 1, 0, lang, headings=True)
    assert drawn and [s for s in drawn if text.missing_glyphs(s)] == []


def test_first_print_starts_at_line_one_and_the_next_continues_after_it(engine):
    w = print_world(engine)
    first = passbook_pdf(engine, w.world.accountant, w.member_id, "bn")
    assert first.first_line == 1 and len(pages(first.pdf, 0.2)) == 1
    counter_deposit(engine, w.world.accountant, w.account_id, 75_00)
    second = passbook_pdf(engine, w.world.accountant, w.member_id, "bn")
    assert (second.first_line, second.last_line) == (first.last_line + 1, first.last_line + 1)


def test_a_full_page_asks_for_the_next_passbook_page(engine):
    w = print_world(engine, deposits=12)  # 3 + 24 + 1 lines
    out = passbook_pdf(engine, w.world.accountant, w.member_id, "en")
    assert [s.page for s in out.pages] == [1, 2] and out.pages[0].last_line == LINES_PER_PAGE
    assert len(pages(out.pdf, 0.2)) == 2
    assert passbook_state(engine, w.member_id).page == 2


def test_nothing_new_leaves_the_passbook_state_as_it_was(engine):
    w = print_world(engine)
    passbook_pdf(engine, w.world.accountant, w.member_id, "bn")
    before = passbook_state(engine, w.member_id)
    again = passbook_pdf(engine, w.world.accountant, w.member_id, "bn")
    assert again.pages == () and passbook_state(engine, w.member_id) == before
    assert before.unprinted == 0


def test_a_lost_passbook_is_reprinted_from_the_ledger_from_page_one(engine):
    w = print_world(engine)
    passbook_pdf(engine, w.world.accountant, w.member_id, "bn")
    counter_deposit(engine, w.world.accountant, w.account_id, 75_00)
    again = passbook_pdf(engine, w.world.accountant, w.member_id, "bn", reprint=True)
    state = passbook_state(engine, w.member_id)
    assert again.first_line == 1 and (state.page, state.line) == (1, again.last_line)


def test_printer_offsets_move_every_line(engine):
    w = print_world(engine)
    save_printer_offset(engine, w.world.accountant, "Epson LQ-310", 5.0, 10.0)
    with Session(engine) as s:
        from app.services.printing import passbook_entries
        entries = passbook_entries(s, w.member_id)
    plain = pages(passbook_pages(HEAD, entries, 1, 0, "en")[0], 1.0)[0]
    moved = pages(passbook_pages(HEAD, entries, 1, 0, "en", (5.0, 10.0))[0], 1.0)[0]
    (x0, y0, _, _), (x1, y1, _, _) = (im.point(lambda v: 255 - v).getbbox()
                                      for im in (plain, moved))
    assert (round((x1 - x0) / 72 * 25.4), round((y1 - y0) / 72 * 25.4)) == (5, 10)


def test_an_unknown_member_is_refused(engine):
    w = print_world(engine)
    with pytest.raises(NotFound):
        passbook_pdf(engine, w.world.accountant, 9999, "bn")


def test_running_balances_follow_the_ledger(engine):
    w = print_world(engine)
    with Session(engine) as s:
        from app.services.printing import passbook_entries
        entries = passbook_entries(s, w.member_id)
    assert entries[-1].savings_balance_minor == 100_00 + 110_00 + 120_00 - 50_00
    assert replace(entries[0], entry_id=0).kind == "disbursement"


def test_print_passbook_command_writes_the_pdf_and_refuses_unknown_members(engine, db_path,
                                                                          tmp_path):
    w = print_world(engine)
    engine.dispose()
    out = tmp_path / "pb.pdf"
    base = [sys.executable, "-m", "app.cli", "print", "passbook", "--db", str(db_path),
            "--lang", "en", "--out", str(out)]
    ok = subprocess.run(base + ["--member", str(w.member_id)], capture_output=True, text=True,
                        timeout=60)
    assert ok.returncode == 0 and out.read_bytes().startswith(b"%PDF") and "page 1" in ok.stdout
    bad = subprocess.run(base + ["--member", "9999"], capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 1 and "No member" in bad.stderr
    unwritable = subprocess.run(base[:-1] + [str(tmp_path / "no" / "pb.pdf"), "--member",
                                             str(w.member_id)], capture_output=True, text=True,
                                timeout=60)
    assert unwritable.returncode == 2 and "folder does not exist" in unwritable.stderr


def test_printing_a_passbook_is_audited_with_the_lines_printed(engine):
    from sqlalchemy import select

    from app.db.models import AuditEvent

    w = print_world(engine)
    out = passbook_pdf(engine, w.world.accountant, w.member_id, "en")
    with Session(engine) as s:
        [audit] = s.scalars(select(AuditEvent).where(AuditEvent.action == "passbook.printed"))
    assert audit.details["line"] == out.last_line and audit.staff_id == w.world.accountant.staff_id


def test_a_turned_page_brings_the_balances_forward_and_says_its_page(engine):
    w = print_world(engine, deposits=12)  # 3 + 24 + 1 lines
    out = passbook_pdf(engine, w.world.accountant, w.member_id, "en")
    first, second = pdf_text(out.pdf).split("\f")[:2]
    assert "Passbook page 1" in first and "Passbook page 2" in second
    assert "Brought forward" in second and "Brought forward" not in first
    with Session(engine) as s:
        from app.services.printing import passbook_entries
        carried = passbook_entries(s, w.member_id)[LINES_PER_PAGE - 1]
    forward = next(line for line in second.splitlines() if "Brought forward" in line)
    assert format_amount(carried.savings_balance_minor, "en") in second
    assert forward and out.pages[1].first_line == 1


def test_an_uncalibrated_printer_is_refused_not_printed_with_zero_offsets(engine, db_path,
                                                                         tmp_path):
    w = print_world(engine)
    with pytest.raises(NotFound, match="No printer named Epson LQ-310"):
        passbook_pdf(engine, w.world.accountant, w.member_id, "en", printer="Epson LQ-310")
    assert passbook_state(engine, w.member_id).line == 0
    save_printer_offset(engine, w.world.accountant, "Epson LQ-310", 2.5, -1.0)
    engine.dispose()
    out = tmp_path / "cal.pdf"
    base = [sys.executable, "-m", "app.cli", "print", "calibration", "--db", str(db_path),
            "--lang", "en", "--out", str(out)]
    unknown = subprocess.run(base + ["--printer", "HP"], capture_output=True, text=True,
                             timeout=60)
    assert unknown.returncode != 0 and "No printer named HP" in unknown.stderr
    known = subprocess.run(base + ["--printer", "Epson LQ-310"], capture_output=True,
                           text=True, timeout=60)
    assert known.returncode == 0
    page = pdf_text(out.read_bytes())
    assert "Printer: Epson LQ-310" in page and "2.5 mm right, -1.0 mm down" in page
    # millimetres on the ruler across and on the one down the side (from the top edge)
    assert page.split().count("100") == 2 and page.split().count("160") == 2


def test_printing_again_moves_the_time_printed(engine):
    from datetime import datetime

    from app.db.models_print import PassbookPrint

    w = print_world(engine)
    passbook_pdf(engine, w.world.accountant, w.member_id, "en")
    with Session(engine) as s, s.begin():
        state = s.get(PassbookPrint, w.member_id)
        state.printed_at = datetime(2020, 1, 1)
    counter_deposit(engine, w.world.accountant, w.account_id, 75_00)
    passbook_pdf(engine, w.world.accountant, w.member_id, "en")
    with Session(engine) as s:
        assert s.get(PassbookPrint, w.member_id).printed_at > datetime(2025, 1, 1)


@pytest.mark.parametrize("lang, words", [("en", "Page 1 of 1"), ("bn", "পৃষ্ঠা ১ / ১")])
def test_the_calibration_page_is_numbered_like_every_document(lang, words):
    assert words in pdf_text(calibration_page(lang))


def test_a_bengali_passbook_names_the_institution_in_bengali(engine):
    from tests.printing.test_documents import _with_institution

    w = print_world(engine)
    _with_institution(engine)
    heading = pdf_text(passbook_pdf(engine, w.world.accountant, w.member_id, "bn",
                                    reprint=True, preview=True).pdf)  # a new passbook
    assert "বেঘোরিয়া জনকল্যাণ সমিতি" in heading
    assert "Beghoria" not in heading and "লক্ষ্মী কর্মকার" in heading


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_a_new_passbooks_column_headings_are_whole(lang):
    from app.printing.labels import label

    pdf, _ = passbook_pages(HEAD, _entries(3), 1, 0, lang, headings=True)
    page = " ".join(pdf_text(pdf).split())
    assert "…" not in page
    for key, _width, _right in passbook.COLUMNS:
        assert label(key, lang) in page, key


def test_passbook_and_document_dates_read_alike_in_both_languages():
    from app.printing.documents import short_date

    day, latin = date(2026, 3, 5), str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
    lines = {lang: pdf_text(passbook_pages(HEAD, [replace(_entries(1)[0], on=day)], 1, 0,
                                           lang)[0]) for lang in ("en", "bn")}
    assert "05/03/26" in lines["en"] and "05/03/26" in lines["bn"].translate(latin)
    assert short_date(day, "bn").translate(latin) == short_date(day, "en") == "05/03/2026"

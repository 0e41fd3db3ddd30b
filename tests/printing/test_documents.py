"""Loan card, KFS, money receipt and closure certificate: as reviewed, no missing glyphs."""

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.errors import RuleViolation
from app.printing import documents, forms, text
from app.printing.collection_sheet import SheetHeader
from app.printing.documents import Receipt, closure_certificate, kfs_document, loan_card, receipt
from app.printing.forms import Column, Form
from app.printing.reports import cash_book_document, dcb_document, portfolio_document
from app.services.cash import CashBook, CashLine, MeetingCash
from app.services.cash_transfers import CashTransfer
from app.services.loan_closure import ClosureCertificate, counter_repayment
from app.services.loan_disbursement import kfs, loan_card_data
from app.services.loans import loan_detail
from app.services.printing import (
    cash_book_pdf,
    closure_certificate_pdf,
    dcb_pdf,
    portfolio_pdf,
    receipt_pdf,
)
from app.services.reports import BUCKETS, AgeingRow, DcbReport, PortfolioReport
from tests.printing.world import difference, pages, print_world

REFERENCE = Path(__file__).parent / "reference"
HEAD = SheetHeader("Beghoria Janakalyan Samity", "সাহেবেরহাট", "BJS-001", "INR")
WHO = {"member_code": "M00042", "member_en": "Lakshmi Karmakar",
       "member_bn": "লক্ষ্মী কর্মকার"}


def _documents(engine) -> dict[str, object]:
    """Each document's data, with the names that differ between test runs fixed."""
    w = print_world(engine)
    return {
        "kfs": replace(kfs(engine, w.loan_id), **WHO),
        "loan_card": replace(loan_card_data(engine, w.loan_id), **WHO),
        "receipt": Receipt("BJS-001-0000042", date(2026, 11, 25), HEAD.institution,
                           HEAD.branch_name, "INR", "M00042", "লক্ষ্মী কর্মকার", "repayment",
                           "BJS-001-L000001", 500_00, 391_69, 108_31, "স্বপ্না দত্ত"),
        "certificate": ClosureCertificate("BJS-001-L000001", "M00042", "Lakshmi Karmakar",
                                          "লক্ষ্মী কর্মকার", 20_000_00, date(2026, 11, 25),
                                          date(2027, 10, 13), 20_000_00, 2_481_87, "repaid"),
        "portfolio": PortfolioReport(date(2026, 11, 25), 412, 398, 61_23_456_00, 1_23_400_00,
                                     tuple(AgeingRow(b, 400 - k * 70, 10_00_000_00 - k * 99)
                                           for k, b in enumerate(BUCKETS)),
                                     3_45_600_00, 1_23_400_00, 45_600_00),
        "dcb": DcbReport(date(2026, 11, 1), date(2026, 11, 30), 12_34_567_00, 11_98_765_00,
                         35_802_00),
        "cash_book": (CashBook(
            date(2026, 11, 25), 45_199_23,
            (CashLine("cash_transfer_in", "Sultana Sheikh", "সুলতানা শেখ", 50_000_00, 0),
             CashLine("disbursement", "Sultana Sheikh", "সুলতানা শেখ", 0, 60_000_00),
             CashLine("repayment", "Sraboni Ghosh", "শ্রাবণী ঘোষ", 4_583_95, 0),
             CashLine("savings_deposit", "Sraboni Ghosh", "শ্রাবণী ঘোষ", 380_00, 0)),
            54_963_95, 60_000_00, 40_163_18,
            (MeetingCash(1, "G0001", "Joba 1", "জবা ১", 4_963_95),)),
            [CashTransfer(7, "in", 50_000_00, "HO advice 17/11", "Sultana Sheikh",
                          "সুলতানা শেখ", False)], 40_163_18),
    }


def _render(name: str, data, lang: str) -> bytes:  # type: ignore[no-untyped-def]
    if name == "kfs":
        return kfs_document(data, lang)
    if name == "loan_card":
        return loan_card(data, lang)
    if name == "receipt":
        return receipt(data, lang)
    if name == "portfolio":
        return portfolio_document(data, HEAD, lang)
    if name == "dcb":
        return dcb_document(data, HEAD, lang)
    if name == "cash_book":
        return cash_book_document(*data, HEAD, lang)
    return closure_certificate(data, HEAD, lang)


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_documents_look_like_the_reviewed_references(engine, lang):
    written = []
    for name, data in _documents(engine).items():
        page = pages(_render(name, data, lang), 0.8)[0]
        reference = REFERENCE / f"{name}_{lang}.png"
        if not reference.exists():
            page.save(reference)
            written.append(reference.name)
            continue
        assert difference(page, Image.open(reference).convert("L")) < 1.0, name
    assert not written, f"references {written} written; review them and commit them"


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_no_document_text_prints_as_a_missing_glyph(engine, lang, monkeypatch):
    drawn: list[str] = []
    original = text.draw
    monkeypatch.setattr(forms, "draw",
                        lambda c, x, y, s, *a, **k: drawn.append(s) or original(c, x, y, s, *a, **k))
    for name, data in _documents(engine).items():
        _render(name, data, lang)
    assert len(drawn) > 100 and [s for s in drawn if text.missing_glyphs(s)] == []


def test_a_long_table_repeats_its_headings_on_every_page():
    form = Form("Title", "Branch", "en")
    form.table([Column("Heading", 100), Column("Value", 0, True)],
               [[f"row {k}", str(k)] for k in range(200)], ["Total", "x"])
    assert form.pdf() and form.page == 5


def test_a_repayment_has_a_receipt_from_the_ledger(engine):
    w = print_world(engine)
    paid = counter_repayment(engine, w.world.accountant, w.loan_id, 700_00)
    assert pages(receipt_pdf(engine, paid.entry_id, "bn"), 0.2)


def test_a_closure_certificate_needs_a_closed_loan(engine):
    w = print_world(engine)
    with pytest.raises(RuleViolation):
        closure_certificate_pdf(engine, w.loan_id, "bn")
    left = sum(i.principal_minor + i.interest_minor - i.paid_principal_minor
               - i.paid_interest_minor for i in loan_detail(engine, w.loan_id).installments)
    counter_repayment(engine, w.world.accountant, w.loan_id, left)
    assert len(pages(closure_certificate_pdf(engine, w.loan_id, "en"), 0.2)) == 1


def test_print_kfs_and_loan_card_commands_accept_db_after_the_document(engine, db_path,
                                                                       tmp_path):
    w = print_world(engine)
    engine.dispose()
    for doc in ("kfs", "loan-card"):
        out = tmp_path / f"{doc}.pdf"
        run = subprocess.run([sys.executable, "-m", "app.cli", "--lang", "en", "print", doc,
                              "--db", str(db_path), "--loan", str(w.loan_id),
                              "--out", str(out)], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        assert out.read_bytes().startswith(b"%PDF")


def test_documents_module_has_no_database_access():
    assert "sqlalchemy" not in Path(documents.__file__).read_text()


def test_reports_print_from_the_branch_database(engine):
    print_world(engine)
    assert len(pages(portfolio_pdf(engine, date(2026, 12, 30), None, "bn"), 0.2)) == 1
    assert len(pages(dcb_pdf(engine, date(2026, 11, 1), date(2026, 12, 31), "en"), 0.2)) == 1
    assert len(pages(cash_book_pdf(engine, date(2026, 11, 25), "bn"), 0.2)) == 1


def test_the_cash_book_prints_from_the_command_line(db_path, tmp_path):
    from app.cli import main
    from app.db.engine import open_engine
    from tests.builders import small_branch

    engine = open_engine(db_path)
    small_branch(engine)
    engine.dispose()
    out = tmp_path / "cash.pdf"
    assert main(["print", "cash-book", "--date", "2026-11-25", "--db", str(db_path),
                 "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["print", "cash-book", "--date", "25-11", "--db", str(db_path),
                 "--out", str(out)]) == 2

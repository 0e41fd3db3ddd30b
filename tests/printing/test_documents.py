"""Loan card, KFS, receipt, payment voucher, closure certificate, reports and cash book:
as reviewed, no missing glyphs, every fact the member and the regulator need, readable
as text and numbered "n of M"."""

import re
import subprocess
import sys
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import JournalEntry, Setting
from app.demo.institution import DEMO_INSTITUTIONS
from app.domain.classification import classes_for
from app.domain.institution import SETTING_KEY
from app.errors import NotFound, RuleViolation
from app.format import format_amount
from app.printing import documents, forms, text
from app.printing.collection_sheet import SheetHeader
from app.printing.documents import Receipt, closure_certificate, kfs_document, loan_card, receipt
from app.printing.forms import Column, Form
from app.printing.kfs import kfs_sections
from app.printing.labels import label
from app.printing.reports import cash_book_document, dcb_document, portfolio_document
from app.printing.words import amount_in_words
from app.services.cash import CashBook, CashLine, MeetingCash
from app.services.cash_transfers import CashTransfer
from app.services.loan_closure import ClosureCertificate, counter_repayment
from app.services.loan_disbursement import kfs, loan_card_data
from app.services.loan_papers import card_facts, certificate_facts
from app.services.loans import loan_detail
from app.services.printing import (
    cash_book_pdf,
    closure_certificate_pdf,
    dcb_pdf,
    kfs_pdf,
    loan_card_pdf,
    portfolio_pdf,
    receipt_pdf,
    voucher_pdf,
)
from app.services.report_trend import TrendPoint, month_ends
from app.services.reports import (
    BUCKETS,
    AgeingRow,
    ClassRow,
    PortfolioReport,
    SliceRow,
    WrittenOffLoan,
    dcb_report,
    portfolio_report,
)
from tests.printing.pdf_files import fonts, pdf_text
from tests.printing.world import difference, pages, print_world
from ui.views.loan_kfs import kfs_lines

REFERENCE = Path(__file__).parent / "reference"
HEAD = SheetHeader("Beghoria Janakalyan Samity", "সাহেবেরহাট", "BJS-001", "INR")
WHO = {"member_code": "M00042", "member_en": "Lakshmi Karmakar",
       "member_bn": "লক্ষ্মী কর্মকার"}


def _flat(pdf: bytes) -> str:
    """The document's text read both ways (labels with their values; table rows)."""
    return " | ".join(" ".join(pdf_text(pdf, layout).split()) for layout in (False, True))


def _with_institution(engine, profile: str = "india_rbi") -> None:
    with Session(engine) as s, s.begin():
        s.merge(Setting(key=SETTING_KEY, value=__import__("json").dumps(
            asdict(DEMO_INSTITUTIONS[profile]), ensure_ascii=False)))


def _documents(engine) -> dict[str, object]:
    """Each document's data, with the names that differ between test runs fixed."""
    w = print_world(engine)
    _with_institution(engine)
    facts = card_facts(engine, w.loan_id)
    return {
        "kfs": replace(kfs(engine, w.loan_id), **WHO),
        "loan_card": (replace(loan_card_data(engine, w.loan_id), **WHO),
                      replace(facts, group=replace(facts.group, en="G0001 Joba 1",
                                                   bn="G0001 জবা ১"),
                              officer=replace(facts.officer, en="Swapna Dutta",
                                              bn="স্বপ্না দত্ত"))),
        "receipt": Receipt("BJS-001-0000042", date(2026, 11, 25), "বেঘোরিয়া জনকল্যাণ সমিতি",
                           HEAD.branch_name, "INR", "M00042", "লক্ষ্মী কর্মকার", "repayment",
                           "BJS-001-L000001", 1_25_340_50, 1_00_000_00, 25_340_50,
                           "স্বপ্না দত্ত", "প্রধান কার্যালয়: বেঘোরিয়া, হাবড়া", (7, 8), 46,
                           12_34_567_00),
        "certificate": ClosureCertificate("BJS-001-L000001", "M00042", "Lakshmi Karmakar",
                                          "লক্ষ্মী কর্মকার", 20_000_00, date(2026, 11, 25),
                                          date(2027, 10, 13), 20_000_00, 2_481_87, "repaid"),
        "dcb": dcb_report(engine, date(2026, 11, 1), date(2026, 11, 30)),
        "portfolio": (_portfolio(), TREND),
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


TREND = tuple(TrendPoint(day, 400 + k, 60_00_000_00, (2 + k % 3) * 1_00_000_00,
                        k * 20_000_00, k * 5_000_00)
              for k, day in enumerate(month_ends(date(2026, 11, 25), 12)))


def _portfolio() -> PortfolioReport:
    classes = tuple(ClassRow(c.code, c.max_days, 400 - k * 90, 50_00_000_00 // (k + 1),
                             k * 12_345_00, c.provision_percent, None)
                    for k, c in enumerate(classes_for("india_rbi")))
    officers = tuple(SliceRow(k, "", f"Officer {k}", f"কর্মী {k}", 80, 78, 12_00_000_00,
                              25_000_00 * k, 40_000_00 * k, 10_000_00 * k, None)
                     for k in range(1, 4))
    return PortfolioReport(date(2026, 11, 25), 412, 398, 61_23_456_00, 1_23_400_00,
                           tuple(AgeingRow(b, 400 - k * 70, 10_00_000_00 - k * 99)
                                 for k, b in enumerate(BUCKETS)),
                           3_45_600_00, 1_23_400_00, 45_600_00, "india_rbi", classes,
                           officers, (), officers[:1],
                           (WrittenOffLoan("BJS-001-L000077", "M00077", "Rina Das",
                                           "রিনা দাস", date(2026, 3, 1), 12_000_00,
                                           2_500_00),))


def _render(name: str, data, lang: str) -> bytes:  # type: ignore[no-untyped-def]
    if name == "kfs":
        return kfs_document(data, lang)
    if name == "loan_card":
        return loan_card(data[0], lang, data[1])
    if name == "receipt":
        return receipt(data, lang)
    if name == "dcb":
        return dcb_document(data, HEAD, lang)
    if name == "portfolio":
        return portfolio_document(data[0], HEAD, lang, data[1])
    if name == "cash_book":
        return cash_book_document(*data, HEAD, lang,
                                  {("repayment", "Sraboni Ghosh"): (1234, 1250, 17)})
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
    for module in (forms, documents):
        monkeypatch.setattr(module, "draw", lambda c, x, y, s, *a, **k: drawn.append(s)
                            or original(c, x, y, s, *a, **k))
    for name, data in _documents(engine).items():
        _render(name, data, lang)
    assert len(drawn) > 100 and [s for s in drawn if text.missing_glyphs(s)] == []


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_every_document_is_numbered_n_of_m_and_embeds_every_font(engine, lang):
    for name, data in _documents(engine).items():
        pdf = _render(name, data, lang)
        texts = pdf_text(pdf).split("\f")[:-1]
        word = "পৃষ্ঠা" if lang == "bn" else "Page"
        for n, page in enumerate(texts, 1):
            assert re.search(rf"{word} \S+ (of|/) \S+", page), (name, n)
        assert all(embedded for _f, embedded in fonts(pdf)), name


@pytest.mark.parametrize("name, signature, beside", [
    ("loan_card", "Branch manager's signature", "Complaints (grievance contact)"),
    ("kfs", "Borrower's signature", "I have read this statement"),
    ("cash_book", "Cashier's signature", "Cash counted, by notes and coins")])
def test_a_signature_never_stands_alone_on_the_last_page(engine, name, signature, beside):
    last = pdf_text(_render(name, _documents(engine)[name], "en")).split("\f")[-2]
    assert signature in last and beside in last


def test_a_closing_block_too_tall_for_this_page_starts_the_next_whole():
    form = Form("Title", "Branch", "en")
    lines = 0
    while form.y > forms.BOTTOM + 120:  # room for a few lines only
        form.paragraph(f"line {lines}")
        lines += 1

    def closing(f: Form) -> None:
        f.paragraph("Read and understood. " * 30)
        f.signatures(["Manager"])

    form.together(closing)
    last = pdf_text(form.pdf()).split("\f")[-2]
    assert form.page == 2 and f"line {lines - 1}" not in last
    assert " ".join(last.split()).count("Read and understood.") == 30 and "Manager" in last


def test_a_long_table_repeats_its_headings_on_every_page():
    form = Form("Title", "Branch", "en")
    form.table([Column("Heading", 100), Column("Value", 0, True)],
               [[f"row {k}", str(k)] for k in range(200)], ["Total", "x"])
    pdf = form.pdf()
    assert form.page == 5 and pdf_text(pdf).count("Heading") == 5
    assert "Page 5 of 5" in pdf_text(pdf)


def test_the_kfs_has_every_part_of_rbi_annex_a(engine):
    w = print_world(engine)
    _with_institution(engine)
    kfs_text = pdf_text(kfs_pdf(engine, w.loan_id, "en"))
    flat = " ".join(kfs_text.split())
    for words in ("Date of this statement 25 November 2026",
                  "These terms hold until 28 November 2026 (3 working days)",
                  "Loan term", "fixed, on the reducing balance", "Floating rate",
                  "Processing fee (to the lender)", "Insurance premium (to a third party",
                  "one-time", "Annual percentage rate (APR, all charges) 27.49 %",
                  "Contingent charges", "Penal charge on delayed payment",
                  "Recovery agents", "securitisation", "Cooling-off", "Sanjoy Mitra",
                  "+91 33 2555 0101", "grievance@bjs-demo.example", "Chandigarh", "14448",
                  "cms.rbi.org.in", "Lender's address Head office: Beghoria",
                  "I have read this statement", "have understood it"):
        assert words in flat, words
    statement = kfs(engine, w.loan_id)
    totals = [format_amount(sum(r.principal_minor for r in statement.schedule), "en"),
              format_amount(sum(r.total_minor for r in statement.schedule), "en")]
    rows = pdf_text(kfs_pdf(engine, w.loan_id, "en"), layout=True)
    assert re.search(rf"Total +{re.escape(totals[0])} +\S+ +{re.escape(totals[1])}", rows)


def test_a_bengali_kfs_names_the_lender_and_its_grievance_officer_in_bengali(engine):
    w = print_world(engine)
    _with_institution(engine)
    kfs_text = pdf_text(kfs_pdf(engine, w.loan_id, "bn"))
    assert "বেঘোরিয়া জনকল্যাণ সমিতি" in kfs_text and "সঞ্জয় মিত্র" in kfs_text
    assert "Beghoria Janakalyan Samity" not in kfs_text and "লক্ষ্মী কর্মকার" in kfs_text


def test_bangladesh_gets_its_own_disclosure_with_no_indian_contacts(engine):
    w = print_world(engine, profile="bangladesh_mra")
    _with_institution(engine, "bangladesh_mra")
    for lang in ("en", "bn"):
        flat = " ".join(pdf_text(kfs_pdf(engine, w.loan_id, lang)).split())
        for indian in ("14448", "RBI", "Reserve Bank", "1800", "Chandigarh", "রিজার্ভ"):
            assert indian not in flat, indian
        assert "16236" in flat or "১৬২৩৬" in flat
    flat = " ".join(pdf_text(kfs_pdf(engine, w.loan_id, "en")).split())
    for words in ("Loan terms disclosure statement", "on the declining balance",
                  "At most 24.00 % a year on the declining balance (MRA)",
                  "Lien on compulsory savings", "Group guarantee", "Bangladesh Bank",
                  "Janata Bhaban"):
        assert words in flat, words


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_the_screen_and_the_paper_kfs_read_the_same(engine, lang):
    w = print_world(engine)
    _with_institution(engine)
    statement = kfs(engine, w.loan_id)
    paper = " ".join(pdf_text(kfs_document(statement, lang)).split())
    for words, value in kfs_lines(statement, lang):
        assert " ".join(words.split()) in paper
        assert " ".join(value.split()) in paper
    assert kfs_sections(statement, lang)


@pytest.mark.parametrize("minor, lang, words", [
    (1_25_340_50, "en", "Rupees One Lakh Twenty-Five Thousand Three Hundred Forty and "
                        "Fifty Paise Only"),
    (1_25_340_50, "bn", "এক লক্ষ পঁচিশ হাজার তিন শত চল্লিশ টাকা পঞ্চাশ পয়সা মাত্র"),
    (99_99_99_999_99, "en", "Rupees Ninety-Nine Crore Ninety-Nine Lakh Ninety-Nine Thousand "
                            "Nine Hundred Ninety-Nine and Ninety-Nine Paise Only"),
    (1234_00_00_000_00, "bn", "এক হাজার দুই শত চৌত্রিশ কোটি টাকা মাত্র"),
    (14_00, "bn", "চৌদ্দ টাকা মাত্র"),
])
def test_amounts_are_said_in_lakh_and_crore(minor, lang, words):
    assert amount_in_words(minor, "INR", lang) == words


def test_a_receipt_says_the_amount_in_words_the_installment_and_the_balance_after(engine):
    w = print_world(engine)
    _with_institution(engine)
    paid = counter_repayment(engine, w.world.accountant, w.loan_id, 700_00)
    for lang, copies, words in (("en", ("Member's copy", "Office copy"),
                                 "Rupees Seven Hundred Only"),
                                ("bn", ("সদস্যের কপি", "অফিস কপি"), "সাত শত টাকা মাত্র")):
        flat = " ".join(pdf_text(receipt_pdf(engine, paid.entry_id, lang)).split())
        assert all(copy in flat for copy in copies) and flat.count(words) == 2
        institution = "বেঘোরিয়া জনকল্যাণ সমিতি" if lang == "bn" else "Beghoria Janakalyan"
        assert flat.count(institution) == 2  # both copies carry the header
    flat = " ".join(pdf_text(receipt_pdf(engine, paid.entry_id, "en")).split())
    left = sum(i.principal_minor - i.paid_principal_minor
               for i in loan_detail(engine, w.loan_id).installments)
    assert f"Loan balance after this payment (principal) ₹{format_amount(left)}" in flat
    assert "Installment no. 4–5 of 46" in flat  # 3 × 500 paid before, 484 each
    assert re.search(r"Principal ₹[\d,]+\.\d\d Interest ₹[\d,]+\.\d\d", flat)


def test_a_disbursement_prints_as_a_payment_voucher_not_a_receipt(engine):
    w = print_world(engine)
    _with_institution(engine)
    with Session(engine) as s:
        entry = s.scalars(select(JournalEntry.id).where(JournalEntry.kind == "disbursement",
                                                        JournalEntry.loan_id == w.loan_id)).one()
    for pdf in (receipt_pdf(engine, entry, "en"), voucher_pdf(engine, w.loan_id, "en")):
        flat = _flat(pdf)
        assert "Payment voucher" in flat and "Received from" not in flat
        assert "Paid to M0" in flat and "Loan amount (gross) ₹20,000.00" in flat
        assert "Less: processing fee ₹200.00" in flat and "Less: insurance premium ₹100.00" \
            in flat and "Net paid to her ₹19,700.00" in flat
        assert "Rupees Nineteen Thousand Seven Hundred Only" in flat
        assert "Member's signature / thumb for the money received" in flat


def test_a_loan_not_paid_out_has_no_voucher(engine):
    from app.services.loan_application import apply_for_loan
    from tests.services.loan_world import application

    w = print_world(engine)
    applied = apply_for_loan(engine, w.world.officer, application(w.world.members[1]))
    with pytest.raises(NotFound, match="has not been paid out"):
        voucher_pdf(engine, applied.loan_id, "en")


def test_the_loan_card_has_its_facts_totals_and_standing(engine):
    w = print_world(engine)
    _with_institution(engine)
    flat = _flat(loan_card_pdf(engine, w.loan_id, "en"))
    for words in ("Co-borrower", "Purpose Goat rearing", "Loan cycle 1", "Group G",
                  "Field officer", "Processing fee deducted ₹200.00",
                  "Insurance premium deducted ₹100.00", "Net paid to her ₹19,700.00",
                  "The loan on 25 November 2026", "Outstanding principal ₹",
                  "Overdue (installments not paid on time) ₹0.00", "Next installment",
                  "Paid on Amount Principal Interest Note", "Total 1,500.00"):
        assert words in flat, words


def test_a_closure_certificate_needs_a_closed_loan_and_names_her_guardian(engine):
    w = print_world(engine)
    with pytest.raises(RuleViolation):
        closure_certificate_pdf(engine, w.loan_id, "bn")
    left = sum(i.principal_minor + i.interest_minor - i.paid_principal_minor
               - i.paid_interest_minor for i in loan_detail(engine, w.loan_id).installments)
    counter_repayment(engine, w.world.accountant, w.loan_id, left)
    pdf = closure_certificate_pdf(engine, w.loan_id, "en")
    flat = " ".join(pdf_text(pdf).split())
    facts = certificate_facts(engine, w.loan_id)
    assert len(pages(pdf, 0.2)) == 1 and f"Certificate no. {facts.number}" in flat
    assert "Date of issue 25 November 2026" in flat and "Husband" in flat
    assert "has repaid in full loan" in flat and "Nothing more is due" in flat


def test_the_cash_book_numbers_its_vouchers_and_counts_notes(engine):
    print_world(engine)
    flat = " ".join(pdf_text(cash_book_pdf(engine, date(2026, 11, 25), "en")).split())
    assert re.search(r"BJS-001-\d{7}–\d{7} \(\d+\)", flat)  # a line's voucher numbers
    for words in ("Cash counted, by notes and coins", "₹500", "₹200", "₹10",
                  "Cashier's signature", "Accountant's signature"):
        assert words in flat, words


def test_a_repayment_has_a_receipt_from_the_ledger(engine):
    w = print_world(engine)
    paid = counter_repayment(engine, w.world.accountant, w.loan_id, 700_00)
    assert pages(receipt_pdf(engine, paid.entry_id, "bn"), 0.2)


def test_print_kfs_voucher_and_loan_card_commands_accept_db_after_the_document(engine, db_path,
                                                                               tmp_path):
    w = print_world(engine)
    engine.dispose()
    for doc in ("kfs", "loan-card", "voucher"):
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
    assert pages(portfolio_pdf(engine, date(2026, 12, 30), None, "bn"), 0.2)
    assert len(pages(dcb_pdf(engine, date(2026, 11, 1), date(2026, 12, 31), "en"), 0.2)) >= 1
    assert len(pages(cash_book_pdf(engine, date(2026, 11, 25), "bn"), 0.2)) >= 1
    assert portfolio_document(portfolio_report(engine, date(2026, 12, 30)), HEAD, "en")


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


def test_the_portfolio_report_has_the_regulators_classes_trend_slices_and_write_offs(engine):
    print_world(engine)
    flat = _flat(portfolio_pdf(engine, date(2026, 12, 30), None, "en"))
    for words in ("Loan classification (RBI: SMA and NPA)", "SMA-0 (1–30 days overdue)",
                  "NPA (more than 90 days overdue)", "Portfolio at risk, month by month",
                  "PAR > 30 days:", "By field officer", "By loan product", "By group",
                  "Written-off loans", "Outstanding principal"):
        assert words in flat, words
    bengali = _flat(portfolio_pdf(engine, date(2026, 12, 30), None, "bn"))
    assert "অবশিষ্ট আসল" in bengali and "বকেয়া" in bengali
    assert "বকেয়া" not in label("outstanding_principal", "bn")


def test_a_bangladesh_portfolio_is_classed_and_provisioned_as_mra_says(engine):
    print_world(engine, profile="bangladesh_mra")
    flat = _flat(portfolio_pdf(engine, date(2027, 3, 30), None, "en"))
    for words in ("Loan classification and provisioning (MRA)", "Watchful (1–30 days",
                  "Substandard (31–180", "Bad / loss", "Provision rate", "1.00 %", "25.00 %",
                  "Provision required (MRA)"):
        assert words in flat, words
    assert "SMA-0" not in flat


def test_the_dcb_report_is_split_by_part_and_by_officer_group_and_product(engine):
    print_world(engine)
    flat = _flat(dcb_pdf(engine, date(2026, 11, 1), date(2026, 12, 31), "en"))
    for words in ("Demand: overdue", "Demand: current", "Collected: overdue",
                  "Collected: current", "Collected: advance", "Balance: overdue",
                  "Balance: current", "By field officer", "By loan product", "By group",
                  "Principal", "Interest"):
        assert words in flat, words


def test_report_commands_carry_the_printed_reports_figures(engine, db_path):
    import json

    print_world(engine)
    engine.dispose()
    base = [sys.executable, "-m", "app.cli", "report"]
    port = json.loads(subprocess.run(base + ["portfolio", "--db", str(db_path), "--as-of",
                                             "2026-12-30"], capture_output=True, text=True,
                                     timeout=60, check=True).stdout)
    assert [c["class"] for c in port["classification"]] == ["standard", "sma_0", "sma_1",
                                                            "sma_2", "npa"]
    assert sum(c["outstanding_minor"] for c in port["classification"]) == \
        port["outstanding_minor"] == sum(r["outstanding_minor"] for r in port["by_group"])
    assert port["by_officer"] and port["by_product"] and "written_off" in port
    assert port["par_trend"][-1]["on"] == "2026-12-30"
    dcb = json.loads(subprocess.run(base + ["dcb", "--db", str(db_path), "--start",
                                            "2026-11-01", "--end", "2026-12-31"],
                                    capture_output=True, text=True, timeout=60,
                                    check=True).stdout)
    split = dcb["split"]
    assert dcb["demand_minor"] == sum(v for k, v in split.items() if k.startswith("demand"))
    assert dcb["by_officer"][0]["collection_current_p"] >= 0 and dcb["by_group"]

"""Loan card, Key Fact Statement, money receipt, payment voucher and loan closure
certificate (A4 portrait).

Each takes the plain data its service gathers and returns PDF bytes in the chosen
language (labels from the translation files, Bengali digits in Bengali), with the
institution's name and address in that language and "Page n of M" on every page.
A disbursement is paid to her, so it prints as a payment voucher (gross, each
deduction, net paid, her signature or thumb for the cash), never as a receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.format import format_amount, format_date, format_number, format_percent
from app.printing.forms import MARGIN, PAGE_H, PAGE_W, Column, Form
from app.printing.kfs import (
    acknowledgement,
    kfs_heading_rows,
    kfs_sections,
    kfs_title,
    schedule_cells,
    schedule_headings,
)
from app.printing.labels import label
from app.printing.text import draw, wrap
from app.printing.words import amount_in_words

if TYPE_CHECKING:
    from app.domain.institution import Institution
    from app.printing.collection_sheet import SheetHeader
    from app.services.loan_closure import ClosureCertificate
    from app.services.loan_disbursement import Kfs, LoanCard
    from app.services.loan_papers import CardFacts, CertificateFacts, Voucher

SHORT = "dd/MM/yyyy"  # dates in tables: alike in both languages, digits aside
LONG = "d MMMM y"  # dates in text: 25 November 2026, ২৫ নভেম্বর ২০২৬


def short_date(d: date, lang: str) -> str:
    return format_date(d, lang, SHORT)


def long_date(d: date, lang: str) -> str:
    return format_date(d, lang, LONG)


def _pick(lang: str, en: str, bn: str) -> str:
    return bn if lang == "bn" and bn else en


def _money(minor: int, lang: str, currency: str | None = None) -> str:
    return format_amount(minor, lang, currency, symbol=currency is not None)


def _lender(lender: Institution | None, name: str, lang: str) -> tuple[str, str]:
    """The institution's name and address in `lang` (the single name when none)."""
    if lender is None:
        return name, ""
    return lender.pick("name", lang), lender.pick("address", lang)


def _relation(relation: str, lang: str) -> str:
    key = f"relation_{relation}"
    return label(key if key in _RELATIONS else "relation_other", lang)


_RELATIONS = ("relation_husband", "relation_father")


def _schedule_columns(lang: str) -> list[Column]:
    heads = schedule_headings(lang)
    return [Column(heads[0], 34, True), Column(heads[1], 80), Column(heads[2], 88, True),
            Column(heads[3], 80, True), Column(heads[4], 88, True), Column(heads[5], 0, True)]


# ---- loan card ----------------------------------------------------------------------------

def loan_card(card: LoanCard, lang: str, facts: CardFacts | None = None) -> bytes:
    """The member's loan card: who and what, the deductions and net paid out, where the
    loan stands as printed, the fixed schedule and every repayment, with totals."""
    name, address = _lender(facts.lender if facts else None, card.institution, lang)
    form = Form(label("loan_card", lang), f"{name} — {label('branch', lang)}: "
                f"{_pick(lang, card.branch_en, card.branch_bn)}", lang, address=address,
                reference=card.loan_no)
    c = card.currency
    rows = [(label("loan_no", lang), card.loan_no),
            (label("borrower", lang),
             f"{card.member_code} {_pick(lang, card.member_en, card.member_bn)}")]
    if facts:
        rows += [(label("co_borrower", lang),
                  f"{facts.co_borrower.pick(lang)} ({_relation(facts.relation, lang)})"
                  if facts.co_borrower.pick(lang) else "—"),
                 (label("group", lang), facts.group.pick(lang)),
                 (label("officer", lang), facts.officer.pick(lang) or "—")]
    rows += [(label("product", lang), _pick(lang, card.product_en, card.product_bn))]
    if facts:
        rows += [(label("purpose", lang), facts.purpose or "—"),
                 (label("cycle", lang), format_number(facts.cycle, lang))]
    rows += [(label("loan_amount", lang), _money(card.principal_minor, lang, c)),
             (label("rate", lang), format_percent(card.annual_rate_percent, lang)),
             (label("disbursed_on", lang),
              long_date(card.disbursed_on, lang) if card.disbursed_on else "—")]
    if facts:
        rows += [(label(f"deducted_{kind}", lang), _money(amount, lang, c))
                 for kind, amount in facts.deductions]
        rows += [(label("net_paid", lang), _money(facts.net_paid_minor, lang, c))]
    form.pairs(rows, label_width=190)
    if facts:
        form.heading(label("position_as_of", lang, date=long_date(facts.as_of, lang)))
        form.pairs([
            (label("outstanding_principal", lang), _money(facts.outstanding_minor, lang, c)),
            (label("overdue_amount", lang), _money(facts.overdue_minor, lang, c)),
            (label("next_installment", lang),
             f"{long_date(facts.next_due, lang)} — {_money(facts.next_due_minor, lang, c)}"
             if facts.next_due else "—")], label_width=190)
    form.heading(label("schedule", lang))
    balance_rows = [[format_number(r.number, lang), short_date(r.due_on, lang),
                     _money(r.principal_minor, lang), _money(r.interest_minor, lang),
                     _money(r.total_minor, lang), _money(r.balance_minor, lang)]
                    for r in card.schedule]
    totals = ["", label("total", lang),
              _money(sum(r.principal_minor for r in card.schedule), lang),
              _money(sum(r.interest_minor for r in card.schedule), lang),
              _money(sum(r.total_minor for r in card.schedule), lang), ""]
    form.table(_schedule_columns(lang), balance_rows, totals)
    form.heading(label("repayments", lang))
    pay_cols = [Column(label("paid_on", lang), 90), Column(label("amount", lang), 100, True),
                Column(label("principal", lang), 100, True),
                Column(label("interest", lang), 100, True), Column(label("note", lang), 0)]
    kept = [p for p in card.repayments if not p.reversed]
    pays = [[short_date(p.on, lang), _money(p.amount_minor, lang),
             _money(p.principal_minor, lang), _money(p.interest_minor, lang),
             label("reversed_note", lang) if p.reversed else ""] for p in card.repayments]
    form.table(pay_cols, pays, [label("total", lang),
                                _money(sum(p.amount_minor for p in kept), lang),
                                _money(sum(p.principal_minor for p in kept), lang),
                                _money(sum(p.interest_minor for p in kept), lang), ""])
    def closing(f: Form) -> None:
        if facts:
            _complaint_lines(f, facts.lender, lang)
        f.signatures([label("manager_signature", lang)])

    form.together(closing)
    return form.pdf()


def _complaint_lines(form: Form, lender: Institution, lang: str) -> None:
    form.heading(label("grievance", lang), 11)
    form.pairs([(label("grievance_officer", lang), lender.pick("grievance_officer", lang)
                 or "—"),
                (label("phone_email", lang), " · ".join(
                    x for x in (lender.grievance_phone, lender.grievance_email) if x) or "—"),
                (label("address", lang), lender.pick("grievance_address", lang) or "—")],
               label_width=190, size=9.5)


# ---- Key Fact Statement -------------------------------------------------------------------

def kfs_document(k: Kfs, lang: str) -> bytes:
    """The Key Fact Statement (India) or loan terms disclosure (Bangladesh), from the same
    words the screen shows (app.printing.kfs), signed by the borrower and the lender."""
    lender = k.paper.lender if k.paper else None
    name, address = _lender(lender, k.institution, lang)
    form = Form(kfs_title(k, lang), f"{name} — {label('branch', lang)}: "
                f"{_pick(lang, k.branch_en, k.branch_bn)}", lang, address=address,
                reference=k.loan_no)
    form.pairs(kfs_heading_rows(k, lang), label_width=200, size=9.5)
    for section in kfs_sections(k, lang):
        form.heading(section.title, 11)
        if section.note:
            form.paragraph(section.note, 9.5)
        form.pairs(list(section.rows), label_width=200, size=9.5)
    form.heading(label("schedule", lang), 11)
    rows, totals = schedule_cells(k, lang)
    form.table(_schedule_columns(lang), rows, totals)
    form.gap(6)
    def closing(f: Form) -> None:
        f.paragraph(acknowledgement(lang), 10, bold=True)
        f.signatures([label("borrower_signature_date", lang),
                      label("lender_signature_date", lang)], thumb=True)

    form.together(closing)
    return form.pdf()


# ---- money receipt --------------------------------------------------------------------------

@dataclass(frozen=True)
class Receipt:
    receipt_no: str
    on: date
    institution: str
    branch: str
    currency: str
    member_code: str
    member_name: str
    kind: str  # journal kind
    ref: str  # loan no. or savings account no.
    amount_minor: int
    principal_minor: int
    interest_minor: int
    received_by: str
    address: str = ""
    installments: tuple[int, ...] = ()  # the installments a repayment paid into
    installments_count: int = 0
    balance_after_minor: int | None = None  # the loan's (or savings') balance after it


def _installment_text(r: Receipt, lang: str) -> str:
    if not r.installments:
        return ""
    first, last = r.installments[0], r.installments[-1]
    numbers = format_number(first, lang) if first == last else \
        f"{format_number(first, lang)}–{format_number(last, lang)}"
    return label("installment_of", lang, numbers=numbers,
                 count=format_number(r.installments_count, lang))


def _receipt_copy(form: Form, r: Receipt, lang: str, copy: str, top: float) -> None:
    c = form.c
    y = top
    draw(c, MARGIN, y, r.institution, 11, bold=True)
    y -= 13
    if r.address:
        for line in wrap(r.address, 8.5, PAGE_W - 2 * MARGIN - 120, max_lines=2):
            draw(c, MARGIN, y, line, 8.5)
            y -= 10.5
    draw(c, MARGIN, y, f"{label('branch', lang)}: {r.branch}", 9.5)
    y -= 20
    draw(c, MARGIN, y, label("receipt", lang), 15, bold=True)
    draw(c, PAGE_W - MARGIN, y, copy, 10, bold=True, align="right")
    c.line(MARGIN, y - 6, PAGE_W - MARGIN, y - 6)
    form.y = y - 22
    rows = [(label("receipt_no", lang), r.receipt_no),
            (label("date", lang), long_date(r.on, lang)),
            (label("received_from", lang), f"{r.member_code} {r.member_name}"),
            (label("for", lang), f"{label(f'kind_{r.kind}', lang)} {r.ref}".strip())]
    if r.installments:
        rows.append((label("installment_no", lang), _installment_text(r, lang)))
    rows += [(label("amount", lang), _money(r.amount_minor, lang, r.currency)),
             (label("in_words", lang), amount_in_words(r.amount_minor, r.currency, lang))]
    if r.principal_minor or r.interest_minor:
        rows += [(label("principal", lang), _money(r.principal_minor, lang, r.currency)),
                 (label("interest", lang), _money(r.interest_minor, lang, r.currency))]
    if r.balance_after_minor is not None:
        key = "loan_balance_after" if r.kind in ("repayment", "recovery") else \
            "savings_balance_after"
        rows.append((label(key, lang), _money(r.balance_after_minor, lang, r.currency)))
    rows.append((label("received_by", lang), r.received_by))
    form.pairs(rows, label_width=170, size=9.5)
    form.signatures([label("cashier_signature", lang)])


def receipt(r: Receipt, lang: str) -> bytes:
    """A money receipt, twice on one page: the member's copy and the office's, each
    whole (header, amount in figures and words, balance after it)."""
    form = Form(label("receipt", lang), "", lang, header=False)
    _receipt_copy(form, r, lang, label("member_copy", lang), PAGE_H - MARGIN - 12)
    middle = PAGE_H / 2
    form.c.setDash(3, 3)
    form.c.line(20, middle, PAGE_W - 20, middle)
    form.c.setDash()
    _receipt_copy(form, r, lang, label("office_copy", lang), middle - 24)
    return form.pdf()


# ---- payment voucher ------------------------------------------------------------------------

def payment_voucher(v: Voucher, lang: str) -> bytes:
    """A disbursement (or savings withdrawal) paid to the member: gross, each deduction,
    net paid, the net in words, and her signature or thumb for the cash received."""
    form = Form(label("payment_voucher", lang), f"{v.lender.pick('name', lang)} — "
                f"{label('branch', lang)}: {v.branch.pick(lang)} ({v.branch_code})", lang,
                address=v.lender.pick("address", lang),
                reference=f"{label('voucher_no', lang)} {v.voucher_no}")
    paid_by = label("paid_in_cash" if v.channel != "bank" else "paid_by_transfer", lang)
    rows = [(label("voucher_no", lang), v.voucher_no),
            (label("date", lang), long_date(v.on, lang)),
            (label("paid_to", lang), f"{v.member_code} {v.member.pick(lang)}")]
    if v.guardian.pick(lang):
        rows.append((_relation(v.relation, lang), v.guardian.pick(lang)))
    if v.group.pick(lang):
        rows.append((label("group", lang), v.group.pick(lang)))
    rows += [(label("for", lang), f"{v.product.pick(lang)} — {v.loan_no}"),
             (label("paid_how", lang), paid_by)]
    form.pairs(rows, label_width=170)
    cols = [Column(label("particulars", lang), 0), Column(label("amount", lang), 140, True)]
    loan = v.kind == "disbursement"
    lines = [[label("gross_amount", lang) if loan else v.product.pick(lang),
              _money(v.gross_minor, lang, v.currency)]]
    lines += [[label(f"less_{kind}", lang), _money(amount, lang, v.currency)]
              for kind, amount in v.deductions]
    form.table(cols, lines, [label("net_paid" if loan else "total", lang),
                             _money(v.net_minor, lang, v.currency)])
    form.gap(4)
    form.pairs([(label("in_words", lang), amount_in_words(v.net_minor, v.currency, lang))],
               label_width=170)
    def closing(f: Form) -> None:
        f.paragraph(label("voucher_received", lang, amount=_money(v.net_minor, lang,
                                                                  v.currency), how=paid_by),
                    10)
        f.signatures([label("member_signature_thumb", lang), label("cashier_signature", lang),
                      label("manager_signature", lang)], thumb=True)

    form.together(closing)
    return form.pdf()


# ---- loan closure certificate ---------------------------------------------------------------

def closure_certificate(cert: ClosureCertificate, head: SheetHeader, lang: str,
                        facts: CertificateFacts | None = None) -> bytes:
    """The certificate that a loan is closed and nothing more is due on it."""
    name = _pick(lang, cert.member_en, cert.member_bn)
    lender, address = _lender(facts.lender if facts else None, head.institution, lang)
    form = Form(label("closure_certificate", lang), f"{lender} — {label('branch', lang)}: "
                f"{head.branch_name}", lang, address=address or head.address,
                reference=facts.number if facts else "")
    rows = []
    if facts:
        rows += [(label("certificate_no", lang), facts.number),
                 (label("issued_on", lang), long_date(facts.issued_on, lang))]
    rows.append((label("borrower", lang), f"{cert.member_code} {name}"))
    if facts:
        if facts.guardian.pick(lang):
            rows.append((_relation(facts.relation, lang), facts.guardian.pick(lang)))
        rows.append((label("group", lang), facts.group.pick(lang)))
    rows += [
        (label("loan_no", lang), cert.loan_no),
        (label("loan_amount", lang), _money(cert.principal_minor, lang, head.currency)),
        (label("disbursed_on", lang),
         long_date(cert.disbursed_on, lang) if cert.disbursed_on else "—"),
        (label("principal_repaid", lang), _money(cert.principal_paid_minor, lang,
                                                 head.currency)),
        (label("interest_paid", lang), _money(cert.interest_paid_minor, lang, head.currency)),
        (label("closed_on", lang), long_date(cert.closed_on, lang)),
    ]
    form.pairs(rows)
    how = cert.how if cert.how in ("death", "recovered") else "repaid"
    def closing(f: Form) -> None:
        f.paragraph(label(f"certificate_{how}", lang, loan_no=cert.loan_no, name=name,
                          amount=_money(cert.principal_minor, lang, head.currency),
                          closed_on=long_date(cert.closed_on, lang)), 11)
        f.signatures([label("manager_signature_seal", lang)])

    form.together(closing)
    return form.pdf()

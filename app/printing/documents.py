"""Loan card, Key Fact Statement, money receipt and loan closure certificate (A4 portrait).

Each takes the plain data its service gathers and returns PDF bytes in the chosen
language (labels from the translation files, Bengali digits in Bengali).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.format import format_amount, format_date, format_number, format_percent
from app.printing.forms import Column, Form
from app.printing.labels import label

if TYPE_CHECKING:
    from app.printing.collection_sheet import SheetHeader
    from app.services.loan_closure import ClosureCertificate
    from app.services.loan_disbursement import Kfs, LoanCard


def _pick(lang: str, en: str, bn: str) -> str:
    return bn if lang == "bn" and bn else en


def _money(minor: int, lang: str, currency: str | None = None) -> str:
    return format_amount(minor, lang, currency, symbol=currency is not None)


def _schedule_columns(lang: str) -> list[Column]:
    return [Column(label("no", lang), 36, True), Column(label("due_on", lang), 90),
            Column(label("principal", lang), 90, True), Column(label("interest", lang), 80, True),
            Column(label("installment_amount", lang), 90, True),
            Column(label("balance", lang), 0, True)]


def loan_card(card: LoanCard, lang: str) -> bytes:
    """The member's loan card: loan facts, the fixed schedule and every repayment."""
    form = Form(label("loan_card", lang),
                f"{card.institution} — {label('branch', lang)}: "
                f"{_pick(lang, card.branch_en, card.branch_bn)}", lang)
    form.pairs([
        (label("loan_no", lang), card.loan_no),
        (label("borrower", lang), f"{card.member_code} "
                                  f"{_pick(lang, card.member_en, card.member_bn)}"),
        (label("product", lang), _pick(lang, card.product_en, card.product_bn)),
        (label("loan_amount", lang), _money(card.principal_minor, lang, card.currency)),
        (label("rate", lang), format_percent(card.annual_rate_percent, lang)),
        (label("disbursed_on", lang),
         format_date(card.disbursed_on, lang) if card.disbursed_on else "—"),
    ])
    form.heading(label("schedule", lang))
    rows = [[format_number(r.number, lang), format_date(r.due_on, lang),
             _money(r.principal_minor, lang), _money(r.interest_minor, lang),
             _money(r.total_minor, lang), _money(r.balance_minor, lang)] for r in card.schedule]
    totals = ["", label("total", lang),
              _money(sum(r.principal_minor for r in card.schedule), lang),
              _money(sum(r.interest_minor for r in card.schedule), lang),
              _money(sum(r.total_minor for r in card.schedule), lang), ""]
    form.table(_schedule_columns(lang), rows, totals)
    form.heading(label("repayments", lang))
    pay_cols = [Column(label("paid_on", lang), 100), Column(label("amount", lang), 100, True),
                Column(label("principal", lang), 100, True),
                Column(label("interest", lang), 100, True), Column("", 0)]
    pays = [[format_date(p.on, lang), _money(p.amount_minor, lang),
             _money(p.principal_minor, lang), _money(p.interest_minor, lang),
             label("reversed", lang) if p.reversed else ""] for p in card.repayments]
    form.table(pay_cols, pays, ["", _money(sum(p.amount_minor for p in card.repayments
                                               if not p.reversed), lang), "", "", ""])
    form.pairs([(label("grievance", lang), card.grievance_contact)])
    return form.pdf()


def kfs_document(k: Kfs, lang: str) -> bytes:
    """The Key Fact Statement with its schedule, signed by the borrower and the manager."""
    form = Form(label("kfs", lang), f"{k.institution} — {label('branch', lang)}: "
                f"{_pick(lang, k.branch_en, k.branch_bn)}", lang)
    fees = sum(f.amount_minor for f in k.fees if f.deducted)
    form.pairs([
        (label("loan_no", lang), k.loan_no),
        (label("borrower", lang), f"{k.member_code} {_pick(lang, k.member_en, k.member_bn)}"),
        (label("product", lang), _pick(lang, k.product_en, k.product_bn)),
        (label("loan_amount", lang), _money(k.principal_minor, lang, k.currency)),
        (label("fees_deducted", lang), _money(fees, lang, k.currency)),
        (label("savings_deducted", lang), _money(k.savings_deducted_minor, lang, k.currency)),
        (label("cash_paid", lang), _money(k.cash_paid_minor, lang, k.currency)),
        (label("installment_amount", lang), _money(k.installment_minor, lang, k.currency)),
        (label("installments", lang), format_number(k.installments, lang)),
        (label("first_last", lang),
         f"{format_date(k.first_due, lang)} – {format_date(k.last_due, lang)}"),
        (label("rate", lang), format_percent(k.annual_rate_percent, lang)),
        (label("total_interest", lang), _money(k.total_interest_minor, lang, k.currency)),
        (label("total_payable", lang), _money(k.total_payable_minor, lang, k.currency)),
        (label("apr", lang), format_percent(k.apr_percent, lang)),
        (label("prepayment_penalty", lang),
         label("none", lang) if not k.prepayment_penalty else "✓"),
        (label("overdue_penalty", lang), format_percent(k.penalty_percent_on_overdue, lang)),
        (label("grievance", lang), k.grievance_contact),
    ], label_width=250)
    form.heading(label("schedule", lang))
    rows = [[format_number(r.number, lang), format_date(r.due_on, lang),
             _money(r.principal_minor, lang), _money(r.interest_minor, lang),
             _money(r.total_minor, lang), _money(r.balance_minor, lang)] for r in k.schedule]
    form.table(_schedule_columns(lang), rows)
    form.signatures([label("borrower_signature", lang), label("manager_signature", lang)])
    return form.pdf()


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


def receipt(r: Receipt, lang: str) -> bytes:
    """A counter money receipt (two copies on one page: member's and office's)."""
    form = Form(label("receipt", lang), f"{r.institution} — {label('branch', lang)}: "
                f"{r.branch}", lang)
    rows = [(label("receipt_no", lang), r.receipt_no), (label("date", lang),
                                                       format_date(r.on, lang)),
            (label("received_from", lang), f"{r.member_code} {r.member_name}"),
            (label("for", lang), f"{label(f'kind_{r.kind}', lang)} {r.ref}".strip()),
            (label("amount", lang), _money(r.amount_minor, lang, r.currency))]
    if r.principal_minor or r.interest_minor:
        rows += [(label("principal", lang), _money(r.principal_minor, lang)),
                 (label("interest", lang), _money(r.interest_minor, lang))]
    rows.append((label("received_by", lang), r.received_by))
    for _copy in range(2):
        form.pairs(rows, label_width=160)
        form.signatures([label("cashier_signature", lang)])
        form.c.setDash(3, 3)
        form.c.line(0, form.y - 6, 600, form.y - 6)
        form.c.setDash()
        form.y -= 40
    return form.pdf()


def closure_certificate(cert: ClosureCertificate, head: SheetHeader, lang: str) -> bytes:
    """The certificate that a loan is closed and nothing more is due on it."""
    name = _pick(lang, cert.member_en, cert.member_bn)
    form = Form(label("closure_certificate", lang), f"{head.institution} — "
                f"{label('branch', lang)}: {head.branch_name}", lang)
    form.pairs([
        (label("loan_no", lang), cert.loan_no),
        (label("borrower", lang), f"{cert.member_code} {name}"),
        (label("loan_amount", lang), _money(cert.principal_minor, lang, head.currency)),
        (label("disbursed_on", lang),
         format_date(cert.disbursed_on, lang) if cert.disbursed_on else "—"),
        (label("principal", lang), _money(cert.principal_paid_minor, lang, head.currency)),
        (label("interest", lang), _money(cert.interest_paid_minor, lang, head.currency)),
        (label("closed_on", lang), format_date(cert.closed_on, lang)),
    ])
    form.paragraph(label("certificate_text", lang, loan_no=cert.loan_no, name=name,
                         closed_on=format_date(cert.closed_on, lang)))
    form.signatures([label("manager_signature", lang)])
    return form.pdf()

"""Printed versions of the portfolio (PAR and ageing) and DCB reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.format import SYMBOLS, format_amount, format_date, format_number, format_percent
from app.printing.forms import Column, Form
from app.printing.labels import LABELS, label

if TYPE_CHECKING:
    from app.printing.collection_sheet import SheetHeader
    from app.services.cash import CashBook
    from app.services.cash_transfers import CashTransfer
    from app.services.reports import DcbReport, PortfolioReport


def _subtitle(head: SheetHeader, lang: str) -> str:
    return f"{head.institution} — {label('branch', lang)}: {head.branch_name} ({head.branch_code})"


def portfolio_document(report: PortfolioReport, head: SheetHeader, lang: str) -> bytes:
    form = Form(label("portfolio_report", lang), _subtitle(head, lang), lang)

    def money(minor: int) -> str:
        return format_amount(minor, lang, head.currency, symbol=True)

    form.pairs([
        (label("as_of", lang), format_date(report.as_of, lang)),
        (label("active_loans", lang), format_number(report.active_loans, lang)),
        (label("borrowers", lang), format_number(report.borrowers, lang)),
        (label("outstanding", lang), money(report.outstanding_minor)),
        (label("overdue", lang), money(report.overdue_minor)),
        (label("par_1", lang), format_percent(report.par_percent(report.par_1_minor), lang)),
        (label("par_30", lang), format_percent(report.par_percent(report.par_30_minor), lang)),
        (label("par_90", lang), format_percent(report.par_percent(report.par_90_minor), lang)),
    ], label_width=250)
    form.heading(label("ageing", lang))
    rows = [[label(f"bucket_{a.bucket}", lang), format_number(a.loans, lang),
             format_amount(a.outstanding_minor, lang)] for a in report.ageing]
    totals = [label("total", lang), format_number(sum(a.loans for a in report.ageing), lang),
              format_amount(sum(a.outstanding_minor for a in report.ageing), lang)]
    form.table([Column(label("days_overdue", lang), 200),
                Column(label("loans", lang), 100, True),
                Column(label("outstanding", lang), 0, True)], rows, totals)
    return form.pdf()


def dcb_document(report: DcbReport, head: SheetHeader, lang: str) -> bytes:
    form = Form(label("dcb_report", lang), _subtitle(head, lang), lang)

    def money(minor: int) -> str:
        return format_amount(minor, lang, head.currency, symbol=True)

    form.pairs([
        (label("period", lang),
         f"{format_date(report.start, lang)} – {format_date(report.end, lang)}"),
        (label("demand", lang), money(report.demand_minor)),
        (label("collection", lang), money(report.collection_minor)),
        (label("dcb_balance", lang), money(report.balance_minor)),
        (label("collection_rate", lang), format_percent(report.collection_rate(), lang)),
    ], label_width=250)
    return form.pdf()


DENOMINATIONS = {  # notes and coins a cashier counts (₹2,000 notes are withdrawn)
    "INR": (500, 200, 100, 50, 20, 10, 5, 2, 1),
    "BDT": (1000, 500, 200, 100, 50, 20, 10, 5, 2, 1),
}


def _vouchers(span: tuple[int, int, int] | None, code: str, lang: str) -> str:
    """"BJS-SHB-0001234–0001250 (17)": the journal rows (vouchers) behind a line."""
    if not span:
        return ""
    first, last, count = span
    text = f"{code}-{first:07d}" + (f"–{last:07d}" if last != first else "")
    return f"{text} ({format_number(count, lang)})" if count > 1 else text


def cash_book_document(book: CashBook, transfers: list[CashTransfer], counted: int | None,
                       head: SheetHeader, lang: str,
                       vouchers: dict[tuple[str, str], tuple[int, int, int]] | None = None
                       ) -> bytes:
    """The day's cash book as the cashier, the accountant and the manager sign it at day
    close: each line with its voucher numbers, the transfers, and the cash counted by
    denomination."""
    form = Form(label("cash_book", lang), _subtitle(head, lang), lang, address=head.address,
                reference=format_date(book.on, lang, "d MMMM y"))
    vouchers = vouchers or {}

    def money(minor: int) -> str:
        return format_amount(minor, lang, head.currency, symbol=True)

    def pick(en: str, bn: str) -> str:
        return bn if lang == "bn" and bn else en

    form.pairs([
        (label("date", lang), format_date(book.on, lang, "d MMMM y")),
        (label("opening_cash", lang), money(book.opening_minor)),
        (label("receipts", lang), money(book.receipts_minor)),
        (label("payments", lang), money(book.payments_minor)),
        (label("closing_cash", lang), money(book.closing_minor)),
        (label("cash_counted", lang),
         label("day_open", lang) if counted is None else money(counted)),
    ], label_width=250)
    rows = [[label(f"kind_{line.kind}", lang) if f"kind_{line.kind}" in LABELS else line.kind,
             pick(line.officer_en, line.officer_bn),
             _vouchers(vouchers.get((line.kind, line.officer_en)), head.branch_code, lang),
             format_amount(line.receipts_minor, lang) if line.receipts_minor else "",
             format_amount(line.payments_minor, lang) if line.payments_minor else ""]
            for line in book.lines]
    form.table([Column(label("entry", lang), 120), Column(label("staff", lang), 90),
                Column(label("vouchers", lang), 0),
                Column(label("receipts", lang), 90, True),
                Column(label("payments", lang), 90, True)], rows,
               [label("total", lang), "", "", format_amount(book.receipts_minor, lang),
                format_amount(book.payments_minor, lang)])
    if book.meetings:
        form.heading(label("meetings_cash", lang))
        form.table([Column(label("group", lang), 0), Column(label("net_cash", lang), 130, True)],
                   [[f"{m.group_code} {pick(m.group_en, m.group_bn)}",
                     format_amount(m.net_minor, lang)] for m in book.meetings])
    if transfers:
        form.heading(label("transfers", lang))
        form.table([Column(label("voucher_no", lang), 110), Column(label("entry", lang), 110),
                    Column(label("reference", lang), 0),
                    Column(label("amount", lang), 110, True)],
                   [[f"{head.branch_code}-{t.journal_id:07d}",
                     label({"in": "transfer_in", "out": "transfer_out"}.get(
                         t.direction, "kind_expense"), lang)
                     + (f" ({label('reversed_note', lang)})" if t.reversed else ""),
                     t.reference, format_amount(t.amount_minor, lang)] for t in transfers])
    form.heading(label("denominations", lang))
    notes = DENOMINATIONS.get(head.currency, DENOMINATIONS["INR"])
    form.table([Column(label("denomination", lang), 160, True),
                Column(label("count", lang), 120, True), Column(label("amount", lang), 0, True)],
               [[f"{SYMBOLS.get(head.currency, '')}{format_number(n, lang)}", "", ""]
                for n in notes],
               [label("total", lang), "", ""])
    form.signatures([label("cashier_signature", lang), label("accountant_signature", lang),
                     label("manager_signature", lang)])
    return form.pdf()

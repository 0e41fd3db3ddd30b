"""The printed cash book; the portfolio and DCB reports are app.printing.portfolio's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.format import SYMBOLS, format_amount, format_date, format_number
from app.printing.forms import Column, Form
from app.printing.labels import LABELS, label
from app.printing.portfolio import dcb_document, portfolio_document

__all__ = ["cash_book_document", "dcb_document", "portfolio_document"]

if TYPE_CHECKING:
    from app.printing.collection_sheet import SheetHeader
    from app.services.cash import CashBook
    from app.services.cash_transfers import CashTransfer


def _subtitle(head: SheetHeader, lang: str) -> str:
    return f"{head.institution} — {label('branch', lang)}: {head.branch_name} ({head.branch_code})"


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
    notes = DENOMINATIONS.get(head.currency, DENOMINATIONS["INR"])

    def closing(f: Form) -> None:  # the count and the signatures on one page
        f.heading(label("denominations", lang))
        f.table([Column(label("denomination", lang), 160, True),
                 Column(label("count", lang), 120, True),
                 Column(label("amount", lang), 0, True)],
                [[f"{SYMBOLS.get(head.currency, '')}{format_number(n, lang)}", "", ""]
                 for n in notes],
                [label("total", lang), "", ""])
        f.signatures([label("cashier_signature", lang), label("accountant_signature", lang),
                      label("manager_signature", lang)])

    form.together(closing)
    return form.pdf()

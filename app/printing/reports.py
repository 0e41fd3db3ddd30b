"""Printed versions of the portfolio (PAR and ageing) and DCB reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.format import format_amount, format_date, format_number, format_percent
from app.printing.forms import Column, Form
from app.printing.labels import label

if TYPE_CHECKING:
    from app.printing.collection_sheet import SheetHeader
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

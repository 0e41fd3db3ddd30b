"""Reports: portfolio at risk and ageing as of the business date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from app.format import format_amount, format_number, format_percent
from app.services.branch import branch_info
from app.services.reports import AgeingRow, portfolio_report
from ui.table import Column
from ui.views.base import TablePage


class ReportsView(TablePage):
    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.print_button, self.dcb_button = QPushButton(), QPushButton()
        self.print_button.clicked.connect(self.print_portfolio)
        self.dcb_button.clicked.connect(self.print_dcb)
        for button in (self.print_button, self.dcb_button):
            self.top.addWidget(button)
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_portfolio)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "dcb_button"):
            self.print_button.setText(self.tr("&Print this report (Ctrl+P)"))
            self.dcb_button.setText(self.tr("Print &DCB for this month"))

    def _officer(self) -> int | None:
        return self.ctx.actor.staff_id if self.ctx.actor.role == "field_officer" else None

    def print_portfolio(self) -> None:
        from app.services.printing import portfolio_pdf
        from ui.views.print_preview import preview_in_background

        preview_in_background(self, self.page_title(), portfolio_pdf, self.ctx.engine,
                              branch_info(self.ctx.engine).business_date, self._officer(),
                              self.ctx.lang)

    def print_dcb(self) -> None:
        """Demand, collection and balance from the 1st of the month to the business date."""
        from app.services.printing import dcb_pdf
        from ui.views.print_preview import preview_in_background

        today = branch_info(self.ctx.engine).business_date
        preview_in_background(self, self.tr("Demand, collection and balance"), dcb_pdf,
                              self.ctx.engine, today.replace(day=1), today, self.ctx.lang)

    def columns(self) -> Sequence[Column]:
        lang = lambda: self.ctx.lang  # noqa: E731
        return [
            (lambda: self.tr("Days past due"), lambda a: self.bucket_text(a.bucket), False),
            (lambda: self.tr("Loans"), lambda a: format_number(a.loans, lang()), True),
            (lambda: self.tr("Outstanding principal"), lambda a: format_amount(a.outstanding_minor, lang()), True),
        ]

    def bucket_text(self, bucket: str) -> str:
        if bucket == "current":
            return self.tr("current (not late)")
        if bucket == "180+":
            return self.tr("over 180 days")
        low, high = bucket.split("-")
        return self.tr("{low}–{high} days").format(low=format_number(int(low), self.ctx.lang),
                                                   high=format_number(int(high), self.ctx.lang))

    def page_title(self) -> str:
        return self.tr("Portfolio at risk (PAR) and ageing")

    def load(self) -> Sequence[AgeingRow]:
        self.report = portfolio_report(self.ctx.engine,
                                       branch_info(self.ctx.engine).business_date,
                                       self._officer())
        return self.report.ageing

    def after_load(self, rows: Sequence[Any]) -> None:
        r, lang = self.report, self.ctx.lang
        self.summary.setText(self.tr(
            "{loans} loans, outstanding {outstanding}; PAR>0: {par1}, PAR>30: {par30}, "
            "PAR>90: {par90}").format(
            loans=format_number(r.active_loans, lang),
            outstanding=format_amount(r.outstanding_minor, lang),
            par1=format_percent(r.par_percent(r.par_1_minor), lang),
            par30=format_percent(r.par_percent(r.par_30_minor), lang),
            par90=format_percent(r.par_percent(r.par_90_minor), lang)))


View = ReportsView

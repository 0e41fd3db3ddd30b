"""Reports: portfolio at risk and ageing as of the business date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.format import format_amount, format_number, format_percent
from app.services.branch import branch_info
from app.services.reports import AgeingRow, portfolio_report
from ui.table import Column
from ui.views.base import TablePage


class ReportsView(TablePage):
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
        officer = self.ctx.actor.staff_id if self.ctx.actor.role == "field_officer" else None
        self.report = portfolio_report(self.ctx.engine,
                                       branch_info(self.ctx.engine).business_date, officer)
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

"""Loans: the branch's loans by status, searchable by loan number or member."""

from __future__ import annotations

from collections.abc import Sequence

from app.format import format_amount, format_date
from app.services.directory import LoanRow, list_loans
from ui.table import Column
from ui.views.base import TablePage


class LoansView(TablePage):
    searchable = True

    def columns(self) -> Sequence[Column]:
        lang = lambda: self.ctx.lang  # noqa: E731
        return [
            (lambda: self.tr("Loan no."), lambda r: r.loan_no, False),
            (lambda: self.tr("Member"), lambda r: f"{r.member_code} {self.pick(r.member_en, r.member_bn)}", False),
            (lambda: self.tr("Disbursed"), lambda r: format_date(r.disbursed_on, lang()) if r.disbursed_on else "", False),
            (lambda: self.tr("Loan amount"), lambda r: format_amount(r.principal_minor, lang()), True),
            (lambda: self.tr("Outstanding"), lambda r: format_amount(r.outstanding_minor, lang()), True),
        ]

    def page_title(self) -> str:
        return self.tr("Loans (disbursed, not yet repaid)")

    def load(self) -> Sequence[LoanRow]:
        return list_loans(self.ctx.engine, "disbursed", self.search.text())


View = LoansView

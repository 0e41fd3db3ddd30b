"""Cash: the day's cash book derived from the ledger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.format import format_amount
from app.services.branch import branch_info
from app.services.cash import CashLine, cash_book
from ui.table import Column
from ui.views.base import TablePage


class CashView(TablePage):
    def columns(self) -> Sequence[Column]:
        lang = lambda: self.ctx.lang  # noqa: E731
        return [
            (lambda: self.tr("Entry"), lambda c: self.kind_text(c.kind), False),
            (lambda: self.tr("Staff"), lambda c: self.pick(c.officer_en, c.officer_bn), False),
            (lambda: self.tr("Receipts"), lambda c: format_amount(c.receipts_minor, lang()), True),
            (lambda: self.tr("Payments"), lambda c: format_amount(c.payments_minor, lang()), True),
        ]

    def kind_text(self, kind: str) -> str:
        labels = {"disbursement": self.tr("Loan disbursement"),
                  "repayment": self.tr("Loan repayment"),
                  "savings_deposit": self.tr("Savings deposit"),
                  "savings_withdrawal": self.tr("Savings withdrawal"),
                  "fee": self.tr("Processing fee"), "insurance": self.tr("Insurance"),
                  "penalty": self.tr("Penalty"), "recovery": self.tr("Recovery after write-off"),
                  "expense": self.tr("Expense")}
        return labels.get(kind, kind)

    def page_title(self) -> str:
        return self.tr("Cash book")

    def load(self) -> Sequence[CashLine]:
        self.book = cash_book(self.ctx.engine, branch_info(self.ctx.engine).business_date)
        return self.book.lines

    def after_load(self, rows: Sequence[Any]) -> None:
        lang = self.ctx.lang
        self.summary.setText(self.tr("Opening {opening} + receipts {receipts} − payments "
                                     "{payments} = closing {closing}").format(
            opening=format_amount(self.book.opening_minor, lang),
            receipts=format_amount(self.book.receipts_minor, lang),
            payments=format_amount(self.book.payments_minor, lang),
            closing=format_amount(self.book.closing_minor, lang)))


View = CashView

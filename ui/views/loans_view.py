"""Loans: applications, sanctioned, disbursed and closed loans, searchable; a new
application (with live preview), one loan's page with its actions, and head office's
decisions on forwarded applications."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton

from app.format import format_amount, format_date, format_number
from app.services.actor import Actor
from app.services.loan_sanction import apply_hq_decisions
from app.services.loans import LoanListRow, loans_by_status
from ui.context import AppContext
from ui.labels import loan_status
from ui.ops import call
from ui.table import Column
from ui.views.base import TablePage

FILTERS = (
    ("applications", ("applied", "recommended", "forwarded")),
    ("sanctioned", ("sanctioned",)),
    ("disbursed", ("disbursed",)),
    ("ended", ("closed", "written_off", "rejected")),
    ("reschedule", ("disbursed",)),  # a reschedule waits for approval
)


class LoansView(TablePage):
    searchable = True

    def __init__(self, ctx: AppContext) -> None:
        self.filter = QComboBox()
        super().__init__(ctx)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("new", self.new_application), ("open", self.open_loan),
                          ("hq", self.head_office_decisions)):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.add_action_row([self.filter, *self.buttons.values()])
        self.table.doubleClicked.connect(lambda _i: self.open_loan())
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_application)
        QShortcut(QKeySequence("Return"), self.table, self.open_loan)
        self.retranslate()
        self.filter.setCurrentIndex(self._first_with_work())

    def _first_with_work(self) -> int:
        """Open on the work waiting (applications, then sanctioned loans to pay out);
        otherwise on the loans being repaid."""
        for index in (0, 1):
            if loans_by_status(self.ctx.engine, FILTERS[index][1], limit=1):
                return index
        return 2

    def columns(self) -> Sequence[Column]:
        lang = lambda: self.ctx.lang  # noqa: E731
        return [
            (lambda: self.tr("Loan no."), lambda r: r.loan_no, False),
            (lambda: self.tr("Member"),
             lambda r: f"{r.member_code} {self.ctx.pick(r.member_en, r.member_bn)}", False),
            (lambda: self.tr("Product"), lambda r: r.product_code, False),
            (lambda: self.tr("Status"), lambda r: loan_status(r.status), False),
            (lambda: self.tr("Applied"), lambda r: format_date(r.applied_on, lang()), False),
            (lambda: self.tr("Loan amount"), lambda r: format_amount(r.principal_minor, lang()),
             True),
            (lambda: self.tr("Outstanding"),
             lambda r: format_amount(r.outstanding_minor, lang()), True),
        ]

    def page_title(self) -> str:
        return self.tr("Loans")

    def load(self) -> Sequence[LoanListRow]:
        index = max(self.filter.currentIndex(), 0)
        return loans_by_status(self.ctx.engine, FILTERS[index][1], self.search.text(),
                               reschedule_requested=FILTERS[index][0] == "reschedule")

    def after_load(self, rows: Sequence[LoanListRow]) -> None:
        self.summary.setText(self.tr("{count} loans").format(count=format_number(len(rows), self.ctx.lang)))

    def selected(self) -> LoanListRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def new_application(self) -> None:
        from ui.views.loan_application import ApplicationDialog

        dialog = ApplicationDialog(self.ctx, self)
        if dialog.exec() and dialog.applied is not None:
            self.filter.setCurrentIndex(0)
            self.refresh()

    def open_loan(self) -> None:
        from ui.views.loan_actions import LoanDialog

        row = self.selected()
        if row is None:
            return
        LoanDialog(self.ctx, row.loan_id, self).exec()
        self.refresh()

    def head_office_decisions(self) -> None:
        done = call(self, apply_hq_decisions, self.ctx.engine,
                    Actor(self.ctx.actor.staff_id, self.ctx.actor.username,
                          self.ctx.actor.role, self.ctx.actor.sanction_grade))
        if done is None:
            return
        self.ctx.data_changed.emit("loans")
        QMessageBox.information(self, self.tr("Head-office decisions"), self.tr(
            "Sanctioned by head office: {sanctioned}. Rejected: {rejected}.").format(
            sanctioned=format_number(len(done.sanctioned), self.ctx.lang),
            rejected=format_number(len(done.rejected), self.ctx.lang)))

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "buttons"):
            return
        labels = (self.tr("Applications"), self.tr("Sanctioned, to disburse"),
                  self.tr("Disbursed"), self.tr("Closed, written off, rejected"),
                  self.tr("Reschedule requests"))
        if self.filter.count() == 0:
            for text in labels:
                self.filter.addItem(text)
        else:
            for i, text in enumerate(labels):
                self.filter.setItemText(i, text)
        self.buttons["new"].setText(self.tr("New application (Ctrl+N)"))
        self.buttons["open"].setText(self.tr("Open loan"))
        self.buttons["hq"].setText(self.tr("Head-office decisions"))
        self.search.setPlaceholderText(self.tr("Loan no., member code or name…"))


View = LoansView

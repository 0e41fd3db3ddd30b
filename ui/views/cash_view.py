"""Cash: the day's cash book derived from the ledger, the savings counter, day close."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.format import (
    date_for_typing,
    format_amount,
    format_date,
    format_number,
    parse_amount,
    parse_date,
)
from app.services.branch import branch_info
from app.services.cash import CashLine, cash_book
from app.services.cash_differences import cash_differences
from app.services.directory import search_members
from app.services.savings import counter_deposit, counter_withdrawal, member_accounts
from ui.amounts import read_back
from ui.context import AppContext
from ui.guarded_dialog import GuardedDialog
from ui.labels import journal_kind
from ui.ops import call, show_error
from ui.table import Column
from ui.views import day_close
from ui.views.base import TablePage
from ui.views.cash_transfer_dialog import ReverseTransferDialog, TransferDialog


class CounterDialog(GuardedDialog):
    """A savings deposit or withdrawal at the counter: member, account, amount."""

    def __init__(self, ctx: AppContext, withdrawal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.withdrawal, self.done_movement = ctx, withdrawal, None
        self.setWindowTitle(self.tr("Savings withdrawal") if withdrawal
                            else self.tr("Savings deposit"))
        self.setMinimumWidth(420)
        self.member = QLineEdit()
        self.member.setPlaceholderText(self.tr("Member code or name"))
        self.member.editingFinished.connect(self.find_accounts)
        self.account = QComboBox()
        self.amount = QLineEdit()
        read_back(ctx, self.amount)
        form = QFormLayout(self)
        form.addRow(self.tr("Member"), self.member)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Amount"), self.amount)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def find_accounts(self) -> None:
        self.account.clear()
        found = search_members(self.ctx.engine, self.member.text(), limit=1)
        if not found:
            return
        for a in member_accounts(self.ctx.engine, found[0].id):
            if a.status == "open":
                balance = format_amount(a.balance_minor, self.ctx.lang)
                self.account.addItem(f"{a.account_no} · {balance}", a.account_id)

    def save(self) -> None:
        if self.account.currentData() is None:
            self.find_accounts()
            if self.account.currentData() is None:
                QMessageBox.warning(self, self.windowTitle(),
                                    self.tr("No open savings account found for this member."))
                return
        try:
            amount = parse_amount(self.amount.text())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        fn = counter_withdrawal if self.withdrawal else counter_deposit
        self.done_movement = call(self, fn, self.ctx.engine, self.ctx.actor,
                                  int(self.account.currentData()), amount)
        if self.done_movement is not None:
            self.ctx.data_changed.emit("cash")
            self.accept()


class CashView(TablePage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.deposit_button, self.withdraw_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.fund_in_button, self.fund_out_button = QPushButton(), QPushButton()
        self.expense_button = QPushButton()
        self.expense_button.clicked.connect(lambda: self.transfer("expense"))
        self.reverse_button = QPushButton()
        self.interest_button = QPushButton()
        self.interest_button.clicked.connect(self.post_interest)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_cash_book)
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_cash_book)
        self.deposit_button.clicked.connect(lambda: self.counter(False))
        self.withdraw_button.clicked.connect(lambda: self.counter(True))
        self.fund_in_button.clicked.connect(lambda: self.transfer("in"))
        self.fund_out_button.clicked.connect(lambda: self.transfer("out"))
        self.reverse_button.clicked.connect(self.reverse_transfer)
        self.close_button.clicked.connect(self.close_the_day)
        self.differences_button = QPushButton()  # cash short or over, until settled
        self.differences_button.clicked.connect(self.show_differences)
        manager = ctx.actor.role in ("branch_manager", "admin")
        from app.services import roles  # the accountant too, with the manager countersigning
        self.close_button.setVisible(roles.grant(ctx.actor.role, roles.DAY_CLOSE)
                                     is not roles.Grant.NO)
        self.reverse_button.setVisible(manager)
        for button in (self.fund_in_button, self.fund_out_button, self.expense_button,
                       self.interest_button):
            button.setVisible(manager or ctx.actor.role == "accountant")
        self.add_action_row([self.deposit_button, self.withdraw_button, self.fund_in_button,
                             self.fund_out_button, self.expense_button, self.reverse_button,
                             self.interest_button, self.differences_button])
        for button in (self.print_button, self.close_button):  # the day's end, top right
            self.top.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "close_button"):
            self.deposit_button.setText(self.tr("Savings deposit…"))
            self.withdraw_button.setText(self.tr("Savings withdrawal…"))
            self.close_button.setText(self.tr("Close the day…"))
            self.fund_in_button.setText(self.tr("&Fund received…"))
            self.fund_out_button.setText(self.tr("Sent to &bank…"))
            self.expense_button.setText(self.tr("E&xpense…"))
            self.reverse_button.setText(self.tr("Reverse a transfer…"))
            self.interest_button.setText(self.tr("Savings &interest…"))
            self.print_button.setText(self.tr("&Print cash book (Ctrl+P)"))
            self.differences_button.setText(self.tr("Settle cash &differences…"))

    def columns(self) -> Sequence[Column]:
        lang = lambda: self.ctx.lang  # noqa: E731
        return [
            (lambda: self.tr("Entry"), self.entry_text, False),
            (lambda: self.tr("Staff"), lambda c: self.pick(c.officer_en, c.officer_bn), False),
            (lambda: self.tr("Receipts"), lambda c: format_amount(c.receipts_minor, lang()), True),
            (lambda: self.tr("Payments"), lambda c: format_amount(c.payments_minor, lang()), True),
        ]

    def entry_text(self, line: CashLine) -> str:
        """What the line is; a reversal says so (it may undo a day already closed)."""
        kind = journal_kind(line.kind)
        return self.tr("Reversal: {entry}").format(entry=kind) if line.reversal else kind

    def page_title(self) -> str:
        return self.tr("Cash book")

    def load(self) -> Sequence[CashLine]:
        self.book = cash_book(self.ctx.engine, branch_info(self.ctx.engine).business_date)
        self.open_differences = cash_differences(self.ctx.engine)
        return self.book.lines

    def after_load(self, rows: Sequence[Any]) -> None:
        lang = self.ctx.lang
        self.summary.setText(self.tr("Opening {opening} + receipts {receipts} − payments "
                                     "{payments} = closing {closing}").format(
            opening=format_amount(self.book.opening_minor, lang),
            receipts=format_amount(self.book.receipts_minor, lang),
            payments=format_amount(self.book.payments_minor, lang),
            closing=format_amount(self.book.closing_minor, lang)))
        waiting = getattr(self, "open_differences", [])
        if waiting:
            short = sum(d.amount_minor for d in waiting if d.direction == "short")
            over = sum(d.amount_minor for d in waiting if d.direction == "over")
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "In suspense until settled: short {short} · over {over} (Settle cash differences…)"
            ).format(short=format_amount(short, lang), over=format_amount(over, lang)))

    def counter(self, withdrawal: bool) -> None:
        CounterDialog(self.ctx, withdrawal, self).exec()
        self.refresh()

    def print_cash_book(self) -> None:
        """The day's cash book, for the accountant's and the manager's signatures."""
        from app.services.printing import cash_book_pdf
        from ui.views.print_preview import preview_in_background

        preview_in_background(self, self.tr("Cash book"), cash_book_pdf, self.ctx.engine,
                              self.book.on, self.ctx.lang)

    def post_interest(self, period_end: str | None = None) -> None:
        """Credit every open savings account with interest up to a date (the branch
        does it at least each quarter); running it again for the same date adds nothing."""
        from app.services.savings import post_savings_interest

        today = branch_info(self.ctx.engine).business_date
        if period_end is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Savings interest"),
                self.tr("Credit interest up to (day/month/year)"),
                text=date_for_typing(today, self.ctx.lang))
            if not ok:
                return
            period_end = text
        until = call(self, parse_date, period_end)
        if until is None:
            return
        posted = call(self, post_savings_interest, self.ctx.engine, self.ctx.actor, until)
        if posted is not None:
            QMessageBox.information(self, self.tr("Savings interest"), self.tr(
                "Interest up to {date}: {total} credited to savings accounts ({count})."
            ).format(
                total=format_amount(posted.total_minor, self.ctx.lang),
                count=format_number(posted.accounts, self.ctx.lang),
                date=format_date(posted.period_end, self.ctx.lang)))
            self.ctx.data_changed.emit("cash")
            self.refresh()

    def transfer(self, direction: str) -> None:
        TransferDialog(self.ctx, direction, self).exec()
        self.refresh()

    def reverse_transfer(self) -> None:
        dialog = ReverseTransferDialog(self.ctx, self)
        if dialog.empty:
            QMessageBox.information(self, dialog.windowTitle(),
                                    self.tr("No cash transfer today to reverse."))
            return
        dialog.exec()
        self.refresh()

    def close_the_day(self, counted: str | None = None, reason: str | None = None) -> None:
        """Meetings first, then the count; a difference goes to suspense with a reason."""
        closed = day_close.close_the_day(self, self.ctx, counted, reason)
        if closed is None:
            return
        self.refresh()
        if self.isVisible():
            QMessageBox.information(self, self.tr("Close the day"), self.tr(
                "The day is closed. The next working day is {date}.").format(
                date=format_date(closed.next_business_date, self.ctx.lang)))
        self.back_up_closed_day(closed.closed)

    def show_differences(self) -> None:
        day_close.CashDifferencesDialog(self.ctx, self).exec()
        self.refresh()

    def back_up_closed_day(self, closed: date) -> None:
        """Every closed day leaves a checked copy beside the database (in a worker; a
        failure is shown, the closed day stays closed)."""
        from app.services.backup import back_up_after_day_close
        from ui.ops import run_op

        run_op(self, back_up_after_day_close, self.ctx.engine, closed,
               progress_label=self.tr("Backing up the closed day …"))


View = CashView

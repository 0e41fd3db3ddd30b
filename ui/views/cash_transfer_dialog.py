"""Funds from head office or the bank, cash sent to the bank, expenses paid from the safe,
and undoing a mistake."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.format import format_amount, parse_amount
from app.services.branch import branch_info
from app.services.cash_transfers import (
    cash_transfers,
    record_cash_transfer,
    reverse_cash_transfer,
)
from ui.amounts import read_back
from ui.context import AppContext
from ui.guarded_dialog import GuardedDialog
from ui.ops import call, show_error


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TransferDialog(GuardedDialog):
    """Amount and reference of a fund received (in) or cash sent away (out)."""

    def __init__(self, ctx: AppContext, direction: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.direction, self.journal_id = ctx, direction, None
        titles = {"in": self.tr("Fund received from head office or the bank"),
                  "out": self.tr("Cash sent to the bank or head office"),
                  "expense": self.tr("Branch expense paid from the safe")}
        self.setWindowTitle(titles[direction])
        self.setMinimumWidth(460)  # the reference hint and long Bengali titles fit
        self.amount = QLineEdit()
        read_back(ctx, self.amount)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(
            self.tr("What for, and the voucher number") if direction == "expense" else
            self.tr("Cheque, deposit slip or head office's advice"))
        form = QFormLayout(self)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(_buttons(self))

    def accept(self) -> None:
        try:
            amount = parse_amount(self.amount.text())
        except Exception as exc:  # noqa: BLE001 - shown to the user, the form stays filled
            show_error(self, exc)
            return
        self.journal_id = call(self, record_cash_transfer, self.ctx.engine, self.ctx.actor,
                               self.direction, amount, self.reference.text())
        if self.journal_id is not None:
            self.ctx.data_changed.emit("cash")
            super().accept()


class ReverseTransferDialog(QDialog):
    """Pick one of the open day's transfers and give the reason it is undone."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.journal_id = ctx, None
        self.setWindowTitle(self.tr("Reverse a cash transfer"))
        self.setMinimumWidth(460)
        self.transfer = QComboBox()
        for t in cash_transfers(ctx.engine, branch_info(ctx.engine).business_date):
            if t.reversed:
                continue
            way = {"in": self.tr("in"), "out": self.tr("out"),
                   "expense": self.tr("expense")}[t.direction]
            self.transfer.addItem(
                f"{way} · {format_amount(t.amount_minor, ctx.lang)} · {t.reference}",
                t.journal_id)
        self.reason = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Transfer"), self.transfer)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(_buttons(self))

    @property
    def empty(self) -> bool:
        return self.transfer.count() == 0

    def accept(self) -> None:
        self.journal_id = call(self, reverse_cash_transfer, self.ctx.engine, self.ctx.actor,
                               self.transfer.currentData() or 0, self.reason.text())
        if self.journal_id is not None:
            self.ctx.data_changed.emit("cash")
            super().accept()

"""Closing the day from the Cash page, and the cash differences it may leave in suspense.

Before the cash is counted the manager is told which meetings still stop the day (not
posted, or reversed and not yet entered again). A count that differs from the book is
not a dead end: the difference is shown, and with a reason it goes to its suspense head
(the manager's closing is the approval) and stays an open task on the Cash page until it
is settled — recovered or written off, returned or taken to income — or reversed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.format import format_amount, format_date, parse_amount
from app.services.cash import close_day, day_close_check
from app.services.cash_differences import (
    CashDifferenceFound,
    CashDifferenceRow,
    cash_differences,
    reverse_difference,
    settle_difference,
)
from ui.context import AppContext
from ui.i18n import tr_error
from ui.ops import call, show_error

SETTLEMENTS = {"short": ("recovered", "written_off"), "over": ("returned", "to_income")}


def close_the_day(parent: QWidget, ctx: AppContext, counted: str | None = None,
                  reason: str | None = None) -> Any:
    """The manager closes the business day; returns the ClosedDay, or None. `counted` and
    `reason`, when given, are not asked for (tests)."""
    title = QCoreApplication.translate("DayClose", "Close the day")
    check = call(parent, day_close_check, ctx.engine)
    if check is None:
        return None
    if check.unsettled_groups:  # before anyone counts cash
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "DayClose", "The day cannot be closed yet. These meetings are not posted (or "
            "were reversed and not entered again): {groups}. Post them, or mark them not "
            "held, on Today.").format(groups=", ".join(check.unsettled_groups)))
        return None
    if counted is None:
        text, ok = QInputDialog.getText(parent, title, QCoreApplication.translate(
            "DayClose", "Cash counted in the safe"))
        if not ok:
            return None
        counted = text
    try:
        amount = parse_amount(counted)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        show_error(parent, exc)
        return None
    from app.services.roles import DAY_CLOSE
    from ui.countersign import countersignature

    signer = countersignature(parent, ctx, DAY_CLOSE)  # the accountant: the manager signs
    if signer is False:
        return None
    try:
        closed = close_day(ctx.engine, ctx.actor, amount, countersigned_by=signer or None)
    except CashDifferenceFound as found:
        if reason is None:
            text, ok = QInputDialog.getText(parent, title, tr_error(found) + "\n\n"
                                            + QCoreApplication.translate(
                "DayClose", "Reason for the difference (it is recorded in suspense as your "
                "approval, and stays open on the Cash page until settled):"))
            if not ok:
                return None
            reason = text
        closed = call(parent, close_day, ctx.engine, ctx.actor, amount, reason,
                      signer or None)
    except Exception as exc:  # noqa: BLE001 - every error reaches the user
        show_error(parent, exc)
        return None
    if closed is not None:
        ctx.data_changed.emit("cash")
    return closed


class CashDifferencesDialog(QDialog):
    """Every cash difference recorded at day close; the open ones are settled here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CashDifferenceRow] = []
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.settle_button, self.reverse_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.settle_button.clicked.connect(lambda: self.settle())
        self.reverse_button.clicked.connect(lambda: self.reverse())
        self.close_button.clicked.connect(self.accept)
        manager = ctx.actor.role in ("branch_manager", "admin")
        self.settle_button.setVisible(manager)
        self.reverse_button.setVisible(manager)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.settle_button, self.reverse_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()
        self.resize(760, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cash differences in suspense"))
        self.hint.setText(self.tr("A shortage is recovered (the cash comes back) or written "
                                  "off as the branch's loss; an excess is returned to whom "
                                  "it belongs or taken to income. A count found wrong is "
                                  "reversed."))
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Difference"),
                                              self.tr("Amount"), self.tr("Status"),
                                              self.tr("Reason")])
        self.settle_button.setText(self.tr("&Settle…"))
        self.reverse_button.setText(self.tr("&Reverse…"))
        self.close_button.setText(self.tr("Close"))
        if self.rows:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        everything = cash_differences(self.ctx.engine, open_only=False)
        self.rows = sorted(everything, key=lambda d: (d.status != "open", -d.id))
        self._fill()

    def direction_text(self, direction: str) -> str:
        return self.tr("short") if direction == "short" else self.tr("over")

    def status_text(self, row: CashDifferenceRow) -> str:
        words = {"recovered": self.tr("recovered"), "written_off": self.tr("written off"),
                 "returned": self.tr("returned"), "to_income": self.tr("taken to income"),
                 "reversed": self.tr("reversed")}
        if row.status == "open":
            return self.tr("open")
        return words.get(row.settlement or "", row.status)

    def _fill(self) -> None:
        lang = self.ctx.lang
        self.table.setRowCount(len(self.rows))
        for r, d in enumerate(self.rows):
            reason = d.reason if d.status == "open" else f"{d.reason} — {d.settlement_note}"
            for c, text in enumerate((format_date(d.on, lang), self.direction_text(d.direction),
                                      format_amount(d.amount_minor, lang), self.status_text(d),
                                      reason)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)

    def chosen(self) -> CashDifferenceRow | None:
        index = self.table.currentRow()
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        if row is None or row.status != "open":
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Choose an open difference first."))
            return None
        return row

    def settle(self, settlement: str | None = None, note: str | None = None) -> bool:
        row = self.chosen()
        if row is None:
            return False
        choices = SETTLEMENTS[row.direction]
        if settlement is None:
            words = [self.status_text_for(c) for c in choices]
            picked, ok = QInputDialog.getItem(self, self.tr("Settle"), self.tr("How was it "
                                              "settled?"), words, 0, False)
            if not ok:
                return False
            settlement = choices[words.index(picked)]
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Settle"), self.tr(
                "What was done (voucher, who paid, approval):"))
            if not ok:
                return False
        done = call(self, settle_difference, self.ctx.engine, self.ctx.actor, row.id,
                    settlement, note)
        return self._after(done)

    def status_text_for(self, settlement: str) -> str:
        return {"recovered": self.tr("Recovered (the cash comes back)"),
                "written_off": self.tr("Written off as the branch's loss"),
                "returned": self.tr("Returned to whom it belongs"),
                "to_income": self.tr("Taken to income")}[settlement]

    def reverse(self, reason: str | None = None) -> bool:
        row = self.chosen()
        if row is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Reverse"), self.tr(
                "Why was the count wrong?"))
            if not ok:
                return False
        done = call(self, reverse_difference, self.ctx.engine, self.ctx.actor, row.id, reason)
        return self._after(done)

    def _after(self, done: object) -> bool:
        if done is None:
            return False
        self.ctx.data_changed.emit("cash")
        self.reload()
        return True

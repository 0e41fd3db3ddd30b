"""Meeting entry, keyboard-first: type each member's amounts, Enter moves down.

Columns to type: received, savings deposit, withdrawal, attendance (P present, A absent,
S absent but sent payment, L leave — or উ/অ/প/ছ, shown so in Bengali). Bengali or Latin
digits. Three tick columns (Space toggles): paid by the group for her, loan use checked,
closes her loans today — ticking the last fills in exactly what closes them (interest to
date only).
Totals are always visible; Post (Ctrl+Enter) is refused until they equal the cash
counted. Ctrl+S saves a draft; closing the window saves one too, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShakhaError
from app.format import format_amount, format_date, format_number, parse_amount
from app.services.meetings import (
    MeetingEntry,
    MeetingRow,
    meeting_sheet,
    post_meeting,
    save_draft,
)
from ui.context import AppContext
from ui.i18n import tr_error

WITHDRAWABLE, RECEIVED, DEPOSIT, WITHDRAWAL, ATTENDANCE = 6, 7, 8, 9, 10
BY_GROUP, USE_CHECKED, CLOSES = 11, 12, 13
EDITABLE = (RECEIVED, DEPOSIT, WITHDRAWAL, ATTENDANCE)
TICKS = (BY_GROUP, USE_CHECKED, CLOSES)
ATTENDANCE_KEYS = {"P": "present", "উ": "present", "A": "absent", "অ": "absent",
                   "S": "absent_paid", "প": "absent_paid", "L": "leave", "ছ": "leave"}
# shown in the reader's script (either is typed): উপস্থিত, অনুপস্থিত, পাঠিয়েছেন, ছুটি
ATTENDANCE_LETTER = {"en": {"present": "P", "absent": "A", "absent_paid": "S", "leave": "L"},
                     "bn": {"present": "উ", "absent": "অ", "absent_paid": "প", "leave": "ছ"}}


class EntryTable(QTableWidget):
    """A table where finishing an edit with Enter starts editing the next row."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint in (QAbstractItemDelegate.EndEditHint.NoHint,
                    QAbstractItemDelegate.EndEditHint.SubmitModelCache):
            row, column = self.currentRow(), self.currentColumn()
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, column)
                self.editItem(self.item(row + 1, column))


class MeetingEntryDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.sheet = meeting_sheet(ctx.engine, meeting_id)
        self.dirty = False
        self.posted = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.table = EntryTable(len(self.sheet.members), 14)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.totals = QLabel()
        self.totals.setObjectName("meetingTotals")
        self.cash_label = QLabel()
        self.cash = QLineEdit()
        self.cash_label.setBuddy(self.cash)
        self.cash.textChanged.connect(self._changed)
        self.post_button, self.draft_button = QPushButton(), QPushButton()
        self.post_button.clicked.connect(self.post)
        self.draft_button.clicked.connect(self.save_draft)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.cash_label)
        bottom.addWidget(self.cash)
        bottom.addWidget(self.draft_button)
        bottom.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.post)
        QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(self.post)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_draft)
        self._fill()
        # every column as wide as its contents, so the ticks fit on a 1366-pixel screen
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(72)  # room to type an amount before it widens
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._changed)
        self.retranslate()
        self._fit_to_screen()
        self.table.setCurrentCell(0, RECEIVED)
        self.table.setFocus()

    def _fit_to_screen(self) -> None:
        """Wide enough for every column (no sideways scrolling during a meeting), as
        far as the screen allows; tall enough for a group of twenty where it can."""
        self.table.resizeColumnsToContents()
        margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        needed = (self.table.verticalHeader().sizeHint().width()
                  + self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
                  + self.table.verticalScrollBar().sizeHint().width()
                  + margins.left() + margins.right())
        screen = self.screen().availableGeometry()
        self.resize(min(max(needed, 800), screen.width() - 16),
                    min(680, screen.height() - 48))

    # --- filling -------------------------------------------------------------------------
    def _cell(self, text: str, editable: bool = False, right: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _tick(self, on: bool, enabled: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                      | (Qt.ItemFlag.ItemIsEnabled if enabled else Qt.ItemFlag.NoItemFlags))
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return item

    def _ticked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return bool(item and item.checkState() == Qt.CheckState.Checked)

    def _fill(self) -> None:
        lang = self.ctx.lang
        draft = {r.member_id: r for r in self.sheet.draft.rows} if self.sheet.draft else {}
        # the serial numbers of the printed sheet, in the reader's digits
        self.table.setVerticalHeaderLabels([format_number(n, lang) for n in
                                            range(1, len(self.sheet.members) + 1)])
        for row, member in enumerate(self.sheet.members):
            name = member.name_bn if lang == "bn" else member.name_en
            number = (f"{format_number(member.installment_no, lang)}/"
                      f"{format_number(member.installments_count, lang)}"
                      if member.loan_id else "")
            saved = draft.get(member.member_id)
            values = [member.member_code, name, number,
                      format_amount(member.due_minor, lang),
                      format_amount(member.arrears_minor, lang),
                      format_amount(member.savings_due_minor, lang),
                      format_amount(member.withdrawable_minor, lang)]
            for column, text in enumerate(values):
                self.table.setItem(row, column, self._cell(text, right=column > 1))
            typed = [saved.repayment_minor, saved.savings_deposit_minor,
                     saved.savings_withdrawal_minor] if saved else [0, 0, 0]
            for column, minor in zip((RECEIVED, DEPOSIT, WITHDRAWAL), typed, strict=True):
                text = format_amount(minor, lang) if minor else ""
                self.table.setItem(row, column, self._cell(text, editable=True))
            letters = ATTENDANCE_LETTER.get(lang, ATTENDANCE_LETTER["en"])
            letter = letters[saved.attendance if saved else "present"]
            self.table.setItem(row, ATTENDANCE, self._cell(letter, editable=True, right=False))
            ticked = (saved.paid_by_group, saved.utilisation_checked,
                      saved.closes_loans) if saved else (False, False, False)
            for column, on in zip(TICKS, ticked, strict=True):
                self.table.setItem(row, column, self._tick(on, enabled=column != CLOSES
                                                           or member.closing_minor > 0))
        if self.sheet.draft:
            self.cash.setText(format_amount(self.sheet.draft.cash_counted_minor, lang))

    def retranslate(self) -> None:
        name = self.sheet.group_name_bn if self.ctx.lang == "bn" else self.sheet.group_name_en
        self.setWindowTitle(self.tr("Meeting entry"))
        self.title.setText(self.tr("Meeting of {group} on {date}").format(
            group=f"{self.sheet.group_code} {name}", date=format_date(self.sheet.on,
                                                                      self.ctx.lang)))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Member"), self.tr("Installment"), self.tr("Due"),
            self.tr("Arrears"), self.tr("Savings due"), self.tr("Withdrawable"),
            self.tr("Received"), self.tr("Savings deposit"), self.tr("Withdrawal"),
            self.tr("Attendance"), self.tr("By group"), self.tr("Use checked"),
            self.tr("Closes loan")])
        for row, member in enumerate(self.sheet.members):
            tip = self.tr("To close all her loans today: {amount}").format(
                amount=format_amount(member.closing_minor, self.ctx.lang)
            ) if member.closing_minor else ""
            for column in (RECEIVED, CLOSES):
                item = self.table.item(row, column)
                if item is not None:
                    item.setToolTip(tip)
        self.cash_label.setText(self.tr("&Cash counted"))
        self.post_button.setText(self.tr("Post (Ctrl+Enter)"))
        self.draft_button.setText(self.tr("Save draft (Ctrl+S)"))
        self._update_totals()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading what was typed --------------------------------------------------------
    def _amount(self, row: int, column: int) -> int:
        item = self.table.item(row, column)
        return parse_amount(item.text()) if item and item.text().strip() else 0

    def entry(self) -> MeetingEntry:
        """What was typed, as a MeetingEntry (raises ShakhaError naming a bad cell)."""
        rows = []
        for row, member in enumerate(self.sheet.members):
            letter = (self.table.item(row, ATTENDANCE).text().strip().upper() or "P")[:1]
            # a Bengali letter may carry a vowel sign typed after it: the first is enough
            if letter not in ATTENDANCE_KEYS:
                raise ShakhaError(self.tr("Attendance of {member}: type P, A, S or L.")
                                  .format(member=member.member_code))
            rows.append(MeetingRow(member.member_id, ATTENDANCE_KEYS[letter],
                                   self._amount(row, RECEIVED), self._amount(row, DEPOSIT),
                                   self._amount(row, WITHDRAWAL),
                                   paid_by_group=self._ticked(row, BY_GROUP),
                                   utilisation_checked=self._ticked(row, USE_CHECKED),
                                   closes_loans=self._ticked(row, CLOSES)))
        cash = parse_amount(self.cash.text()) if self.cash.text().strip() else 0
        return MeetingEntry(self.meeting_id, cash, tuple(rows))

    def _changed(self, *args: object) -> None:
        self.dirty = True
        item = args[0] if args and isinstance(args[0], QTableWidgetItem) else None
        if item is not None and item.column() == CLOSES:
            self._closing_toggled(item.row())
        self._update_totals()

    def _closing_toggled(self, row: int) -> None:
        """Ticking "closes loan" fills in what closes her loans; unticking clears it."""
        closing = self.sheet.members[row].closing_minor
        received = self.table.item(row, RECEIVED)
        if received is None:
            return
        if self._ticked(row, CLOSES):
            received.setText(format_amount(closing, self.ctx.lang))
        else:
            try:
                same = self._amount(row, RECEIVED) == closing
            except ShakhaError:
                same = False
            if same:
                received.setText("")

    def _update_totals(self) -> None:
        lang = self.ctx.lang
        sums, bad = [0, 0, 0], False
        for row in range(self.table.rowCount()):
            for k, column in enumerate((RECEIVED, DEPOSIT, WITHDRAWAL)):
                item = self.table.item(row, column)
                try:
                    sums[k] += self._amount(row, column)
                    if item:
                        item.setBackground(QBrush())
                except ShakhaError:
                    bad = True
                    if item:
                        item.setBackground(QBrush(QColor("#ffd6d6")))
        net = sums[0] + sums[1] - sums[2]
        text = self.tr("Received {r} · savings {d} · withdrawn {w} · cash to count {n}").format(
            r=format_amount(sums[0], lang), d=format_amount(sums[1], lang),
            w=format_amount(sums[2], lang), n=format_amount(net, lang))
        if bad:
            text += " · " + self.tr("red cells are not amounts")
        self.totals.setText(text)

    # --- actions -------------------------------------------------------------------------
    def save_draft(self) -> bool:
        try:
            save_draft(self.ctx.engine, self.ctx.actor, self.entry())
        except ShakhaError as exc:
            QMessageBox.warning(self, "Shakha", tr_error(exc))
            return False
        self.dirty = False
        self.ctx.data_changed.emit("meetings")
        return True

    def post(self) -> None:
        try:
            posted = post_meeting(self.ctx.engine, self.ctx.actor, self.entry())
        except ShakhaError as exc:
            QMessageBox.warning(self, "Shakha", tr_error(exc))
            return
        self.posted, self.dirty = True, False
        self.ctx.data_changed.emit("meetings")
        self.result_text = self.tr("Meeting posted: {amount} collected.").format(
            amount=format_amount(posted.collected_minor, self.ctx.lang))
        self.accept()

    def reject(self) -> None:
        if self.dirty and not self.posted and not self.save_draft():
            return
        super().reject()



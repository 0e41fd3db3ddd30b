"""The meeting entry's table: one row per woman, what she owes, what is typed for her.

Amount cells read Bengali or Latin digits; the attendance cell one letter (P/উ present,
A/অ absent, S/প absent but sent her payment, L/ছ on leave), shown in the reader's script;
an absent or on-leave woman's row is greyed and in italics, so it stands apart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemDelegate, QTableWidget, QTableWidgetItem, QWidget

from app.format import parse_amount

WITHDRAWABLE, RECEIVED, DEPOSIT, WITHDRAWAL, ATTENDANCE = 6, 7, 8, 9, 10
BY_GROUP, USE_CHECKED, CLOSES = 11, 12, 13
AMOUNTS = (RECEIVED, DEPOSIT, WITHDRAWAL)
EDITABLE = (*AMOUNTS, ATTENDANCE)
TICKS = (BY_GROUP, USE_CHECKED, CLOSES)
DUES = (3, 4, 5, WITHDRAWABLE)  # what she owes today: not shown for a posted meeting
ATTENDANCE_KEYS = {"P": "present", "উ": "present", "A": "absent", "অ": "absent",
                   "S": "absent_paid", "প": "absent_paid", "L": "leave", "ছ": "leave"}
# shown in the reader's script (either is typed): উপস্থিত, অনুপস্থিত, পাঠিয়েছেন, ছুটি
ATTENDANCE_LETTER = {"en": {"present": "P", "absent": "A", "absent_paid": "S", "leave": "L"},
                     "bn": {"present": "উ", "absent": "অ", "absent_paid": "প", "leave": "ছ"}}
AWAY = ("absent", "leave")  # her row is greyed
INVALID = QColor("#ffd6d6")
GREY = QColor("#eeeeee")


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

    def cell(self, text: str, editable: bool = False, right: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def tick(self, on: bool, enabled: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                      | (Qt.ItemFlag.ItemIsEnabled if enabled else Qt.ItemFlag.NoItemFlags))
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return item

    def ticked(self, row: int, column: int) -> bool:
        item = self.item(row, column)
        return bool(item and item.checkState() == Qt.CheckState.Checked)

    def amount(self, row: int, column: int) -> int:
        item = self.item(row, column)
        return parse_amount(item.text()) if item and item.text().strip() else 0

    def attendance(self, row: int) -> str | None:
        item = self.item(row, ATTENDANCE)
        # a Bengali letter may carry a vowel sign typed after it: the first is enough
        letter = ((item.text() if item else "").strip().upper() or "P")[:1]
        return ATTENDANCE_KEYS.get(letter)

    def mark_attendance(self, row: int, lang: str) -> None:
        """The letter in the reader's script (A typed in Bengali shows অ), and an absent
        or on-leave woman's row greyed so it stands apart."""
        status = self.attendance(row)
        item = self.item(row, ATTENDANCE)
        if status is not None and item is not None:
            item.setText(ATTENDANCE_LETTER.get(lang, ATTENDANCE_LETTER["en"])[status])
        away = status in AWAY
        for column in range(ATTENDANCE + 1):
            cell = self.item(row, column)
            if cell is None or (column in AMOUNTS and cell.background().color() == INVALID):
                continue
            cell.setBackground(QBrush(GREY) if away else QBrush())
            font = QFont(cell.font())
            font.setItalic(away)
            cell.setFont(font)

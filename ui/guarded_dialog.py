"""Forms that do not lose what was typed to a stray Escape or a closed window.

A field officer fills a loan application or a member's registration between other work;
Escape, the window's close button or a mis-click on Cancel must not throw that away
unasked. A GuardedDialog remembers its fields as they stood when first shown and, if
any has changed, asks before closing without saving. Saving (accept) never asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QTableWidget):
        return tuple(widget.item(r, c).text() if widget.item(r, c) else ""
                     for r in range(widget.rowCount()) for c in range(widget.columnCount()))
    return None


FIELDS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QCheckBox, QComboBox, QTableWidget)


class GuardedDialog(QDialog):
    """A QDialog that asks before discarding typed input (see the module docstring)."""

    _snapshot: dict[int, Any] | None = None

    def _fields(self) -> list[QWidget]:
        return [w for w in self.findChildren(QWidget) if isinstance(w, FIELDS)
                and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)]

    def showEvent(self, event: QShowEvent) -> None:
        if self._snapshot is None:
            self._snapshot = {id(w): _value(w) for w in self._fields()}
        super().showEvent(event)

    def has_unsaved_input(self) -> bool:
        if self._snapshot is None:
            return False
        return any(self._snapshot.get(id(w), _value(w)) != _value(w) for w in self._fields())

    def reject(self) -> None:
        if self.has_unsaved_input() and not ask_discard(
                self, self.windowTitle(), QCoreApplication.translate(
                    "GuardedDialog", "Close without saving? What you typed here will be lost.")):
            return
        super().reject()


def ask_discard(parent: QWidget, title: str, text: str) -> bool:
    """'Discard' (Alt+D) or 'Keep editing' (the default: Enter and Escape keep what was
    typed); True when the user chose to discard."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    discard = box.addButton(QCoreApplication.translate("GuardedDialog", "&Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("GuardedDialog", "&Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard

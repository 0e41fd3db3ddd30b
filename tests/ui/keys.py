"""Driving widgets as a user does: a focused window and real key events."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def active(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """Shown, exposed and the active window, so shortcuts and key presses reach it."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def key(widget: QWidget, char: str) -> None:
    """A real key press and release carrying `char` (QTest cannot type non-ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, ord(char.upper()),
                                                 Qt.KeyboardModifier.NoModifier, char))


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        key(widget, char)
